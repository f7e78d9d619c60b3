"""Who wants to hear about which incidents, and every alert sent to them.

An ``Alert`` is one event of one incident for one user (a new incident, a jump in
its severity, a deadline coming up or missed); the unique constraint makes creating
it idempotent, so a re-run scan or deadline check never alerts twice. It is shown in
the app at once and delivered by e-mail and Telegram when the user's subscription
asks for them; each channel has its own state, attempts and next attempt time, so a
channel that is down is retried with backoff and never blocks the other.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from crm.models import Territory
from monitoring.models import Incident, WatchTopic


class Subscription(models.Model):
    """A user's alert rule: incidents on these topics (any when none) in this
    territory with its children (anywhere when empty) from this severity on."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("пользователь"),
        on_delete=models.CASCADE,
        related_name="alert_subscriptions",
    )
    topics = models.ManyToManyField(WatchTopic, verbose_name=_("темы"), blank=True)
    territory = models.ForeignKey(
        Territory,
        verbose_name=_("территория"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    min_severity = models.FloatField(_("серьёзность от"), default=0.0)
    email = models.BooleanField(_("по e-mail"), default=False)
    telegram_chat_id = models.CharField(_("чат Telegram"), max_length=32, blank=True)
    # Times in TIME_ZONE; e-mail and Telegram wait until the quiet hours end.
    quiet_from = models.TimeField(_("тихие часы с"), null=True, blank=True)
    quiet_to = models.TimeField(_("тихие часы до"), null=True, blank=True)
    is_active = models.BooleanField(_("активна"), default=True)
    # Also the daily digest (reports.digest) by the channels above, once a day.
    daily_digest = models.BooleanField(_("ежедневная сводка"), default=False)
    created_at = models.DateTimeField(_("создана"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("подписка на оповещения")
        verbose_name_plural = _("подписки на оповещения")
        ordering = ["user_id", "id"]

    def __str__(self) -> str:
        return f"{self.user} ≥ {self.min_severity:g}"


class Alert(models.Model):
    class Event(models.TextChoices):
        NEW = "new", _("новый инцидент")
        SEVERITY = "severity", _("серьёзность выросла")
        FIRST_RESPONSE_SOON = "first_response_soon", _("скоро срок первого ответа")
        FIRST_RESPONSE_OVERDUE = "first_response_overdue", _("просрочен первый ответ")
        RESOLUTION_SOON = "resolution_soon", _("скоро срок решения")
        RESOLUTION_OVERDUE = "resolution_overdue", _("просрочено решение")

    class Delivery(models.TextChoices):
        NONE = "", _("не нужна")
        PENDING = "pending", _("ожидает")
        SENT = "sent", _("отправлено")
        FAILED = "failed", _("не удалось")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("пользователь"),
        on_delete=models.CASCADE,
        related_name="alerts",
    )
    incident = models.ForeignKey(
        Incident, verbose_name=_("инцидент"), on_delete=models.CASCADE, related_name="alerts"
    )
    event = models.CharField(_("событие"), max_length=24, choices=Event.choices)
    severity = models.FloatField(_("серьёзность"))
    created_at = models.DateTimeField(_("создано"), default=timezone.now)
    read_at = models.DateTimeField(_("прочитано"), null=True, blank=True)
    email_state = models.CharField(
        _("e-mail"), max_length=8, choices=Delivery.choices, blank=True, default=""
    )
    email_to = models.CharField(_("адрес"), max_length=254, blank=True)
    telegram_state = models.CharField(
        _("Telegram"), max_length=8, choices=Delivery.choices, blank=True, default=""
    )
    telegram_chat_id = models.CharField(_("чат Telegram"), max_length=32, blank=True)
    attempts = models.PositiveSmallIntegerField(_("попыток"), default=0)
    next_attempt_at = models.DateTimeField(_("следующая попытка"), null=True, blank=True)
    last_error = models.CharField(_("последняя ошибка"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("оповещение")
        verbose_name_plural = _("оповещения")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "incident", "event"], name="alert_once_per_event"
            ),
        ]
        indexes = [models.Index(fields=["next_attempt_at"], name="alert_due")]

    def __str__(self) -> str:
        return f"{self.get_event_display()}: {self.incident} → {self.user}"
