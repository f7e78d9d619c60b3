"""Serializers of the monitoring endpoints: watch topics, analysed posts and their
labels, incidents, trends."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone
from rest_framework import serializers

from api.serializers.base import BaseModelSerializer, NestedRelatedField, may_see_personal_data
from api.serializers.crm import (
    BloggerSerializer,
    SocialAccountSerializer,
    TerritorySerializer,
    UserSerializer,
)
from crm.models import Territory
from graph.models import Post
from monitoring.incidents import allowed_transitions
from monitoring.models import Incident, IncidentComment, IncidentEvent, Label, WatchTopic
from monitoring.selectors import first_response_overdue, resolution_overdue
from monitoring.topics import validate_keywords

User = get_user_model()


class WatchTopicSerializer(BaseModelSerializer):
    territory = NestedRelatedField(
        serializer=TerritorySerializer,
        queryset=Territory.objects.all(),
        allow_null=True,
        required=False,
    )
    owner = NestedRelatedField(
        serializer=UserSerializer, queryset=User.objects.all(), allow_null=True, required=False
    )
    keywords = serializers.ListField(
        child=serializers.CharField(max_length=200, allow_blank=True),
        help_text="Слова и фразы в любой форме: «отопление», «горячая вода».",
    )
    exclusions = serializers.ListField(
        child=serializers.CharField(max_length=200, allow_blank=True),
        required=False,
        help_text="Запись с любым из этих слов или фраз в тему не попадает.",
    )

    class Meta:
        model = WatchTopic
        fields = [
            "id",
            "name",
            "keywords",
            "exclusions",
            "territory",
            "weight",
            "owner",
            "is_active",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]
        brief_fields = ["id", "name"]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        keywords = attrs.get("keywords", getattr(self.instance, "keywords", []))
        exclusions = attrs.get("exclusions", getattr(self.instance, "exclusions", []))
        problems = validate_keywords(keywords, exclusions)
        if problems:
            raise serializers.ValidationError(problems)
        return attrs


class PostSerializer(serializers.ModelSerializer):
    """An analysed post: author (and blogger when the author is one), text,
    counters, what the pipeline found, and the officers' label."""

    author = SocialAccountSerializer.brief()(source="account", read_only=True)
    blogger = BloggerSerializer.brief()(source="account.blogger", read_only=True, allow_null=True)
    platform = serializers.CharField(source="account.platform", read_only=True)
    parent = serializers.PrimaryKeyRelatedField(read_only=True)
    published_at = serializers.DateTimeField(source="analysis.published_at", read_only=True)
    territory = TerritorySerializer.brief()(source="analysis.territory", read_only=True)
    topics = WatchTopicSerializer.brief()(source="analysis.topics", many=True, read_only=True)
    matched_terms = serializers.ListField(
        source="analysis.matched_terms", child=serializers.CharField(), read_only=True
    )
    negativity = serializers.FloatField(source="analysis.negativity", read_only=True)
    needs_response = serializers.BooleanField(source="analysis.needs_response", read_only=True)
    label = serializers.SerializerMethodField()

    class Meta:
        model = Post
        fields = [
            "id",
            "platform",
            "author",
            "blogger",
            "external_id",
            "url",
            "parent",
            "published_at",
            "text",
            "likes",
            "reposts",
            "comments",
            "views",
            "territory",
            "topics",
            "matched_terms",
            "negativity",
            "needs_response",
            "label",
        ]
        read_only_fields = fields

    def get_label(self, post: Post) -> str | None:
        label = getattr(post, "label", None)
        return None if label is None else label.label


class PostLabelSerializer(serializers.Serializer):
    label = serializers.ChoiceField(
        choices=Label.choices,
        allow_null=True,
        help_text="needs_response («нужен ответ»), off_topic («не по теме»), positive "
        "(«позитив»); null снимает метку.",
    )


class IncidentTopicSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)


class IncidentTerritorySerializer(IncidentTopicSerializer):
    kind = serializers.CharField(read_only=True)


class IncidentUserSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    username = serializers.CharField(read_only=True)
    full_name = serializers.CharField(source="get_full_name", read_only=True)


