"""Alerts: created when a live scan opens or grows incidents, delivered in the app at
once and by e-mail and Telegram with retries.

- ``alerts_create``: for each incident and each user whose active subscription
  matches it (topic, territory with its children, minimum severity), one alert per
  event — ``new`` the first time, ``severity`` once when the severity has grown by
  ``ALERT_SEVERITY_JUMP`` times since, and each deadline event (first response or
  resolution soon, or overdue) once when the deadline check names the incident.
  Deadline events also reach the incident's assignee, and a missed deadline the
  admins it is escalated to, subscribed or not (in the app at least).
  Idempotent (a unique constraint).
- ``alerts_deliver``: everything due for a user on a channel goes in **one**
  message (a scan that opens five incidents sends one message, not five). A
  failure is retried with exponential backoff (or the server's ``retry_after``)
  up to ``ALERT_MAX_ATTEMPTS``; a success is never repeated; a message that no
  longer helps (the deadline's timer stopped, the incident closed or dismissed
  meanwhile) is not sent. Rows being sent are locked (``SELECT … FOR UPDATE SKIP
  LOCKED`` on PostgreSQL), so two workers never send the same alert. A message can
  only be sent twice if the database fails between the server's acceptance and the
  commit of "sent".
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from alerts.channels import (
    Button,
    DeliveryError,
    email_configured,
    email_send,
    telegram_configured,
    telegram_send,
)
from alerts.models import Alert, Subscription
from crm.models import Territory
from monitoring.incidents import AWAITING_RESPONSE, UNRESOLVED, escalation_recipients
from monitoring.models import Incident

log = logging.getLogger(__name__)
CHANNELS = ("telegram", "email")
MAX_LISTED = 10  # incidents named in one grouped message


def on_incidents_detected(
    sender: Any, *, opened: list[int], joined: list[int], **kwargs: Any
) -> None:
    """Receiver of ``monitoring.events.incidents_detected``."""
    _deliver_soon(alerts_create(incident_ids=[*opened, *joined]))


def on_incident_deadlines(
    sender: Any,
    *,
    soon: dict[str, list[int]],
    missed: dict[str, list[int]],
    now: datetime,
    **kwargs: Any,
) -> None:
    """Receiver of ``monitoring.events.incident_deadlines``."""
    created: list[Alert] = []
    for suffix, deadlines in (("soon", soon), ("overdue", missed)):
        for deadline, incident_ids in deadlines.items():
            if incident_ids:
                event = Alert.Event(f"{deadline}_{suffix}")
                created += alerts_create(incident_ids=incident_ids, event=event, now=now)
    _deliver_soon(created)


def _deliver_soon(created: list[Alert]) -> None:
    """Queue a delivery run once the new alerts are committed (one for all of them,
    so they go out in one message per user)."""
    if created:
        from alerts.tasks import alerts_deliver_task  # the tasks import this module

        transaction.on_commit(alerts_deliver_task.delay)


def alerts_create(
    *, incident_ids: list[int], event: str | None = None, now: datetime | None = None
) -> list[Alert]:
    """The alerts these incidents call for now; returns those created (on a race
    with another run, possibly some the other run created: the constraint keeps
    one). Without ``event``: ``new`` or ``severity``; with a deadline ``event``:
    that event, for each matching user who has not had it for the incident."""
    now = now or timezone.now()
    incidents = list(Incident.objects.filter(pk__in=incident_ids, is_open=True))
    subscriptions = list(
        Subscription.objects.filter(is_active=True, user__is_active=True)
        .select_related("user")
        .prefetch_related("topics")
    )
    responsible = _responsible(incidents, event)
    if not incidents or not (subscriptions or any(responsible.values())):
        return []
    parents = dict(Territory.objects.values_list("pk", "parent_id"))
    sent: dict[tuple[int, int], dict[str, float]] = defaultdict(dict)
    for user_id, incident_id, sent_event, severity in Alert.objects.filter(
        incident__in=incidents
    ).values_list("user_id", "incident_id", "event", "severity"):
        sent[(user_id, incident_id)][sent_event] = severity
    alerts: list[Alert] = []
    for incident in incidents:
        territories = _with_ancestors(incident.territory_id, parents)
        by_user: dict[int, list[Subscription]] = defaultdict(list)
        for sub in subscriptions:
            if _matches(sub, incident, territories):
                by_user[sub.user_id].append(sub)
        for user_id in responsible[incident.pk]:
            by_user.setdefault(user_id, [])
        for user_id, subs in by_user.items():
            due = _event(sent.get((user_id, incident.pk), {}), incident.severity, event)
            if due:
                alerts.append(_alert(user_id, subs, incident, due, now))
    return Alert.objects.bulk_create(alerts, ignore_conflicts=True)


def _responsible(incidents: list[Incident], event: str | None) -> dict[int, set[int]]:
    """Users alerted of a deadline ``event`` whatever their subscriptions (in the app,
    and on the channels of those that match): the incident's assignee and, for a
    missed deadline, the admins it is escalated to. Active users only."""
    if not event:
        return defaultdict(set)
    admins = set(escalation_recipients()) if event.endswith("_overdue") else set()
    assignees = {i.assignee_id for i in incidents if i.assignee_id is not None}
    active = set(
        get_user_model()
        .objects.filter(pk__in=assignees, is_active=True)
        .values_list("pk", flat=True)
    )
    found: dict[int, set[int]] = defaultdict(set)
    for incident in incidents:
        assignee = incident.assignee_id
        found[incident.pk] = admins | ({assignee} if assignee in active else set())
    return found


def _with_ancestors(territory_id: int | None, parents: dict[int, int | None]) -> set[int]:
    found: set[int] = set()
    while territory_id is not None and territory_id not in found:
        found.add(territory_id)
        territory_id = parents.get(territory_id)
    return found


def _matches(sub: Subscription, incident: Incident, territories: set[int]) -> bool:
    topics = {t.pk for t in sub.topics.all()}
    return (
        incident.severity >= sub.min_severity
        and (not topics or incident.topic_id in topics)
        and (sub.territory_id is None or sub.territory_id in territories)
    )


def _event(sent: dict[str, float], severity: float, wanted: str | None) -> str | None:
    """What to alert a user who had ``sent`` (event → severity) of an incident: the
    ``wanted`` event unless had, else ``new`` or ``severity`` when due."""
    if wanted:
        return None if wanted in sent else wanted
    if Alert.Event.NEW not in sent:
        return Alert.Event.NEW
    grown = severity >= sent[Alert.Event.NEW] * settings.ALERT_SEVERITY_JUMP
    if grown and Alert.Event.SEVERITY not in sent:
        return Alert.Event.SEVERITY
    return None


def _alert(
    user_id: int, subs: list[Subscription], incident: Incident, event: str, now: datetime
) -> Alert:
    """One alert for a user whose subscriptions ``subs`` match: the channels any of
    them asks for (none: in the app only); sent after the quiet hours when all of
    them are quiet now."""
    wants_email = email_configured() and any(s.email for s in subs)
    email_to = subs[0].user.email if wants_email else ""
    chat_id = next((s.telegram_chat_id for s in subs if s.telegram_chat_id), "")
    chat_id = chat_id if telegram_configured() else ""
    pending = Alert.Delivery.PENDING
    return Alert(
        user_id=user_id,
        incident=incident,
        event=event,
        severity=incident.severity,
        created_at=now,
        email_to=email_to,
        email_state=pending if email_to else Alert.Delivery.NONE,
        telegram_chat_id=chat_id,
        telegram_state=pending if chat_id else Alert.Delivery.NONE,
        next_attempt_at=min((_quiet_end(s, now) for s in subs), default=now),
    )


def _quiet_end(sub: Subscription, now: datetime) -> datetime:
    """``now`` outside the subscription's quiet hours, else when they end."""
    if sub.quiet_from is None or sub.quiet_to is None or sub.quiet_from == sub.quiet_to:
        return now
    local = timezone.localtime(now)
    start, end, clock = sub.quiet_from, sub.quiet_to, local.time()
    overnight = start > end  # e.g. 22:00–08:00
    quiet = (clock >= start or clock < end) if overnight else (start <= clock < end)
    if not quiet:
        return now
    day = local.date() + timedelta(days=1) if overnight and clock >= start else local.date()
    return datetime.combine(day, time(end.hour, end.minute), tzinfo=local.tzinfo)


