"""Imports of edges and of posts: upload a file → a job processed by a Celery
worker; poll the job for progress and counts, page through its rejected rows.
Analyst and admin only (``import_edges``)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response

from api.filters import BaseFilterSet
from api.serializers.influence import (
    EdgeImportErrorSerializer,
    EdgeImportJobSerializer,
    EdgeImportUploadSerializer,
    PostImportUploadSerializer,
)
from api.views.base import BaseViewSet
from backend import roles
from graph.ingest.jobs import edge_import_job_create
from graph.models import EdgeImportJob


class EdgeImportJobFilterSet(BaseFilterSet):
    search_fields = ("filename",)

    class Meta:
        model = EdgeImportJob
        fields = ["id", "status", "format", "platform", "filename", "created_at"]


@extend_schema_view(
    list=extend_schema(summary="Импорты связей"),
    retrieve=extend_schema(summary="Импорт связей: прогресс и счётчики"),
)
class EdgeImportJobViewSet(BaseViewSet):
    data = EdgeImportJob.Data.EDGES
    queryset = EdgeImportJob.objects.select_related("created_by").defer("content")
    serializer_class = EdgeImportJobSerializer
    filterset_class = EdgeImportJobFilterSet
    ordering_fields = ["created_at", "finished_at", "status", "filename"]
    http_method_names = ["get", "post", "head", "options"]
    parser_classes = [MultiPartParser, FormParser]
    action_permissions = {
        "list": roles.IMPORT_EDGES,
        "retrieve": roles.IMPORT_EDGES,
        "create": roles.IMPORT_EDGES,
        "errors": roles.IMPORT_EDGES,
    }

    def get_queryset(self) -> Any:
        return super().get_queryset().filter(data=self.data).order_by("-created_at", "-id")

    @extend_schema(
        request=EdgeImportUploadSerializer,
        responses={202: EdgeImportJobSerializer},
        summary="Загрузить файл связей (multipart) — создаётся задача импорта",
    )
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        upload = EdgeImportUploadSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        data = upload.validated_data
        file = data["file"]
        job = edge_import_job_create(
            file=file,
            filename=file.name or "upload",
            platform=data["platform"],
            fmt=data.get("format"),
            kind=data.get("kind"),
            occurred_at=data.get("occurred_at"),
            user=request.user,
        )
        return self._accepted(request, job)

    def _accepted(self, request: Request, job: EdgeImportJob) -> Response:
        fresh = self.get_queryset().get(pk=job.pk)
        body = EdgeImportJobSerializer(fresh, context=self.get_serializer_context()).data
        headers = {"Location": f"{request.path.rstrip('/')}/{job.pk}/"}
        return Response(body, status=status.HTTP_202_ACCEPTED, headers=headers)

    @extend_schema(
        summary="Отклонённые строки импорта (номер строки и причина)",
        responses=EdgeImportErrorSerializer(many=True),
        filters=False,
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def errors(self, request: Request, pk: Any = None) -> Response:
        job = self.get_object()
        page = self.paginate_queryset(job.errors.order_by("line_no", "id"))
        return self.get_paginated_response(EdgeImportErrorSerializer(page, many=True).data)


@extend_schema_view(
    list=extend_schema(summary="Импорты постов"),
    retrieve=extend_schema(summary="Импорт постов: прогресс и счётчики"),
)
class PostImportJobViewSet(EdgeImportJobViewSet):
    """Posts and comments of any platform (CSV / JSON lines, see ``import_posts``);
    the stored posts are then analysed and scanned for problem bursts."""

    data = EdgeImportJob.Data.POSTS

    @extend_schema(
        request=PostImportUploadSerializer,
        responses={202: EdgeImportJobSerializer},
        summary="Загрузить файл постов (multipart) — создаётся задача импорта",
    )
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        upload = PostImportUploadSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        data = upload.validated_data
        file = data["file"]
        job = edge_import_job_create(
            file=file,
            filename=file.name or "upload",
            platform=data["platform"],
            fmt=data.get("format"),
            user=request.user,
            data=EdgeImportJob.Data.POSTS,
        )
        return self._accepted(request, job)
