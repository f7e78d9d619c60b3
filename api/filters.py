"""Shared FilterSet base and ordering for every API list (NetBox style).

``BaseFilterSet`` generates the lookups for the fields listed in
``Meta.fields`` instead of each FilterSet spelling them out:

- text fields: ``name`` (exact), ``name__icontains``, ``name__istartswith``,
  ``name__iexact``, ``name__n`` (not equal);
- numbers, dates, times: ``x``, ``x__gte``, ``x__lte``, ``x__gt``, ``x__lt``, ``x__n``;
- choices and foreign keys: ``x``, ``x__n``.

``q`` searches (case-insensitively) the ``search_fields`` of the FilterSet.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

import django_filters
from django.db import models
from django.db.models import F, Q, QuerySet
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import get_model_field
from rest_framework.filters import OrderingFilter

from backend.filters import BooleanFilter
from crm.models import Blogger

TEXT_LOOKUPS = ("icontains", "istartswith", "iexact")
RANGE_LOOKUPS = ("gte", "lte", "gt", "lt")
_RANGE_FIELDS = (
    models.IntegerField,
    models.FloatField,
    models.DecimalField,
    models.DateField,
    models.DateTimeField,
    models.TimeField,
)


def _lookups_for(field: models.Field | None) -> tuple[str, ...]:
    if field is None or field.is_relation or getattr(field, "choices", None):
        return ()
    if isinstance(field, models.CharField | models.TextField):
        return TEXT_LOOKUPS
    if isinstance(field, _RANGE_FIELDS):
        return RANGE_LOOKUPS
    return ()


class UTCDateTimeFilter(django_filters.IsoDateTimeFilter):
    """ISO 8601 date-times converted to UTC before they reach the database
    (PostgreSQL refuses offsets beyond ±15:59, which ISO 8601 parsing accepts)."""

    def filter(self, qs: QuerySet, value: Any) -> QuerySet:
        if value is not None and getattr(value, "tzinfo", None) is not None:
            value = value.astimezone(UTC)
        return super().filter(qs, value)


class BaseFilterSet(django_filters.FilterSet):
    FILTER_DEFAULTS = {
        **django_filters.FilterSet.FILTER_DEFAULTS,
        models.DateTimeField: {"filter_class": UTCDateTimeFilter},
        models.BooleanField: {"filter_class": BooleanFilter},
    }

    q = django_filters.CharFilter(method="filter_q", label="поиск")
    search_fields: tuple[str, ...] = ()
    base_filters: dict[str, django_filters.Filter]  # set on the class by django-filter

    @classmethod
    def get_filters(cls) -> dict[str, django_filters.Filter]:
        filters = super().get_filters()
        generated: dict[str, django_filters.Filter] = {}
        for name, base in filters.items():
            if name in cls.declared_filters or base.lookup_expr != "exact":
                continue
            field = get_model_field(cls._meta.model, base.field_name)
            for lookup in _lookups_for(field):
                generated[f"{name}__{lookup}"] = cls.filter_for_field(
                    field, base.field_name, lookup
                )
            if not isinstance(field, models.BooleanField):
                negated = cls.filter_for_field(field, base.field_name, "exact")
                negated.exclude = True
                generated[f"{name}__n"] = negated
        filters.update({k: v for k, v in generated.items() if k not in filters})
        if not cls.search_fields and cls.filter_q.__qualname__ == "BaseFilterSet.filter_q":
            del filters["q"]  # nothing to search: no ?q= that would silently match everything
        return filters

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        value = value.strip()
        if not value or not self.search_fields:
            return queryset
        condition = Q()
        for field in self.search_fields:
            condition |= Q(**{f"{field}__icontains": value})
        return queryset.filter(condition)


class RelatedBloggerFilterBackend(DjangoFilterBackend):
    """The view's ``filterset_class`` (a blogger FilterSet) applied to rows that
    belong to a blogger through a ``blogger`` relation (the leaderboard's scores):
    the same filters, with the same role-aware ``q``, as the blogger list.
    Its schema parameters come from ``api.schema.RelatedBloggerFilterExtension``."""

    def get_filterset_class(self, view: Any, queryset: Any = None) -> Any:
        return view.filterset_class

    def filter_queryset(self, request: Any, queryset: QuerySet, view: Any) -> QuerySet:
        bloggers = super().filter_queryset(request, Blogger.objects.all(), view)
        return queryset.filter(blogger__in=bloggers.values("pk"))


class NullsLastOrderingFilter(OrderingFilter):
    """``?ordering=a,-b``: empty values last in both directions, primary key as the
    tie-breaker so pages never overlap."""

    def filter_queryset(self, request: Any, queryset: QuerySet, view: Any) -> QuerySet:
        ordering = self.get_ordering(request, queryset, view) or list(
            queryset.query.order_by or queryset.model._meta.ordering
        )
        expressions = []
        for term in ordering:
            if term.lstrip("-") in {"pk", "id"}:
                expressions.append(term)
                continue
            if term.startswith("-"):
                expressions.append(F(term[1:]).desc(nulls_last=True))
            else:
                expressions.append(F(term).asc(nulls_last=True))
        if not any(str(t).lstrip("-") in {"pk", "id"} for t in ordering):
            expressions.append("pk")
        return queryset.order_by(*expressions)
