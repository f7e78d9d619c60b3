"""Problem signals: bursts of analysed posts per (watch topic, territory) and of
similar posts on no topic, and the incidents they open or join.

A scan reads the analysed posts of the last ``history_weeks`` weeks, bins them in
60-minute windows ending at the scan time (``as_of``), and runs
``monitoring.bursts`` on every series at once. A burst becomes a problem when its
posts are negative enough (``bursts.problem_hour``; greeting floods never are); it
opens an incident, or joins the open incident of the same series whose last post
is at most ``JOIN_GAP`` older than the burst (the same problem going on). Scans are
idempotent (re-run, they open nothing twice) and never run two at a time (a
PostgreSQL advisory lock).
"""

from __future__ import annotations

import logging
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np
from django.db import connection, transaction
from django.db.models import Count, Max, QuerySet
from django.utils import timezone

from crm.models import SocialAccount, Territory
from graph.models import Repost
from monitoring.bursts import Burst, BurstParams, combined_reach, problem_hour, replay, severity
from monitoring.clusters import cluster_posts
from monitoring.events import incidents_detected
from monitoring.incidents import incident_deadlines_plan
from monitoring.models import Incident, PostAnalysis, WatchTopic
from monitoring.services import posts_analyse
from monitoring.topics import common_lemmas

log = logging.getLogger(__name__)

HOUR = timedelta(hours=1)
JOIN_GAP = timedelta(hours=48)  # quieter than this, the same series' next burst is a new problem
JOIN_SHARE = 0.25  # a burst with this share of its posts in an incident is that incident
CLUSTER_WINDOW = timedelta(hours=48)
CLUSTER_MIN_WORD = 4  # clusters compare content words: shorter lemmas are mostly function words
SCAN_LOCK = 725_310_416  # pg_advisory_xact_lock key of the scan


@dataclass(frozen=True)
class Series:
    """What one row of the counts matrix counts: a topic in a territory, or a cluster."""

    key: str
    topic_id: int | None = None
    territory_id: int | None = None
    title: str = ""


@dataclass
class _Window:
    """The analysed posts of a scan's window, binned by hour (column 0 starts at ``start``)."""

    start: datetime
    hours: int
    series: list[Series] = field(default_factory=list)
    posts: list[list[tuple[int, int, bool]]] = field(default_factory=list)  # (post, hour, neg)

    def matrices(self) -> tuple[np.ndarray, np.ndarray]:
        counts = np.zeros((len(self.series), self.hours), dtype=np.int64)
        negative = np.zeros_like(counts)
        for row, posts in enumerate(self.posts):
            for _, hour, is_negative in posts:
                counts[row, hour] += 1
                negative[row, hour] += is_negative
        return counts, negative


@dataclass(frozen=True)
class ScanReport:
    analysed: int
    bursts: int
    opened: list[int]
    joined: list[int]


def signals_scan(
    *, as_of: datetime | None = None, params: BurstParams | None = None, analyse: bool = True
) -> ScanReport:
    """Detect as if now were ``as_of`` (default: now), from posts published before it,
    and open or join incidents (``detected_at`` = ``as_of``). Analyses new posts first.
    A scan of the present sends ``incidents_detected`` (alerts follow)."""
    live = as_of is None  # only a scan of the present alerts anyone
    report = _detect(
        as_of=as_of or timezone.now(), from_hour_offset=1, params=params, analyse=analyse
    )
    if live and (report.opened or report.joined):
        incidents_detected.send(sender=signals_scan, opened=report.opened, joined=report.joined)
    return report


def signals_replay(
    *, start: datetime, end: datetime, params: BurstParams | None = None, analyse: bool = True
) -> ScanReport:
    """A backtest: what hourly scans from ``start`` to ``end`` would have opened, each
    incident detected at the end of the hour that opened it."""
    hours = max(1, int((end - start) / HOUR))
    return _detect(
        as_of=start + hours * HOUR, from_hour_offset=hours, params=params, analyse=analyse
    )


