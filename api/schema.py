"""drf-spectacular extensions and hooks: nested fields, token auth and the
error responses every operation can give."""

from __future__ import annotations

from typing import Any

from drf_spectacular import openapi
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.extensions import (
    OpenApiAuthenticationExtension,
    OpenApiSerializerFieldExtension,
)
from drf_spectacular.plumbing import build_basic_type
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, PolymorphicProxySerializer

from api.serializers.base import BaseModelSerializer
from api.views.base import BaseViewSet

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
                # 409 only: the record's current state and version, and what is allowed.
                "state": {"type": "string"},
                "version": {"type": "integer"},
                "allowed": {"type": "array", "items": {"type": "string"}},
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
    "406": "Ответ в запрошенном типе (заголовок Accept) дать нельзя.",
    "409": "Конфликт с существующими данными.",
    "429": "Слишком много запросов.",
}
_PERSONAL_FIELD = (
    "Персональные данные (152-ФЗ): есть в ответе и принимаются только для ролей с доступом к "
    "персональным данным (admin, officer, analyst); для остальных поле отсутствует."
)
_GRAPH_DOWN = "Графовое хранилище недоступно (code graph_unavailable); остальное API работает."


class NestedRelatedFieldExtension(OpenApiSerializerFieldExtension):
    target_class = "api.serializers.base.NestedRelatedField"

    def map_serializer_field(self, auto_schema: Any, direction: str) -> Any:
        if direction == "response":
            brief = self.target.serializer_class.brief()
            return auto_schema.resolve_serializer(brief, direction).ref
        return build_basic_type(OpenApiTypes.INT)


class RelatedBloggerFilterExtension(DjangoFilterExtension):
    """Parameters of ``RelatedBloggerFilterBackend``: its FilterSet's filters,
    typed from the FilterSet's model (the view's rows are another model)."""

    target_class = "api.filters.RelatedBloggerFilterBackend"
    priority = 1  # before DjangoFilterExtension, which matches subclasses too

    def get_schema_operation_parameters(self, auto_schema: Any, *args: Any, **kwargs: Any) -> list:
        filterset = auto_schema.view.filterset_class
        return [
            parameter
            for name, filter_ in filterset.base_filters.items()
            for parameter in self.resolve_filter_field(
                auto_schema, filterset._meta.model, filterset, name, filter_
            )
        ]


BRIEF_PARAMETER = OpenApiParameter(
    "brief",
    bool,
    description="Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок.",
)


class AutoSchema(openapi.AutoSchema):
    """drf-spectacular's schema, plus ``?brief=1`` on the reads of every resource
    viewset (``api.views.base.BaseViewSet``), where it works: their records are
    then the full or the brief form (``oneOf``)."""

    def _serves_brief(self) -> bool:
        action = getattr(self.view, "action", None)
        return (
            isinstance(self.view, BaseViewSet)
            and action in ("list", "retrieve")
            and issubclass(self.view.get_serializer_class(), BaseModelSerializer)
        )

    def get_override_parameters(self) -> list:
        parameters = super().get_override_parameters()
        return [*parameters, BRIEF_PARAMETER] if self._serves_brief() else parameters

    def get_response_serializers(self) -> Any:
        serializer = super().get_response_serializers()
        if not self._serves_brief():
            return serializer
        full = self.view.get_serializer_class()
        if set(getattr(full.Meta, "brief_fields", ("id",))) >= set(full.Meta.fields):
            return serializer  # the brief form is the full one
        return PolymorphicProxySerializer(
            component_name=f"{full.__name__.removesuffix('Serializer')}OrBrief",
            serializers=[full, full.brief()],
            resource_type_field_name=None,
            many=self.view.action == "list",
        )


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
    for name, component in schemas.items():
        if name.endswith("Brief") and not name.endswith("OrBrief"):
            # Exactly these fields: a full record is never mistaken for a brief one.
            component["additionalProperties"] = False
    personal = _personal_fields_by_component(BaseModelSerializer)
    for name, fields in personal.items():
        for variant in (name, f"{name}Request", f"Patched{name}Request"):
            component = schemas.get(variant)
            if not component:
                continue
            for field in fields & set(component.get("properties", {})):
                component["properties"][field]["description"] = _PERSONAL_FIELD
            if "required" in component:
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
