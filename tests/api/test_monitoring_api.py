"""Monitoring endpoints: watch topics, posts and labels, incidents, trends — every
endpoint × role, filters and validation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from backend import roles
from crm.models import Platform, Territory
from graph.ingest.ledger import PostData, posts_upsert
from graph.models import Post
from monitoring.models import Incident, PostLabel, WatchTopic
from monitoring.services import posts_analyse
from monitoring.signals import signals_scan
from tests.api.base import ALL_ROLES, WRITE_ROLES, APIViewTestCases, assert_error_shape

pytestmark = pytest.mark.django_db
V1 = "/api/v1"
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


class TestWatchTopicAPI(APIViewTestCases):
    basename = "watch-topic"
    model = WatchTopic

    def make_objects(self):
        start = WatchTopic.objects.count()
        return [
            WatchTopic.objects.create(name=f"Тема {n}", keywords=["отопление", "батарея"])
            for n in range(start, start + 3)
        ]

    def create_data(self):
        return {"name": "Дороги", "keywords": ["яма", "ремонт дороги"], "exclusions": ["ямочный"]}

    def update_data(self, obj):
        return {"keywords": ["мусор", "контейнерная площадка"]}


@pytest.mark.parametrize(
    ("keywords", "field", "words"),
    [
        (["отопление", ""], "keywords", "пуст"),
        (["отопление", "отопления"], "keywords", "Повторяется"),
        (["город"], "keywords", "общее"),
    ],
)
def test_watch_topic_keywords_are_validated_with_clear_messages(client_for, keywords, field, words):
    response = client_for(roles.OFFICER).post(
        f"{V1}/watch-topics/", {"name": "Плохая тема", "keywords": keywords}, format="json"
    )
    error = assert_error_shape(response, 400)
    assert field in error["fields"]
    assert any(words in message for message in error["fields"][field]), error


@pytest.fixture
def region():
    root = Territory.objects.create(name="Заречная область", kind="region")
    town = Territory.objects.create(name="Городской округ Заречье", kind="urban_okrug", parent=root)
    other = Territory.objects.create(
        name="Городской округ Ключевск", kind="urban_okrug", parent=root
    )
    heating = WatchTopic.objects.create(name="Отопление", keywords=["отопление", "батарея"])
    texts = [
        ("1", "1", NOW - timedelta(hours=2), "Опять нет отопления в Заречье, батареи холодные!"),
        ("2", "2", NOW - timedelta(hours=1), "Спасибо за праздник в Ключевске!"),
        ("3", "3", NOW - timedelta(days=3), "Продам велосипед"),
    ]
    posts_upsert(
        platform=Platform.VK,
        posts=[PostData(a, i, at, text=t, likes=5) for a, i, at, t in texts],
    )
    posts_upsert(
        platform=Platform.VK,
        posts=[PostData("4", "c1", NOW - timedelta(hours=1), text="И у нас", parent=("1", "1"))],
    )
    posts_analyse()
    return {"town": town, "other": other, "heating": heating}


def ids(response) -> list[str]:
    return sorted(row["external_id"] for row in response.json()["results"])


@pytest.mark.parametrize("role", [None, *ALL_ROLES])
def test_posts_are_read_by_every_role(region, client_for, role):
    response = client_for(role).get(f"{V1}/posts/")
    if role is None:
        assert_error_shape(response, 401, "not_authenticated")
        return
    assert response.status_code == 200
    rows = response.json()["results"]
    assert [row["external_id"] for row in rows] == ["c1", "2", "1", "3"]  # newest first
    hot = next(row for row in rows if row["external_id"] == "1")
    assert hot["text"].startswith("Опять") and hot["needs_response"] is True
    assert hot["territory"]["name"] == "Городской округ Заречье"
    assert hot["topics"] == [{"id": region["heating"].pk, "name": "Отопление"}]
    assert hot["author"]["external_id"] == "1" and hot["platform"] == "vk"
    comment = next(row for row in rows if row["external_id"] == "c1")
    assert comment["parent"] == Post.objects.get(external_id="1").pk


def test_post_filters(region, client_for):
    client = client_for(roles.VIEWER)
    url = f"{V1}/posts/"
    assert ids(client.get(url, {"topic": region["heating"].pk})) == ["1"]
    assert ids(client.get(url, {"territory": region["town"].pk})) == ["1", "c1"]
    assert ids(client.get(url, {"needs_response": "true"})) == ["1"]
    assert ids(client.get(url, {"negativity_min": 0.5})) == ["1"]
    assert ids(client.get(url, {"q": "велосипед"})) == ["3"]
    since = (NOW - timedelta(days=1)).isoformat()
    assert ids(client.get(url, {"published_after": since})) == ["1", "2", "c1"]
    assert ids(client.get(url, {"platform": "telegram"})) == []
    assert_error_shape(client.get(url, {"negativity_min": 3}), 400)


@pytest.mark.parametrize("role", ALL_ROLES)
def test_labelling_a_post_needs_the_right_to_edit(region, client_for, role):
    post = Post.objects.get(external_id="2")
    response = client_for(role).post(
        f"{V1}/posts/{post.pk}/label/", {"label": "positive"}, format="json"
    )
    if role not in WRITE_ROLES:
        assert_error_shape(response, 403)
        assert not PostLabel.objects.exists()
        return
    assert response.status_code == 200 and response.json()["label"] == "positive"
    assert PostLabel.objects.get(post=post).label == "positive"
    labelled = client_for(role).get(f"{V1}/posts/", {"labelled": "true"})
    assert ids(labelled) == ["2"]
    cleared = client_for(role).post(f"{V1}/posts/{post.pk}/label/", {"label": None}, format="json")
    assert cleared.json()["label"] is None and not PostLabel.objects.exists()
    bad = client_for(role).post(f"{V1}/posts/{post.pk}/label/", {"label": "angry"}, format="json")
    assert "label" in assert_error_shape(bad, 400)["fields"]


def test_incidents_and_their_posts(region, client_for):
    posts_upsert(
        platform=Platform.VK,
        posts=[
            PostData(
                "9",
                f"b{i}",
                NOW - timedelta(minutes=110 - 3 * i),
                text=f"Нет отопления в Заречье, дом {i}, батареи холодные! Сколько можно?",
            )
            for i in range(30)
        ],
    )
    signals_scan(as_of=NOW)
    incident = Incident.objects.get()
    client = client_for(roles.VIEWER)
    body = client.get(f"{V1}/incidents/").json()
    assert body["count"] == 1
    row = body["results"][0]
    assert row["topic"]["name"] == "Отопление" and row["territory"]["id"] == region["town"].pk
    assert row["post_count"] == incident.post_count > 0 and row["started_at"] and row["detected_at"]
    assert client.get(f"{V1}/incidents/", {"territory": region["other"].pk}).json()["count"] == 0
    assert client.get(f"{V1}/incidents/", {"topic": region["heating"].pk}).json()["count"] == 1
    posts = client.get(f"{V1}/posts/", {"incident": incident.pk, "page_size": 100}).json()
    assert posts["count"] == incident.post_count


def test_trends_count_posts_per_hour_topic_and_territory(region, client_for):
    client = client_for(roles.VIEWER)
    params = {"since": (NOW - timedelta(days=4)).isoformat(), "until": NOW.isoformat()}
    rows = client.get(f"{V1}/signals/trends/", params).json()
    assert rows == [
        {
            "hour": "2026-11-30T13:00:00+03:00",
            "topic": region["heating"].pk,
            "territory": region["town"].pk,
            "count": 1,
        }
    ]
    assert (
        client.get(f"{V1}/signals/trends/", {**params, "territory": region["other"].pk}).json()
        == []
    )
    too_long = {**params, "since": (NOW - timedelta(days=400)).isoformat()}
    assert (
        "since" in assert_error_shape(client.get(f"{V1}/signals/trends/", too_long), 400)["fields"]
    )
    assert_error_shape(client_for(None).get(f"{V1}/signals/trends/"), 401)
