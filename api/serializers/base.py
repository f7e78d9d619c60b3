"""Serializer base classes shared by every resource (NetBox style).

- ``Meta.brief_fields`` names the light representation used for nested
  objects and for ``?brief=1`` (``SomeSerializer.brief()`` builds that class).
- Related objects are written by id and read as their brief representation
  (``NestedRelatedField``).
- Personal-data fields (``crm.personal_data``) are removed from the output for
  users whose role may not see personal data, and refused on input.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.module_loading import import_string
from rest_framework import serializers

from backend import roles
from backend.filters import StrictBooleanField
from crm.personal_data import personal_fields


def request_wants_brief(request: Any) -> bool:
    """``?brief=1`` on a read: the light form (``Meta.brief_fields``)."""
    if request is None or request.method not in ("GET", "HEAD"):
        return False
    try:
        return bool(StrictBooleanField(required=False).clean(request.query_params.get("brief")))
    except DjangoValidationError as exc:
        raise serializers.ValidationError({"brief": exc.messages}) from exc


def may_see_personal_data(context: dict) -> bool:
    request = context.get("request")
    # No request (internal use) or the schema (which documents the fields as
    # present only for roles with personal-data access): the full representation.
    if request is None or getattr(context.get("view"), "swagger_fake_view", False):
        return True
    return roles.user_can(request.user, roles.VIEW_PERSONAL_DATA)


class BaseModelSerializer(serializers.ModelSerializer):
    @classmethod
    def brief(cls) -> type[BaseModelSerializer]:
        """The light variant of this serializer (component ``<Name>Brief`` in the schema)."""
        return _brief_class(cls)  # type: ignore[arg-type]  # classes are hashable

    @classmethod
    def personal_fields(cls) -> tuple[str, ...]:
        model = cls.Meta.model
        return personal_fields(f"{model._meta.app_label}.{model.__name__}")

    def validate_import_key(self, value: str | None) -> str | None:
        # An empty external key means "none": stored as NULL, so it is never a duplicate.
        return value or None

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()
        if not may_see_personal_data(self.context):
            for name in self.personal_fields():
                fields.pop(name, None)
        return fields


@cache
def _brief_class(cls: type[BaseModelSerializer]) -> type[BaseModelSerializer]:
    brief_fields = tuple(getattr(cls.Meta, "brief_fields", ("id",)))
    meta = type("Meta", (cls.Meta,), {"fields": brief_fields, "read_only_fields": brief_fields})
    name = cls.__name__.removesuffix("Serializer") + "BriefSerializer"

    def get_field_names(self: Any, declared_fields: Any, info: Any) -> list[str]:
        # Declared fields left out of the brief form are fine (DRF would assert).
        return list(brief_fields)

    attrs = {"Meta": meta, "__module__": cls.__module__, "get_field_names": get_field_names}
    return type(name, (cls,), attrs)


class NestedRelatedField(serializers.PrimaryKeyRelatedField):
    """Written as the related object's id, read as its brief representation.

    ``serializer`` is the related serializer class, or its dotted path for
    self-references (then pass ``queryset`` too).
    """

    def __init__(self, serializer: type[BaseModelSerializer] | str, **kwargs: Any) -> None:
        self._serializer = serializer
        if not kwargs.get("read_only") and not isinstance(serializer, str):
            kwargs.setdefault("queryset", serializer.Meta.model.objects.all())
        super().__init__(**kwargs)

    @property
    def serializer_class(self) -> type[BaseModelSerializer]:
        if isinstance(self._serializer, str):
            self._serializer = import_string(self._serializer)
        assert not isinstance(self._serializer, str)
        return self._serializer

    def use_pk_only_optimization(self) -> bool:
        return False

    def to_representation(self, value: Any) -> Any:
        # One brief serializer per field, reused for every row: building a
        # ModelSerializer's fields per nested object would dominate list time.
        brief = getattr(self, "_brief_serializer", None)
        if brief is None:
            brief = self.serializer_class.brief()(context=self.context)
            self._brief_serializer = brief
        return brief.to_representation(value)
