"""Monitoring: watch topics (CRUD), analysed posts and their labels, incidents,
hourly trends. Views parse parameters and call ``monitoring`` selectors and
services."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import django_filters
from django.db.models import QuerySet
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from api.filters import BaseFilterSet, UTCDateTimeFilter
from api.serializers.monitoring import (
    IncidentSerializer,
    PostLabelSerializer,
    PostSerializer,
    TrendRowSerializer,
    WatchTopicSerializer,
)
from api.views.base import BaseViewSet, ReadOnlyBaseViewSet
from backend import roles
from crm.filtersets import MultipleChoiceInFilter
from crm.models import Platform, Territory
from graph.models import Post
from monitoring.models import Incident, WatchTopic
from monitoring.selectors import incident_list, post_list, signal_trends
from monitoring.services import post_label_set

TRENDS_MAX_DAYS = 92


def _subtree(queryset: QuerySet, field: str, value: int) -> QuerySet:
    return queryset.filter(**{f"{field}__in": Territory.objects.subtree(int(value)).values("pk")})


class WatchTopicFilterSet(BaseFilterSet):
    search_fields = ("name",)

    class Meta:
        model = WatchTopic
        fields = ["id", "name", "territory", "owner", "is_active", "weight"]


class WatchTopicViewSet(BaseViewSet):
    """Watch topics: keywords and phrases (any inflection), exclusions, territory,
    severity weight, owner. Officers and admins edit them."""

    queryset = WatchTopic.objects.select_related("territory", "owner")
    brief_queryset = WatchTopic.objects.all()
    serializer_class = WatchTopicSerializer
    filterset_class = WatchTopicFilterSet
    ordering_fields = ["name", "weight", "created_at", "updated_at"]

    def perform_create(self, serializer: Any) -> None:
        serializer.save(owner=serializer.validated_data.get("owner") or self.request.user)


class PostFilterSet(BaseFilterSet):
    topic = django_filters.ModelMultipleChoiceFilter(
        field_name="analysis__topics", queryset=WatchTopic.objects.all(), label="тема"
    )
    territory = django_filters.NumberFilter(
        method="filter_territory", min_value=1, label="территория (с вложенными)"
    )
    platform = MultipleChoiceInFilter(
        field_name="account__platform", choices=Platform.choices, distinct=False
    )
    published_after = UTCDateTimeFilter(field_name="analysis__published_at", lookup_expr="gte")
    published_before = UTCDateTimeFilter(field_name="analysis__published_at", lookup_expr="lt")
    needs_response = django_filters.BooleanFilter(field_name="analysis__needs_response")
    negativity_min = django_filters.NumberFilter(
        field_name="analysis__negativity", lookup_expr="gte", min_value=0, max_value=1
    )
    negativity_max = django_filters.NumberFilter(
        field_name="analysis__negativity", lookup_expr="lte", min_value=0, max_value=1
    )
    incident = django_filters.NumberFilter(
        field_name="incidents", min_value=1, max_value=2**63 - 1, label="записи инцидента"
    )
    labelled = django_filters.BooleanFilter(
        field_name="label", lookup_expr="isnull", exclude=True, label="отмечена офицером"
    )
    search_fields = ("text",)

    class Meta:
        model = Post
        fields = ["id", "external_id"]

    def filter_territory(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        return _subtree(queryset, "analysis__territory", value)


class PostViewSet(ReadOnlyBaseViewSet):
    """Posts and comments the pipeline analysed, newest first: author (and blogger),
    text, counters, territory, matched topics and words, negativity, whether it
    needs a response, and the officers' label."""

    queryset = post_list()
    serializer_class = PostSerializer
    filterset_class = PostFilterSet
    ordering_fields = ["analysis__published_at", "analysis__negativity", "likes", "comments"]
    http_method_names = ["get", "post", "head", "options"]  # POST: the label action only
    action_permissions = {"label": roles.EDIT_CRM}

    def get_serializer_class(self) -> Any:
        return PostSerializer  # no brief form (?brief=1 is not declared here)

    @extend_schema(
        request=PostLabelSerializer,
        responses=PostSerializer,
        summary="Отметить запись: нужен ответ, не по теме, позитив",
    )
    @action(detail=True, methods=["post"], filter_backends=[])
    def label(self, request: Request, pk: str | None = None) -> Response:
        post = self.get_object()
        body = PostLabelSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        post_label_set(post=post, label=body.validated_data["label"], user=request.user)
        return Response(PostSerializer(self.get_queryset().get(pk=post.pk)).data)


class IncidentFilterSet(BaseFilterSet):
    territory = django_filters.NumberFilter(
        method="filter_territory", min_value=1, label="территория (с вложенными)"
    )
    state = MultipleChoiceInFilter(choices=Incident.State.choices, distinct=False)
    severity_min = django_filters.NumberFilter(field_name="severity", lookup_expr="gte")
    detected_after = UTCDateTimeFilter(field_name="detected_at", lookup_expr="gte")
    detected_before = UTCDateTimeFilter(field_name="detected_at", lookup_expr="lt")
    search_fields = ("title",)

    class Meta:
        model = Incident
        fields = ["id", "topic", "is_open", "severity", "started_at", "detected_at"]

    def filter_territory(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        return _subtree(queryset, "territory", value)


class IncidentViewSet(ReadOnlyBaseViewSet):
    """Incidents, most severe first: topic, territory, first post (``started_at``),
    detection time, severity and its parts, post and author counts. Their posts:
    ``/posts/?incident=<id>``."""

    queryset = incident_list()
    serializer_class = IncidentSerializer
    filterset_class = IncidentFilterSet
    ordering_fields = ["severity", "detected_at", "started_at", "post_count", "last_post_at"]


class TrendsQuery(serializers.Serializer):
    since = serializers.DateTimeField(required=False, help_text="по умолчанию — 7 суток назад")
    until = serializers.DateTimeField(required=False, help_text="по умолчанию — сейчас")
    topic = serializers.ListField(child=serializers.IntegerField(min_value=1), required=False)
    territory = serializers.IntegerField(required=False, min_value=1)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        until = attrs.get("until") or timezone.now()
        since = attrs.get("since") or until - timedelta(days=7)
        if since >= until:
            raise serializers.ValidationError({"since": ["Должно быть раньше until."]})
        if until - since > timedelta(days=TRENDS_MAX_DAYS):
            raise serializers.ValidationError(
                {"since": [f"Не больше {TRENDS_MAX_DAYS} суток за один запрос."]}
            )
        return {**attrs, "since": since, "until": until}


@extend_schema(
    summary="Почасовые числа записей по темам и территориям (для графиков)",
    parameters=[TrendsQuery],
    responses=TrendRowSerializer(many=True),
)
class TrendsView(generics.GenericAPIView):
    serializer_class = TrendRowSerializer
    filter_backends: list = []
    pagination_class = None

    def get(self, request: Request) -> Response:
        query = TrendsQuery(
            data={**request.query_params.dict(), "topic": request.query_params.getlist("topic")}
        )
        query.is_valid(raise_exception=True)
        data = query.validated_data
        territories = None
        if data.get("territory"):
            territories = list(
                Territory.objects.subtree(data["territory"]).values_list("pk", flat=True)
            )
        rows = signal_trends(
            since=data["since"],
            until=data["until"],
            topic_ids=data.get("topic") or None,
            territory_ids=territories,
        )
        return Response(TrendRowSerializer(rows, many=True).data)
