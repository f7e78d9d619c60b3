"""Monitoring: watch topics (CRUD), analysed posts and their labels, incidents,
hourly trends. Views parse parameters and call ``monitoring`` selectors and
services."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import django_filters
from django.db.models import Q, QuerySet
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers
from rest_framework.decorators import action
from rest_framework.exceptions import MethodNotAllowed
from rest_framework.request import Request
from rest_framework.response import Response

from api.filters import BaseFilterSet, UTCDateTimeFilter
from api.serializers.monitoring import (
    IncidentBulkAssignResultSerializer,
    IncidentBulkAssignSerializer,
    IncidentCommentSerializer,
    IncidentEventSerializer,
    IncidentMessengersSerializer,
    IncidentMetricsReportSerializer,
    IncidentSerializer,
    IncidentSpreadSerializer,
    IncidentTransitionSerializer,
    IncidentUpdateSerializer,
    PostLabelSerializer,
    PostSerializer,
    TrendRowSerializer,
    WatchTopicPreviewRequestSerializer,
    WatchTopicPreviewSerializer,
    WatchTopicSerializer,
)
from api.views.base import BaseViewSet, ReadOnlyBaseViewSet
from backend import roles
from backend.filters import BooleanFilter
from crm.filtersets import MultipleChoiceInFilter
from crm.models import Platform, Territory
from graph.models import Post
from monitoring.incidents import (
    incident_comment_add,
    incident_transition,
    incident_update,
    incidents_assign,
)
from monitoring.models import Incident, WatchTopic
from monitoring.selectors import (
    METRIC_GROUPS,
    incident_comments,
    incident_events,
    incident_list,
    incident_metrics,
    incidents_due_today_q,
    incidents_overdue_q,
    post_list,
    signal_trends,
)
from monitoring.services import post_label_set, watch_topic_preview
from monitoring.spread import incident_messengers, incident_spread

TRENDS_MAX_DAYS = 92
PREVIEW_POSTS = 20
METRICS_MAX_DAYS = 400


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
    # The preview stores nothing: every role may ask what a topic would catch.
    action_permissions = {"preview": None}

    def perform_create(self, serializer: Any) -> None:
        serializer.save(owner=serializer.validated_data.get("owner") or self.request.user)

    @extend_schema(
        request=WatchTopicPreviewRequestSerializer,
        responses=WatchTopicPreviewSerializer,
        summary="Что тема поймала бы за последние дни (ничего не сохраняет)",
    )
    @action(detail=False, methods=["post"], filter_backends=[], pagination_class=None)
    def preview(self, request: Request) -> Response:
        body = WatchTopicPreviewRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        until = timezone.now()
        since = until - timedelta(days=data["days"])
        territory = data.get("territory")
        found = watch_topic_preview(
            keywords=data["keywords"],
            exclusions=data.get("exclusions", []),
            territory_id=territory.pk if territory else None,
            since=since,
            until=until,
        )
        latest = found.post_ids[:PREVIEW_POSTS]
        posts = sorted(post_list().filter(pk__in=latest), key=lambda p: latest.index(p.pk))
        rows = PostSerializer(posts, many=True).data
        for row in rows:  # the keywords this topic found, not the stored topics' ones
            row["matched_terms"] = found.terms[row["id"]]
        territories = Territory.objects.in_bulk([t for t in found.by_territory if t is not None])
        return Response(
            WatchTopicPreviewSerializer(
                {
                    "since": since,
                    "until": until,
                    "count": len(found.post_ids),
                    "scanned": found.scanned,
                    "by_day": [{"day": day, "count": n} for day, n in found.by_day],
                    "by_territory": [
                        {"territory": territories.get(t) if t else None, "count": n}
                        for t, n in found.by_territory.items()
                    ],
                    "posts": [],
                }
            ).data
            | {"posts": rows}
        )


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
    needs_response = BooleanFilter(field_name="analysis__needs_response")
    negativity_min = django_filters.NumberFilter(
        field_name="analysis__negativity", lookup_expr="gte", min_value=0, max_value=1
    )
    negativity_max = django_filters.NumberFilter(
        field_name="analysis__negativity", lookup_expr="lte", min_value=0, max_value=1
    )
    incident = django_filters.NumberFilter(
        field_name="incidents", min_value=1, max_value=2**63 - 1, label="записи инцидента"
    )
    labelled = BooleanFilter(
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
    priority = MultipleChoiceInFilter(choices=Incident.Priority.choices, distinct=False)
    severity_min = django_filters.NumberFilter(field_name="severity", lookup_expr="gte")
    detected_after = UTCDateTimeFilter(field_name="detected_at", lookup_expr="gte")
    detected_before = UTCDateTimeFilter(field_name="detected_at", lookup_expr="lt")
    mine = BooleanFilter(method="filter_mine", label="назначенные мне")
    unassigned = BooleanFilter(field_name="assignee", lookup_expr="isnull", label="без исполнителя")
    overdue = BooleanFilter(
        method="filter_overdue", label="срок первого ответа или решения прошёл, таймер идёт"
    )
    due_today = BooleanFilter(
        method="filter_due_today",
        label="срок первого ответа или решения истекает сегодня, таймер идёт",
    )
    search_fields = ("title",)

    class Meta:
        model = Incident
        fields = ["id", "topic", "is_open", "assignee", "severity", "started_at", "detected_at"]

    def filter_territory(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        return _subtree(queryset, "territory", value)

    def filter_mine(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        mine = Q(assignee=self.request.user) if self.request else Q(pk__in=[])
        return queryset.filter(mine) if value else queryset.exclude(mine)

    def filter_overdue(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        late = incidents_overdue_q(timezone.now())
        return queryset.filter(late) if value else queryset.exclude(late)

    def filter_due_today(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        due = incidents_due_today_q(timezone.now())
        return queryset.filter(due) if value else queryset.exclude(due)


class IncidentMetricsQuery(serializers.Serializer):
    since = serializers.DateTimeField(required=False, help_text="по умолчанию — 28 суток назад")
    until = serializers.DateTimeField(required=False, help_text="по умолчанию — сейчас")
    group_by = serializers.ChoiceField(choices=METRIC_GROUPS, default="week")
    territory = serializers.IntegerField(required=False, min_value=1, max_value=2**63 - 1)
    topic = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=2**63 - 1), required=False
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        until = attrs.get("until") or timezone.now()
        since = attrs.get("since") or until - timedelta(days=28)
        if since >= until:
            raise serializers.ValidationError({"since": ["Должно быть раньше until."]})
        if until - since > timedelta(days=METRICS_MAX_DAYS):
            raise serializers.ValidationError(
                {"since": [f"Не больше {METRICS_MAX_DAYS} суток за один запрос."]}
            )
        return {**attrs, "since": since, "until": until}


class MessengersQuery(serializers.Serializer):
    limit = serializers.IntegerField(required=False, default=10, min_value=1, max_value=50)


class IncidentViewSet(BaseViewSet):
    """Incidents, most severe first: topic, territory, first post (``started_at``),
    detection time, severity and its parts, post and author counts, and the
    officers' workflow (state, priority, assignee, answer, deadlines). Their
    posts: ``/posts/?incident=<id>``. Officers and admins work them: ``PATCH``
    (assignee, priority), ``transition``, ``bulk-assign``, comments."""

    queryset = incident_list()
    serializer_class = IncidentSerializer
    filterset_class = IncidentFilterSet
    ordering_fields = [
        "severity",
        "detected_at",
        "started_at",
        "post_count",
        "last_post_at",
        "first_response_due",
        "resolution_due",
        "priority",
        "state",
    ]
    http_method_names = ["get", "post", "patch", "head", "options"]
    write_permission = roles.WORK_INCIDENTS

    def get_serializer_class(self) -> Any:
        if self.action in ("list", "retrieve", None):
            return super().get_serializer_class()
        return IncidentSerializer

    @extend_schema(exclude=True)
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        raise MethodNotAllowed("POST")  # incidents are opened by the signal scans only

    @extend_schema(
        request=IncidentUpdateSerializer,
        responses=IncidentSerializer,
        summary="Назначить исполнителя, сменить приоритет",
    )
    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incident = self.get_object()
        body = IncidentUpdateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        fields = dict(body.validated_data)
        version = fields.pop("version", None)
        incident_update(incident_id=incident.pk, user=request.user, version=version, fields=fields)
        return self._respond_with(incident, 200)

    @extend_schema(exclude=True)
    def update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        if not kwargs.get("partial"):
            raise MethodNotAllowed("PUT")
        return super().update(request, *args, **kwargs)

    @extend_schema(
        request=IncidentTransitionSerializer,
        responses=IncidentSerializer,
        summary="Перевести инцидент в другое состояние (409 с допустимыми, если нельзя)",
    )
    @action(detail=True, methods=["post"], filter_backends=[])
    def transition(self, request: Request, pk: str | None = None) -> Response:
        incident = self.get_object()
        body = IncidentTransitionSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        incident_transition(
            incident_id=incident.pk,
            to_state=data["to"],
            user=request.user,
            version=data.get("version"),
            response_url=data.get("response_url", ""),
            response_text=data.get("response_text", ""),
            duplicate_of=data.get("duplicate_of"),
            note=data.get("note", ""),
        )
        return self._respond_with(incident, 200)

    @extend_schema(
        request=IncidentBulkAssignSerializer,
        responses=IncidentBulkAssignResultSerializer,
        summary="Назначить исполнителя многим инцидентам сразу",
    )
    @action(detail=False, methods=["post"], url_path="bulk-assign", filter_backends=[])
    def bulk_assign(self, request: Request) -> Response:
        body = IncidentBulkAssignSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        changed = incidents_assign(
            incident_ids=body.validated_data["ids"],
            assignee=body.validated_data["assignee"],
            user=request.user,
        )
        return Response({"changed": changed})

    @extend_schema(
        parameters=[IncidentMetricsQuery],
        responses=IncidentMetricsReportSerializer,
        summary="Скорость и своевременность ответов: всего и по сотрудникам, территориям, "
        "темам, неделям",
    )
    @action(detail=False, methods=["get"], filter_backends=[], pagination_class=None)
    def metrics(self, request: Request) -> Response:
        data, territories = _topics_and_territory(IncidentMetricsQuery, request)
        report = incident_metrics(
            since=data["since"],
            until=data["until"],
            group_by=data["group_by"],
            territory_ids=territories,
            topic_ids=data.get("topic") or None,
        )
        return Response(IncidentMetricsReportSerializer(report).data)

    @extend_schema(
        responses=IncidentSpreadSerializer,
        summary="Распространение: кто начал, каскад репостов и упоминаний, главные "
        "усилители, сообщества, блогеры из CRM",
    )
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def spread(self, request: Request, pk: str | None = None) -> Response:
        return Response(IncidentSpreadSerializer(incident_spread(incident=self.get_object())).data)

    @extend_schema(
        parameters=[MessengersQuery],
        responses=IncidentMessengersSerializer,
        summary="Кого попросить донести официальный ответ: лояльные и партнёрские блогеры "
        "с широким охватом в затронутых сообществах, ещё не участвующие",
    )
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def messengers(self, request: Request, pk: str | None = None) -> Response:
        query = MessengersQuery(data=request.query_params)
        query.is_valid(raise_exception=True)
        report = incident_messengers(
            incident=self.get_object(), limit=query.validated_data["limit"]
        )
        return Response(IncidentMessengersSerializer(report).data)

    @extend_schema(
        responses=IncidentEventSerializer(many=True),
        summary="История: переходы, назначения, приоритет, эскалации — кто и когда",
    )
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def history(self, request: Request, pk: str | None = None) -> Response:
        events = incident_events(incident=self.get_object())
        return Response(
            IncidentEventSerializer(events, many=True, context=self.get_serializer_context()).data
        )

    @extend_schema(
        responses=IncidentCommentSerializer(many=True), summary="Комментарии сотрудников"
    )
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def comments(self, request: Request, pk: str | None = None) -> Response:
        comments = incident_comments(incident=self.get_object())
        return Response(
            IncidentCommentSerializer(
                comments, many=True, context=self.get_serializer_context()
            ).data
        )

    @extend_schema(
        request=IncidentCommentSerializer,
        responses={201: IncidentCommentSerializer},
        summary="Добавить комментарий",
    )
    @comments.mapping.post
    def comment_add(self, request: Request, pk: str | None = None) -> Response:
        incident = self.get_object()
        body = IncidentCommentSerializer(data=request.data, context=self.get_serializer_context())
        body.is_valid(raise_exception=True)
        comment = incident_comment_add(
            incident=incident, user=request.user, text=body.validated_data["text"]
        )
        return Response(
            IncidentCommentSerializer(comment, context=self.get_serializer_context()).data,
            status=201,
        )


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


def _topics_and_territory(
    query_class: type[serializers.Serializer], request: Request
) -> tuple[dict[str, Any], list[int] | None]:
    """A period query's validated data (``topic`` may repeat) and the ids of the asked
    territory with everything inside it (None: all territories)."""
    query = query_class(
        data={**request.query_params.dict(), "topic": request.query_params.getlist("topic")}
    )
    query.is_valid(raise_exception=True)
    data = query.validated_data
    if not data.get("territory"):
        return data, None
    return data, list(Territory.objects.subtree(data["territory"]).values_list("pk", flat=True))


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
        data, territories = _topics_and_territory(TrendsQuery, request)
        rows = signal_trends(
            since=data["since"],
            until=data["until"],
            topic_ids=data.get("topic") or None,
            territory_ids=territories,
        )
        return Response(TrendRowSerializer(rows, many=True).data)
