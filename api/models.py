"""API tokens: several per user, stored only as a hash."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TOKEN_PREFIX = "rz_"


def token_hash(key: str) -> str:
    """SHA-256 of a token key: keys are 256-bit random, so no slow hash or salt is needed."""
    return hashlib.sha256(key.encode()).hexdigest()


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("пользователь"),
        on_delete=models.CASCADE,
        related_name="api_tokens",
    )
    name = models.CharField(_("название"), max_length=100)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    # The first characters of the key, shown in lists so a token can be recognised.
    key_prefix = models.CharField(_("начало ключа"), max_length=12, editable=False)
    created_at = models.DateTimeField(_("создан"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("кем создан"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_used_at = models.DateTimeField(_("использован"), null=True, blank=True)
    expires_at = models.DateTimeField(_("действует до"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("отозван"), null=True, blank=True)

    class Meta:
        verbose_name = _("API-токен")
        verbose_name_plural = _("API-токены")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.key_prefix}…)"

    @property
    def is_active(self) -> bool:
        now = timezone.now()
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)


class LoginEvent(models.Model):
    """Every login attempt through the API: who (the name given), from where, and
    whether it succeeded, failed or was refused because of the lock-out. The
    lock-out counts these rows (``api.security``), so it works without the cache."""

    class Outcome(models.TextChoices):
        SUCCESS = "success", _("вход")
        FAILURE = "failure", _("неверный пароль")
        LOCKED = "locked", _("заблокирован")

    at = models.DateTimeField(_("когда"), default=timezone.now)
    username = models.CharField(_("имя входа"), max_length=150)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("пользователь"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    outcome = models.CharField(_("итог"), max_length=16, choices=Outcome.choices)
    ip = models.GenericIPAddressField(_("адрес"), null=True, blank=True)
    user_agent = models.CharField(_("браузер"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("попытка входа")
        verbose_name_plural = _("журнал входов")
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["username", "at"], name="login_event_username_at"),
            models.Index(fields=["ip", "at"], name="login_event_ip_at"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.outcome}"