@dataclass
class DeliveryReport:
    sent: int = 0  # messages
    failed: int = 0
    alerts: dict[str, int] = field(default_factory=lambda: {c: 0 for c in CHANNELS})


def alerts_deliver(*, now: datetime | None = None) -> DeliveryReport:
    """Send what is due, one message per user and channel."""
    now = now or timezone.now()
    report = DeliveryReport()
    for channel in CHANNELS:
        state = f"{channel}_state"
        due = Alert.objects.filter(**{state: Alert.Delivery.PENDING}).filter(
            Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
        )
        for user_id in sorted(set(due.values_list("user_id", flat=True))):
            with transaction.atomic():
                batch = list(
                    due.filter(user_id=user_id)
                    .select_for_update(skip_locked=True, of=("self",))
                    .select_related("incident__topic", "incident__territory")
                    .order_by("-incident__severity", "created_at")
                )
                moot = [a.pk for a in batch if not _still_worth_sending(a)]
                if moot:
                    Alert.objects.filter(pk__in=moot).update(**{state: Alert.Delivery.NONE})
                batch = [a for a in batch if a.pk not in moot]
                if batch:
                    _send(channel, batch, now, report)
    return report


def _still_worth_sending(alert: Alert) -> bool:
    """Whether a message about the alert still helps when it goes out (held through
    quiet hours or retried, it may have been overtaken): the first response is not
    given yet for a first-response deadline, the incident is not closed or dismissed
    for anything else. The alert stays in the app either way."""
    incident = alert.incident
    if alert.event in (Alert.Event.FIRST_RESPONSE_SOON, Alert.Event.FIRST_RESPONSE_OVERDUE):
        return incident.state in AWAITING_RESPONSE and incident.first_response_at is None
    return incident.state in UNRESOLVED


