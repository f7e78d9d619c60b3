"""/api/v1/vk/accounts/: the VK collector's state per tracked account."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from crm.models import SocialAccount
from graph.models import VkSyncState
from tests.api.base import ALL_ROLES, assert_error_shape
from tests.factories import BloggerFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/vk/accounts/"


def tracked(external_id: str, **state) -> SocialAccount:
    account = SocialAccount.objects.create(
        platform="vk",
        external_id=external_id,
        screen_name=f"page{external_id}",
        blogger=BloggerFactory(),
    )
    if state:
        VkSyncState.objects.create(account=account, **state)
    return account


@pytest.mark.parametrize("role", [None, *ALL_ROLES])
def test_every_role_reads_it_anonymous_gets_401(client_for, role):
    tracked("1")
    response = client_for(role).get(URL)
    if role is None:
        assert_error_shape(response, 401, "not_authenticated")
        return
    assert response.status_code == 200
    assert response.json()["count"] == 1
    refused = client_for(role).post(URL, {})  # read only: no role may write
    assert_error_shape(refused, 405 if role in {"officer", "admin"} else 403)


def test_rows_say_last_success_next_sync_errors_and_gaps(client_for, settings):
    settings.VK_TOKENS = ["token"]
    settings.VK_SYNC_INTERVAL = 3600
    settings.VK_SYNC_FAILURES_ALERT = 3
    now = timezone.now()
    ok = tracked(
        "1",
        last_synced_at=now - timedelta(minutes=10),
        last_success_at=now - timedelta(minutes=10),
        gaps=[
            {
                "offset": 2000,
                "count": 5000,
                "top_id": 3001,
                "bottom_id": 0,
                "before": "2024-05-01T10:00:00+00:00",
                "missing": 3000,
            },
        ],
    )
    broken = tracked(
        "2",
        last_synced_at=now - timedelta(minutes=5),
        last_success_at=now - timedelta(days=2),
        failures=4,
        last_error="VK не отвечает на execute: ошибка 10 (после 4 повторов).",
        last_error_code="vk_unavailable",
        lock_owner="worker",
        locked_until=now + timedelta(minutes=5),
    )
    never = tracked("3")
    SocialAccount.objects.create(platform="vk", external_id="4")  # met on the way: not tracked
    official = SocialAccount.objects.create(platform="vk", external_id="-5")
    VkSyncState.objects.create(account=official, status="closed", last_synced_at=now)

    body = client_for("viewer").get(URL).json()

    rows = {r["id"]: r for r in body["results"]}
    assert set(rows) == {ok.pk, broken.pk, never.pk, official.pk}
    assert body["results"][0]["id"] == broken.pk  # the most failures first
    b = rows[broken.pk]
    assert (b["failures"], b["failing"], b["error_code"], b["syncing"]) == (
        4,
        True,
        "vk_unavailable",
        True,
    )
    assert "ошибка 10" in b["error"]
    assert b["blogger"]["id"] == broken.blogger_id
    o = rows[ok.pk]
    assert (o["status"], o["failing"], o["failures"], o["missing"]) == ("active", False, 0, 3000)
    assert o["gaps"] == [{"before": "2024-05-01T13:00:00+03:00", "missing": 3000}]
    next_sync = timezone.datetime.fromisoformat(o["next_sync_at"])
    assert abs((next_sync - (now + timedelta(minutes=50))).total_seconds()) < 5
    n = rows[never.pk]
    assert (n["status"], n["last_synced_at"], n["failures"], n["gaps"], n["error"]) == (
        "never",
        None,
        0,
        [],
        None,
    )
    assert rows[official.pk]["status"] == "closed" and rows[official.pk]["blogger"] is None

    failing = client_for("viewer").get(URL, {"failing": "true"}).json()
    assert [r["id"] for r in failing["results"]] == [broken.pk]
    settings.VK_SYNC_FAILURES_ALERT = 5
    assert client_for("viewer").get(URL, {"failing": "true"}).json()["count"] == 0
    settings.VK_TOKENS = []
    assert client_for("viewer").get(URL).json()["results"][0]["next_sync_at"] is None


def test_list_makes_a_constant_number_of_queries(client_for):
    client = client_for("viewer")
    tracked("1", failures=1)
    client.get(URL)
    with CaptureQueriesContext(connection) as few:
        assert client.get(URL).status_code == 200
    for n in range(2, 12):
        tracked(str(n), failures=n, gaps=[{"missing": n, "before": None}])
        tracked(str(n + 100))
    with CaptureQueriesContext(connection) as many:
        assert len(client.get(URL).json()["results"]) == 21
    assert len(many) == len(few)
