"""Serializers of the influence, graph and edge-import endpoints (read-only
representations of graph.selectors results, plus the upload form)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.serializers.base import BaseModelSerializer
from api.serializers.crm import BloggerSerializer, SocialAccountSerializer
from crm.models import Platform
from graph.ingest.edges import FORMATS, KINDS
from graph.ingest.posts import POST_FORMATS
from graph.models import (
    BloggerScore,
    CoordinationMark,
    EdgeImportError,
    EdgeImportJob,
    InfluenceCommunity,
    InfluenceRun,
    InfluenceScore,
)

# --- influence runs --------------------------------------------------------------


class InfluenceRunSerializer(BaseModelSerializer):
    triggered_by = serializers.CharField(
        source="triggered_by.username", allow_null=True, read_only=True, default=None
    )

    class Meta:
        model = InfluenceRun
        fields = [
            "id",
            "status",
            "stage",
            "progress",
            "trigger",
            "triggered_by",
            "backend",
            "parameters",
            "window_start",
            "window_end",
            "node_count",
            "edge_count",
            "community_count",
            "coordination",
            "timings",
            "error",
            "created_at",
            "started_at",
            "finished_at",
        ]
        read_only_fields = fields
        brief_fields = ["id", "status", "stage", "progress", "created_at", "finished_at"]


# The brief forms (``Meta.brief_fields``) that the rows below nest.
AccountBrief = SocialAccountSerializer.brief()
BloggerBrief = BloggerSerializer.brief()
RunBrief = InfluenceRunSerializer.brief()


class LeaderboardRowSerializer(serializers.ModelSerializer):
    blogger = BloggerBrief()
    account = AccountBrief()

    class Meta:
        model = BloggerScore
        fields = [
            "id",
            "blogger",
            "account",
            "score",
            "rank",
            "account_rank",
            "previous_rank",
            "rank_delta",
            "score_delta",
        ]
        read_only_fields = fields


class HistoryRowSerializer(serializers.ModelSerializer):
    run = RunBrief()
    account = AccountBrief()

    class Meta:
        model = BloggerScore
        fields = ["run", "account", "score", "rank", "previous_rank", "rank_delta", "score_delta"]
        read_only_fields = fields


class ContributorSerializer(serializers.Serializer):
    account_id = serializers.IntegerField()
    name = serializers.CharField()
    share = serializers.FloatField(help_text="доля входящего влияния от этого аккаунта")


class CoordinationNoteSerializer(serializers.Serializer):
    points = serializers.FloatField(help_text="очки, снятые скидкой (≤ 0; 0 — только обнаружение)")
    share = serializers.FloatField(help_text="доля усилений аккаунта от согласованных групп")
    group = serializers.IntegerField(help_text="номер группы, давшей больше всего усилений")
    group_size = serializers.IntegerField(help_text="аккаунтов в этой группе")


def _mark_of(score: InfluenceScore) -> str | None:
    mark = getattr(score.account, "coordination_mark", None)
    return mark.verdict if mark is not None else None


class AccountScoreSerializer(serializers.ModelSerializer):
    account = AccountBrief()
    coordination = serializers.SerializerMethodField(
        help_text="согласованное усиление этого аккаунта (нет — null)"
    )
    mark = serializers.SerializerMethodField(help_text="отметка сотрудника: genuine / inauthentic")

    def get_mark(self, score: InfluenceScore) -> str | None:
        return _mark_of(score)

    @extend_schema_field(CoordinationNoteSerializer(allow_null=True))
    def get_coordination(self, score: InfluenceScore) -> dict | None:
        return CoordinationNoteSerializer(score.coordination).data if score.coordination else None

    class Meta:
        model = InfluenceScore
        fields = [
            "account",
            "score",
            "rank",
            "percentile",
            "pagerank",
            "hub",
            "authority",
            "followers",
            "engagement",
            "kcore",
            "components",
            "community",
            "previous_rank",
            "rank_delta",
            "score_delta",
            "inauthenticity",
            "signals",
            "coordination_group",
            "coordination",
            "mark",
        ]
        read_only_fields = fields


class ExplainedAccountSerializer(serializers.Serializer):
    score = AccountScoreSerializer()
    contributors = ContributorSerializer(many=True)


class CommunitySerializer(serializers.ModelSerializer):
    central_account = AccountBrief(allow_null=True)

    class Meta:
        model = InfluenceCommunity
        fields = ["number", "label", "size", "central_account"]
        read_only_fields = fields


class ExplanationSerializer(serializers.Serializer):
    run = RunBrief()
    blogger_score = LeaderboardRowSerializer()
    community = CommunitySerializer(allow_null=True)
    accounts = ExplainedAccountSerializer(many=True)


class MoverSerializer(serializers.Serializer):
    blogger = BloggerBrief()
    rank = serializers.IntegerField()
    previous_rank = serializers.IntegerField(allow_null=True)
    delta = serializers.IntegerField(help_text="на сколько мест поднялся (отрицательное — упал)")
    score = serializers.FloatField()


class MoversSerializer(serializers.Serializer):
    run = RunBrief(allow_null=True)
    since = RunBrief(allow_null=True)
    risers = MoverSerializer(many=True)
    fallers = MoverSerializer(many=True)


class CommunityMemberSerializer(serializers.ModelSerializer):
    account = AccountBrief()
    blogger_id = serializers.IntegerField(source="account.blogger_id", allow_null=True)

    class Meta:
        model = InfluenceScore
        fields = ["account", "blogger_id", "score", "rank", "percentile", "rank_delta"]
        read_only_fields = fields


class CoordinationTargetSerializer(serializers.Serializer):
    account_id = serializers.IntegerField()
    name = serializers.CharField()
    share = serializers.FloatField(help_text="доля усилений группы, доставшаяся аккаунту")


class CoordinationGroupSerializer(serializers.Serializer):
    number = serializers.IntegerField(source="group.number")
    size = serializers.IntegerField(source="group.size")
    items = serializers.IntegerField(source="group.items", help_text="записей, усиленных вместе")
    bursts = serializers.IntegerField(source="group.bursts", help_text="согласованных всплесков")
    mean_inauthenticity = serializers.FloatField(source="group.mean_inauthenticity")
    targets = CoordinationTargetSerializer(many=True)


class CoordinationMemberSerializer(serializers.ModelSerializer):
    account = AccountBrief()
    blogger_id = serializers.IntegerField(source="account.blogger_id", allow_null=True)
    mark = serializers.SerializerMethodField(help_text="отметка сотрудника: genuine / inauthentic")

    def get_mark(self, score: InfluenceScore) -> str | None:
        return _mark_of(score)

    class Meta:
        model = InfluenceScore
        fields = ["account", "blogger_id", "rank", "score", "inauthenticity", "signals", "mark"]
        read_only_fields = fields


class CoordinationMarkSerializer(serializers.ModelSerializer):
    account = AccountBrief(read_only=True)
    marked_by = serializers.CharField(
        source="marked_by.username", allow_null=True, read_only=True, default=None
    )

    class Meta:
        model = CoordinationMark
        fields = ["id", "account", "verdict", "note", "marked_by", "marked_at"]
        read_only_fields = fields


class CoordinationMarkRequestSerializer(serializers.Serializer):
    accounts = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=2**63 - 1),
        min_length=1,
        max_length=1000,
        help_text="id аккаунтов (например, все участники группы)",
    )
    verdict = serializers.ChoiceField(
        choices=[*CoordinationMark.Verdict.values, "clear"],
        help_text="genuine — подлинный, inauthentic — неподлинный, clear — снять отметку",
    )
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=2000)


# --- graph (nodes/edges for graphology/sigma) ------------------------------------


class GraphNodeSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="SocialAccount id")
    label = serializers.CharField()
    platform = serializers.CharField()
    external_id = serializers.CharField()
    screen_name = serializers.CharField()
    kind = serializers.CharField()
    followers = serializers.IntegerField(allow_null=True)
    blogger_id = serializers.IntegerField(allow_null=True)
    score = serializers.FloatField(allow_null=True)
    rank = serializers.IntegerField(allow_null=True)
    community = serializers.IntegerField(allow_null=True)
    community_label = serializers.CharField(allow_null=True)
    inauthenticity = serializers.FloatField(allow_null=True, help_text="неподлинность, 0–1")
    coordination_group = serializers.IntegerField(
        allow_null=True, help_text="номер согласованной группы в расчёте"
    )


class GraphEdgeSerializer(serializers.Serializer):
    source = serializers.IntegerField()
    target = serializers.IntegerField()
    weight = serializers.FloatField(help_text="репосты × вес репоста + упоминания × вес упоминания")
    reposts = serializers.IntegerField()
    mentions = serializers.IntegerField()
    first_at = serializers.DateTimeField(allow_null=True)
    last_at = serializers.DateTimeField(allow_null=True)


class GraphSerializer(serializers.Serializer):
    run = RunBrief(allow_null=True, help_text="расчёт, из которого взяты оценки узлов")
    nodes = GraphNodeSerializer(many=True)
    edges = GraphEdgeSerializer(many=True)


class EgoGraphSerializer(GraphSerializer):
    center = serializers.IntegerField()
    depth = serializers.IntegerField()
    truncated = serializers.BooleanField()


class AmplifiersGraphSerializer(GraphSerializer):
    center = serializers.IntegerField()
    since = serializers.DateTimeField(allow_null=True)


class CascadeStepSerializer(serializers.Serializer):
    account_id = serializers.IntegerField()
    at = serializers.DateTimeField()
    weight = serializers.IntegerField()


class CascadeGraphSerializer(GraphSerializer):
    post_id = serializers.IntegerField()
    author_id = serializers.IntegerField()
    published_at = serializers.DateTimeField(allow_null=True)
    steps = CascadeStepSerializer(many=True)


class PathGraphSerializer(GraphSerializer):
    source = serializers.IntegerField()
    target = serializers.IntegerField()
    found = serializers.BooleanField()
    path = serializers.ListField(child=serializers.IntegerField())


class OverviewGraphSerializer(GraphSerializer):
    total_nodes = serializers.IntegerField()
    total_edges = serializers.IntegerField()
    truncated_nodes = serializers.BooleanField()
    truncated_edges = serializers.BooleanField()


class ClusterMemberSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="SocialAccount id")
    label = serializers.CharField()
    score = serializers.FloatField(allow_null=True)
    rank = serializers.IntegerField(allow_null=True)
    blogger_id = serializers.IntegerField(allow_null=True)


class ClusterSerializer(serializers.Serializer):
    number = serializers.IntegerField(help_text="номер сообщества в расчёте")
    label = serializers.CharField()
    size = serializers.IntegerField(help_text="аккаунтов (подходящих под фильтры)")
    score_sum = serializers.FloatField()
    inner_weight = serializers.FloatField(help_text="вес связей внутри сообщества")
    top = ClusterMemberSerializer(many=True, help_text="самые влиятельные участники")


class ClusterEdgeSerializer(serializers.Serializer):
    source = serializers.IntegerField(help_text="номер сообщества")
    target = serializers.IntegerField(help_text="номер сообщества")
    weight = serializers.FloatField()
    reposts = serializers.IntegerField()
    mentions = serializers.IntegerField()
    pairs = serializers.IntegerField(help_text="сколько связей между аккаунтами сложено")


class ClustersGraphSerializer(serializers.Serializer):
    run = RunBrief(allow_null=True)
    clusters = ClusterSerializer(many=True)
    edges = ClusterEdgeSerializer(many=True)
    total_nodes = serializers.IntegerField()
    total_edges = serializers.IntegerField()


# --- edge import jobs ------------------------------------------------------------


class EdgeImportJobSerializer(BaseModelSerializer):
    created_by = serializers.CharField(
        source="created_by.username", allow_null=True, read_only=True, default=None
    )
    error_params = serializers.DictField(child=serializers.JSONField(), read_only=True)

    class Meta:
        model = EdgeImportJob
        fields = [
            "id",
            "status",
            "data",
            "progress",
            "filename",
            "format",
            "platform",
            "kind",
            "occurred_at",
            "size",
            "rows_read",
            "rows_created",
            "rows_present",
            "rows_rejected",
            "new_accounts",
            "error",
            "error_code",
            "error_params",
            "created_by",
            "created_at",
            "started_at",
            "finished_at",
        ]
        read_only_fields = fields
        brief_fields = ["id", "status", "progress", "filename", "created_at"]


class EdgeImportUploadSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="CSV, JSON lines или список рёбер (UTF-8)")
    format = serializers.ChoiceField(
        choices=FORMATS, required=False, help_text="по умолчанию — по расширению файла"
    )
    platform = serializers.ChoiceField(choices=Platform.choices, default=Platform.VK.value)
    kind = serializers.ChoiceField(
        choices=KINDS,
        required=False,
        help_text="обязателен для edgelist; для csv/jsonl — тип строк без kind",
    )
    occurred_at = serializers.DateTimeField(
        required=False, help_text="время всех связей списка рёбер (по умолчанию — сейчас)"
    )


class PostImportUploadSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="CSV с заголовком или JSON lines (UTF-8)")
    format = serializers.ChoiceField(
        choices=POST_FORMATS, required=False, help_text="по умолчанию — по расширению файла"
    )
    platform = serializers.ChoiceField(choices=Platform.choices, default=Platform.VK.value)


class EdgeImportErrorSerializer(serializers.ModelSerializer):
    """A rejected row: ``reason`` in English, ``code`` and ``params`` for the interface
    to word it in its language (codes: ``graph.ingest.edges``)."""

    params = serializers.DictField(
        child=serializers.JSONField(), read_only=True, help_text="значения для текста причины"
    )

    class Meta:
        model = EdgeImportError
        fields = ["line_no", "code", "params", "reason"]
        read_only_fields = fields
