"""Alerts and alert subscriptions through the API: every role manages its own and
sees nobody else's; read marks; validation by field; bounded queries."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from alerts.models import Alert, Subscription
from crm.models import Territory
from monitoring.models import Incident, WatchTopic
from tests.api.base import ALL_ROLES, assert_error_shape

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def make_incident(n: int) -> Incident:
    return Incident.objects.create(
        title=f"Проблема {n}",
        series_key=f"cluster:{n}",
        started_at=NOW,
        detected_at=NOW,
        last_post_at=NOW,
        severity=10 + n,
    )


@pytest.mark.parametrize("role", ALL_ROLES)
def test_each_role_manages_its_own_subscriptions(client_for, role_users, role):
    client = client_for(role)
    topic = WatchTopic.objects.create(name="Отопление", keywords=["отопление"])
    town = Territory.objects.create(name="Заречная область", kind="region")
    body = {
        "topics": [topic.pk],
        "territory": town.pk,
        "min_severity": 30,
        "telegram_chat_id": "123456",
        "quiet_from": "22:00",
        "quiet_to": "08:00",
    }
    created = client.post("/api/v1/alert-subscriptions/", body, format="json")
    assert created.status_code == 201, created.content
    data = created.json()
    assert data["topics"][0]["name"] == "Отопление" and data["territory"]["id"] == town.pk
    assert Subscription.objects.get().user == role_users[role]

    other = Subscription.objects.create(user=role_users[next(r for r in ALL_ROLES if r != role)])
    listed = client.get("/api/v1/alert-subscriptions/").json()["results"]
    assert [s["id"] for s in listed] == [data["id"]]
    assert client.get(f"/api/v1/alert-subscriptions/{other.pk}/").status_code == 404
    assert client.delete(f"/api/v1/alert-subscriptions/{other.pk}/").status_code == 404

    changed = client.patch(
        f"/api/v1/alert-subscriptions/{data['id']}/", {"is_active": False}, format="json"
    )
    assert changed.status_code == 200 and changed.json()["is_active"] is False
    assert client.delete(f"/api/v1/alert-subscriptions/{data['id']}/").status_code == 204


def test_bad_subscriptions_name_the_field(client_for):
    client = client_for(ALL_ROLES[0])
    for body, field in (
        ({"telegram_chat_id": "@me"}, "telegram_chat_id"),
        ({"min_severity": 500}, "min_severity"),
        ({"quiet_from": "22:00"}, "quiet_to"),
    ):
        response = client.post("/api/v1/alert-subscriptions/", body, format="json")
        assert field in assert_error_shape(response, 400)["fields"], body


def test_alerts_are_private_marked_read_and_never_created_by_clients(client_for, role_users):
    viewer, officer = role_users["viewer"], role_users["officer"]
    incidents = [make_incident(n) for n in range(25)]
    for incident in incidents:
        Alert.objects.create(user=officer, incident=incident, event="new", severity=1)
    Alert.objects.create(user=viewer, incident=incidents[0], event="new", severity=1)
    client = client_for("officer")

    with CaptureQueriesContext(connection) as queries:
        page = client.get("/api/v1/alerts/", {"page_size": 50}).json()
    assert page["count"] == 25 and len(queries) <= 6
    assert page["results"][0]["incident"]["title"].startswith("Проблема")

    first = page["results"][0]["id"]
    read = client.post(f"/api/v1/alerts/{first}/read/")
    assert read.status_code == 200 and read.json()["read_at"]
    assert client.get("/api/v1/alerts/", {"unread": "true"}).json()["count"] == 24
    assert client.post("/api/v1/alerts/read-all/").json() == {"marked": 24}
    assert Alert.objects.filter(user=viewer, read_at__isnull=True).count() == 1

    viewer_alert = Alert.objects.get(user=viewer)
    assert client.post(f"/api/v1/alerts/{viewer_alert.pk}/read/").status_code == 404
    # Read-only resources with POST actions have no create.
    for url in ("/api/v1/alerts/", "/api/v1/posts/"):
        assert_error_shape(client.post(url, {"incident": incidents[1].pk}, format="json"), 405)


def test_anonymous_gets_401(client_for):
    for url in ("/api/v1/alerts/", "/api/v1/alert-subscriptions/"):
        assert_error_shape(client_for(None).get(url), 401)
