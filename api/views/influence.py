"""Influence: runs (list, detail, trigger), the blogger leaderboard, one
blogger's history and explanation, risers and fallers, and communities.

Views only parse parameters and call ``graph.selectors`` / ``graph.services``."""

from __future__ import annotations

from typing import Any

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import exceptions, generics, serializers, status
from rest_framework.parsers import JSONParser
from rest_framework.request import Request
from rest_framework.response import Response

from api.filters import BaseFilterSet, NullsLastOrderingFilter, RelatedBloggerFilterBackend
from api.filtersets import BloggerFilterSet
from api.serializers.influence import (
    CommunityMemberSerializer,
    CommunitySerializer,
    CoordinationGroupSerializer,
    CoordinationMarkRequestSerializer,
    CoordinationMarkSerializer,
    CoordinationMemberSerializer,
    ExplanationSerializer,
    HistoryRowSerializer,
    InfluenceRunSerializer,
    LeaderboardRowSerializer,
    MoversSerializer,
)
from api.views.base import BaseViewSet
from backend import roles
from crm.models import Blogger, SocialAccount
from graph.coordination import coordination_mark_clear, coordination_mark_set
from graph.models import (
    BloggerScore,
    CoordinationGroup,
    CoordinationMark,
    InfluenceCommunity,
    InfluenceRun,
    InfluenceScore,
)
from graph.selectors import (
    blogger_influence_explanation,
    blogger_influence_history,
    blogger_leaderboard,
    blogger_movers,
    coordination_group_list,
    coordination_group_members,
    coordination_mark_list,
    influence_community_list,
    influence_community_members,
    influence_run_before,
    influence_run_latest,
    influence_run_list,
)
from graph.services import influence_run_request

RUN_PARAMETER = OpenApiParameter(
    "run", int, description="id завершённого расчёта (по умолчанию — последний)"
)


def succeeded_run(value: Any, *, name: str = "run") -> InfluenceRun | None:
    """The succeeded run with id ``value``; None when ``value`` is empty. 400 for
    a malformed id, 404 for an unknown or unfinished run."""
    if value in (None, ""):
        return None
    try:
        pk = int(value)
        if not 0 < pk < 2**63:
            raise ValueError
    except (TypeError, ValueError):
        raise exceptions.ValidationError({name: [_("Ожидается id расчёта.")]}) from None
    run = InfluenceRun.objects.filter(pk=pk, status=InfluenceRun.Status.SUCCEEDED).first()
    if run is None:
        raise exceptions.NotFound(_("Завершённый расчёт %(id)s не найден.") % {"id": pk})
    return run


def run_or_latest(request: Request) -> InfluenceRun:
    run = succeeded_run(request.query_params.get("run")) or influence_run_latest()
    if run is None:
        raise exceptions.NotFound(_("Ещё нет ни одного завершённого расчёта влияния."))
    return run


class InfluenceRunFilterSet(BaseFilterSet):
    class Meta:
        model = InfluenceRun
        fields = ["id", "status", "stage", "trigger", "backend", "created_at", "finished_at"]


@extend_schema_view(
    list=extend_schema(summary="Расчёты влияния"),
    retrieve=extend_schema(summary="Расчёт влияния: этап и прогресс"),
)
class InfluenceRunViewSet(BaseViewSet):
    """Runs newest first. ``POST`` asks for a re-rank (analyst, admin): 202 with
    the run to poll; when one is already queued or running, that one is returned."""

    queryset = influence_run_list()
    serializer_class = InfluenceRunSerializer
    filterset_class = InfluenceRunFilterSet
    ordering_fields = ["created_at", "finished_at", "status"]
    http_method_names = ["get", "post", "head", "options"]
    action_permissions = {"create": roles.RUN_RERANK}

    @extend_schema(
        request=None,
        responses={202: InfluenceRunSerializer},
        summary="Запустить пересчёт влияния (или получить уже идущий)",
    )
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        run, _created = influence_run_request(trigger="api", user=request.user)
        body = InfluenceRunSerializer(run, context=self.get_serializer_context()).data
        headers = {"Location": f"{request.path.rstrip('/')}/{run.pk}/"}
        return Response(body, status=status.HTTP_202_ACCEPTED, headers=headers)


