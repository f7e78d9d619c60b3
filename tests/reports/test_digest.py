"""The daily digest: its content, who gets it, by which channel, once per user and
day (also when runs overlap or repeat), retried after a failure, not before
DIGEST_HOUR; and its beat entry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail

from alerts.models import Subscription
from backend.schedules import beat_schedule
from monitoring.incidents import incident_deadlines_plan
from monitoring.models import Incident
from reports.digest import digest_build, digest_text, digests_send
from reports.models import DigestDelivery
from tests.alerts.test_alerts import TOKEN, TelegramStandIn
from tests.factories import TerritoryFactory, UserFactory

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 12, 2, 7, 0, tzinfo=UTC)  # Wednesday 10:00 in Moscow


@pytest.fixture
def telegram(settings):
    stand_in = TelegramStandIn()
    settings.TELEGRAM_BOT_TOKEN = TOKEN
    settings.TELEGRAM_API_BASE_URL = stand_in.url
    settings.TELEGRAM_TIMEOUT = 1.0
    settings.SITE_URL = "https://rezonans.example.org"
    settings.EMAIL_HOST = "smtp.example.org"
    settings.DIGEST_HOUR = 8
    yield stand_in
    stand_in.close()


def incident(title: str, detected: datetime, **fields) -> Incident:
    row = Incident(
        title=title,
        territory=fields.pop("territory", None),
        series_key=f"test:{title}",
        started_at=detected - timedelta(hours=1),
        detected_at=detected,
        last_post_at=detected,
        severity=fields.pop("severity", 30.0),
        **fields,
    )
    incident_deadlines_plan(row, set_priority=True)
    row.save()
    return row


@pytest.fixture
def incidents():
    town = TerritoryFactory(name="Заречье")
    return {
        # Detected at 09:30 today: new, its 8 working hours run out at 17:30 today.
        "new": incident("Нет воды", NOW - timedelta(minutes=30), territory=town),
        # Detected last week, never answered: overdue.
        "old": incident("Яма на мосту", NOW - timedelta(days=8)),
        # Answered and closed: neither new, open nor overdue.
        "closed": incident(
            "Мусор",
            NOW - timedelta(days=3),
            state="closed",
            first_response_at=NOW - timedelta(days=3),
        ),
    }


def test_the_digest_content(incidents, settings):
    settings.SITE_URL = "https://rezonans.example.org"
    digest = digest_build(now=NOW)
    assert [i.title for i in digest["new"]] == ["Нет воды"]
    assert digest["open"] == 2
    assert [i.title for i in digest["overdue"]] == ["Яма на мосту"]
    assert [i.title for i in digest["due_today"]] == ["Нет воды"]
    text = digest_text(digest)
    assert text.startswith("Резонанс: сводка за 02.12.2026")
    assert "Новые инциденты за сутки: 1\n• Нет воды — Заречье, серьёзность 30" in text
    assert f"https://rezonans.example.org/incidents/{incidents['new'].pk}" in text
    assert "Открытых инцидентов: 2" in text
    assert "Просрочены: 1\n• Яма на мосту — территория не определена" in text
    assert "Мусор" not in text


def _subscribe(user, *, digest=True, email=False, chat=""):
    return Subscription.objects.create(
        user=user, daily_digest=digest, email=email, telegram_chat_id=chat
    )


def test_sent_once_per_user_and_day(telegram, incidents):
    both = UserFactory(email="both@example.org")
    _subscribe(both, email=True, chat="111")
    _subscribe(both, email=True, chat="222")  # a second rule: still one digest
    tg_only = UserFactory(email="tg@example.org")
    _subscribe(tg_only, chat="333")
    _subscribe(UserFactory(email="no@example.org"), digest=False, email=True, chat="444")

    report = digests_send(now=NOW)
    assert (report.sent, report.failed, report.channels) == (3, 0, {"email": 1, "telegram": 2})
    assert sorted(m["chat_id"] for m in telegram.messages) == ["111", "333"]
    assert "Нет воды" in telegram.messages[0]["text"]
    assert [m.to for m in mail.outbox] == [["both@example.org"]]
    assert mail.outbox[0].subject == "Резонанс: сводка за 02.12.2026"

    again = digests_send(now=NOW + timedelta(hours=1))
    assert (again.sent, again.skipped) == (0, 3)
    assert len(telegram.messages) == 2 and len(mail.outbox) == 1
    assert DigestDelivery.objects.filter(state="sent").count() == 3

    tomorrow = digests_send(now=NOW + timedelta(days=1))
    assert tomorrow.sent == 3 and len(telegram.messages) == 4


def test_nothing_before_the_digest_hour(telegram, incidents, settings):
    _subscribe(UserFactory(), chat="111")
    settings.DIGEST_HOUR = 11
    assert digests_send(now=NOW).sent == 0  # 10:00 in Moscow
    assert telegram.messages == [] and not DigestDelivery.objects.exists()
    assert digests_send(now=NOW + timedelta(hours=1)).sent == 1


def test_a_failed_digest_is_retried_the_same_day_and_sent_once(telegram, incidents):
    _subscribe(UserFactory(), chat="111")
    telegram.mode = "error"
    failed = digests_send(now=NOW)
    assert (failed.sent, failed.failed) == (0, 1)
    row = DigestDelivery.objects.get()
    assert row.state == "failed" and row.last_error.startswith("Telegram ответил")
    assert TOKEN not in row.last_error
    telegram.mode = "ok"
    retried = digests_send(now=NOW + timedelta(hours=1))
    assert retried.sent == 1
    row.refresh_from_db()
    assert (row.state, row.attempts) == ("sent", 2)
    assert digests_send(now=NOW + timedelta(hours=2)).sent == 0
    assert len(telegram.messages) == 1


def test_no_channel_configured_sends_nothing(incidents, settings):
    settings.TELEGRAM_BOT_TOKEN = ""
    settings.EMAIL_HOST = ""
    _subscribe(UserFactory(email="a@example.org"), email=True, chat="111")
    assert digests_send(now=NOW).sent == 0
    assert not DigestDelivery.objects.exists()


def test_the_beat_entry_runs_hourly_from_the_digest_hour():
    entry = beat_schedule(rerank_cron="0 3 * * *", digest_hour=7)["reports-digest-daily"]
    assert entry["task"] == "reports.digests_send"
    assert entry["schedule"].hour == set(range(7, 24))
    assert entry["schedule"].minute == {0}
