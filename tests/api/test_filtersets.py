"""``api.filters.BaseFilterSet``: a request's FilterSet copies and validates only
the filters its parameters name, with the same results and errors."""

from __future__ import annotations

import pytest
from django.http import QueryDict

from api.filtersets import BloggerFilterSet
from crm.models import Blogger
from tests.factories import BloggerFactory, TerritoryFactory

pytestmark = pytest.mark.django_db


def query(text: str) -> QueryDict:
    return QueryDict(text)


def test_only_the_named_filters_are_copied_and_formed():
    everything = BloggerFilterSet.base_filters
    assert len(everything) > 60
    filterset = BloggerFilterSet(query("stance=neutral&stance=critical&stage__n=declined&page=2"))
    # by prefix ("stage__n" names "stage" too: unused, it cleans to "no filter")
    assert list(filterset.filters) == ["stance", "stage", "stage__n"]
    assert list(filterset.form.fields) == ["stance", "stage", "stage__n"]
    for name, filter_ in filterset.filters.items():
        assert filter_ is not everything[name] and filter_.parent is filterset
    # a range of a generated lookup, and q: prefixes name the filter
    assert set(BloggerFilterSet(query("influence_score__gte=3&q=x")).filters) == {
        "q",
        "influence_score",
        "influence_score__gt",
        "influence_score__gte",
    }
    assert list(BloggerFilterSet().filters) == list(everything)  # unbound: all of them
    assert type(everything) is type(BloggerFilterSet(query("")).base_filters)


def test_results_and_errors_are_those_of_the_named_filters():
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
