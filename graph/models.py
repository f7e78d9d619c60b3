"""The observation ledger: the system of record for the influence graph.

Accounts are ``crm.SocialAccount``. Every observation has a stable natural key
under a unique constraint, so ingesting the same observation again (a re-run
sync, a re-imported file, a retried task) never duplicates it. Neo4j is a
projection of these tables and can be rebuilt from them at any time.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from crm.models import SocialAccount


class Post(models.Model):
    account = models.ForeignKey(
        SocialAccount,
        verbose_name=_("автор"),
        on_delete=models.CASCADE,
        related_name="posts",
        db_index=False,  # the unique (account, external_id) constraint indexes it
    )
    external_id = models.CharField(_("ID записи"), max_length=64)
    published_at = models.DateTimeField(_("опубликована"), null=True, blank=True)
    url = models.URLField(_("ссылка"), max_length=500, blank=True)
    text = models.TextField(_("текст"), blank=True)
    # A comment is a post with a parent (the post or comment it answers).
    parent = models.ForeignKey(
        "self",
        verbose_name=_("ответ на"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    likes = models.PositiveIntegerField(_("лайки"), default=0)
    reposts = models.PositiveIntegerField(_("репосты"), default=0)
    comments = models.PositiveIntegerField(_("комментарии"), default=0)
    views = models.PositiveIntegerField(_("просмотры"), null=True, blank=True)
    fetched_at = models.DateTimeField(_("получена"), default=timezone.now)

    class Meta:
        verbose_name = _("запись")
        verbose_name_plural = _("записи")
        constraints = [
            models.UniqueConstraint(
                fields=["account", "external_id"], name="post_unique_per_account"
            )
        ]
        indexes = [
            models.Index(fields=["account", "-published_at"]),
            models.Index(fields=["fetched_at"]),
        ]

    def __str__(self) -> str:
        return self.url or f"{self.account_id}_{self.external_id}"


class Repost(models.Model):
    """``reposter`` reposted a post of ``author`` (the edge reposter → author)."""

    key = models.CharField(_("ключ наблюдения"), max_length=200)
    # Single-column FK indexes are left out where a composite index below starts
    # with the column: every extra index slows bulk ingestion.
    reposter = models.ForeignKey(
        SocialAccount,
        verbose_name=_("кто репостнул"),
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
    )
    author = models.ForeignKey(
        SocialAccount,
        verbose_name=_("автор оригинала"),
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
    )
    original_post = models.ForeignKey(
        Post,
        verbose_name=_("оригинал"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="repost_events",
        db_index=False,
    )
    via = models.ForeignKey(
        SocialAccount,
        verbose_name=_("через кого (цепочка)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    repost_post_external_id = models.CharField(_("ID репоста"), max_length=64, blank=True)
    occurred_at = models.DateTimeField(_("когда"))
    weight = models.PositiveIntegerField(_("сколько раз"), default=1)
    origin = models.CharField(_("источник"), max_length=32)
    ingested_at = models.DateTimeField(_("загружено"), default=timezone.now)

    class Meta:
        verbose_name = _("репост")
        verbose_name_plural = _("репосты")
        indexes = [
            models.Index(fields=["reposter", "author"]),
            models.Index(fields=["author", "occurred_at"]),
            models.Index(fields=["occurred_at"]),
            models.Index(fields=["ingested_at"]),
            models.Index(fields=["original_post", "reposter"]),
        ]
        constraints = [
            models.UniqueConstraint(fields=["key"], name="repost_unique_key"),
            models.CheckConstraint(condition=Q(weight__gte=1), name="repost_weight_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.reposter_id} → {self.author_id} ({self.occurred_at:%Y-%m-%d})"


class Mention(models.Model):
    """``source`` mentioned ``target`` (in ``source_post`` when known)."""

    key = models.CharField(_("ключ наблюдения"), max_length=200)
    source = models.ForeignKey(
        SocialAccount,
        verbose_name=_("кто упомянул"),
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
    )
    source_post = models.ForeignKey(
        Post,
        verbose_name=_("в записи"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mention_events",
    )
    target = models.ForeignKey(
        SocialAccount,
        verbose_name=_("кого упомянули"),
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
    )
    occurred_at = models.DateTimeField(_("когда"))
    weight = models.PositiveIntegerField(_("сколько раз"), default=1)
    origin = models.CharField(_("источник"), max_length=32)
    ingested_at = models.DateTimeField(_("загружено"), default=timezone.now)

    class Meta:
        verbose_name = _("упоминание")
        verbose_name_plural = _("упоминания")
        indexes = [
            models.Index(fields=["source", "target"]),
            models.Index(fields=["target", "occurred_at"]),
            models.Index(fields=["occurred_at"]),
            models.Index(fields=["ingested_at"]),
        ]
        constraints = [
            models.UniqueConstraint(fields=["key"], name="mention_unique_key"),
            models.CheckConstraint(condition=Q(weight__gte=1), name="mention_weight_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.source_id} → @{self.target_id} ({self.occurred_at:%Y-%m-%d})"


class ProjectionState(models.Model):
    """How far the ledger has been projected into a graph store.

    ``watermark`` is the start time of the last complete projection. The next
    run re-projects everything ingested or changed since ``watermark`` minus a
    safety margin (so rows committed late by a long transaction are still
    caught); projection writes are idempotent, so re-projecting is harmless.
    The watermark moves only after a run finished, so a crash means the next
    run repeats the work.
    """

    name = models.CharField(max_length=64, unique=True)
    watermark = models.DateTimeField(null=True, blank=True)
    last_report = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("состояние проекции")
        verbose_name_plural = _("состояния проекции")

    def __str__(self) -> str:
        return self.name


class InfluenceRun(models.Model):
    """One re-ranking of the whole graph: its parameters, progress and outcome.

    At most one run is active (pending or running) at a time — enforced by a
    partial unique constraint on ``active`` — so a second trigger finds the
    running one instead of starting a parallel run.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("в очереди")
        RUNNING = "running", _("выполняется")
        SUCCEEDED = "succeeded", _("завершён")
        FAILED = "failed", _("ошибка")

    class Stage(models.TextChoices):
        QUEUED = "queued", _("в очереди")
        LOADING = "loading", _("загрузка графа")
        RANKING = "ranking", _("расчёт")
        SAVING = "saving", _("сохранение")
        WRITEBACK = "writeback", _("запись в граф")
        DONE = "done", _("готово")

    status = models.CharField(
        _("статус"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    active = models.BooleanField(_("активен"), default=True, editable=False)
    stage = models.CharField(_("этап"), max_length=16, choices=Stage.choices, default=Stage.QUEUED)
    progress = models.PositiveSmallIntegerField(_("прогресс, %"), default=0)
    trigger = models.CharField(_("запуск"), max_length=16, default="manual")
    triggered_by = models.ForeignKey(
        "auth.User",
        verbose_name=_("кто запустил"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    backend = models.CharField(_("граф"), max_length=16)
    parameters = models.JSONField(_("параметры"), default=dict)
    window_start = models.DateTimeField(_("окно с"), null=True, blank=True)
    window_end = models.DateTimeField(_("окно по"), null=True, blank=True)
    node_count = models.PositiveIntegerField(_("аккаунтов"), default=0)
    edge_count = models.PositiveIntegerField(_("связей"), default=0)
    community_count = models.PositiveIntegerField(_("сообществ"), default=0)
    timings = models.JSONField(_("время этапов, с"), default=dict)
    # What coordination detection found: mode, Δ, threshold, group and account counts.
    coordination = models.JSONField(_("согласованное усиление"), default=dict, blank=True)
    error = models.TextField(_("ошибка"), blank=True)
    task_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(_("создан"), default=timezone.now)
    started_at = models.DateTimeField(_("начат"), null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(_("завершён"), null=True, blank=True)

    class Meta:
        verbose_name = _("расчёт влияния")
        verbose_name_plural = _("расчёты влияния")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["active"], condition=Q(active=True), name="influence_one_active_run"
            ),
            models.CheckConstraint(
                condition=Q(progress__lte=100), name="influence_progress_percent"
            ),
        ]
        indexes = [models.Index(fields=["status", "-finished_at"])]

    def __str__(self) -> str:
        return f"#{self.pk} {self.get_status_display()} ({self.created_at:%Y-%m-%d %H:%M})"


class InfluenceCommunity(models.Model):
    run = models.ForeignKey(InfluenceRun, on_delete=models.CASCADE, related_name="communities")
    number = models.PositiveIntegerField(_("номер"))
    label = models.CharField(_("название"), max_length=300)
    central_account = models.ForeignKey(
        SocialAccount, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    size = models.PositiveIntegerField(_("размер"))

    class Meta:
        verbose_name = _("сообщество")
        verbose_name_plural = _("сообщества")
        ordering = ["run", "number"]
        constraints = [
            models.UniqueConstraint(fields=["run", "number"], name="community_unique_per_run")
        ]

    def __str__(self) -> str:
        return self.label


class InfluenceScore(models.Model):
    """One account's influence in one run: raw and normalised components, the
    score, its place, and who contributed most to it."""

    run = models.ForeignKey(InfluenceRun, on_delete=models.CASCADE, related_name="scores")
    account = models.ForeignKey(SocialAccount, on_delete=models.CASCADE, related_name="scores")
    score = models.FloatField(_("влияние, 0–100"))
    rank = models.PositiveIntegerField(_("место"))
    percentile = models.FloatField(_("перцентиль"))
    pagerank = models.FloatField()
    hub = models.FloatField()
    authority = models.FloatField()
    followers = models.PositiveIntegerField(null=True)
    engagement = models.FloatField(default=0.0)
    kcore = models.PositiveIntegerField(default=0)
    components = models.JSONField(_("нормированные компоненты"), default=dict)
    community = models.PositiveIntegerField(_("сообщество"))
    top_contributors = models.JSONField(_("кто усиливает"), default=list)
    previous_rank = models.PositiveIntegerField(null=True)
    rank_delta = models.IntegerField(_("изменение места"), null=True)
    score_delta = models.FloatField(_("изменение влияния"), null=True)
    # Coordination (graph/ranking/coordination.py): the account's inauthenticity, the
    # signals behind it, its coordinated group (number in the run) and, as a target,
    # what the discount took: {"points", "share", "group", "group_size"}.
    inauthenticity = models.FloatField(_("неподлинность, 0–1"), default=0.0)
    signals = models.JSONField(_("признаки неподлинности"), default=list)
    coordination_group = models.PositiveIntegerField(_("согласованная группа"), null=True)
    coordination = models.JSONField(_("скидка за согласованное усиление"), default=dict)

    class Meta:
        verbose_name = _("оценка влияния")
        verbose_name_plural = _("оценки влияния")
        ordering = ["run", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["run", "account"], name="score_unique_per_run"),
        ]
        indexes = [
            models.Index(fields=["run", "rank"]),
            models.Index(fields=["account", "run"]),
        ]

    def __str__(self) -> str:
        return f"{self.account_id}: {self.score:.1f} (#{self.rank})"


class CoordinationGroup(models.Model):
    """A group of accounts found amplifying the same items within seconds, repeatedly,
    in one run. Its members are the run's scores with this ``coordination_group``."""

    run = models.ForeignKey(
        InfluenceRun, on_delete=models.CASCADE, related_name="coordination_groups"
    )
    number = models.PositiveIntegerField(_("номер"))
    size = models.PositiveIntegerField(_("аккаунтов"))
    items = models.PositiveIntegerField(_("записей, усиленных вместе"))
    bursts = models.PositiveIntegerField(_("согласованных всплесков"))
    mean_inauthenticity = models.FloatField(_("средняя неподлинность"))
    # Whom the group amplifies most: [{"account_id", "share"}] (share of its weight).
    targets = models.JSONField(_("кого усиливает"), default=list)

    class Meta:
        verbose_name = _("согласованная группа")
        verbose_name_plural = _("согласованные группы")
        ordering = ["run", "number"]
        constraints = [
            models.UniqueConstraint(fields=["run", "number"], name="coordination_group_per_run")
        ]

    def __str__(self) -> str:
        return f"#{self.number} ({self.size})"


class CoordinationMark(models.Model):
    """An officer's judgement of an account: genuine or inauthentic. Later runs use it
    (genuine: never grouped or discounted; inauthentic: inauthenticity 1). Audited: every
    change is kept in its history."""

    class Verdict(models.TextChoices):
        GENUINE = "genuine", _("подлинный")
        INAUTHENTIC = "inauthentic", _("неподлинный")

    account = models.OneToOneField(
        SocialAccount,
        verbose_name=_("аккаунт"),
        on_delete=models.CASCADE,
        related_name="coordination_mark",
    )
    verdict = models.CharField(_("решение"), max_length=16, choices=Verdict.choices)
    note = models.TextField(_("комментарий"), blank=True)
    marked_by = models.ForeignKey(
        "auth.User",
        verbose_name=_("кто отметил"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    marked_at = models.DateTimeField(_("когда"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("отметка подлинности")
        verbose_name_plural = _("отметки подлинности")

    def __str__(self) -> str:
        return f"{self.account_id}: {self.verdict}"


class BloggerScore(models.Model):
    """A blogger's influence in one run: the best of their accounts, ranked among bloggers."""

    run = models.ForeignKey(InfluenceRun, on_delete=models.CASCADE, related_name="blogger_scores")
    blogger = models.ForeignKey(
        "crm.Blogger", on_delete=models.CASCADE, related_name="influence_history"
    )
    account = models.ForeignKey(SocialAccount, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField(_("влияние, 0–100"))
    rank = models.PositiveIntegerField(_("место среди блогеров"))
    account_rank = models.PositiveIntegerField(_("место аккаунта"))
    previous_rank = models.PositiveIntegerField(null=True)
    rank_delta = models.IntegerField(_("изменение места"), null=True)
    score_delta = models.FloatField(_("изменение влияния"), null=True)

    class Meta:
        verbose_name = _("влияние блогера")
        verbose_name_plural = _("влияние блогеров")
        ordering = ["run", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["run", "blogger"], name="blogger_score_unique_per_run"),
        ]
        indexes = [models.Index(fields=["blogger", "run"]), models.Index(fields=["run", "rank"])]

    def __str__(self) -> str:
        return f"{self.blogger_id}: {self.score:.1f} (#{self.rank})"


class VkSyncState(models.Model):
    """Where the VK collector stands for one account: cursors, state and last outcome.

    ``wall_cursor`` is the highest post id of the account's wall that has been
    walked down to completely (every newer post stored); it only moves when a
    wall walk finished, so an interrupted sync repeats the walk instead of
    leaving a gap. ``mentions_until`` is the end of the last ``newsfeed.search``
    time window whose results were all stored. ``wall_batch`` is how many wall
    posts one ``execute`` may carry for this account (VK refuses responses that
    are too big; heavy posts need smaller batches). ``gaps`` are older parts of
    the wall a sync left unread (``VK_SYNC_MAX_POSTS``), filled by later syncs.
    A sync claims the row (``lock_owner``/``locked_until``) with a conditional
    update, so two syncs of one account never run at once.
    """

    class Status(models.TextChoices):
        ACTIVE = "active", _("доступен")
        PRIVATE = "private", _("закрытый профиль")
        CLOSED = "closed", _("закрытое сообщество")
        DELETED = "deleted", _("удалён")
        BANNED = "banned", _("заблокирован")

    account = models.OneToOneField(
        SocialAccount, verbose_name=_("аккаунт"), on_delete=models.CASCADE, related_name="vk_sync"
    )
    status = models.CharField(
        _("состояние"), max_length=16, choices=Status.choices, default=Status.ACTIVE
    )
    wall_cursor = models.BigIntegerField(_("последняя запись"), null=True, blank=True)
    mentions_until = models.DateTimeField(_("упоминания найдены по"), null=True, blank=True)
    # Wall posts per ``execute`` that VK last answered without refusing the size.
    wall_batch = models.PositiveIntegerField(_("записей за запрос"), null=True, blank=True)
    # Older parts of the wall still to read: [{"offset", "count", "top_id",
    # "bottom_id", "before", "missing"}], see ``graph.ingest.vk.sync``.
    gaps = models.JSONField(_("пропуски"), default=list, blank=True)
    last_synced_at = models.DateTimeField(_("синхронизирован"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("последний успех"), null=True, blank=True)
    failures = models.PositiveIntegerField(_("неудач подряд"), default=0)
    last_error = models.TextField(_("последняя ошибка"), blank=True)
    last_error_code = models.CharField(_("код ошибки"), max_length=32, blank=True)
    # The sync holding the account (one at a time) and until when, unless renewed.
    lock_owner = models.CharField(max_length=36, blank=True)
    locked_until = models.DateTimeField(null=True, blank=True)
    last_report = models.JSONField(_("итог"), default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("синхронизация ВКонтакте")
        verbose_name_plural = _("синхронизация ВКонтакте")

    def __str__(self) -> str:
        return f"{self.account_id}: {self.status}"


class VkSearchCursor(models.Model):
    """How far ``newsfeed.search`` has been read for one query (a watch topic's
    keyword or phrase): every window up to ``searched_until`` was stored."""

    query = models.CharField(_("запрос"), max_length=300, unique=True)
    searched_until = models.DateTimeField(_("найдено по"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("поиск ВКонтакте")
        verbose_name_plural = _("поиски ВКонтакте")

    def __str__(self) -> str:
        return f"{self.query}: {self.searched_until:%Y-%m-%d %H:%M}"


class EdgeImportJob(models.Model):
    """An uploaded file of edges (CSV / JSON lines / edge list) or of posts (CSV /
    JSON lines) and its import.

    The file's bytes are kept in the database so any worker can process the
    job without a shared disk. A job is claimed with a conditional update
    (pending → running); the import itself is idempotent, so re-running a job
    that died half-way creates nothing twice.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("в очереди")
        RUNNING = "running", _("выполняется")
        SUCCEEDED = "succeeded", _("завершён")
        FAILED = "failed", _("ошибка")

    class Data(models.TextChoices):
        EDGES = "edges", _("связи")
        POSTS = "posts", _("посты")

    status = models.CharField(
        _("статус"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    data = models.CharField(_("данные"), max_length=8, choices=Data.choices, default=Data.EDGES)
    filename = models.CharField(_("файл"), max_length=255)
    format = models.CharField(_("формат"), max_length=16)
    platform = models.CharField(_("платформа"), max_length=16)
    kind = models.CharField(_("тип связей"), max_length=16, blank=True)
    occurred_at = models.DateTimeField(_("время связей списка"), null=True, blank=True)
    content = models.BinaryField(_("содержимое"))
    size = models.PositiveBigIntegerField(_("размер, байт"), default=0)
    progress = models.PositiveSmallIntegerField(_("прогресс, %"), default=0)
    rows_read = models.PositiveIntegerField(_("прочитано строк"), default=0)
    rows_created = models.PositiveIntegerField(_("создано"), default=0)
    rows_present = models.PositiveIntegerField(_("уже были"), default=0)
    rows_rejected = models.PositiveIntegerField(_("отклонено"), default=0)
    new_accounts = models.PositiveIntegerField(_("новых аккаунтов"), default=0)
    error = models.TextField(_("ошибка"), blank=True)
    # The error as a code with parameters, worded by the interface in its language
    # (the codes of graph.ingest.edges.RowError, or "internal" / "interrupted").
    error_code = models.CharField(_("код ошибки"), max_length=32, blank=True)
    error_params = models.JSONField(_("параметры ошибки"), default=dict, blank=True)
    created_by = models.ForeignKey(
        "auth.User",
        verbose_name=_("кто загрузил"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("создан"), default=timezone.now)
    started_at = models.DateTimeField(_("начат"), null=True, blank=True)
    # Set at the claim and after every batch: a running job silent for longer than
    # INFLUENCE_RUN_STALE_SECONDS lost its worker (see graph.services.stale_sweep).
    heartbeat_at = models.DateTimeField(_("последний отчёт"), null=True, blank=True)
    finished_at = models.DateTimeField(_("завершён"), null=True, blank=True)

    class Meta:
        verbose_name = _("импорт связей")
        verbose_name_plural = _("импорты связей")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(progress__lte=100), name="edge_import_progress"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.filename} ({self.get_status_display()})"


class EdgeImportError(models.Model):
    """One rejected row of an import job: where and why (the first
    ``EDGE_IMPORT_ERRORS_KEPT`` of a job are kept; the job counts them all)."""

    job = models.ForeignKey(EdgeImportJob, on_delete=models.CASCADE, related_name="errors")
    line_no = models.PositiveIntegerField(_("строка"))
    reason = models.TextField(_("причина"))
    # The reason as a code with parameters (graph.ingest.edges.RowError), so the
    # interface words it in its own language.
    code = models.CharField(_("код"), max_length=32, blank=True)
    params = models.JSONField(_("параметры"), default=dict, blank=True)

    class Meta:
        verbose_name = _("ошибка импорта")
        verbose_name_plural = _("ошибки импорта")
        ordering = ["job", "line_no", "id"]
        indexes = [models.Index(fields=["job", "line_no"])]

    def __str__(self) -> str:
        return f"line {self.line_no}: {self.reason}"
