from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from crm.models import (
    Blogger,
    Campaign,
    CampaignParticipant,
    CampaignPublication,
    FollowUp,
    Interaction,
    PersonalDataAccess,
    SocialAccount,
    Territory,
    Topic,
)


@admin.register(Territory)
class TerritoryAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "parent", "oktmo"]
    list_filter = ["kind"]
    list_select_related = ["parent"]
    search_fields = ["name", "oktmo"]


@admin.register(Topic)
class TopicAdmin(SimpleHistoryAdmin):
    list_display = ["name"]
    search_fields = ["name"]


class SocialAccountInline(admin.TabularInline):
    model = SocialAccount
    fields = ["platform", "kind", "external_id", "screen_name", "url", "followers", "verified"]
    extra = 0
    show_change_link = True


class InteractionInline(admin.TabularInline):
    model = Interaction
    fields = ["occurred_at", "type", "direction", "summary", "sentiment", "author"]
    extra = 0
    show_change_link = True
    ordering = ["-occurred_at"]


class FollowUpInline(admin.TabularInline):
    model = FollowUp
    fields = ["title", "due_date", "assignee", "status"]
    extra = 0


@admin.register(Blogger)
class BloggerAdmin(SimpleHistoryAdmin):
    list_display = [
        "display_name",
        "influence_rank",
        "influence_score",
        "influence_rank_delta",
        "territory",
        "stance",
        "stage",
        "tier",
        "owner",
        "is_archived",
    ]
    list_filter = ["stage", "stance", "tier", "is_archived", "topics", "territory"]
    list_select_related = ["territory", "owner"]
    search_fields = ["display_name", "real_name", "accounts__screen_name", "notes"]
    autocomplete_fields = ["territory", "owner", "merged_into"]
    filter_horizontal = ["topics"]
    readonly_fields = [
        "created_at",
        "updated_at",
        "influence_score",
        "influence_rank",
        "influence_rank_delta",
    ]
    inlines = [SocialAccountInline, InteractionInline, FollowUpInline]


@admin.register(SocialAccount)
class SocialAccountAdmin(SimpleHistoryAdmin):
    list_display = [
        "__str__",
        "platform",
        "kind",
        "external_id",
        "screen_name",
        "followers",
        "blogger",
    ]
    list_filter = ["platform", "kind", "verified"]
    list_select_related = ["blogger"]
    search_fields = ["screen_name", "external_id", "display_name", "blogger__display_name"]
    autocomplete_fields = ["blogger"]


@admin.register(Interaction)
class InteractionAdmin(SimpleHistoryAdmin):
    list_display = ["occurred_at", "blogger", "type", "direction", "sentiment", "author"]
    list_filter = ["type", "direction", "sentiment"]
    list_select_related = ["blogger", "author"]
    search_fields = ["summary", "outcome", "blogger__display_name"]
    autocomplete_fields = ["blogger", "campaign", "author"]
    date_hierarchy = "occurred_at"


@admin.register(FollowUp)
class FollowUpAdmin(SimpleHistoryAdmin):
    list_display = ["title", "blogger", "due_date", "assignee", "status"]
    list_filter = ["status"]
    list_select_related = ["blogger", "assignee"]
    search_fields = ["title", "blogger__display_name"]
    autocomplete_fields = ["blogger", "assignee", "interaction"]
    date_hierarchy = "due_date"


class CampaignParticipantInline(admin.TabularInline):
    model = CampaignParticipant
    fields = ["blogger", "status", "notes"]
    autocomplete_fields = ["blogger"]
    extra = 0
    show_change_link = True


@admin.register(Campaign)
class CampaignAdmin(SimpleHistoryAdmin):
    list_display = ["title", "topic", "starts_on", "ends_on"]
    list_select_related = ["topic"]
    search_fields = ["title", "description"]
    inlines = [CampaignParticipantInline]


class CampaignPublicationInline(admin.TabularInline):
    model = CampaignPublication
    fields = ["url", "account", "published_at"]
    raw_id_fields = ["account"]
    extra = 0


@admin.register(CampaignParticipant)
class CampaignParticipantAdmin(SimpleHistoryAdmin):
    list_display = ["blogger", "campaign", "status", "updated_at"]
    list_filter = ["status", "campaign"]
    list_select_related = ["blogger", "campaign"]
    search_fields = ["blogger__display_name", "campaign__title"]
    autocomplete_fields = ["blogger", "campaign"]
    inlines = [CampaignPublicationInline]


@admin.register(PersonalDataAccess)
class PersonalDataAccessAdmin(admin.ModelAdmin):
    """The access log is read here and never edited."""

    list_display = ("at", "username", "action", "blogger_id", "ip", "path")
    list_filter = ("action", "at")
    search_fields = ("username", "=blogger_id", "ip")
    date_hierarchy = "at"

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
