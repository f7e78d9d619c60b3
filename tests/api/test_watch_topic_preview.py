"""POST /watch-topics/preview/: what a topic (saved or not) would have caught in the
last days, matched as the scan matches, with field errors for bad keywords."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from backend import roles
from crm.models import Platform, Territory
from graph.ingest.ledger import PostData, posts_upsert
from monitoring.models import WatchTopic
from monitoring.services import posts_analyse
from tests.api.base import ALL_ROLES, assert_error_shape

pytestmark = pytest.mark.django_db
URL = "/api/v1/watch-topics/preview/"


@pytest.fixture
def posts():
    now = timezone.now()
    root = Territory.objects.create(name="Заречная область", kind="region")
    town = Territory.objects.create(name="Городской округ Заречье", kind="urban_okrug", parent=root)
    Territory.objects.create(name="Городской округ Ключевск", kind="urban_okrug", parent=root)
    texts = [
        ("1", now - timedelta(hours=2), "Опять нет отопления в Заречье, батареи холодные!"),
        ("2", now - timedelta(days=1), "В Ключевске отопление дали, спасибо"),
        ("3", now - timedelta(days=2), "Отопления нет, учения МЧС в Заречье"),
        ("4", now - timedelta(hours=3), "Продам велосипед в Заречье"),
        ("5", now - timedelta(days=9), "Отопление отключили в Заречье"),  # too old
    ]
    posts_upsert(
        platform=Platform.VK, posts=[PostData(i, i, at, text=text) for i, at, text in texts]
    )
    posts_analyse()
    return {"town": town}


def external_ids(body: dict) -> list[str]:
    return [row["external_id"] for row in body["posts"]]


@pytest.mark.parametrize("role", ALL_ROLES)
def test_preview_finds_posts_of_the_last_week_in_any_form_for_every_role(posts, client_for, role):
    response = client_for(role).post(URL, {"keywords": ["отопление"]}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert external_ids(body) == ["1", "2", "3"]  # newest first, the 9-day-old one left out
    assert body["count"] == 3
    assert body["posts"][0]["matched_terms"] == ["отопление"]
    assert len(body["by_day"]) == 8 and sum(day["count"] for day in body["by_day"]) == 3
    assert {row["territory"]["name"]: row["count"] for row in body["by_territory"]} == {
        "Городской округ Заречье": 2,
        "Городской округ Ключевск": 1,
    }


def test_preview_applies_exclusions_territory_and_phrases(posts, client_for):
    client = client_for(roles.OFFICER)
    excluded = client.post(
        URL, {"keywords": ["отопление"], "exclusions": ["учения"]}, format="json"
    )
    assert external_ids(excluded.json()) == ["1", "2"]
    scoped = client.post(
        URL, {"keywords": ["отопление"], "territory": posts["town"].pk}, format="json"
    )
    assert external_ids(scoped.json()) == ["1", "3"]
    phrase = client.post(URL, {"keywords": ["холодная батарея"]}, format="json")
    assert external_ids(phrase.json()) == ["1"]
    longer = client.post(URL, {"keywords": ["отопление"], "days": 10}, format="json")
    assert external_ids(longer.json()) == ["1", "2", "3", "5"]


def test_preview_stores_nothing(posts, client_for):
    client_for(roles.OFFICER).post(URL, {"keywords": ["велосипед"]}, format="json")
    assert not WatchTopic.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"keywords": []}, "keywords"),
        ({"keywords": ["город"]}, "keywords"),
        ({"keywords": ["отопление"], "exclusions": ["отопления"]}, "exclusions"),
        ({"keywords": ["отопление"], "days": 0}, "days"),
        ({"keywords": ["отопление"], "territory": 999999}, "territory"),
    ],
)
def test_preview_refuses_bad_topics_by_field(posts, client_for, body, field):
    error = assert_error_shape(client_for(roles.VIEWER).post(URL, body, format="json"), 400)
    assert field in error["fields"], error


def test_preview_needs_a_login(client_for):
    assert_error_shape(client_for(None).post(URL, {"keywords": ["отопление"]}, format="json"), 401)
