"""Rapid response: watch topics, what the text pipeline found in each post of the
ledger, the officers' labels, the needs-response classifier's versions, and the
incidents that bursts open.

Posts themselves are the ledger's (``graph.Post``, comments are posts with a
parent); everything here is derived from them and can be recomputed, except the
officers' labels, topics and incidents.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from crm.models import Territory
from graph.models import Post


class WatchTopic(models.Model):
    """A named set of keywords and phrases (matched in any inflection, by lemmas)
    with exclusions, an optional territory scope (with everything inside it) and
    a severity weight."""

    name = models.CharField(_("название"), max_length=200, unique=True)
    keywords = models.JSONField(_("ключевые слова и фразы"), default=list)
    exclusions = models.JSONField(_("исключения"), default=list, blank=True)
    territory = models.ForeignKey(
        Territory,
        verbose_name=_("территория"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="watch_topics",
    )
    weight = models.FloatField(_("вес серьёзности"), default=1.0)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ответственный"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="watch_topics",
    )
    is_active = models.BooleanField(_("активна"), default=True)
    created_at = models.DateTimeField(_("создана"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("изменена"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("тема мониторинга")
        verbose_name_plural = _("темы мониторинга")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(weight__gt=0), name="watch_topic_weight_positive"),
        ]

    def __str__(self) -> str:
        return self.name


class PostAnalysis(models.Model):
    """What the text pipeline and the classifier found in one post. Recomputed
    when the pipeline or the classifier changes (``pipeline_version``)."""

    post = models.OneToOneField(
        Post, primary_key=True, on_delete=models.CASCADE, related_name="analysis"
    )
    # The post's time, copied here so hourly counts read one indexed table.
    published_at = models.DateTimeField(_("опубликована"), db_index=True)
    language = models.CharField(_("язык"), max_length=8, blank=True)
    lemmas = models.TextField(_("леммы"), blank=True)
    territory = models.ForeignKey(
        Territory,
        verbose_name=_("территория"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = models.ManyToManyField(
        WatchTopic, verbose_name=_("темы"), blank=True, related_name="+"
    )
    matched_terms = models.JSONField(_("найденные слова"), default=list, blank=True)
    negativity = models.FloatField(_("негатив"), default=0.0)
    needs_response = models.BooleanField(_("нужен ответ"), default=False)
    classifier_version = models.CharField(_("версия классификатора"), max_length=64, blank=True)
    pipeline_version = models.PositiveSmallIntegerField(_("версия разбора"), default=1)
    analysed_at = models.DateTimeField(_("разобрана"), default=timezone.now)

    class Meta:
        verbose_name = _("разбор записи")
        verbose_name_plural = _("разборы записей")
        indexes = [models.Index(fields=["territory", "published_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(negativity__gte=0) & Q(negativity__lte=1), name="analysis_negativity"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.post} ({self.negativity:.2f})"


class Label(models.TextChoices):
    NEEDS_RESPONSE = "needs_response", _("нужен ответ")
    OFF_TOPIC = "off_topic", _("не по теме")
    POSITIVE = "positive", _("позитив")


class PostLabel(models.Model):
    """An officer's judgement of a post: the classifier learns from these."""

    post = models.OneToOneField(Post, on_delete=models.CASCADE, related_name="label")
    label = models.CharField(_("метка"), max_length=16, choices=Label.choices)
    labelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("кто отметил"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    labelled_at = models.DateTimeField(_("когда"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("метка записи")
        verbose_name_plural = _("метки записей")

    def __str__(self) -> str:
        return f"{self.post}: {self.get_label_display()}"


class ClassifierVersion(models.Model):
    """A needs-response model trained on the officers' labels; the newest active one
    classifies, the lexicon when there is none."""

    version = models.CharField(_("версия"), max_length=64, unique=True)
    trained_at = models.DateTimeField(_("обучена"), default=timezone.now)
    examples = models.PositiveIntegerField(_("примеров"))
    metrics = models.JSONField(_("оценка (перекрёстная проверка)"), default=dict)
    model = models.BinaryField(_("модель"))
    is_active = models.BooleanField(_("используется"), default=True)

    class Meta:
        verbose_name = _("версия классификатора")
        verbose_name_plural = _("версии классификатора")
        ordering = ["-trained_at", "-id"]

    def __str__(self) -> str:
        return self.version


class Incident(models.Model):
    """One problem residents write about: opened by a burst of posts on a watch
    topic in a territory (or of similar posts on no topic), joined by later posts
    of the same problem while it is open."""

    class State(models.TextChoices):
        NEW = "new", _("новый")
        IN_WORK = "in_work", _("в работе")
        ANSWERED = "answered", _("дан ответ")
        CLOSED = "closed", _("закрыт")
        NOT_OURS = "not_ours", _("не наш")
        DUPLICATE = "duplicate", _("дубликат")
        FALSE_ALARM = "false_alarm", _("ложная тревога")

    class Priority(models.TextChoices):
        URGENT = "urgent", _("срочный")
        HIGH = "high", _("высокий")
        NORMAL = "normal", _("обычный")

    title = models.CharField(_("заголовок"), max_length=300)
    topic = models.ForeignKey(
        WatchTopic,
        verbose_name=_("тема"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="incidents",
    )
    territory = models.ForeignKey(
        Territory,
        verbose_name=_("территория"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="incidents",
    )
    # What identifies the problem's series: "topic:<id>:<territory id or ->" or
    # "cluster:<first post id>" for similar posts on no topic.
    series_key = models.CharField(_("ряд"), max_length=64)
    state = models.CharField(_("состояние"), max_length=16, choices=State.choices, default="new")
    is_open = models.BooleanField(_("открыт"), default=True)
    started_at = models.DateTimeField(_("первая запись"))
    detected_at = models.DateTimeField(_("обнаружен"))
    last_post_at = models.DateTimeField(_("последняя запись"))
    severity = models.FloatField(_("серьёзность"), default=0.0)
    significance = models.FloatField(_("значимость"), default=0.0)
    negative_share = models.FloatField(_("доля негатива"), default=0.0)
    reach = models.FloatField(_("охват"), default=0.0)
    post_count = models.PositiveIntegerField(_("записей"), default=0)
    author_count = models.PositiveIntegerField(_("авторов"), default=0)
    posts = models.ManyToManyField(Post, verbose_name=_("записи"), related_name="incidents")
    # The officers' work (monitoring.incidents): who, how urgent, the answer.
    priority = models.CharField(
        _("приоритет"), max_length=8, choices=Priority.choices, default=Priority.NORMAL
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("исполнитель"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="incidents",
    )
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("дубликат инцидента"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )
    response_url = models.URLField(_("ссылка на ответ"), max_length=500, blank=True)
    response_text = models.TextField(_("текст ответа"), blank=True)
    # Deadlines in working time from detection; the timers stop at these moments.
    first_response_due = models.DateTimeField(_("срок первого ответа"), null=True, blank=True)
    resolution_due = models.DateTimeField(_("срок решения"), null=True, blank=True)
    first_response_at = models.DateTimeField(_("первый ответ"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("решён"), null=True, blank=True)
    first_response_escalated_at = models.DateTimeField(
        _("эскалация срока ответа"), null=True, blank=True
    )
    resolution_escalated_at = models.DateTimeField(
        _("эскалация срока решения"), null=True, blank=True
    )
    # Optimistic concurrency: every workflow write increments it; a client may send
    # the version it saw and gets a conflict when somebody changed the incident since.
    version = models.PositiveIntegerField(_("версия"), default=1)
    created_at = models.DateTimeField(_("создан"), default=timezone.now)
    updated_at = models.DateTimeField(_("изменён"), auto_now=True)

    class Meta:
        verbose_name = _("инцидент")
        verbose_name_plural = _("инциденты")
        ordering = ["-severity", "-detected_at", "-id"]
        indexes = [
            # A scan finds the open incident of a series to join (scans never overlap).
            models.Index(fields=["series_key", "is_open", "last_post_at"]),
            # The inbox: the open ones (or all) most severe first; deadlines; "mine".
            models.Index(fields=["is_open", "-severity", "-detected_at", "-id"]),
            models.Index(fields=["-severity", "-detected_at", "-id"], name="incident_severity_idx"),
            models.Index(fields=["first_response_due"]),
            models.Index(fields=["assignee", "is_open"]),
        ]

    def __str__(self) -> str:
        return self.title


class IncidentEvent(models.Model):
    """One line of an incident's history: a transition, an assignment, a priority
    change or an escalation, with who (none for the system) and when."""

    class Kind(models.TextChoices):
        TRANSITION = "transition", _("смена состояния")
        ASSIGN = "assign", _("назначение")
        PRIORITY = "priority", _("приоритет")
        ESCALATION = "escalation", _("эскалация")

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("событие"), max_length=16, choices=Kind.choices)
    from_state = models.CharField(_("из состояния"), max_length=16, blank=True)
    to_state = models.CharField(_("в состояние"), max_length=16, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("кто"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("когда"), default=timezone.now)
    # What else the event says: assignee ids, the answer's link, the deadline missed.
    data = models.JSONField(_("подробности"), default=dict, blank=True)

    class Meta:
        verbose_name = _("событие инцидента")
        verbose_name_plural = _("история инцидентов")
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["incident", "at"])]

    def __str__(self) -> str:
        return f"{self.incident_id}: {self.kind} {self.from_state}→{self.to_state}"


class IncidentComment(models.Model):
    """An officer's note on an incident (internal: may name residents, so roles
    without personal-data access do not see the text)."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("автор"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("текст"))
    created_at = models.DateTimeField(_("создан"), default=timezone.now)

    class Meta:
        verbose_name = _("комментарий к инциденту")
        verbose_name_plural = _("комментарии к инцидентам")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["incident", "created_at"])]

    def __str__(self) -> str:
        return f"{self.incident_id}: {self.text[:40]}"
