"""Sending a message by Telegram (Bot API over HTTPS) or e-mail (Django's mail).

Errors become ``DeliveryError`` with a message safe to store and log: the bot
token is part of every Bot API URL, so no exception text of the HTTP client (which
quotes the URL) ever leaves this module.
"""

from __future__ import annotations

from dataclasses import dataclass

import requests
from django.conf import settings
from django.core.mail import send_mail


class DeliveryError(Exception):
    """A message was not delivered; ``retry_after`` (seconds) when the server asked."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Button:
    text: str
    url: str


def telegram_configured() -> bool:
    return bool(settings.TELEGRAM_BOT_TOKEN)


def email_configured() -> bool:
    return bool(settings.EMAIL_HOST)


def telegram_send(*, chat_id: str, text: str, buttons: list[Button]) -> None:
    """``sendMessage`` to ``chat_id`` with link buttons under the text."""
    url = (
        f"{settings.TELEGRAM_API_BASE_URL.rstrip('/')}/bot{settings.TELEGRAM_BOT_TOKEN}/sendMessage"
    )
    body: dict = {"chat_id": chat_id, "text": text, "disable_web_page_preview": True}
    if buttons:
        body["reply_markup"] = {
            "inline_keyboard": [[{"text": b.text, "url": b.url} for b in buttons]]
        }
    try:
        response = requests.post(url, json=body, timeout=settings.TELEGRAM_TIMEOUT)
    except requests.RequestException as exc:
        raise DeliveryError(f"Telegram недоступен ({type(exc).__name__})") from None
    try:
        answer = response.json()
    except ValueError:
        answer = {}
    if response.status_code == 200 and answer.get("ok"):
        return
    description = str(answer.get("description") or response.reason or "")[:200]
    retry_after = (answer.get("parameters") or {}).get("retry_after")
    raise DeliveryError(
        f"Telegram ответил {response.status_code}: {description}",
        retry_after=float(retry_after) if isinstance(retry_after, int | float) else None,
    )


def email_send(*, to: str, subject: str, text: str) -> None:
    try:
        send_mail(subject, text, None, [to], fail_silently=False)
    except Exception as exc:  # smtplib and socket errors; their texts hold no secrets
        raise DeliveryError(f"E-mail не отправлен ({type(exc).__name__}: {exc})"[:300]) from None