def _detect(
    *, as_of: datetime, from_hour_offset: int, params: BurstParams | None, analyse: bool
) -> ScanReport:
    params = params or BurstParams()
    analysed = posts_analyse().analysed if analyse else 0
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [SCAN_LOCK])
        window = _window(
            as_of,
            history_hours=params.history_weeks * 7 * 24 + from_hour_offset,
            clusters_since=as_of - from_hour_offset * HOUR - CLUSTER_WINDOW,
        )
        counts, negative = window.matrices()
        events = replay(counts, window.hours - from_hour_offset, window.hours, params=params)
        opened: list[int] = []
        joined: list[int] = []
        for burst in sorted(events, key=lambda b: (b.detected_hour, b.series)):
            hour = problem_hour(burst, counts[burst.series], negative[burst.series], params=params)
            if hour is None:
                continue  # a positive wave
            incident, created = _open_or_join(window, burst, hour)
            (opened if created else joined).append(incident.pk)
    return ScanReport(analysed, len(events), opened, sorted(set(joined) - set(opened)))


def _window(as_of: datetime, *, history_hours: int, clusters_since: datetime) -> _Window:
    """The analysed posts of the ``history_hours`` hours before ``as_of``: one series
    per (topic, territory) that has posts, then one per cluster of similar posts on
    no topic published since ``clusters_since``."""
    start = as_of - history_hours * HOUR
    window = _Window(start=start, hours=history_hours)
    analyses = PostAnalysis.objects.filter(published_at__gte=start, published_at__lt=as_of)
    through = PostAnalysis.topics.through.objects.filter(
        postanalysis__published_at__gte=start, postanalysis__published_at__lt=as_of
    )
    topics = dict(WatchTopic.objects.values_list("id", "name"))
    rows: dict[tuple[int, int | None], list[tuple[int, int, bool]]] = defaultdict(list)
    for post_id, topic_id, territory_id, published, needs in through.values_list(
        "postanalysis_id",
        "watchtopic_id",
        "postanalysis__territory_id",
        "postanalysis__published_at",
        "postanalysis__needs_response",
    ).order_by("postanalysis__published_at"):
        rows[(topic_id, territory_id)].append((post_id, (published - start) // HOUR, needs))
    names = _territory_names({territory for _, territory in rows})
    for (topic, place), posts in sorted(rows.items(), key=lambda kv: str(kv[0])):
        where = names.get(place, "территория не указана")
        window.series.append(
            Series(
                f"topic:{topic}:{place or '-'}", topic, place, f"{topics.get(topic, '')} — {where}"
            )
        )
        window.posts.append(posts)
    _add_clusters(window, analyses.filter(topics=None, published_at__gte=clusters_since))
    return window


def _add_clusters(window: _Window, analyses: QuerySet[PostAnalysis]) -> None:
    common = common_lemmas()
    items = [
        (
            post_id,
            published,
            [w for w in lemmas.split() if len(w) >= CLUSTER_MIN_WORD and w not in common],
        )
        for post_id, published, lemmas in analyses.values_list("post_id", "published_at", "lemmas")
    ]
    needs = dict(analyses.values_list("post_id", "needs_response"))
    territories = dict(analyses.values_list("post_id", "territory_id"))
    texts = dict(analyses.values_list("post_id", "post__text"))
    for cluster in cluster_posts(items, window=CLUSTER_WINDOW):
        ids = [int(str(p)) for p in cluster.post_ids]
        places = [territories[p] for p in ids if territories[p] is not None]
        territory = max(set(places), key=places.count) if places else None
        window.series.append(
            Series(f"cluster:{min(ids)}", None, territory, _headline(texts[ids[0]]))
        )
        window.posts.append(
            [
                (post_id, (published - window.start) // HOUR, needs[post_id])
                for post_id, published in zip(ids, cluster.published, strict=True)
            ]
        )


def _headline(text: str, words: int = 10) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _territory_names(ids: set[int | None]) -> dict[int | None, str]:
    return dict(Territory.objects.filter(pk__in=[i for i in ids if i]).values_list("pk", "name"))


def _open_or_join(window: _Window, burst: Burst, hour: int) -> tuple[Incident, bool]:
    """The incident of ``burst``, a problem from ``hour`` on: the open one of its series
    when it went on recently (posts joined), else a new one."""
    series = window.series[burst.series]
    detected_at = window.start + (hour + 1) * HOUR
    # Every post of the burst as far as the scan saw it go on (a replay sees its end).
    last = max(hour, burst.last_hour)
    post_ids = [p for p, h, _ in window.posts[burst.series] if burst.first_hour <= h <= last]
    started_at = window.start + burst.first_hour * HOUR
    incident = _same_problem(series, post_ids, since=started_at - JOIN_GAP)
    created = incident is None
    if incident is None:
        incident = Incident(
            title=series.title[:300],
            topic_id=series.topic_id,
            territory_id=series.territory_id,
            series_key=series.key,
            started_at=started_at,
            detected_at=detected_at,
            last_post_at=started_at,
        )
    negative = [n for p, h, n in window.posts[burst.series] if burst.first_hour <= h <= last]
    share = sum(negative) / max(len(negative), 1)
    reach = combined_reach(_influence_scores(post_ids))
    topics = WatchTopic.objects.filter(pk=series.topic_id or 0)
    weight = topics.values_list("weight", flat=True).first()
    incident.significance = max(incident.significance, burst.significance)
    incident.negative_share = share
    incident.reach = reach
    incident.severity = max(
        incident.severity, min(100.0, severity(burst.significance, share, reach) * (weight or 1.0))
    )
    if created:
        incident_deadlines_plan(incident, set_priority=True)
    incident.save()
    incident.posts.add(*post_ids)
    _refresh_counts(incident)
    return incident, created


def _same_problem(series: Series, post_ids: list[int], *, since: datetime) -> Incident | None:
    """The open incident, active since ``since``, that a burst of ``series`` with these
    posts belongs to: its own series' incident; else one already holding a good share
    of the posts (one problem matching several topics: «прорыв теплотрассы» is heating
    and an accident); else, for posts with no territory, the topic's incident."""
    recent = Incident.objects.filter(is_open=True, last_post_at__gte=since)
    own = recent.filter(series_key=series.key).order_by("-detected_at").first()
    if own is not None:
        return own
    shared = (
        recent.filter(posts__in=post_ids)
        .annotate(shared=Count("posts"))
        .filter(shared__gte=max(1, math.ceil(len(post_ids) * JOIN_SHARE)))
        .order_by("-shared", "-severity")
        .first()
    )
    if shared is not None or series.territory_id is not None or series.topic_id is None:
        return shared
    return recent.filter(topic_id=series.topic_id).order_by("-severity").first()


def _influence_scores(post_ids: Sequence[int]) -> list[float]:
    """Latest influence scores of the posts' authors and of who reposted them."""
    authors = set(
        PostAnalysis.objects.filter(post_id__in=post_ids).values_list("post__account_id", flat=True)
    )
    amplifiers = set(
        Repost.objects.filter(original_post_id__in=post_ids).values_list("reposter_id", flat=True)
    )
    scores = SocialAccount.objects.filter(
        pk__in=authors | amplifiers, influence_score__isnull=False
    ).values_list("influence_score", flat=True)
    return [float(score) for score in scores if score is not None]


def _refresh_counts(incident: Incident) -> None:
    posts = incident.posts.all()
    incident.post_count = posts.count()
    incident.author_count = posts.values("account_id").distinct().count()
    incident.last_post_at = posts.aggregate(last=Max("analysis__published_at"))["last"] or (
        incident.started_at
    )
    incident.save(update_fields=["post_count", "author_count", "last_post_at", "updated_at"])
