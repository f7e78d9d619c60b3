"""CRM resources: each viewset holds a queryset, a serializer, a FilterSet and
its orderable columns; writes go through crm.services where one exists."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count
from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from api.exports import csv_stream, export_columns, xlsx_bytes
from api.filters import NullsLastOrderingFilter
from api.filtersets import (
    BloggerFilterSet,
    CampaignFilterSet,
    CampaignParticipantFilterSet,
    CampaignPublicationFilterSet,
    FollowUpFilterSet,
    InteractionFilterSet,
    SocialAccountFilterSet,
    TerritoryFilterSet,
    TopicFilterSet,
    UserFilterSet,
)
from api.renderers import CSVRenderer, XLSXRenderer
from api.security import client_ip
from api.serializers.base import request_wants_brief
from api.serializers.crm import (
    AccountFromURLSerializer,
    BloggerMergeSerializer,
    BloggerSerializer,
    CampaignParticipantSerializer,
    CampaignPublicationSerializer,
    CampaignResultsSerializer,
    CampaignSerializer,
    ErasureSerializer,
    FollowUpSerializer,
    InteractionSerializer,
    MergeIntoSerializer,
    SocialAccountSerializer,
    TerritorySerializer,
    TopicSerializer,
    UserSerializer,
)
from api.views.base import BaseViewSet, ReadOnlyBaseViewSet
from backend import roles
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
from crm.selectors import (
    BLOGGER_FIGURES,
    blogger_base_queryset,
    blogger_merge_preview,
    blogger_personal_data,
    blogger_rows,
    followup_list,
    interaction_list,
)
from crm.services import (
    account_add_from_url,
    blogger_create,
    blogger_erase_personal_data,
    blogger_merge,
    blogger_merge_check,
    blogger_update,
    followup_create,
    followup_set_status,
    interaction_create,
    participant_set_status,
    personal_data_access_record,
    publication_record,
    publication_update,
    territory_create,
)
from graph.ingest.vk import account_resolve_from_vk
from graph.selectors import campaign_results


class TerritoryViewSet(BaseViewSet):
    queryset = Territory.objects.select_related("parent").annotate(
        blogger_count=Count("bloggers", distinct=True)
    )
    brief_queryset = Territory.objects.all()
    serializer_class = TerritorySerializer
    filterset_class = TerritoryFilterSet
    ordering_fields = ["name", "kind", "oktmo", "blogger_count"]

    def perform_create(self, serializer: Any) -> None:
        data = serializer.validated_data
        serializer.instance = territory_create(
            name=data["name"],
            kind=data["kind"],
            parent=data.get("parent"),
            oktmo=data.get("oktmo", ""),
            actor=self.request.user,
        )


class TopicViewSet(BaseViewSet):
    queryset = Topic.objects.annotate(blogger_count=Count("bloggers", distinct=True))
    brief_queryset = Topic.objects.all()
    serializer_class = TopicSerializer
    filterset_class = TopicFilterSet
    ordering_fields = ["name", "blogger_count"]


def _fields(validated: dict[str, Any], *exclude: str) -> dict[str, Any]:
    return {k: v for k, v in validated.items() if k not in exclude}


class UserViewSet(ReadOnlyBaseViewSet):
    """Active users (for owner/assignee pickers)."""

    queryset = get_user_model().objects.filter(is_active=True).order_by("username")
    serializer_class = UserSerializer
    filterset_class = UserFilterSet
    ordering_fields = ["username", "last_name"]


class BloggerViewSet(BaseViewSet):
    """Bloggers with their latest score, rank and change, stage, stance, territory,
    owner, last interaction and task counts. DELETE archives (nothing is lost)."""

    queryset = Blogger.objects.all()  # the model, for the router and the schema
    serializer_class = BloggerSerializer
    filterset_class = BloggerFilterSet
    ordering_fields = [
        "display_name",
        "influence_score",
        "influence_rank",
        "influence_rank_delta",
        "stage",
        "stance",
        "tier",
        "last_interaction_at",
        "open_task_count",
        "overdue_task_count",
        "created_at",
        "updated_at",
    ]

    def get_queryset(self) -> Any:
        # Built per request: its overdue figures compare with today's date.
        return blogger_base_queryset()

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        # The page is cut from the ids of the matching bloggers (for the usual
        # filters and orders an index-only scan), then only its rows are read:
        # the per-row figures are subqueries, which a page read with OFFSET would
        # compute for every skipped row too.
        if request_wants_brief(request):
            return super().list(request, *args, **kwargs)
        matching = self.filter_queryset(blogger_base_queryset(figures=self._figures_used(request)))
        page_ids = list(self.paginate_queryset(matching.values_list("pk", flat=True)))
        rows = blogger_rows(ids=page_ids)
        self._personal_data_read(page_ids, PersonalDataAccess.Action.LIST)
        return self.get_paginated_response(self.get_serializer(rows, many=True).data)

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        response = super().retrieve(request, *args, **kwargs)
        self._personal_data_read([response.data["id"]], PersonalDataAccess.Action.VIEW)
        return response

    def _personal_data_read(self, blogger_ids: Iterable[int], action: str) -> None:
        """Log the read in the access log when this user's role sees personal data."""
        if roles.user_can(self.request.user, roles.VIEW_PERSONAL_DATA):
            personal_data_access_record(
                user=self.request.user,
                blogger_ids=blogger_ids,
                action=action,
                ip=client_ip(self.request._request),
                path=self.request.get_full_path(),
            )

    def _figures_used(self, request: Request) -> set[str]:
        """The computed figures (``BLOGGER_FIGURES``) that the request's filters
        or ordering refer to: the ids of a page need no others."""
        params = request.query_params
        ordering = params.get(NullsLastOrderingFilter.ordering_param, "")
        used = {term.strip().lstrip("-") for term in ordering.split(",")}
        for name, filter_ in BloggerFilterSet.base_filters.items():
            if name in params:
                used.add(filter_.field_name)
        return used & set(BLOGGER_FIGURES)

    def perform_create(self, serializer: Any) -> None:
        data = serializer.validated_data
        serializer.instance = blogger_create(
            display_name=data["display_name"],
            account_urls=data.get("account_urls", ()),
            topics=data.get("topics", ()),
            actor=self.request.user,
            **_fields(data, "display_name", "account_urls", "topics"),
        )

    def perform_update(self, serializer: Any) -> None:
        data = serializer.validated_data
        serializer.instance = blogger_update(
            blogger=serializer.instance,
            actor=self.request.user,
            topics=data.get("topics"),
            **_fields(data, "topics", "account_urls"),
        )

    def perform_destroy(self, instance: Blogger) -> None:
        blogger_update(blogger=instance, actor=self.request.user, is_archived=True)

    action_permissions = {
        "export_csv": roles.EXPORT,
        "export_xlsx": roles.EXPORT,
        "personal_data": roles.VIEW_PERSONAL_DATA,
        "erase_personal_data": roles.EDIT_CRM,
    }

    def _export_input(self) -> tuple[Any, builtins.list[tuple[str, str]]]:
        queryset = self.filter_queryset(self.get_queryset())
        personal = roles.user_can(self.request.user, roles.VIEW_PERSONAL_DATA)
        columns = export_columns(
            personal=personal, personal_fields=BloggerSerializer.personal_fields()
        )
        return queryset, columns

    def _filename(self, extension: str) -> str:
        return f"bloggers-{timezone.localdate().isoformat()}.{extension}"

    @extend_schema(
        responses={(200, CSVRenderer.media_type): OpenApiTypes.BINARY},
        filters=True,
        summary="Выгрузка списка блогеров в CSV (те же фильтры и сортировка)",
    )
    @action(
        detail=False,
        methods=["get"],
        url_path="export-csv",
        pagination_class=None,
        renderer_classes=[CSVRenderer],
    )
    def export_csv(self, request: Request) -> StreamingHttpResponse:
        queryset, columns = self._export_input()
        self._personal_data_read(
            queryset.values_list("pk", flat=True), PersonalDataAccess.Action.EXPORT
        )
        response = StreamingHttpResponse(
            csv_stream(queryset, columns), content_type=f"{CSVRenderer.media_type}; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self._filename("csv")}"'
        return response

    @extend_schema(
        responses={(200, XLSXRenderer.media_type): OpenApiTypes.BINARY},
        filters=True,
        summary="Выгрузка списка блогеров в XLSX (те же фильтры и сортировка)",
    )
    @action(
        detail=False,
        methods=["get"],
        url_path="export-xlsx",
        pagination_class=None,
        renderer_classes=[XLSXRenderer],
    )
    def export_xlsx(self, request: Request) -> HttpResponse:
        queryset, columns = self._export_input()
        self._personal_data_read(
            queryset.values_list("pk", flat=True), PersonalDataAccess.Action.EXPORT
        )
        response = HttpResponse(xlsx_bytes(queryset, columns), content_type=XLSXRenderer.media_type)
        response["Content-Disposition"] = f'attachment; filename="{self._filename("xlsx")}"'
        return response

    @extend_schema(
        responses={200: OpenApiTypes.OBJECT},
        summary="Все данные о блогере (выгрузка по запросу субъекта персональных данных)",
    )
    @action(detail=True, methods=["get"], url_path="personal-data")
    def personal_data(self, request: Request, pk: str | None = None) -> Response:
        blogger = self.get_object()
        self._personal_data_read([blogger.pk], PersonalDataAccess.Action.SUBJECT_EXPORT)
        return Response(blogger_personal_data(blogger_id=blogger.pk))

    @extend_schema(
        request=None,
        responses={200: ErasureSerializer},
        summary="Стереть персональные данные блогера (в истории остаётся отметка)",
    )
    @action(detail=True, methods=["post"], url_path="personal-data/erase", filter_backends=[])
    def erase_personal_data(self, request: Request, pk: str | None = None) -> Response:
        report = blogger_erase_personal_data(blogger=self.get_object(), actor=request.user)
        self._personal_data_read([report.blogger.pk], PersonalDataAccess.Action.ERASE)
        body = {
            "blogger": report.blogger.pk,
            "fields": list(report.fields),
            "erased_at": report.erased_at,
            "erased_by": request.user.get_username(),
        }
        return Response(ErasureSerializer(body).data)

    @extend_schema(
        request=MergeIntoSerializer,
        responses={200: BloggerMergeSerializer},
        summary="Объединить дубликат с другой записью (dry_run: только показать, что переместится)",
    )
    @action(detail=True, methods=["post"], filter_backends=[])
    def merge(self, request: Request, pk: str | None = None) -> Response:
        """Merge this blogger (the duplicate) into ``into``: accounts,
        interactions, follow-ups and campaign participations move, empty fields
        are filled, this record is archived with ``merged_into`` set; history of
        every row is kept. ``dry_run`` answers with the same figures and writes nothing."""
        serializer = MergeIntoSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        source = self.get_object()
        target = serializer.validated_data["into"]
        dry_run = serializer.validated_data["dry_run"]
        with transaction.atomic():
            blogger_merge_check(source=source, target=target)
            preview = blogger_merge_preview(source=source, target=target)
            if not dry_run:
                blogger_merge(source=source, target=target, actor=request.user)
        rows = {row["id"]: row for row in blogger_rows(ids=[source.pk, target.pk])}
        body = {
            **vars(preview),
            "dry_run": dry_run,
            "source": rows[source.pk],
            "target": rows[target.pk],
        }
        return Response(BloggerMergeSerializer(body, context={"request": request}).data)


class SocialAccountViewSet(BaseViewSet):
    queryset = SocialAccount.objects.select_related("blogger__territory")
    brief_queryset = SocialAccount.objects.all()
    serializer_class = SocialAccountSerializer
    filterset_class = SocialAccountFilterSet
    ordering_fields = [
        "platform",
        "screen_name",
        "display_name",
        "followers",
        "influence_score",
        "influence_rank",
        "influence_rank_delta",
        "last_synced_at",
        "created_at",
    ]

    @extend_schema(
        request=AccountFromURLSerializer,
        responses={200: SocialAccountSerializer, 201: SocialAccountSerializer},
        summary="Добавить аккаунт по ссылке",
    )
    @action(detail=False, methods=["post"], url_path="add-by-url")
    def add_by_url(self, request: Request) -> Response:
        """Normalise the link, reuse the stored account when there is one (200) or
        create it (201); resolve it through VK when the VK collector is configured."""
        serializer = AccountFromURLSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        url = serializer.validated_data["url"]
        # One transaction: a link VK does not know leaves nothing behind.
        with transaction.atomic():
            account, created = account_add_from_url(
                url=url, blogger=serializer.validated_data.get("blogger"), actor=request.user
            )
            account = account_resolve_from_vk(account=account, url=url)
        code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
        return self._respond_with(account, code)


class InteractionViewSet(BaseViewSet):
    queryset = interaction_list()
    brief_queryset = Interaction.objects.all()
    serializer_class = InteractionSerializer
    filterset_class = InteractionFilterSet
    ordering_fields = ["occurred_at", "type", "direction", "sentiment", "created_at"]

    def perform_create(self, serializer: Any) -> None:
        data = serializer.validated_data
        serializer.instance = interaction_create(
            actor=self.request.user,
            followup_title=data.get("followup_title", ""),
            followup_due=data.get("followup_due"),
            **_fields(data, "followup_title", "followup_due"),
        )


class FollowUpViewSet(BaseViewSet):
    queryset = followup_list(status=None)
    brief_queryset = FollowUp.objects.all()
    serializer_class = FollowUpSerializer
    filterset_class = FollowUpFilterSet
    ordering_fields = ["due_date", "status", "title", "created_at", "completed_at"]

    def perform_create(self, serializer: Any) -> None:
        data = serializer.validated_data
        serializer.instance = followup_create(
            actor=self.request.user, **_fields(data, "status", "completed_at")
        )
        if data.get("status") and data["status"] != FollowUp.Status.OPEN:
            followup_set_status(
                followup=serializer.instance, status=data["status"], actor=self.request.user
            )

    def perform_update(self, serializer: Any) -> None:
        new_status = serializer.validated_data.pop("status", None)
        followup = serializer.save()
        if new_status is not None and new_status != followup.status:
            followup_set_status(followup=followup, status=new_status, actor=self.request.user)


class CampaignViewSet(BaseViewSet):
    queryset = Campaign.objects.select_related("topic", "created_by").annotate(
        participant_count=Count("participants", distinct=True)
    )
    brief_queryset = Campaign.objects.all()
    serializer_class = CampaignSerializer
    filterset_class = CampaignFilterSet
    ordering_fields = ["title", "starts_on", "ends_on", "created_at", "participant_count"]

    def perform_create(self, serializer: Any) -> None:
        serializer.save(created_by=self.request.user)

    @extend_schema(
        responses={200: CampaignResultsSerializer},
        summary="Измеренный результат кампании: репосты, упоминания, охват против цели",
    )
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def results(self, request: Request, pk: str | None = None) -> Response:
        results = campaign_results(campaign=self.get_object())
        return Response(CampaignResultsSerializer(results, context={"request": request}).data)


class CampaignParticipantViewSet(BaseViewSet):
    queryset = CampaignParticipant.objects.select_related("campaign", "blogger__territory")
    brief_queryset = CampaignParticipant.objects.all()
    serializer_class = CampaignParticipantSerializer
    filterset_class = CampaignParticipantFilterSet
    ordering_fields = ["status", "updated_at", "blogger__display_name", "campaign__starts_on"]

    def perform_update(self, serializer: Any) -> None:
        new_status = serializer.validated_data.pop("status", None)
        participant = serializer.save()
        if new_status is not None and new_status != participant.status:
            participant_set_status(
                participant=participant, status=new_status, actor=self.request.user
            )


class CampaignPublicationViewSet(BaseViewSet):
    """Posts participants published for a campaign (their links). Recording one
    moves the participant to ``published``; the result is measured from the
    ledger (``GET /campaigns/{id}/results/``)."""

    queryset = CampaignPublication.objects.select_related(
        "participant__campaign", "participant__blogger__territory", "account"
    )
    brief_queryset = CampaignPublication.objects.all()
    serializer_class = CampaignPublicationSerializer
    filterset_class = CampaignPublicationFilterSet
    ordering_fields = ["published_at", "url", "id"]

    def perform_create(self, serializer: Any) -> None:
        data = serializer.validated_data
        serializer.instance = publication_record(actor=self.request.user, **data)

    def perform_update(self, serializer: Any) -> None:
        serializer.instance = publication_update(
            publication=serializer.instance, actor=self.request.user, **serializer.validated_data
        )