def _send(channel: str, batch: list[Alert], now: datetime, report: DeliveryReport) -> None:
    state = f"{channel}_state"
    ids = [a.pk for a in batch]
    try:
        if channel == "telegram":
            text, buttons = _message(batch)
            telegram_send(chat_id=batch[0].telegram_chat_id, text=text, buttons=buttons)
        else:
            text, _ = _message(batch)
            email_send(to=batch[0].email_to, subject=_subject(batch), text=text)
    except DeliveryError as exc:
        attempts = max(a.attempts for a in batch) + 1
        final = attempts >= settings.ALERT_MAX_ATTEMPTS
        delay = exc.retry_after or settings.ALERT_RETRY_BASE * 2 ** (attempts - 1)
        Alert.objects.filter(pk__in=ids).update(
            **{state: Alert.Delivery.FAILED if final else Alert.Delivery.PENDING},
            attempts=attempts,
            next_attempt_at=now + timedelta(seconds=min(delay, settings.ALERT_RETRY_MAX)),
            last_error=str(exc)[:300],
        )
        report.failed += 1
        log.warning(
            "alerts: %s to user %s failed (attempt %s): %s",
            channel,
            batch[0].user_id,
            attempts,
            exc,
        )
        return
    Alert.objects.filter(pk__in=ids).update(**{state: Alert.Delivery.SENT})
    report.sent += 1
    report.alerts[channel] += len(batch)


def _link(incident: Incident, *, take: bool = False) -> str:
    return f"{settings.SITE_URL.rstrip('/')}/incidents/{incident.pk}" + ("?take=1" if take else "")


# What each event's line starts with; a deadline event also says which deadline and when.
HEADINGS = {
    Alert.Event.NEW: "Новый инцидент",
    Alert.Event.SEVERITY: "Серьёзность выросла",
    Alert.Event.FIRST_RESPONSE_SOON: "Скоро срок первого ответа",
    Alert.Event.FIRST_RESPONSE_OVERDUE: "Просрочен первый ответ",
    Alert.Event.RESOLUTION_SOON: "Скоро срок решения",
    Alert.Event.RESOLUTION_OVERDUE: "Просрочено решение",
}
DEADLINES = {
    Alert.Event.FIRST_RESPONSE_SOON: ("first_response_due", "Первый ответ до"),
    Alert.Event.FIRST_RESPONSE_OVERDUE: ("first_response_due", "Первый ответ был нужен до"),
    Alert.Event.RESOLUTION_SOON: ("resolution_due", "Решение до"),
    Alert.Event.RESOLUTION_OVERDUE: ("resolution_due", "Решение было нужно до"),
}


def _when(moment: datetime) -> str:
    return timezone.localtime(moment).strftime("%d.%m %H:%M")


def _line(alert: Alert) -> str:
    incident = alert.incident
    place = incident.territory.name if incident.territory else "территория не определена"
    text = (
        f"{HEADINGS[Alert.Event(alert.event)]}: {incident.title}\n{place} · "
        f"серьёзность {incident.severity:.0f} · записей {incident.post_count} · "
        f"с {_when(incident.started_at)}"
    )
    if alert.event in DEADLINES:
        field, words = DEADLINES[Alert.Event(alert.event)]
        due = getattr(incident, field)
        if due is not None:
            text += f"\n{words} {_when(due)}"
    return f"{text}\n{_link(incident)}"


def _subject(batch: list[Alert]) -> str:
    if len(batch) == 1 and batch[0].event in DEADLINES:
        heading = HEADINGS[Alert.Event(batch[0].event)]
        return f"Резонанс: {heading.lower()} — {batch[0].incident.title}"[:200]
    if len(batch) == 1:
        return f"Резонанс: {batch[0].incident.title}"[:200]
    return f"Резонанс: новых событий — {len(batch)}"


def _message(batch: list[Alert]) -> tuple[str, list[Button]]:
    if len(batch) == 1:
        incident = batch[0].incident
        buttons = [
            Button("Взять в работу", _link(incident, take=True)),
            Button("Открыть", _link(incident)),
        ]
        return _line(batch[0]), buttons
    shown = batch[:MAX_LISTED]
    more = len(batch) - len(shown)
    text = f"Новых событий: {len(batch)}\n\n" + "\n\n".join(_line(a) for a in shown)
    if more:
        text += f"\n\n…и ещё {more}: {settings.SITE_URL.rstrip('/')}/incidents"
    return text, [Button("Все инциденты", f"{settings.SITE_URL.rstrip('/')}/incidents")]
