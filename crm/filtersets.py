"""django-filter FilterSets for CRM lists, shared by selectors and the API."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import django_filters
from django.db.models import Q, QuerySet
from django.utils import timezone

from backend import roles
from backend.filters import BooleanFilter
from crm.models import (
    AccountKind,
    Blogger,
    Platform,
    SocialAccount,
    Stage,
    Stance,
    Territory,
    Tier,
    Topic,
)
from crm.personal_data import personal_fields


class MultipleChoiceInFilter(django_filters.MultipleChoiceFilter):
    """Any of the chosen values, matched with one ``field IN (...)``.

    django-filter ORs one equality per value; PostgreSQL (before 18) cannot use
    such an OR as an index condition, so a count over a multi-column index
    (``crm_blogger_list_idx``) would read the whole index instead of its range.
    """

    def filter(self, qs: QuerySet, value: Any) -> QuerySet:
        if (
            not value
            or self.conjoined
            or self.lookup_expr != "exact"
            or self.null_value in value
            or self.is_noop(qs, value)
        ):
            return super().filter(qs, value)
        qs = self.get_method(qs)(**{f"{self.field_name}__in": sorted(set(value))})
        return qs.distinct() if self.distinct else qs


class BloggerFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label="поиск")
    territory = django_filters.NumberFilter(
        method="filter_territory", label="территория (с вложенными)"
    )
    # Relations are matched with ``pk IN (subquery)`` and local fields directly, so
    # no filter needs SELECT DISTINCT (which would also defeat the by-score index).
    topic = django_filters.ModelMultipleChoiceFilter(
        field_name="topics", queryset=Topic.objects.all(), method="filter_topic", distinct=False
    )
    stance = MultipleChoiceInFilter(choices=Stance.choices, distinct=False)
    stage = MultipleChoiceInFilter(choices=Stage.choices, distinct=False)
    tier = MultipleChoiceInFilter(choices=Tier.choices, distinct=False)
    owner = django_filters.NumberFilter(field_name="owner_id")
    platform = django_filters.MultipleChoiceFilter(
        field_name="accounts__platform",
        choices=Platform.choices,
        method="filter_accounts",
        distinct=False,
    )
    account_kind = django_filters.MultipleChoiceFilter(
        field_name="accounts__kind",
        choices=AccountKind.choices,
        method="filter_accounts",
        distinct=False,
    )
    archived = BooleanFilter(field_name="is_archived")
    no_contact_days = django_filters.NumberFilter(
        method="filter_no_contact_days", min_value=0, max_value=36500
    )
    has_overdue_tasks = BooleanFilter(method="filter_has_overdue_tasks")
    score_min = django_filters.NumberFilter(field_name="influence_score", lookup_expr="gte")
    score_max = django_filters.NumberFilter(field_name="influence_score", lookup_expr="lte")
    rank_min = django_filters.NumberFilter(field_name="influence_rank", lookup_expr="gte")
    rank_max = django_filters.NumberFilter(field_name="influence_rank", lookup_expr="lte")

    class Meta:
        model = Blogger
        fields: list[str] = []

    def __init__(
        self,
        data: Any = None,
        queryset: Any = None,
        *,
        request: Any = None,
        user: Any = None,
        **kwargs: Any,
    ) -> None:
        """The blogger filters as ``user`` (default: the request's user) may use
        them: ``q`` matches the personal-data fields (``crm/personal_data.py``)
        only when that user may see personal data — a search would otherwise
        reveal what the answer hides. Without a user it never does."""
        super().__init__(data, queryset, request=request, **kwargs)
        if user is None and request is not None:
            user = request.user
        self.search_personal_data = roles.user_can(user, roles.VIEW_PERSONAL_DATA)

    @property
    def qs(self) -> QuerySet[Blogger]:
        queryset = super().qs
        if self.form.cleaned_data.get("archived") is None:
            queryset = queryset.filter(is_archived=False)
        return queryset

    def filter_q(self, queryset: QuerySet[Blogger], name: str, value: str) -> QuerySet[Blogger]:
        value = value.strip()
        if not value:
            return queryset
        term = value.lstrip("@")
        personal = Q(pk__in=[])
        if self.search_personal_data:
            for field in personal_fields("crm.Blogger"):
                personal |= Q(**{f"{field}__icontains": value})
        matching = Blogger.objects.filter(
            Q(display_name__icontains=value)
            | personal
            | Q(notes__icontains=value)
            | Q(description__icontains=value)
            | Q(accounts__screen_name__icontains=term)
            | Q(accounts__display_name__icontains=value)
        ).values("pk")
        return queryset.filter(pk__in=matching)

    def filter_topic(self, queryset: QuerySet[Blogger], name: str, value: Any) -> QuerySet[Blogger]:
        if not value:
            return queryset
        through = Blogger.topics.through.objects.filter(topic__in=value)
        return queryset.filter(pk__in=through.values("blogger_id"))

    def filter_accounts(
        self, queryset: QuerySet[Blogger], name: str, value: list[str]
    ) -> QuerySet[Blogger]:
        if not value:
            return queryset
        lookup = name.removeprefix("accounts__") + "__in"  # field_name: accounts__platform|kind
        accounts = SocialAccount.objects.filter(**{lookup: value}, blogger__isnull=False)
        return queryset.filter(pk__in=accounts.values("blogger_id"))

    def filter_territory(
        self, queryset: QuerySet[Blogger], name: str, value: int
    ) -> QuerySet[Blogger]:
        return queryset.filter(territory__in=Territory.objects.subtree(int(value)).values("pk"))

    def filter_no_contact_days(
        self, queryset: QuerySet[Blogger], name: str, value: int
    ) -> QuerySet[Blogger]:
        cutoff = timezone.now() - timedelta(days=int(value))
        return queryset.exclude(interactions__occurred_at__gte=cutoff)

    def filter_has_overdue_tasks(
        self, queryset: QuerySet[Blogger], name: str, value: bool
    ) -> QuerySet[Blogger]:
        overdue = Q(followups__status="open", followups__due_date__lt=timezone.localdate())
        matching = Blogger.objects.filter(overdue).values("pk")
        return queryset.filter(pk__in=matching) if value else queryset.exclude(pk__in=matching)