class IncidentSerializer(BaseModelSerializer):
    """An incident with its workflow: state (and where it may go next), priority,
    assignee, the recorded answer, deadlines in working time and whether they are
    missed (a stopped timer is judged at the moment it stopped)."""

    # Plain serializers of the brief forms' fields: the inbox serializes many rows.
    topic = IncidentTopicSerializer(read_only=True, allow_null=True)
    territory = IncidentTerritorySerializer(read_only=True, allow_null=True)
    assignee = IncidentUserSerializer(read_only=True, allow_null=True)
    allowed_transitions = serializers.SerializerMethodField()
    first_response_overdue = serializers.SerializerMethodField()
    resolution_overdue = serializers.SerializerMethodField()

    class Meta:
        model = Incident
        fields = [
            "id",
            "title",
            "topic",
            "territory",
            "state",
            "allowed_transitions",
            "is_open",
            "priority",
            "assignee",
            "duplicate_of",
            "started_at",
            "detected_at",
            "last_post_at",
            "severity",
            "significance",
            "negative_share",
            "reach",
            "post_count",
            "author_count",
            "response_url",
            "response_text",
            "first_response_due",
            "resolution_due",
            "first_response_at",
            "resolved_at",
            "first_response_overdue",
            "resolution_overdue",
            "first_response_escalated_at",
            "resolution_escalated_at",
            "version",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields
        brief_fields = ["id", "title", "state", "severity", "detected_at"]

    def _now(self) -> datetime:
        now = self.context.get("now")
        if now is None:
            now = self.context["now"] = timezone.now()
        return now

    def get_allowed_transitions(self, incident: Incident) -> list[str]:
        return list(allowed_transitions(incident.state))

    def get_first_response_overdue(self, incident: Incident) -> bool:
        return first_response_overdue(incident, now=self._now())

    def get_resolution_overdue(self, incident: Incident) -> bool:
        return resolution_overdue(incident, now=self._now())


class IncidentUpdateSerializer(serializers.Serializer):
    assignee = serializers.PrimaryKeyRelatedField(
        queryset=User.objects.all(), allow_null=True, required=False, help_text="id пользователя"
    )
    priority = serializers.ChoiceField(choices=Incident.Priority.choices, required=False)
    version = serializers.IntegerField(
        required=False, min_value=1, help_text="версия, которую видел клиент (иначе 409)"
    )


class IncidentTransitionSerializer(serializers.Serializer):
    to = serializers.ChoiceField(choices=Incident.State.choices, help_text="новое состояние")
    version = serializers.IntegerField(
        required=False, min_value=1, help_text="версия, которую видел клиент (иначе 409)"
    )
    response_url = serializers.URLField(
        required=False, allow_blank=True, max_length=500, help_text="answered: ссылка на ответ"
    )
    response_text = serializers.CharField(
        required=False, allow_blank=True, max_length=20000, help_text="answered: текст ответа"
    )
    duplicate_of = serializers.IntegerField(
        required=False, min_value=1, max_value=2**63 - 1, help_text="duplicate: id оригинала"
    )
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000)


class IncidentBulkAssignSerializer(serializers.Serializer):
    ids = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=2**63 - 1),
        min_length=1,
        max_length=500,
    )
    assignee = serializers.PrimaryKeyRelatedField(queryset=User.objects.all(), allow_null=True)


class IncidentBulkAssignResultSerializer(serializers.Serializer):
    changed = serializers.IntegerField()


class IncidentEventSerializer(serializers.ModelSerializer):
    actor = UserSerializer.brief()(read_only=True, allow_null=True)
    data = serializers.SerializerMethodField()

    class Meta:
        model = IncidentEvent
        fields = ["id", "kind", "from_state", "to_state", "actor", "at", "data"]
        read_only_fields = fields

    def get_data(self, event: IncidentEvent) -> dict[str, Any]:
        data = dict(event.data)
        # Officers' free text may name residents.
        if not may_see_personal_data(self.context):
            data.pop("note", None)
        return data


class IncidentCommentSerializer(serializers.ModelSerializer):
    author = UserSerializer.brief()(read_only=True, allow_null=True)
    text = serializers.CharField(
        max_length=20000,
        help_text="Для ролей без доступа к персональным данным поле отсутствует.",
    )

    class Meta:
        model = IncidentComment
        fields = ["id", "author", "text", "created_at"]
        read_only_fields = ["id", "author", "created_at"]

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()
        if not may_see_personal_data(self.context):
            fields.pop("text")
        return fields


class IncidentMetricsSerializer(serializers.Serializer):
    incidents = serializers.IntegerField()
    answered = serializers.IntegerField()
    first_response_median_hours = serializers.FloatField(
        allow_null=True, help_text="рабочие часы от обнаружения до первого ответа, медиана"
    )
    first_response_p90_hours = serializers.FloatField(allow_null=True)
    first_response_on_time = serializers.FloatField(
        allow_null=True, help_text="доля ответов в срок (0–1) среди тех, чей срок наступил"
    )
    resolution_on_time = serializers.FloatField(allow_null=True)
    overdue_now = serializers.IntegerField(help_text="идущие таймеры с прошедшим сроком")


class IncidentMetricsRowSerializer(IncidentMetricsSerializer):
    key = serializers.JSONField(
        help_text="id сотрудника, территории или темы; неделя: дата понедельника"
    )
    label = serializers.CharField()


class IncidentMetricsReportSerializer(serializers.Serializer):
    since = serializers.DateTimeField()
    until = serializers.DateTimeField()
    group_by = serializers.CharField()
    total = IncidentMetricsSerializer()
    rows = IncidentMetricsRowSerializer(many=True)


class SpreadUserSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()
    full_name = serializers.CharField()


class SpreadAccountSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    platform = serializers.CharField()
    screen_name = serializers.CharField()
    display_name = serializers.CharField()
    url = serializers.CharField()
    followers = serializers.IntegerField(allow_null=True)
    influence_score = serializers.FloatField(allow_null=True)
    blogger_id = serializers.IntegerField(allow_null=True)
    community = serializers.IntegerField(allow_null=True, required=False)
    community_label = serializers.CharField(required=False)


