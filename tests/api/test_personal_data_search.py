"""``?q=`` never matches personal data for a role that may not see it, on every
endpoint of the committed OpenAPI schema that accepts ``q`` (152-FZ: a search
that matches what it cannot show reveals it)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from backend import roles
from crm.models import Blogger
from crm.personal_data import PERSONAL_DATA_FIELDS, personal_fields
from tests.api.base import ALL_ROLES
from tests.api.test_influence_api import ranked  # noqa: F401 — fixture: a run with bloggers

pytestmark = pytest.mark.django_db

SCHEMA = json.loads((Path(__file__).parents[2] / "api" / "openapi.json").read_text())

# A value for every registered personal-data field of a blogger, found nowhere else.
SECRET_VALUES = {
    "real_name": "Эпифанцев Зиновий Ааронович",
    "phone": "+7 999 555-01-23",
    "email": "zinoviy.epifantsev@example.org",
}


def paths_accepting_q() -> list[str]:
    found = []
    for path, operations in SCHEMA["paths"].items():
        get = operations.get("get")
        if get and any(p["name"] == "q" for p in get.get("parameters", [])):
            found.append(path)
    return sorted(found)


def test_the_walk_covers_every_registered_personal_field():
    # A new personal-data model or field needs a value here, or the walk below
    # would not prove it is never searched.
    assert set(PERSONAL_DATA_FIELDS) == {"crm.Blogger"}
    assert set(personal_fields("crm.Blogger")) == set(SECRET_VALUES)


def test_blogger_filter_endpoints_are_among_the_walked_paths():
    walked = paths_accepting_q()
    for path in (
        "/api/v1/bloggers/",
        "/api/v1/bloggers/export-csv/",
        "/api/v1/bloggers/export-xlsx/",
        "/api/v1/influence/leaderboard/",
    ):
        assert path in walked


@pytest.fixture
def secret_blogger(ranked):  # noqa: F811
    star = ranked["star"]
    Blogger.objects.filter(pk=star.pk).update(**SECRET_VALUES)
    return star


def _matches(response, blogger_id: int) -> bool:
    """Whether the blogger is in a list answer or an export file."""
    content_type = response["Content-Type"]
    if content_type.startswith("application/json"):
        body = response.json()
        return body["count"] > 0
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if content_type.startswith("text/csv"):
        rows = content.decode("utf-8-sig").splitlines()[1:]
        return any(row.split(";")[0] == str(blogger_id) for row in rows)
    sheet = load_workbook(io.BytesIO(content)).active
    return any(row[0] == blogger_id for row in sheet.iter_rows(min_row=2, values_only=True))


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("field", sorted(SECRET_VALUES))
@pytest.mark.parametrize("path", paths_accepting_q())
def test_q_matches_personal_data_only_for_roles_that_see_it(
    secret_blogger, client_for, role, field, path
):
    assert "{" not in path, f"give {path}'s path parameters a value in this test"
    term = SECRET_VALUES[field][3:14]  # a part, as a user types it
    response = client_for(role).get(path, {"q": term})
    if response.status_code == 403:
        return  # the role may not use this endpoint at all: nothing can match
    assert response.status_code == 200, response.content[:300]
    found = _matches(response, secret_blogger.pk)
    if roles.VIEW_PERSONAL_DATA not in roles.ROLE_PERMISSIONS[role]:
        assert not found, f"{role} found a blogger by {field} through {path}"
    elif path.startswith(("/api/v1/bloggers/", "/api/v1/influence/leaderboard/")):
        # The control: roles with personal data do find the blogger, so the
        # search terms are real and the assertion above can fail.
        assert found, f"{role} should find the blogger by {field} through {path}"
