"""Login brute-force protection and the audit of logins.

Every attempt is a ``LoginEvent`` row. A name is locked out after
``LOGIN_LOCKOUT_FAILURES`` failed attempts within ``LOGIN_LOCKOUT_SECONDS`` since
its last successful login, and an address after four times as many (any names):
while locked, even the right password is refused (429 ``login_locked``). The
lock lifts by itself when the window has passed; an administrator lifts it at once
by deleting the failed attempts in the admin ("Журнал входов"). The counts are read
from the database, so the protection holds with the cache down.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions

from api.models import LoginEvent

ADDRESS_FACTOR = 4


class LoginLocked(exceptions.APIException):
    status_code = 429
    default_code = "login_locked"
    default_detail = _("Слишком много неудачных попыток входа. Попробуйте позже.")


def client_ip(request: Any) -> str | None:
    """The client's address: ``REMOTE_ADDR``, or with ``TRUSTED_PROXIES`` = n the
    n-th address from the right of ``X-Forwarded-For`` (what our proxies appended)."""
    meta = request.META
    proxies = settings.TRUSTED_PROXIES
    if proxies:
        forwarded = [a.strip() for a in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if a]
        if len(forwarded) >= proxies:
            return forwarded[-proxies] or None
    return meta.get("REMOTE_ADDR") or None


def login_locked(*, username: str, ip: str | None) -> bool:
    """True when this name, or this address, has failed too often lately."""
    now = timezone.now()
    since = now - timedelta(seconds=settings.LOGIN_LOCKOUT_SECONDS)
    limit = settings.LOGIN_LOCKOUT_FAILURES
    events = LoginEvent.objects.filter(at__gte=since)
    last_success = events.filter(username=username, outcome=LoginEvent.Outcome.SUCCESS).aggregate(
        at=Max("at")
    )["at"]
    failures = events.filter(username=username, outcome=LoginEvent.Outcome.FAILURE)
    if last_success is not None:
        failures = failures.filter(at__gt=last_success)
    if failures[:limit].count() >= limit:
        return True
    if ip is None:
        return False
    by_address = events.filter(ip=ip, outcome=LoginEvent.Outcome.FAILURE)[: limit * ADDRESS_FACTOR]
    return by_address.count() >= limit * ADDRESS_FACTOR


def login_record(*, request: Any, username: str, outcome: str, user: Any = None) -> None:
    LoginEvent.objects.create(
        username=username[:150],
        user=user,
        outcome=outcome,
        ip=client_ip(request),
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:255],
    )
