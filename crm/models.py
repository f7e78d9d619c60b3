"""CRM domain: territories, topics, bloggers, their accounts, interactions,
follow-up tasks and campaigns.

Every model keeps an audit trail through django-simple-history. Personal-data
fields are declared in ``crm.personal_data`` so export and erasure find them.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import connection, models
from django.db.models import F, OrderBy, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class NullsLastIndex(models.Index):
    """An index with ``nulls_last`` orderings (``F(x).desc(nulls_last=True)``,
    as the API's ordering sorts). SQLite refuses NULLS LAST in an index: there
    it is created without it (the embedded database is small)."""

    def create_sql(self, model: Any, schema_editor: Any, using: str = "", **kwargs: Any) -> Any:
        if schema_editor.connection.vendor != "sqlite":
            return super().create_sql(model, schema_editor, using=using, **kwargs)
        _, _, options = self.deconstruct()
        plain = [
            OrderBy(e.expression, descending=e.descending) if isinstance(e, OrderBy) else e
            for e in self.expressions
        ]
        index = models.Index(*plain, **options)
        return index.create_sql(model, schema_editor, using=using, **kwargs)


class TerritoryQuerySet(models.QuerySet):
    def subtree(self, territory_id: int) -> TerritoryQuerySet:
        """The territory ``territory_id`` and every territory below it, found by
        a recursive CTE (``UNION`` stops on a cycle). Used in a filter
        (``territory__in=…``) it is a subquery: no round trip, no list of ids."""
        table = connection.ops.quote_name(self.model._meta.db_table)
        tree = RawSQL(
            f"WITH RECURSIVE tree (id) AS (SELECT id FROM {table} WHERE id = %s "
            f"UNION SELECT t.id FROM {table} t JOIN tree ON t.parent_id = tree.id) "
            "SELECT id FROM tree",
            [territory_id],
        )
        return self.filter(pk__in=tree)


class Territory(models.Model):
    class Kind(models.TextChoices):
        REGION = "region", _("регион")
        URBAN_OKRUG = "urban_okrug", _("городской округ")
        MUNICIPAL_DISTRICT = "municipal_district", _("муниципальный район")
        MUNICIPAL_OKRUG = "municipal_okrug", _("муниципальный округ")
        SETTLEMENT = "settlement", _("поселение")

    name = models.CharField(_("название"), max_length=200)
    kind = models.CharField(_("тип"), max_length=32, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("входит в"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    oktmo = models.CharField(_("код ОКТМО"), max_length=11, blank=True)
    # Other names residents use for it (a district's centre: «Сосновка» for the
    # «Сосновский муниципальный район»): posts that name them are routed here.
    aliases = models.JSONField(_("другие названия"), default=list, blank=True)
    history = HistoricalRecords()

    objects = TerritoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("территория")
        verbose_name_plural = _("территории")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "name"], name="territory_unique_name_in_parent"
            ),
            models.UniqueConstraint(
                fields=["name"], condition=Q(parent__isnull=True), name="territory_unique_root_name"
            ),
            models.UniqueConstraint(
                fields=["oktmo"], condition=~Q(oktmo=""), name="territory_unique_oktmo"
            ),
            models.CheckConstraint(
                condition=Q(kind="region") | Q(parent__isnull=False),
                name="territory_only_region_is_root",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Topic(models.Model):
    name = models.CharField(_("название"), max_length=100, unique=True)
    description = models.TextField(_("описание"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("тема")
        verbose_name_plural = _("темы")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Stance(models.TextChoices):
    SUPPORTIVE = "supportive", _("лоялен")
    NEUTRAL = "neutral", _("нейтрален")
    CRITICAL = "critical", _("критичен")
    UNKNOWN = "unknown", _("неизвестно")


class Stage(models.TextChoices):
    NEW = "new", _("новый")
    CONTACTED = "contacted", _("установлен контакт")
    ENGAGED = "engaged", _("взаимодействуем")
    PARTNER = "partner", _("партнёр")
    PAUSED = "paused", _("пауза")
    DECLINED = "declined", _("отказался")


class Tier(models.TextChoices):
    A = "a", _("A — ключевой")
    B = "b", _("B — значимый")
    C = "c", _("C — прочие")


class Blogger(models.Model):
    display_name = models.CharField(_("имя в сети"), max_length=200)
    # Personal data (see crm.personal_data): optional, erasable on request.
    real_name = models.CharField(_("ФИО"), max_length=200, blank=True)
    phone = models.CharField(_("телефон"), max_length=32, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    description = models.TextField(_("описание"), blank=True)
    territory = models.ForeignKey(
        Territory,
        verbose_name=_("территория"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="bloggers",
    )
    topics = models.ManyToManyField(
        Topic, verbose_name=_("темы"), blank=True, related_name="bloggers"
    )
    stance = models.CharField(
        _("позиция"), max_length=16, choices=Stance.choices, default=Stance.UNKNOWN
    )
    stage = models.CharField(
        _("этап отношений"), max_length=16, choices=Stage.choices, default=Stage.NEW
    )
    tier = models.CharField(_("уровень"), max_length=1, choices=Tier.choices, default=Tier.C)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ответственный"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_bloggers",
    )
    notes = models.TextField(_("заметки"), blank=True)
    is_archived = models.BooleanField(_("в архиве"), default=False)
    # Latest influence (denormalised from graph.InfluenceScore for fast sorting):
    # the best of the blogger's accounts; rank among bloggers.
    influence_score = models.FloatField(_("влияние"), null=True, blank=True, editable=False)
    influence_rank = models.PositiveIntegerField(_("место"), null=True, blank=True, editable=False)
    influence_rank_delta = models.IntegerField(
        _("изменение места"), null=True, blank=True, editable=False
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("объединён с"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_from",
    )
    import_key = models.CharField(
        _("внешний ключ"),
        max_length=100,
        null=True,
        blank=True,
        unique=True,
        help_text=_(
            "Ключ записи во внешней системе или таблице; делает повторный импорт безопасным."
        ),
    )
    created_at = models.DateTimeField(_("создан"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("изменён"), auto_now=True)
    history = HistoricalRecords(
        m2m_fields=[topics],
        excluded_fields=["influence_score", "influence_rank", "influence_rank_delta"],
    )

    class Meta:
        verbose_name = _("блогер")
        verbose_name_plural = _("блогеры")
        ordering = ["display_name", "id"]
        indexes = [
            models.Index(fields=["stage"]),
            models.Index(fields=["stance"]),
            models.Index(fields=["is_archived", "display_name"]),
            models.Index(fields=["influence_rank"]),
            # The list's usual filters, narrow enough for the page count to be an
            # index-only scan (PostgreSQL) instead of reading every matching row.
            models.Index(
                fields=["stance", "stage", "territory"],
                condition=Q(is_archived=False),
                name="crm_blogger_list_idx",
            ),
            # The list's default order (score, best first). Covering the usual
            # filters (PostgreSQL), a page deep in a filtered list is cut by an
            # index-only scan, without visiting each skipped blogger's row.
            NullsLastIndex(
                F("influence_score").desc(nulls_last=True),
                F("id"),
                include=["is_archived", "stance", "stage", "territory"],
                name="crm_blogger_score_cover_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name


class Platform(models.TextChoices):
    VK = "vk", "ВКонтакте"
    TELEGRAM = "telegram", "Telegram"
    OK = "ok", "Одноклассники"
    YOUTUBE = "youtube", "YouTube"
    DZEN = "dzen", "Дзен"
    RUTUBE = "rutube", "RuTube"
    OTHER = "other", _("другое")


class AccountKind(models.TextChoices):
    PERSON = "person", _("личная страница")
    COMMUNITY = "community", _("сообщество")
    CHANNEL = "channel", _("канал")


class SocialAccount(models.Model):
    """One account on one platform.

    ``external_id`` is the platform's stable id (for VK the owner id: users
    positive, communities negative, as in ``wall.get``). An account added from
    a URL with only a screen name has an empty ``external_id`` until it is
    resolved; it is then unique by its (lower-cased) screen name instead.
    """

    platform = models.CharField(_("платформа"), max_length=16, choices=Platform.choices)
    kind = models.CharField(_("тип"), max_length=16, choices=AccountKind.choices, blank=True)
    external_id = models.CharField(_("ID на платформе"), max_length=64, blank=True)
    screen_name = models.CharField(_("короткое имя"), max_length=100, blank=True)
    url = models.URLField(_("ссылка"), max_length=500, blank=True)
    display_name = models.CharField(_("название"), max_length=300, blank=True)
    followers = models.PositiveIntegerField(_("подписчики"), null=True, blank=True)
    verified = models.BooleanField(_("верифицирован"), default=False)
    last_synced_at = models.DateTimeField(_("синхронизирован"), null=True, blank=True)
    # Latest influence (denormalised from graph.InfluenceScore): rank among all accounts.
    influence_score = models.FloatField(_("влияние"), null=True, blank=True, editable=False)
    influence_rank = models.PositiveIntegerField(_("место"), null=True, blank=True, editable=False)
    influence_rank_delta = models.IntegerField(
        _("изменение места"), null=True, blank=True, editable=False
    )
    community_label = models.CharField(_("сообщество"), max_length=300, blank=True, editable=False)
    blogger = models.ForeignKey(
        Blogger,
        verbose_name=_("блогер"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="accounts",
    )
    created_at = models.DateTimeField(_("добавлен"), default=timezone.now, editable=False)
    # Drives incremental graph projection: changed accounts are re-projected.
    updated_at = models.DateTimeField(_("изменён"), auto_now=True, db_index=True)
    history = HistoricalRecords(
        excluded_fields=[
            "influence_score",
            "influence_rank",
            "influence_rank_delta",
            "community_label",
        ]
    )

    class Meta:
        verbose_name = _("аккаунт")
        verbose_name_plural = _("аккаунты")
        ordering = ["platform", "screen_name", "external_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["platform", "external_id"],
                condition=~Q(external_id=""),
                name="account_unique_platform_external_id",
            ),
            models.UniqueConstraint(
                fields=["platform", "screen_name"],
                condition=~Q(screen_name=""),
                name="account_unique_platform_screen_name",
            ),
            models.CheckConstraint(
                condition=~Q(external_id="") | ~Q(screen_name=""),
                name="account_has_id_or_screen_name",
            ),
        ]
        indexes = [models.Index(fields=["blogger"]), models.Index(fields=["influence_rank"])]

    def __str__(self) -> str:
        handle = self.screen_name or self.external_id
        return f"{self.get_platform_display()}: {self.display_name or handle}"


class Sentiment(models.TextChoices):
    POSITIVE = "positive", _("позитивная")
    NEUTRAL = "neutral", _("нейтральная")
    NEGATIVE = "negative", _("негативная")


class Campaign(models.Model):
    """A regional agenda item to promote through bloggers."""

    title = models.CharField(_("название"), max_length=300)
    description = models.TextField(_("описание"), blank=True)
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("тема"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="campaigns",
    )
    starts_on = models.DateField(_("начало"))
    ends_on = models.DateField(_("окончание"))
    goal = models.TextField(_("цель"), blank=True)
    # Measurable targets, compared with what the ledger shows (graph.selectors.campaign_results).
    goal_publications = models.PositiveIntegerField(_("цель: публикаций"), null=True, blank=True)
    goal_reposts = models.PositiveIntegerField(_("цель: репостов"), null=True, blank=True)
    goal_mentions = models.PositiveIntegerField(_("цель: упоминаний"), null=True, blank=True)
    goal_reach = models.PositiveIntegerField(_("цель: охват"), null=True, blank=True)
    import_key = models.CharField(max_length=100, null=True, blank=True, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("автор"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("создана"), default=timezone.now, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("кампания")
        verbose_name_plural = _("кампании")
        ordering = ["-starts_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="campaign_period_ordered"
            )
        ]

    def __str__(self) -> str:
        return self.title


class ParticipantStatus(models.TextChoices):
    INVITED = "invited", _("приглашён")
    AGREED = "agreed", _("согласился")
    PUBLISHED = "published", _("опубликовал")
    DECLINED = "declined", _("отказался")


class CampaignParticipant(models.Model):
    campaign = models.ForeignKey(
        Campaign, verbose_name=_("кампания"), on_delete=models.CASCADE, related_name="participants"
    )
    blogger = models.ForeignKey(
        Blogger, verbose_name=_("блогер"), on_delete=models.CASCADE, related_name="participations"
    )
    status = models.CharField(
        _("статус"),
        max_length=16,
        choices=ParticipantStatus.choices,
        default=ParticipantStatus.INVITED,
    )
    notes = models.TextField(_("заметки"), blank=True)
    updated_at = models.DateTimeField(_("изменён"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("участник кампании")
        verbose_name_plural = _("участники кампании")
        ordering = ["campaign", "blogger__display_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "blogger"], name="participant_unique_per_campaign"
            )
        ]

    def __str__(self) -> str:
        return f"{self.blogger} — {self.campaign}"


class CampaignPublication(models.Model):
    """A post a participant published for the campaign."""

    participant = models.ForeignKey(
        CampaignParticipant,
        verbose_name=_("участник"),
        on_delete=models.CASCADE,
        related_name="publications",
    )
    url = models.URLField(_("ссылка на публикацию"), max_length=500)
    account = models.ForeignKey(
        SocialAccount,
        verbose_name=_("аккаунт"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(_("опубликовано"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("публикация")
        verbose_name_plural = _("публикации")
        constraints = [
            models.UniqueConstraint(fields=["participant", "url"], name="publication_unique_url")
        ]

    def __str__(self) -> str:
        return self.url


class Interaction(models.Model):
    class Type(models.TextChoices):
        MEETING = "meeting", _("встреча")
        CALL = "call", _("звонок")
        MESSAGE = "message", _("сообщение")
        EMAIL = "email", _("письмо")
        EVENT_INVITATION = "event_invitation", _("приглашение на мероприятие")
        PRESS_TOUR = "press_tour", _("пресс-тур")
        CONTENT_REQUEST = "content_request", _("запрос публикации")
        COMPLAINT = "complaint", _("жалоба")
        OTHER = "other", _("другое")

    class Direction(models.TextChoices):
        INBOUND = "in", _("входящее")
        OUTBOUND = "out", _("исходящее")

    blogger = models.ForeignKey(
        Blogger, verbose_name=_("блогер"), on_delete=models.CASCADE, related_name="interactions"
    )
    type = models.CharField(_("тип"), max_length=32, choices=Type.choices)
    direction = models.CharField(_("направление"), max_length=3, choices=Direction.choices)
    occurred_at = models.DateTimeField(_("когда"), default=timezone.now)
    summary = models.TextField(_("содержание"))
    outcome = models.TextField(_("результат"), blank=True)
    sentiment = models.CharField(
        _("тональность"), max_length=16, choices=Sentiment.choices, default=Sentiment.NEUTRAL
    )
    campaign = models.ForeignKey(
        Campaign,
        verbose_name=_("кампания"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interactions",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("автор"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("создано"), default=timezone.now, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("взаимодействие")
        verbose_name_plural = _("взаимодействия")
        ordering = ["-occurred_at", "-id"]
        indexes = [models.Index(fields=["blogger", "-occurred_at"])]

    def __str__(self) -> str:
        return f"{self.get_type_display()} — {self.blogger} ({self.occurred_at:%d.%m.%Y})"


class FollowUp(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("открыта")
        DONE = "done", _("выполнена")
        CANCELLED = "cancelled", _("отменена")

    blogger = models.ForeignKey(
        Blogger, verbose_name=_("блогер"), on_delete=models.CASCADE, related_name="followups"
    )
    title = models.CharField(_("задача"), max_length=300)
    due_date = models.DateField(_("срок"))
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("исполнитель"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="followups",
    )
    status = models.CharField(
        _("статус"), max_length=16, choices=Status.choices, default=Status.OPEN
    )
    interaction = models.ForeignKey(
        Interaction,
        verbose_name=_("по итогам взаимодействия"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="followups",
    )
    notes = models.TextField(_("заметки"), blank=True)
    completed_at = models.DateTimeField(_("выполнена"), null=True, blank=True)
    created_at = models.DateTimeField(_("создана"), default=timezone.now, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("задача")
        verbose_name_plural = _("задачи")
        ordering = ["due_date", "id"]
        indexes = [models.Index(fields=["status", "due_date"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_overdue(self) -> bool:
        return self.status == self.Status.OPEN and self.due_date < timezone.localdate()


class PersonalDataAccess(models.Model):
    """Who read or exported whose personal data (``crm.personal_data``), and when:
    one row per blogger per read (152-FZ asks the operator to know this). Written by
    the API whenever it serves personal fields; read in the admin; never edited."""

    class Action(models.TextChoices):
        VIEW = "view", _("карточка")
        LIST = "list", _("список")
        EXPORT = "export", _("выгрузка списка")
        SUBJECT_EXPORT = "subject_export", _("выгрузка по запросу субъекта")
        ERASE = "erase", _("стирание")

    at = models.DateTimeField(_("когда"), default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("пользователь"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept as text too: the record outlives the login and the blogger.
    username = models.CharField(_("имя входа"), max_length=150)
    blogger_id = models.BigIntegerField(_("блогер (id)"))
    action = models.CharField(_("действие"), max_length=16, choices=Action.choices)
    ip = models.GenericIPAddressField(_("адрес"), null=True, blank=True)
    path = models.CharField(_("запрос"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("доступ к персональным данным")
        verbose_name_plural = _("журнал доступа к персональным данным")
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["blogger_id", "at"], name="pd_access_blogger_at"),
            models.Index(fields=["user", "at"], name="pd_access_user_at"),
            models.Index(fields=["at"], name="pd_access_at"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.action} #{self.blogger_id}"
