"""drf-spectacular extensions and hooks: nested fields, token auth and the
error responses every operation can give."""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import (
    OpenApiAuthenticationExtension,
    OpenApiSerializerFieldExtension,
)
from drf_spectacular.plumbing import build_basic_type
from drf_spectacular.types import OpenApiTypes

ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "fields": {
                    "type": "object",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                },
            },
            "required": ["code", "message", "fields"],
        }
    },
    "required": ["error"],
}

_ERROR_RESPONSES = {
    "400": "Некорректный запрос: поля с ошибками в error.fields.",
    "401": "Не выполнен вход или недействительный токен.",
    "403": "Роли пользователя это не разрешено.",
    "404": "Не найдено.",
    "409": "Конфликт с существующими данными.",
    "429": "Слишком много запросов.",
}
_GRAPH_DOWN = "Графовое хранилище недоступно (code graph_unavailable); остальное API работает."


class NestedRelatedFieldExtension(OpenApiSerializerFieldExtension):
    target_class = "api.serializers.base.NestedRelatedField"

    def map_serializer_field(self, auto_schema: Any, direction: str) -> Any:
        if direction == "response":
            brief = self.target.serializer_class.brief()
            return auto_schema.resolve_serializer(brief, direction).ref
        return build_basic_type(OpenApiTypes.INT)


class TokenAuthenticationExtension(OpenApiAuthenticationExtension):
    target_class = "api.authentication.TokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: Any) -> dict:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "Токен с префиксом «Token», например `Token rz_…`.",
        }


def add_error_responses(result: dict, generator: Any, request: Any, public: bool) -> dict:
    """Post-processing hook: the shared Error component on every operation, and
    personal-data fields marked optional (they are absent for the viewer role)."""
    from api.serializers.base import BaseModelSerializer

    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = ERROR_SCHEMA
    ref = {"$ref": "#/components/schemas/Error"}
    for url, path in result.get("paths", {}).items():
        for operation in path.values():
            responses = operation.setdefault("responses", {})
            for code, description in _ERROR_RESPONSES.items():
                responses.setdefault(
                    code,
                    {"description": description, "content": {"application/json": {"schema": ref}}},
                )
            if url.startswith("/api/v1/graph/"):
                responses.setdefault(
                    "503",
                    {"description": _GRAPH_DOWN, "content": {"application/json": {"schema": ref}}},
                )
    personal = _personal_fields_by_component(BaseModelSerializer)
    for name, fields in personal.items():
        component = schemas.get(name)
        if component and "required" in component:
            component["required"] = [f for f in component["required"] if f not in fields]
            if not component["required"]:
                del component["required"]
    return result


def _personal_fields_by_component(base: type) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    stack: list[Any] = list(base.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        fields = set(cls.personal_fields()) if hasattr(cls, "Meta") else set()
        if fields:
            found[cls.__name__.removesuffix("Serializer")] = fields
    return found
