"""Reports for download: the weekly report as DOCX or PDF (reports.weekly)."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.views import APIView

from api.renderers import DOCXRenderer, FileRenderer, PDFRenderer
from reports.weekly import (
    week_last_complete,
    week_parse,
    weekly_report,
    weekly_report_docx,
    weekly_report_pdf,
)

FORMATS = {"docx": (DOCXRenderer, weekly_report_docx), "pdf": (PDFRenderer, weekly_report_pdf)}


class FormatParamNegotiation(DefaultContentNegotiation):
    """The file type comes from the ``format`` parameter, validated by the view
    (a bad one is a 400 naming the field, not DRF's 404), whatever ``Accept`` says."""

    def select_renderer(
        self, request: Request, renderers: list, format_suffix: str | None = None
    ) -> tuple[Any, str]:
        wanted = request.query_params.get("format", "pdf")
        renderer = next((r for r in renderers if r.format == wanted), renderers[0])
        return renderer, renderer.media_type


class WeeklyReportQuery(serializers.Serializer):
    week = serializers.CharField(
        required=False, help_text="неделя ГГГГ-Wнн (ISO 8601); по умолчанию — прошедшая"
    )
    format = serializers.ChoiceField(choices=sorted(FORMATS), default="pdf")

    def validate_week(self, value: str) -> Any:
        try:
            week = week_parse(value)
        except ValueError as exc:
            raise serializers.ValidationError(str(exc)) from None
        if week.since > timezone.now():
            raise serializers.ValidationError("Эта неделя ещё не началась.")
        return week


class WeeklyReportView(APIView):
    """The weekly report for the governor's office (incidents by topic and
    territory with the trend, response times against the deadlines, the week's
    top amplifiers, risers and fallers), in Russian. Every role may download it:
    it holds no personal data."""

    renderer_classes = [PDFRenderer, DOCXRenderer]
    content_negotiation_class = FormatParamNegotiation

    @extend_schema(
        parameters=[WeeklyReportQuery],
        responses={
            (200, PDFRenderer.media_type): OpenApiTypes.BINARY,
            (200, DOCXRenderer.media_type): OpenApiTypes.BINARY,
        },
        summary="Еженедельный отчёт (DOCX или PDF)",
    )
    def get(self, request: Request) -> HttpResponse:
        query = WeeklyReportQuery(data=request.query_params)
        query.is_valid(raise_exception=True)
        week = query.validated_data.get("week") or week_last_complete()
        renderer, render = FORMATS[query.validated_data["format"]]
        report = weekly_report(week=week)
        response = HttpResponse(render(report), content_type=renderer.media_type)
        filename = f"rezonans-weekly-{week.code}.{renderer.format}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> Any:
        # Errors answer in the one JSON error shape, not in the file type.
        response = super().finalize_response(request, response, *args, **kwargs)
        if getattr(response, "exception", False) and isinstance(
            getattr(response, "accepted_renderer", None), FileRenderer
        ):
            response.accepted_renderer = JSONRenderer()
            response.accepted_media_type = JSONRenderer.media_type
            response.renderer_context = self.get_renderer_context()
        return response
