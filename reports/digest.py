"""The daily digest: what happened with incidents in the last day, sent by e-mail
and Telegram to the users who asked for it (``daily_digest`` on one of their active
alert subscriptions), through the alerts app's channels.

``digests_send`` is run by beat every hour from ``DIGEST_HOUR`` to the end of the
day; each user gets at most one digest per channel and day: a ``DigestDelivery``
row is created before sending (its unique key is the claim, so overlapping runs
never send twice) and a failed one is retried by the next run the same day.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from alerts.channels import (
    Button,
    DeliveryError,
    email_configured,
    email_send,
    telegram_configured,
    telegram_send,
)
from alerts.models import Subscription
from monitoring.incidents import UNRESOLVED
from monitoring.models import Incident
from monitoring.selectors import incidents_due_today_q, incidents_overdue_q
from reports.models import DigestDelivery

log = logging.getLogger(__name__)
LISTED = 10  # incidents named per section


def _site(path: str = "") -> str:
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def digest_build(*, now: datetime | None = None) -> dict[str, Any]:
    """The day's figures: incidents detected in the last 24 h, open ones, overdue
    ones (a running timer past its deadline) and those with a deadline later today
    (in ``TIME_ZONE``), each most severe first. The same for every user: it names
    incidents and places only, no personal data."""
    now = now or timezone.now()
    rows = Incident.objects.select_related("territory").order_by("-severity", "pk")
    open_q = Q(state__in=UNRESOLVED)
    return {
        "day": timezone.localdate(now),
        "new": list(rows.filter(detected_at__gte=now - timedelta(days=1), detected_at__lt=now)),
        "open": rows.filter(open_q).count(),
        "overdue": list(rows.filter(incidents_overdue_q(now))),
        "due_today": list(rows.filter(incidents_due_today_q(now))),
    }


def _line(incident: Incident) -> str:
    place = incident.territory.name if incident.territory else "территория не определена"
    return (
        f"• {incident.title} — {place}, серьёзность {incident.severity:.0f}\n"
        f"  {_site(f'/incidents/{incident.pk}')}"
    )


def _section(title: str, incidents: list[Incident]) -> str:
    if not incidents:
        return f"{title}: нет."
    lines = [f"{title}: {len(incidents)}", *(_line(i) for i in incidents[:LISTED])]
    if len(incidents) > LISTED:
        lines.append(f"  …и ещё {len(incidents) - LISTED}")
    return "\n".join(lines)


def digest_text(digest: dict[str, Any]) -> str:
    """The digest as plain text (the same for e-mail and Telegram)."""
    return "\n\n".join(
        [
            f"Резонанс: сводка за {digest['day']:%d.%m.%Y}",
            _section("Новые инциденты за сутки", digest["new"]),
            f"Открытых инцидентов: {digest['open']}",
            _section("Просрочены", digest["overdue"]),
            _section("Сроки истекают сегодня", digest["due_today"]),
        ]
    )


@dataclass
class DigestReport:
    sent: int = 0
    failed: int = 0
    skipped: int = 0  # already sent (or being sent) today
    channels: dict[str, int] = field(default_factory=lambda: {"email": 0, "telegram": 0})


def _recipients() -> dict[int, dict[str, str]]:
    """Per user who asked for the digest: the address per channel (e-mail to the
    user's address when a subscription asks for e-mail, Telegram to its chat)."""
    subs = (
        Subscription.objects.filter(daily_digest=True, is_active=True, user__is_active=True)
        .select_related("user")
        .order_by("user_id", "pk")
    )
    targets: dict[int, dict[str, str]] = {}
    for sub in subs:
        to = targets.setdefault(sub.user_id, {})
        if sub.email and sub.user.email and email_configured():
            to.setdefault(DigestDelivery.Channel.EMAIL, sub.user.email)
        if sub.telegram_chat_id and telegram_configured():
            to.setdefault(DigestDelivery.Channel.TELEGRAM, sub.telegram_chat_id)
    return targets


def _claim(user_id: int, day: Any, channel: str, now: datetime) -> bool:
    """Take the (user, day, channel) digest: a new row, or a failed one to retry."""
    try:
        with transaction.atomic():
            DigestDelivery.objects.create(
                user_id=user_id,
                day=day,
                channel=channel,
                state=DigestDelivery.State.SENDING,
                created_at=now,
            )
        return True
    except IntegrityError:
        pass
    retried = DigestDelivery.objects.filter(
        user_id=user_id,
        day=day,
        channel=channel,
        state=DigestDelivery.State.FAILED,
        attempts__lt=settings.ALERT_MAX_ATTEMPTS,
    )
    return bool(retried.update(state=DigestDelivery.State.SENDING, attempts=F("attempts") + 1))


def digests_send(*, now: datetime | None = None) -> DigestReport:
    """Send today's digest to everyone who asked for it and has not had it yet.
    Before ``DIGEST_HOUR`` (in ``TIME_ZONE``) it sends nothing."""
    now = now or timezone.now()
    report = DigestReport()
    local = timezone.localtime(now)
    if local.hour < settings.DIGEST_HOUR:
        return report
    targets = _recipients()
    if not targets:
        return report
    digest = digest_build(now=now)
    text = digest_text(digest)
    subject = f"Резонанс: сводка за {digest['day']:%d.%m.%Y}"
    buttons = [Button("Инциденты", _site("/incidents"))]
    for user_id, channels in sorted(targets.items()):
        for channel, address in channels.items():
            if not _claim(user_id, digest["day"], channel, now):
                report.skipped += 1
                continue
            row = DigestDelivery.objects.filter(user_id=user_id, day=digest["day"], channel=channel)
            try:
                if channel == DigestDelivery.Channel.TELEGRAM:
                    telegram_send(chat_id=address, text=text, buttons=buttons)
                else:
                    email_send(to=address, subject=subject, text=text)
            except DeliveryError as exc:
                row.update(state=DigestDelivery.State.FAILED, last_error=str(exc)[:300])
                report.failed += 1
                log.warning("digest: %s to user %s failed: %s", channel, user_id, exc)
                continue
            row.update(state=DigestDelivery.State.SENT, sent_at=now)
            report.sent += 1
            report.channels[channel] += 1
    return report
