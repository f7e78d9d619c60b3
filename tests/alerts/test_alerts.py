"""Alerts: who gets which incident, one message per user, retries against a Telegram
stand-in that is down, slow or failing, e-mail, quiet hours, deadlines coming up and
missed, nothing sent twice."""

from __future__ import annotations

import json
import logging
import threading
import time as clock
from datetime import UTC, datetime, time, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from alerts.models import Alert, Subscription
from alerts.services import alerts_create, alerts_deliver
from crm.models import Platform, Territory
from graph.ingest.ledger import PostData, posts_upsert
from monitoring.incidents import incident_transition, incidents_escalate
from monitoring.models import Incident, WatchTopic
from monitoring.signals import signals_scan
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # 12:00 in Moscow
TOKEN = "123456:SECRET-bot-token"


class TelegramStandIn:
    """A local Bot API for the bot ``token`` on ``port`` (any free one by default):
    records sendMessage bodies and when they came (``times``, epoch seconds);
    ``mode`` makes it fail. ``bench/alert_latency.py`` serves it to a whole stack."""

    def __init__(self, *, port: int = 0, token: str = TOKEN) -> None:
        self.messages: list[dict] = []
        self.times: list[float] = []
        self.mode = "ok"  # ok | error | flood | slow
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if stand_in.mode == "slow":
                    threading.Event().wait(1.5)
                if stand_in.mode == "error":
                    return self._answer(502, {"ok": False, "description": "Bad Gateway"})
                if stand_in.mode == "flood":
                    answer = {"ok": False, "error_code": 429, "description": "Too Many Requests"}
                    return self._answer(429, {**answer, "parameters": {"retry_after": 7}})
                assert self.path == f"/bot{token}/sendMessage", self.path
                stand_in.messages.append(body)
                stand_in.times.append(clock.time())
                self._answer(200, {"ok": True, "result": {"message_id": len(stand_in.messages)}})

            def _answer(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def telegram(settings):
    stand_in = TelegramStandIn()
    settings.TELEGRAM_BOT_TOKEN = TOKEN
    settings.TELEGRAM_API_BASE_URL = stand_in.url
    settings.TELEGRAM_TIMEOUT = 1.0
    settings.SITE_URL = "https://rezonans.example.org"
    yield stand_in
    stand_in.close()


@pytest.fixture
def region():
    oblast = Territory.objects.create(name="Заречная область", kind="region")
    town = Territory.objects.create(
        name="Городской округ Заречье", kind="urban_okrug", parent=oblast
    )
    other = Territory.objects.create(
        name="Городской округ Ключевск", kind="urban_okrug", parent=oblast
    )
    heating = WatchTopic.objects.create(name="Отопление", keywords=["отопление"])
    roads = WatchTopic.objects.create(name="Дороги", keywords=["яма"])
    return {"oblast": oblast, "town": town, "other": other, "heating": heating, "roads": roads}


def incident(topic, territory, severity=40.0, title="Отопление — Заречье") -> Incident:
    return Incident.objects.create(
        title=title,
        topic=topic,
        territory=territory,
        series_key=f"topic:{topic.pk}:{territory.pk}",
        started_at=NOW - timedelta(hours=2),
        detected_at=NOW,
        last_post_at=NOW,
        severity=severity,
        post_count=12,
    )


def subscribe(user=None, **fields) -> Subscription:
    topics = fields.pop("topics", [])
    sub = Subscription.objects.create(user=user or UserFactory(), **fields)
    sub.topics.set(topics)
    return sub


def test_subscriptions_choose_who_hears_of_which_incident(region):
    everything = subscribe()
    oblast_heating = subscribe(territory=region["oblast"], topics=[region["heating"]])
    other_town = subscribe(territory=region["other"])
    serious_only = subscribe(min_severity=50)
    case = incident(region["heating"], region["town"])

    created = alerts_create(incident_ids=[case.pk], now=NOW)
    assert {a.user_id for a in created} == {everything.user_id, oblast_heating.user_id}
    assert all(a.event == "new" and a.severity == 40.0 for a in created)
    assert other_town.user_id not in {a.user_id for a in created}

    # Re-run: nothing twice. Grown 1.5×: one "severity" alert, also for whoever's
    # threshold it now passes (as a new incident to them); then nothing more.
    assert alerts_create(incident_ids=[case.pk], now=NOW) == []
    Incident.objects.filter(pk=case.pk).update(severity=65)
    grown = alerts_create(incident_ids=[case.pk], now=NOW)
    assert sorted((a.user_id, a.event) for a in grown) == sorted(
        [
            (everything.user_id, "severity"),
            (oblast_heating.user_id, "severity"),
            (serious_only.user_id, "new"),
        ]
    )
    Incident.objects.filter(pk=case.pk).update(severity=90)  # < 65 × 1.5 for serious_only
    assert alerts_create(incident_ids=[case.pk], now=NOW) == []
    assert Alert.objects.count() == 5


def test_one_telegram_message_per_user_with_links_and_buttons(region, telegram):
    officer = subscribe(telegram_chat_id="1001")
    quiet_reader = subscribe()  # in the app only
    first = incident(region["heating"], region["town"])
    alerts_create(incident_ids=[first.pk], now=NOW)
    report = alerts_deliver(now=NOW)
    assert report.sent == 1 and len(telegram.messages) == 1
    message = telegram.messages[0]
    assert message["chat_id"] == "1001"
    assert "Новый инцидент: Отопление — Заречье" in message["text"]
    assert "Городской округ Заречье · серьёзность 40" in message["text"]
    buttons = message["reply_markup"]["inline_keyboard"][0]
    assert [b["text"] for b in buttons] == ["Взять в работу", "Открыть"]
    assert buttons[1]["url"] == f"https://rezonans.example.org/incidents/{first.pk}"

    # Several incidents at once: one message naming them all, most severe first.
    more = [
        incident(region["roads"], region["other"], severity=s, title=f"Ямы {s}") for s in (30, 70)
    ]
    alerts_create(incident_ids=[i.pk for i in more], now=NOW)
    alerts_deliver(now=NOW)
    assert len(telegram.messages) == 2
    grouped = telegram.messages[1]["text"]
    assert grouped.startswith("Новых событий: 2") and grouped.index("Ямы 70") < grouped.index(
        "Ямы 30"
    )
    # Delivered is delivered: running again sends nothing.
    assert alerts_deliver(now=NOW + timedelta(hours=1)).sent == 0
    assert len(telegram.messages) == 2
    states = set(Alert.objects.filter(user=officer.user).values_list("telegram_state", flat=True))
    assert states == {"sent"}
    assert set(
        Alert.objects.filter(user=quiet_reader.user).values_list("telegram_state", flat=True)
    ) == {""}


@pytest.mark.parametrize("mode", ["error", "slow", "down", "flood"])
def test_a_failing_telegram_is_retried_with_backoff_never_lost_or_doubled(
    region, telegram, mode, caplog
):
    subscribe(telegram_chat_id="1001")
    case = incident(region["heating"], region["town"])
    alerts_create(incident_ids=[case.pk], now=NOW)
    if mode == "down":
        telegram.close()
    else:
        telegram.mode = mode
    with caplog.at_level(logging.DEBUG):
        report = alerts_deliver(now=NOW)
    assert report.failed == 1 and report.sent == 0
    alert = Alert.objects.get()
    assert (alert.telegram_state, alert.attempts) == ("pending", 1)
    expected_wait = 7 if mode == "flood" else 30
    assert alert.next_attempt_at == NOW + timedelta(seconds=expected_wait)
    assert alert.last_error.startswith("Telegram")
    assert TOKEN not in caplog.text and TOKEN not in alert.last_error

    # Not yet due: nothing is tried. Due and the server is back: sent once.
    assert alerts_deliver(now=NOW + timedelta(seconds=5)).failed == 0
    if mode == "down":
        telegram = TelegramStandIn()
        from django.conf import settings

        settings.TELEGRAM_API_BASE_URL = telegram.url
    telegram.mode = "ok"
    assert alerts_deliver(now=NOW + timedelta(minutes=2)).sent == 1
    assert alerts_deliver(now=NOW + timedelta(minutes=10)).sent == 0
    assert len(telegram.messages) == 1
    assert Alert.objects.get().telegram_state == "sent"
    if mode == "down":
        telegram.close()


def test_after_the_last_attempt_an_alert_is_marked_failed(region, telegram, settings):
    settings.ALERT_MAX_ATTEMPTS = 2
    subscribe(telegram_chat_id="1001")
    alerts_create(incident_ids=[incident(region["heating"], region["town"]).pk], now=NOW)
    telegram.mode = "error"
    alerts_deliver(now=NOW)
    alerts_deliver(now=NOW + timedelta(hours=2))
    alert = Alert.objects.get()
    assert (alert.telegram_state, alert.attempts) == ("failed", 2)
    assert alerts_deliver(now=NOW + timedelta(days=1)).failed == 0  # given up


def test_email_alerts_and_a_down_smtp_server(region, settings):
    settings.EMAIL_HOST = "smtp.example.org"
    user = UserFactory(email="officer@example.org")
    subscribe(user, email=True)
    alerts_create(incident_ids=[incident(region["heating"], region["town"]).pk], now=NOW)
    assert alerts_deliver(now=NOW).sent == 1
    assert [m.to for m in mail.outbox] == [["officer@example.org"]]
    assert mail.outbox[0].subject == "Резонанс: Отопление — Заречье"

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1
    alerts_create(incident_ids=[incident(region["roads"], region["other"]).pk], now=NOW)
    report = alerts_deliver(now=NOW)
    assert report.failed == 1
    assert Alert.objects.filter(email_state="pending", attempts=1).count() == 1


def test_quiet_hours_hold_messages_until_they_end(region, telegram):
    subscribe(telegram_chat_id="1001", quiet_from=time(22, 0), quiet_to=time(8, 0))
    night = datetime(2026, 12, 2, 20, 30, tzinfo=UTC)  # 23:30 in Moscow
    alerts_create(incident_ids=[incident(region["heating"], region["town"]).pk], now=night)
    alert = Alert.objects.get()
    assert timezone.localtime(alert.next_attempt_at).replace(tzinfo=None) == datetime(
        2026, 12, 3, 8, 0
    )
    assert alerts_deliver(now=night).sent == 0
    assert alerts_deliver(now=datetime(2026, 12, 3, 5, 0, tzinfo=UTC)).sent == 1


def test_a_live_scan_alerts_and_a_backtest_does_not(
    region, telegram, django_capture_on_commit_callbacks
):
    subscribe(telegram_chat_id="1001")
    now = timezone.now()  # a live scan's windows end now
    author = iter(range(1, 10_000))
    background = [
        PostData("9", f"b{h}", now - timedelta(hours=h), text=f"Отопление включили, дом {h}")
        for h in range(5 * 7 * 24, 0, -8)
    ]
    complaints = [
        PostData(
            str(next(author)),
            f"c{h}-{i}",
            now - timedelta(hours=h) + timedelta(minutes=3 * i),
            text=f"Опять нет отопления в Заречье, дом {h}{i}, батареи ледяные! Сколько можно?",
        )
        for h in (3, 2, 1)
        for i in range(15)
    ]
    posts_upsert(platform=Platform.VK, posts=background + complaints)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        signals_scan()
    assert Alert.objects.count() == 1 and callbacks  # delivery queued after commit
    alerts_deliver()
    assert len(telegram.messages) == 1

    # The same detection as a backtest ("as of" a moment) alerts nobody.
    Incident.objects.all().delete()
    signals_scan(as_of=now)
    assert Incident.objects.exists() and not Alert.objects.exists()


# --- deadlines ---------------------------------------------------------------------


def answer(case: Incident, user, at: datetime) -> None:
    """``user`` takes the incident in work and records the first response."""
    incident_transition(incident_id=case.pk, to_state="in_work", user=user, now=at)
    incident_transition(
        incident_id=case.pk,
        to_state="answered",
        user=user,
        response_url="https://vk.com/wall-1_1",
        response_text="Ответ",
        now=at,
    )


def deadline_alerts() -> list[tuple[int, int, str]]:
    return sorted(
        Alert.objects.exclude(event__in=["new", "severity"]).values_list(
            "user_id", "incident_id", "event"
        )
    )


def test_a_near_deadline_alerts_each_subscriber_once_in_working_time(region, telegram):
    officer = subscribe(telegram_chat_id="1001", territory=region["oblast"])
    elsewhere = subscribe(telegram_chat_id="1002", territory=region["other"])
    serious_only = subscribe(telegram_chat_id="1003", min_severity=50)
    case = incident(region["heating"], region["town"])
    Incident.objects.filter(pk=case.pk).update(
        first_response_due=NOW + timedelta(minutes=20), resolution_due=NOW + timedelta(days=9)
    )
    later = incident(region["heating"], region["town"], title="Отопление — позже")
    Incident.objects.filter(pk=later.pk).update(
        first_response_due=NOW + timedelta(minutes=45), resolution_due=NOW + timedelta(days=9)
    )

    report = incidents_escalate(now=NOW)
    assert report.soon == {"first_response": [case.pk], "resolution": []}
    assert deadline_alerts() == [(officer.user_id, case.pk, "first_response_soon")]
    assert alerts_deliver(now=NOW).sent == 1
    text = telegram.messages[0]["text"]
    assert telegram.messages[0]["chat_id"] == "1001"
    assert text.startswith("Скоро срок первого ответа: Отопление — Заречье\n")
    assert "Городской округ Заречье · серьёзность 40" in text
    assert "Первый ответ до 02.12 12:20" in text  # Moscow time
    assert f"https://rezonans.example.org/incidents/{case.pk}" in text

    # The beat runs again (and again): nothing new until the next deadline is near.
    for minutes in (5, 10):
        incidents_escalate(now=NOW + timedelta(minutes=minutes))
        alerts_deliver(now=NOW + timedelta(minutes=minutes))
    assert len(telegram.messages) == 1
    incidents_escalate(now=NOW + timedelta(minutes=15))
    assert deadline_alerts() == [
        (officer.user_id, case.pk, "first_response_soon"),
        (officer.user_id, later.pk, "first_response_soon"),
    ]
    assert elsewhere.user_id not in {a[0] for a in deadline_alerts()}
    assert serious_only.user_id not in {a[0] for a in deadline_alerts()}

    # Working minutes: at 17:50 a deadline at 09:20 next morning is 30 minutes away.
    evening = datetime(2026, 12, 2, 14, 50, tzinfo=UTC)
    morning = incident(region["heating"], region["town"], title="Отопление — утром")
    Incident.objects.filter(pk=morning.pk).update(
        first_response_due=datetime(2026, 12, 3, 6, 20, tzinfo=UTC),
        resolution_due=NOW + timedelta(days=9),
    )
    assert incidents_escalate(now=evening - timedelta(minutes=5)).soon["first_response"] == []
    assert incidents_escalate(now=evening).soon["first_response"] == [morning.pk]


def test_a_missed_deadline_alerts_once_with_the_escalation(region, telegram, settings):
    settings.ALERT_DEADLINE_LEAD_MINUTES = 0  # only the escalations
    officer = subscribe(telegram_chat_id="1001")
    case = incident(region["heating"], region["town"])
    Incident.objects.filter(pk=case.pk).update(
        first_response_due=NOW - timedelta(minutes=1), resolution_due=NOW - timedelta(minutes=1)
    )
    report = incidents_escalate(now=NOW)
    assert (report.first_response, report.resolution) == ([case.pk], [case.pk])
    assert deadline_alerts() == [
        (officer.user_id, case.pk, "first_response_overdue"),
        (officer.user_id, case.pk, "resolution_overdue"),
    ]
    assert alerts_deliver(now=NOW).sent == 1  # both in one message
    text = telegram.messages[0]["text"]
    assert text.startswith("Новых событий: 2")
    assert "Просрочен первый ответ: Отопление — Заречье" in text
    assert "Первый ответ был нужен до 02.12 11:59" in text
    assert "Просрочено решение: Отопление — Заречье" in text

    for minutes in (5, 10, 60):
        incidents_escalate(now=NOW + timedelta(minutes=minutes))
        alerts_deliver(now=NOW + timedelta(minutes=minutes))
    assert len(deadline_alerts()) == 2 and len(telegram.messages) == 1


def test_the_assignee_and_the_admins_hear_of_deadlines_without_a_subscription(
    region, telegram, django_user_model
):
    admin = django_user_model.objects.create_superuser("root", password="x-not-used-x")
    assignee, bystander, gone = UserFactory(), UserFactory(), UserFactory(is_active=False)
    officer = subscribe(user=assignee, telegram_chat_id="1001", territory=region["other"])
    near, late, orphan = (incident(region["heating"], region["town"]) for _ in range(3))
    Incident.objects.filter(pk__in=[near.pk, late.pk]).update(assignee=assignee)
    Incident.objects.filter(pk=orphan.pk).update(assignee=gone)
    Incident.objects.filter(pk=near.pk).update(
        first_response_due=NOW + timedelta(minutes=20), resolution_due=NOW + timedelta(days=9)
    )
    Incident.objects.filter(pk__in=[late.pk, orphan.pk]).update(
        first_response_due=NOW - timedelta(minutes=1), resolution_due=NOW + timedelta(days=9)
    )

    incidents_escalate(now=NOW)
    incidents_escalate(now=NOW + timedelta(minutes=5))
    # The assignee's subscription covers another town: the deadlines reach them anyway,
    # and the missed ones reach the admins they are escalated to; nobody else.
    assert deadline_alerts() == sorted(
        [
            (assignee.pk, near.pk, "first_response_soon"),
            (assignee.pk, late.pk, "first_response_overdue"),
            (admin.pk, late.pk, "first_response_overdue"),
            (admin.pk, orphan.pk, "first_response_overdue"),
        ]
    )
    assert not Alert.objects.filter(user__in=[bystander, gone]).exists()
    # In the app only: neither has asked for a channel for these incidents.
    assert not Alert.objects.exclude(telegram_state="").exists()
    assert alerts_deliver(now=NOW).sent == 0 and telegram.messages == []
    assert Alert.objects.filter(user=officer.user).count() == 2


def test_an_escalation_is_never_recorded_without_its_alerts(region, telegram, monkeypatch):
    """The check dies after claiming the escalation but before its alerts exist: both
    are rolled back, and the next check escalates and alerts."""
    import alerts.services as services

    officer = subscribe(telegram_chat_id="1001")
    case = incident(region["heating"], region["town"])
    Incident.objects.filter(pk=case.pk).update(
        first_response_due=NOW - timedelta(minutes=1), resolution_due=NOW + timedelta(days=9)
    )

    def worker_lost(**kwargs):
        raise RuntimeError("worker lost")

    with monkeypatch.context() as patch:
        patch.setattr(services, "alerts_create", worker_lost)
        with pytest.raises(RuntimeError):
            incidents_escalate(now=NOW)
    case.refresh_from_db()
    assert case.first_response_escalated_at is None
    assert not case.events.filter(kind="escalation").exists()

    assert incidents_escalate(now=NOW + timedelta(minutes=5)).first_response == [case.pk]
    assert deadline_alerts() == [(officer.user_id, case.pk, "first_response_overdue")]
    assert case.events.filter(kind="escalation").count() == 1


def test_deadline_alerts_wait_for_the_end_of_quiet_hours(region, telegram):
    subscribe(telegram_chat_id="1001", quiet_from=time(22, 0), quiet_to=time(8, 0))
    night = datetime(2026, 12, 2, 20, 30, tzinfo=UTC)  # 23:30 in Moscow
    case = incident(region["heating"], region["town"])
    Incident.objects.filter(pk=case.pk).update(
        first_response_due=night - timedelta(hours=2), resolution_due=NOW + timedelta(days=9)
    )
    incidents_escalate(now=night)
    alert = Alert.objects.get()
    assert alert.event == "first_response_overdue"
    assert alerts_deliver(now=night).sent == 0 and telegram.messages == []
    assert alerts_deliver(now=datetime(2026, 12, 3, 5, 0, tzinfo=UTC)).sent == 1
    assert "Просрочен первый ответ" in telegram.messages[0]["text"]


def test_a_held_alert_overtaken_by_the_answer_is_not_sent(region, telegram):
    subscribe(telegram_chat_id="1001", quiet_from=time(22, 0), quiet_to=time(8, 0))
    night = datetime(2026, 12, 2, 20, 30, tzinfo=UTC)  # 23:30 in Moscow
    morning = datetime(2026, 12, 3, 5, 0, tzinfo=UTC)
    answered, dismissed, waiting = (incident(region["heating"], region["town"]) for _ in range(3))
    Incident.objects.update(
        first_response_due=night - timedelta(hours=2), resolution_due=NOW + timedelta(days=9)
    )
    incidents_escalate(now=night)
    assert Alert.objects.filter(event="first_response_overdue").count() == 3
    staff = UserFactory()
    answer(answered, staff, night)
    incident_transition(incident_id=dismissed.pk, to_state="false_alarm", user=staff, now=night)

    assert alerts_deliver(now=morning).sent == 1
    text = telegram.messages[0]["text"]
    assert text.startswith("Просрочен первый ответ") and f"/incidents/{waiting.pk}" in text
    assert f"/incidents/{answered.pk}" not in text and f"/incidents/{dismissed.pk}" not in text
    # Still in the app; nothing left pending to retry.
    assert Alert.objects.count() == 3
    assert not Alert.objects.filter(telegram_state="pending").exists()
    assert alerts_deliver(now=morning + timedelta(hours=1)).sent == 0


def test_stopped_timers_do_not_alert(region, telegram):
    officer = subscribe(telegram_chat_id="1001")
    staff = UserFactory()
    answered, closed = (incident(region["heating"], region["town"]) for _ in range(2))
    for case in (answered, closed):
        answer(case, staff, NOW)
    incident_transition(incident_id=closed.pk, to_state="closed", user=staff, now=NOW)
    Incident.objects.update(
        first_response_due=NOW - timedelta(minutes=1), resolution_due=NOW + timedelta(minutes=10)
    )
    report = incidents_escalate(now=NOW)
    assert report.first_response == [] and report.soon["first_response"] == []
    # Answered: the resolution timer still runs; closed: nothing runs. Who took the
    # incident in work is its assignee and hears of it too.
    assert deadline_alerts() == sorted(
        (user, answered.pk, "resolution_soon") for user in (officer.user_id, staff.pk)
    )
    incidents_escalate(now=NOW + timedelta(minutes=11))
    assert deadline_alerts() == sorted(
        (user, answered.pk, event)
        for user in (officer.user_id, staff.pk)
        for event in ("resolution_overdue", "resolution_soon")
    )


@pytest.mark.django_db(transaction=True)
def test_two_workers_checking_deadlines_at_once_alert_once(postgres, region, telegram):
    subscribe(telegram_chat_id="1001")
    late, near = (incident(region["heating"], region["town"]) for _ in range(2))
    Incident.objects.filter(pk=late.pk).update(
        first_response_due=NOW - timedelta(minutes=1), resolution_due=NOW + timedelta(days=9)
    )
    Incident.objects.filter(pk=near.pk).update(
        first_response_due=NOW + timedelta(minutes=1), resolution_due=NOW + timedelta(days=9)
    )
    barrier = threading.Barrier(2)

    def check() -> None:
        try:
            barrier.wait()
            incidents_escalate(now=NOW)
        finally:
            connection.close()

    threads = [threading.Thread(target=check) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [a[1:] for a in deadline_alerts()] == sorted(
        [(late.pk, "first_response_overdue"), (near.pk, "first_response_soon")]
    )
    alerts_deliver(now=NOW)
    assert len(telegram.messages) == 1
