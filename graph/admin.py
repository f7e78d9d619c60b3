"""Read-mostly admin for the ledger and influence runs: the ledger is written by
ingestion, runs by the ranking service, so the admin lists and explains."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from graph.models import (
    BloggerScore,
    CoordinationGroup,
    CoordinationMark,
    InfluenceRun,
    InfluenceScore,
    Mention,
    Post,
    Repost,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Post)
class PostAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "account", "published_at", "likes", "reposts", "comments", "views"]
    list_select_related = ["account"]
    search_fields = ["external_id", "url", "text"]
    raw_id_fields = ["account", "parent"]
    date_hierarchy = "published_at"


@admin.register(Repost)
class RepostAdmin(ReadOnlyAdmin):
    list_display = ["occurred_at", "reposter", "author", "weight", "origin"]
    list_filter = ["origin"]
    list_select_related = ["reposter", "author"]
    search_fields = ["key"]
    raw_id_fields = ["reposter", "author", "original_post", "via"]


@admin.register(Mention)
class MentionAdmin(ReadOnlyAdmin):
    list_display = ["occurred_at", "source", "target", "weight", "origin"]
    list_filter = ["origin"]
    list_select_related = ["source", "target"]
    search_fields = ["key"]
    raw_id_fields = ["source", "source_post", "target"]


@admin.register(InfluenceRun)
class InfluenceRunAdmin(ReadOnlyAdmin):
    list_display = [
        "__str__",
        "status",
        "stage",
        "progress",
        "trigger",
        "backend",
        "node_count",
        "edge_count",
        "community_count",
        "finished_at",
    ]
    list_filter = ["status", "trigger", "backend"]
    readonly_fields = [f.name for f in InfluenceRun._meta.fields]


@admin.register(InfluenceScore)
class InfluenceScoreAdmin(ReadOnlyAdmin):
    list_display = ["rank", "account", "score", "rank_delta", "percentile", "community", "run"]
    list_filter = ["run"]
    list_select_related = ["account", "run"]
    search_fields = ["account__display_name", "account__screen_name", "account__external_id"]
    raw_id_fields = ["account", "run"]
    ordering = ["-run", "rank"]


@admin.register(BloggerScore)
class BloggerScoreAdmin(ReadOnlyAdmin):
    list_display = ["rank", "blogger", "score", "rank_delta", "account_rank", "run"]
    list_filter = ["run"]
    list_select_related = ["blogger", "run"]
    search_fields = ["blogger__display_name"]
    raw_id_fields = ["blogger", "account", "run"]
    ordering = ["-run", "rank"]


@admin.register(CoordinationGroup)
class CoordinationGroupAdmin(ReadOnlyAdmin):
    list_display = ["run", "number", "size", "items", "bursts", "mean_inauthenticity"]
    list_select_related = ["run"]
    raw_id_fields = ["run"]


@admin.register(CoordinationMark)
class CoordinationMarkAdmin(SimpleHistoryAdmin):
    """Officers' marks; the history (who changed what, when) is the audit trail."""

    list_display = ["account", "verdict", "marked_by", "marked_at"]
    list_filter = ["verdict"]
    list_select_related = ["account", "marked_by"]
    raw_id_fields = ["account", "marked_by"]
    search_fields = ["account__screen_name", "account__display_name", "note"]
