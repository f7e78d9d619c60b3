"""``api.filtersets.BloggerFilterSet``: results and per-parameter errors."""

from __future__ import annotations

import pytest
from django.http import QueryDict

from api.filtersets import BloggerFilterSet
from crm.models import Blogger
from tests.factories import BloggerFactory, TerritoryFactory

pytestmark = pytest.mark.django_db


def query(text: str) -> QueryDict:
    return QueryDict(text)


def test_results_and_errors_name_the_parameters():
    region = TerritoryFactory(kind="region")
    inside = BloggerFactory(territory=TerritoryFactory(parent=region), stance="neutral")
    BloggerFactory(territory=region, stance="critical")
    BloggerFactory(stance="neutral")
    filterset = BloggerFilterSet(
        query(f"territory={region.pk}&stance=neutral"), queryset=Blogger.objects.all()
    )
    assert filterset.is_valid()
    assert list(filterset.qs) == [inside]
    invalid = BloggerFilterSet(query("stance=nonsense&influence_score__gte=x&owner=1"))
    assert not invalid.is_valid()
    assert set(invalid.errors) == {"stance", "influence_score__gte"}
