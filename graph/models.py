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

from crm.models import SocialAccount


class Post(models.Model):
    account = models.ForeignKey(
        SocialAccount, verbose_name=_("автор"), on_delete=models.CASCADE, related_name="posts"
    )
    external_id = models.CharField(_("ID записи"), max_length=64)
    published_at = models.DateTimeField(_("опубликована"), null=True, blank=True)
    url = models.URLField(_("ссылка"), max_length=500, blank=True)
    text_excerpt = models.CharField(_("начало текста"), max_length=500, blank=True)
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

    key = models.CharField(_("ключ наблюдения"), max_length=200, unique=True)
    reposter = models.ForeignKey(
        SocialAccount, verbose_name=_("кто репостнул"), on_delete=models.CASCADE, related_name="+"
    )
    author = models.ForeignKey(
        SocialAccount, verbose_name=_("автор оригинала"), on_delete=models.CASCADE, related_name="+"
    )
    original_post = models.ForeignKey(
        Post,
        verbose_name=_("оригинал"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="repost_events",
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
            models.CheckConstraint(condition=Q(weight__gte=1), name="repost_weight_positive")
        ]

    def __str__(self) -> str:
        return f"{self.reposter_id} → {self.author_id} ({self.occurred_at:%Y-%m-%d})"


class Mention(models.Model):
    """``source`` mentioned ``target`` (in ``source_post`` when known)."""

    key = models.CharField(_("ключ наблюдения"), max_length=200, unique=True)
    source = models.ForeignKey(
        SocialAccount, verbose_name=_("кто упомянул"), on_delete=models.CASCADE, related_name="+"
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
        SocialAccount, verbose_name=_("кого упомянули"), on_delete=models.CASCADE, related_name="+"
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
            models.CheckConstraint(condition=Q(weight__gte=1), name="mention_weight_positive")
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