@extend_schema(
    summary="Рейтинг блогеров по влиянию (фильтры как у списка блогеров)",
    parameters=[RUN_PARAMETER],
)
class LeaderboardView(generics.ListAPIView):
    serializer_class = LeaderboardRowSerializer
    filterset_class = BloggerFilterSet
    filter_backends = [RelatedBloggerFilterBackend, NullsLastOrderingFilter]
    ordering_fields = ["rank", "score", "rank_delta", "score_delta"]
    ordering = ["rank"]

    def get_queryset(self) -> Any:
        if getattr(self, "swagger_fake_view", False):
            return BloggerScore.objects.none()
        return blogger_leaderboard(run=run_or_latest(self.request))


class BloggerScopedView(generics.GenericAPIView):
    def blogger(self) -> Blogger:
        return get_object_or_404(Blogger.objects.only("pk"), pk=self.kwargs["blogger_id"])


@extend_schema(summary="История влияния блогера по всем расчётам")
class BloggerHistoryView(BloggerScopedView, generics.ListAPIView):
    serializer_class = HistoryRowSerializer

    def get_queryset(self) -> Any:
        if getattr(self, "swagger_fake_view", False):
            return BloggerScore.objects.none()
        return blogger_influence_history(blogger_id=self.blogger().pk)


@extend_schema(
    summary="Почему у блогера такое влияние: компоненты, кто усиливает, сообщество",
    parameters=[RUN_PARAMETER],
    responses=ExplanationSerializer,
)
class BloggerExplanationView(BloggerScopedView):
    serializer_class = ExplanationSerializer

    def get(self, request: Request, blogger_id: int) -> Response:
        blogger = self.blogger()
        run = run_or_latest(request)
        explanation = blogger_influence_explanation(blogger_id=blogger.pk, run=run)
        if explanation is None:
            raise exceptions.NotFound(_("Блогер не участвовал в этом расчёте."))
        return Response(ExplanationSerializer(explanation).data)


class MoversQuery(serializers.Serializer):
    run = serializers.IntegerField(required=False, min_value=1, max_value=2**63 - 1)
    since = serializers.IntegerField(required=False, min_value=1, max_value=2**63 - 1)
    limit = serializers.IntegerField(required=False, min_value=1, max_value=100, default=10)


@extend_schema(
    summary="Кто поднялся и кто упал между двумя расчётами (по умолчанию — два последних)",
    parameters=[MoversQuery],
    responses=MoversSerializer,
)
class MoversView(generics.GenericAPIView):
    serializer_class = MoversSerializer

    def get(self, request: Request) -> Response:
        query = MoversQuery(data=request.query_params)
        query.is_valid(raise_exception=True)
        run = succeeded_run(query.validated_data.get("run")) or influence_run_latest()
        since = succeeded_run(query.validated_data.get("since"), name="since")
        if run is not None and since is not None and since.pk == run.pk:
            raise exceptions.ValidationError({"since": [_("Выберите другой расчёт, не run.")]})
        movers = blogger_movers(run=run, since=since, limit=query.validated_data["limit"])
        if since is None and run is not None:
            since = influence_run_before(run=run)
        return Response(MoversSerializer({"run": run, "since": since, **movers}).data)


@extend_schema(summary="Сообщества расчёта (крупные первыми)")
class CommunityListView(generics.ListAPIView):
    serializer_class = CommunitySerializer

    def get_queryset(self) -> Any:
        if getattr(self, "swagger_fake_view", False):
            return InfluenceCommunity.objects.none()
        run = get_object_or_404(
            InfluenceRun, pk=self.kwargs["run_id"], status=InfluenceRun.Status.SUCCEEDED
        )
        return influence_community_list(run=run)


