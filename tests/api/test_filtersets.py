"""``api.filtersets.BloggerFilterSet``: results and per-parameter errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.http import QueryDict

from api.filtersets import BloggerFilterSet
from backend import roles
from crm.models import Blogger
from tests.api.base import assert_error_shape
from tests.api.test_influence_api import ranked  # noqa: F401 — fixture: a run for the leaderboard
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


SCHEMA = json.loads((Path(__file__).parents[2] / "api" / "openapi.json").read_text())


def boolean_parameters() -> list[tuple[str, str]]:
    """(path, name) of every boolean query parameter of a list in the committed schema
    (a record's ``?brief=`` is read by the same code as its list's)."""
    found = []
    for path, operations in SCHEMA["paths"].items():
        if "{" in path:
            continue
        for parameter in operations.get("get", {}).get("parameters", []):
            if parameter["in"] == "query" and parameter["schema"].get("type") == "boolean":
                found.append((path, parameter["name"]))
    return sorted(found)


def test_the_walk_finds_the_boolean_filters():
    names = {name for _, name in boolean_parameters()}
    assert {"archived", "brief", "due_today", "has_overdue_tasks", "mine", "overdue"} <= names


@pytest.mark.parametrize(("path", "name"), boolean_parameters())
def test_a_boolean_parameter_refuses_what_is_not_true_or_false(
    ranked,  # noqa: F811
    client_for,
    path,
    name,
):
    """``?flag=maybe`` is a 400 naming the parameter, not a silently ignored filter."""
    admin = client_for(roles.ADMIN)
    error = assert_error_shape(admin.get(path, {name: "maybe"}), 400)
    assert name in error["fields"], error
    for accepted in ("true", "False", "1", "0", ""):
        response = admin.get(path, {name: accepted})
        assert response.status_code == 200, (accepted, response.content[:300])