class SpreadAmplifierSerializer(SpreadAccountSerializer):
    reposts = serializers.IntegerField()


class SpreadBloggerSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    display_name = serializers.CharField()
    stance = serializers.CharField()
    stage = serializers.CharField()
    tier = serializers.CharField()
    influence_score = serializers.FloatField(allow_null=True)
    owner = SpreadUserSerializer(allow_null=True)
    last_contact_at = serializers.DateTimeField(allow_null=True)


class SpreadInvolvedBloggerSerializer(SpreadBloggerSerializer):
    roles = serializers.ListField(
        child=serializers.ChoiceField(choices=["author", "amplifier", "mentioned"])
    )
    accounts = serializers.ListField(child=serializers.IntegerField())


class SpreadEventSerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    kind = serializers.ChoiceField(choices=["post", "repost", "mention"])
    account = SpreadAccountSerializer()
    post = serializers.IntegerField(allow_null=True)
    target = SpreadAccountSerializer(
        allow_null=True, help_text="чей пост репостнули / кого упомянули"
    )


class SpreadOriginSerializer(serializers.Serializer):
    post = serializers.IntegerField()
    url = serializers.CharField()
    at = serializers.DateTimeField()
    account = SpreadAccountSerializer()


class SpreadTotalsSerializer(serializers.Serializer):
    posts = serializers.IntegerField()
    authors = serializers.IntegerField()
    reposts = serializers.IntegerField()
    mentions = serializers.IntegerField()
    reach = serializers.IntegerField(help_text="подписчики авторов и репостнувших")


class SpreadHourSerializer(serializers.Serializer):
    hour = serializers.DateTimeField()
    posts = serializers.IntegerField()
    reposts = serializers.IntegerField()
    mentions = serializers.IntegerField()


class SpreadCommunitySerializer(serializers.Serializer):
    number = serializers.IntegerField()
    label = serializers.CharField()
    size = serializers.IntegerField()
    involved = serializers.IntegerField()


class IncidentSpreadSerializer(serializers.Serializer):
    origin = SpreadOriginSerializer(allow_null=True)
    totals = SpreadTotalsSerializer()
    timeline = SpreadHourSerializer(many=True)
    cascade = SpreadEventSerializer(many=True)
    cascade_truncated = serializers.BooleanField()
    amplifiers = SpreadAmplifierSerializer(many=True)
    communities = SpreadCommunitySerializer(many=True)
    bloggers = SpreadInvolvedBloggerSerializer(many=True)


class MessengerSerializer(serializers.Serializer):
    blogger = SpreadBloggerSerializer()
    account = SpreadAccountSerializer()
    community = serializers.IntegerField(allow_null=True)
    community_label = serializers.CharField()
    reach = serializers.IntegerField()
    score = serializers.FloatField(allow_null=True)


class IncidentMessengersSerializer(serializers.Serializer):
    basis = serializers.ChoiceField(
        choices=["community", "territory"],
        help_text="community — по сообществам, которых достиг инцидент; territory — по его "
        "территории (нет расчёта влияния или охваченных сообществ)",
    )
    reached_communities = serializers.ListField(child=serializers.IntegerField())
    messengers = MessengerSerializer(many=True)


class TrendRowSerializer(serializers.Serializer):
    hour = serializers.DateTimeField()
    topic = serializers.IntegerField()
    territory = serializers.IntegerField(allow_null=True)
    count = serializers.IntegerField()


class WatchTopicPreviewRequestSerializer(serializers.Serializer):
    """A topic as it stands in the editor (saved or not): what would it catch?"""

    keywords = serializers.ListField(
        child=serializers.CharField(max_length=200, allow_blank=True),
        help_text="Слова и фразы в любой форме.",
    )
    exclusions = serializers.ListField(
        child=serializers.CharField(max_length=200, allow_blank=True), required=False
    )
    territory = serializers.PrimaryKeyRelatedField(
        queryset=Territory.objects.all(), allow_null=True, required=False
    )
    days = serializers.IntegerField(
        min_value=1, max_value=30, default=7, help_text="за сколько суток до сейчас"
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        problems = validate_keywords(attrs["keywords"], attrs.get("exclusions", []))
        if problems:
            raise serializers.ValidationError(problems)
        return attrs


class PreviewDaySerializer(serializers.Serializer):
    day = serializers.DateField()
    count = serializers.IntegerField()


class PreviewTerritorySerializer(serializers.Serializer):
    territory = TerritorySerializer.brief()(allow_null=True)
    count = serializers.IntegerField()


class WatchTopicPreviewSerializer(serializers.Serializer):
    since = serializers.DateTimeField()
    until = serializers.DateTimeField()
    count = serializers.IntegerField(help_text="сколько записей тема поймала бы")
    scanned = serializers.IntegerField(help_text="сколько записей-кандидатов прочитано")
    by_day = PreviewDaySerializer(many=True)
    by_territory = PreviewTerritorySerializer(many=True)
    posts = PostSerializer(many=True, help_text="последние из пойманных, новые первыми")