@extend_schema(summary="Участники сообщества (по месту в рейтинге)")
class CommunityMembersView(generics.ListAPIView):
    serializer_class = CommunityMemberSerializer

    def get_queryset(self) -> Any:
        if getattr(self, "swagger_fake_view", False):
            return InfluenceScore.objects.none()
        run = get_object_or_404(
            InfluenceRun, pk=self.kwargs["run_id"], status=InfluenceRun.Status.SUCCEEDED
        )
        if not run.communities.filter(number=self.kwargs["number"]).exists():
            raise Http404
        return influence_community_members(run=run, number=self.kwargs["number"])


def _succeeded(run_id: int) -> InfluenceRun:
    return get_object_or_404(InfluenceRun, pk=run_id, status=InfluenceRun.Status.SUCCEEDED)


@extend_schema(summary="Согласованные группы расчёта (крупные первыми) и кого они усиливают")
class CoordinationGroupListView(generics.ListAPIView):
    serializer_class = CoordinationGroupSerializer
    queryset = CoordinationGroup.objects.none()  # the schema's model; rows come from the selector

    def get_queryset(self) -> Any:
        if getattr(self, "swagger_fake_view", False):
            return []
        return coordination_group_list(run=_succeeded(self.kwargs["run_id"]))


@extend_schema(summary="Участники согласованной группы (самые неподлинные первыми)")
class CoordinationGroupMembersView(generics.ListAPIView):
    serializer_class = CoordinationMemberSerializer

    def get_queryset(self) -> Any:
        if getattr(self, "swagger_fake_view", False):
            return InfluenceScore.objects.none()
        run = _succeeded(self.kwargs["run_id"])
        if not run.coordination_groups.filter(number=self.kwargs["number"]).exists():
            raise Http404
        return coordination_group_members(run=run, number=self.kwargs["number"])


class CoordinationMarkFilterSet(BaseFilterSet):
    class Meta:
        model = CoordinationMark
        fields = ["account", "verdict"]


@extend_schema_view(
    get=extend_schema(summary="Отметки подлинности аккаунтов (новые первыми)"),
    post=extend_schema(
        summary="Отметить аккаунты подлинными или неподлинными (или снять отметку)",
        request=CoordinationMarkRequestSerializer,
        responses={200: CoordinationMarkSerializer(many=True)},
    ),
)
class CoordinationMarkView(generics.ListAPIView):
    """Officers' judgement: the next re-rank never groups or discounts an account marked
    genuine and treats one marked inauthentic as fully inauthentic. Every change is kept
    in the mark's history (admin) with who made it."""

    serializer_class = CoordinationMarkSerializer
    filterset_class = CoordinationMarkFilterSet
    write_permission = roles.EDIT_CRM
    parser_classes = [JSONParser]  # a list of ids: form encodings would hit Django's field cap

    def get_queryset(self) -> Any:
        return coordination_mark_list()

    def post(self, request: Request) -> Response:
        query = CoordinationMarkRequestSerializer(data=request.data)
        query.is_valid(raise_exception=True)
        ids = list(dict.fromkeys(query.validated_data["accounts"]))
        known = set(SocialAccount.objects.filter(pk__in=ids).values_list("pk", flat=True))
        missing = [pk for pk in ids if pk not in known]
        if missing:
            raise exceptions.ValidationError({"accounts": [f"Нет аккаунтов с id {missing[:10]}."]})
        verdict = query.validated_data["verdict"]
        if verdict == "clear":
            coordination_mark_clear(account_ids=ids, user=request.user)
            marks: Any = []
        else:
            coordination_mark_set(
                account_ids=ids,
                verdict=verdict,
                note=query.validated_data["note"],
                user=request.user,
            )
            marks = coordination_mark_list().filter(account_id__in=ids)
        return Response(CoordinationMarkSerializer(marks, many=True).data)
