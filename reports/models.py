"""What the reports app keeps: one row per user, day and channel of the daily
digest, so a digest is sent at most once per user and day (the unique constraint
is the claim) and a failed one is retried within the day."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DigestDelivery(models.Model):
    class Channel(models.TextChoices):
        EMAIL = "email", _("e-mail")
        TELEGRAM = "telegram", _("Telegram")

    class State(models.TextChoices):
        SENDING = "sending", _("отправляется")
        SENT = "sent", _("отправлено")
        FAILED = "failed", _("не удалось")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("пользователь"),
        on_delete=models.CASCADE,
        related_name="digest_deliveries",
    )
    day = models.DateField(_("день"))
    channel = models.CharField(_("канал"), max_length=8, choices=Channel.choices)
    state = models.CharField(_("состояние"), max_length=8, choices=State.choices)
    attempts = models.PositiveSmallIntegerField(_("попыток"), default=1)
    created_at = models.DateTimeField(_("создано"), default=timezone.now)
    sent_at = models.DateTimeField(_("отправлено"), null=True, blank=True)
    last_error = models.CharField(_("последняя ошибка"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("ежедневная сводка")
        verbose_name_plural = _("ежедневные сводки")
        ordering = ["-day", "user_id", "channel"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "day", "channel"], name="digest_once_per_user_day_channel"
            )
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.channel} → {self.user_id}: {self.state}"
