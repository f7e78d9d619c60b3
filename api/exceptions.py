"""One error shape for the whole API:
``{"error": {"code": "...", "message": "...", "fields": {"field": ["msg"]}}}``."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError, RestrictedError
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from backend.errors import Conflict, DomainError, Duplicate
from backend.queue import QueueUnavailable
from graph.backends.base import GraphUnavailable


def error_body(code: str, message: str, fields: dict[str, list[str]] | None = None) -> dict:
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def _flatten(detail: Any) -> list[str]:
    if isinstance(detail, dict):
        return [f"{k}: {m}" for k, v in detail.items() for m in _flatten(v)]
    if isinstance(detail, list):
        return [m for item in detail for m in _flatten(item)]
    return [str(detail)]


def _validation_body(detail: Any) -> dict:
    if not isinstance(detail, dict):
        messages = _flatten(detail)
        return error_body("invalid", " ".join(messages) or _("Некорректный запрос."))
    fields: dict[str, list[str]] = {}
    general: list[str] = []
    for name, value in detail.items():
        if name in {"non_field_errors", "__all__"}:
            general.extend(_flatten(value))
        else:
            fields[str(name)] = _flatten(value)
    message = (
        " ".join(general)
        if general
        else _("Проверьте поля: %(fields)s.") % {"fields": ", ".join(fields)}
    )
    return error_body("invalid", message, fields)


def _code_of(exc: exceptions.APIException) -> str:
    codes = exc.get_codes()
    if isinstance(codes, str):
        return codes
    return exc.default_code


def exception_handler(exc: Exception, context: dict) -> Response | None:
    """DRF exception handler producing the uniform error shape.

    Domain errors from services map to 400 (``Duplicate`` and ``Conflict`` to 409,
    graph and task-queue outages to 503); deleting a protected row and constraint
    violations to 409.
    """
    if isinstance(exc, GraphUnavailable | QueueUnavailable):
        return Response(error_body(exc.code, exc.message, exc.fields), status=503)
    if isinstance(exc, Duplicate):
        body = error_body(exc.code, exc.message, exc.fields)
        existing = getattr(exc.existing, "pk", None)
        if existing is not None:
            body["error"]["existing_id"] = existing
        return Response(body, status=status.HTTP_409_CONFLICT)
    if isinstance(exc, Conflict):
        body = error_body(exc.code, exc.message, exc.fields)
        body["error"].update(exc.extra)
        return Response(body, status=status.HTTP_409_CONFLICT)
    if isinstance(exc, DomainError):
        return Response(error_body(exc.code, exc.message, exc.fields), status=400)
    if isinstance(exc, ProtectedError | RestrictedError):
        return Response(
            error_body(
                "protected", _("Запись используется другими записями и не может быть удалена.")
            ),
            status=status.HTTP_409_CONFLICT,
        )
    if isinstance(exc, IntegrityError):
        return Response(
            error_body("conflict", _("Запись противоречит уже существующим данным.")),
            status=status.HTTP_409_CONFLICT,
        )
    if isinstance(exc, DjangoValidationError):
        # Model validation (full_clean) inside a service: the same 400 as a serializer's.
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
        return Response(_validation_body(detail), status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()

    response = drf_exception_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        return response
    if isinstance(exc, exceptions.ValidationError):
        response.data = _validation_body(exc.detail)
    else:
        detail = exc.detail
        message = " ".join(_flatten(detail)) if not isinstance(detail, str) else str(detail)
        response.data = error_body(_code_of(exc), message)
    return response


@csrf_exempt
def not_found_view(request: Any, *args: Any, **kwargs: Any) -> JsonResponse:
    """Unknown URLs under /api/ answer in the API's shape, not with an HTML page."""
    return JsonResponse(error_body("not_found", _("Адрес не найден.")), status=404)
