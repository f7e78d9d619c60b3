"""Graph writes: influence runs (request, execute, store, denormalise, write back).

The heavy lifting is the pure ``graph.ranking`` core; this module loads its
input from the configured graph backend and the ledger, and stores the result.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from backend.bulk import copy_rows, update_by_pk, values_by_pk
from backend.queue import enqueue_on_commit
from crm.models import Blogger, SocialAccount
from graph.backends import get_backend
from graph.backends.base import (
    EdgeParams,
    GraphBackend,
    GraphUnavailable,
    ScoreRow,
    node_name,
)
from graph.coordination import (
    CoordinationInput,
    coordination_columns,
    coordination_graph,
    coordination_groups_store,
    coordination_summary,
    ledger_events,
)
from graph.models import (
    BloggerScore,
    EdgeImportJob,
    InfluenceCommunity,
    InfluenceRun,
    InfluenceScore,
    Post,
)
from graph.ranking import COMPONENTS, RankingResult, ScoreWeights, rank
from graph.selectors import influence_run_before

log = logging.getLogger(__name__)
SAVE_BATCH = 5000
ProgressFn = Callable[[str, int], None]


class TransientRankingError(Exception):
    """A failure worth retrying (graph store or database briefly unavailable)."""


def score_weights_from_setting(value: str) -> ScoreWeights:
    """Parse ``INFLUENCE_SCORE_WEIGHTS`` ("pagerank=0.45,hub=0.15,…")."""
    weights: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in value.split(","))):
        name, _, number = part.partition("=")
        try:
            weights[name.strip()] = float(number)
        except ValueError as exc:
            raise ValueError(f"INFLUENCE_SCORE_WEIGHTS: {part!r} is not name=number") from exc
    return ScoreWeights(**weights)


def influence_parameters() -> dict[str, Any]:
    """The ranking parameters from settings, stored with every run."""
    return {
        "window_days": settings.INFLUENCE_WINDOW_DAYS,
        "half_life_days": settings.INFLUENCE_HALF_LIFE_DAYS,
        "repost_weight": settings.INFLUENCE_REPOST_WEIGHT,
        "mention_weight": settings.INFLUENCE_MENTION_WEIGHT,
        "score_weights": settings.INFLUENCE_SCORE_WEIGHTS,
        "coordination": settings.INFLUENCE_COORDINATION,
        "coordination_window": settings.INFLUENCE_COORDINATION_WINDOW,
        "damping": 0.85,
        "seed": 0,
    }


def influence_run_request(
    *, trigger: str = "manual", user: Any = None, enqueue: bool = True
) -> tuple[InfluenceRun, bool]:
    """Ask for a re-rank. Returns ``(run, created)``.

    Only one run may be active: when one is pending or running it is returned
    (``created=False``) and nothing new starts. A run whose worker went silent
    for ``INFLUENCE_RUN_STALE_SECONDS`` is marked failed first, so a crashed
    worker cannot block re-ranking forever. With ``enqueue`` the Celery task is
    sent after the transaction commits; when the broker refuses it the run is
    marked failed with the reason and ``QueueUnavailable`` is raised.
    """
    _fail_stale_runs()
    try:
        with transaction.atomic():
            run = InfluenceRun.objects.create(
                trigger=trigger,
                triggered_by=user if getattr(user, "is_authenticated", False) else None,
                backend=settings.GRAPH_BACKEND,
                parameters=influence_parameters(),
            )
            if enqueue:
                from graph.tasks import influence_rerank_task  # graph.tasks imports this module

                enqueue_on_commit(
                    influence_rerank_task,
                    run.pk,
                    on_failure=lambda reason: influence_run_fail(run_id=run.pk, error=reason),
                )
    except IntegrityError:
        active = InfluenceRun.objects.filter(active=True).first()
        if active is None:  # finished between our insert and this read: try once more
            return influence_run_request(trigger=trigger, user=user, enqueue=enqueue)
        return active, False
    return run, True


def _fail_stale_runs() -> int:
    cutoff = timezone.now() - timedelta(seconds=settings.INFLUENCE_RUN_STALE_SECONDS)
    return (
        InfluenceRun.objects.filter(active=True)
        .filter(Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at__isnull=True, created_at__lt=cutoff))
        .update(
            status=InfluenceRun.Status.FAILED,
            active=False,
            error=STALE_ERROR,
            finished_at=timezone.now(),
        )
    )


STALE_ERROR = "Расчёт прерван: исполнитель не отвечал (остановлен или упал)."
STALE_JOB_ERROR = (
    "Импорт прерван: исполнитель не отвечал (остановлен или упал). "
    "Загрузите файл снова: импорт идемпотентен, уже сохранённые связи не удвоятся."
)


def stale_sweep() -> dict[str, int]:
    """Mark runs and edge import jobs whose worker has been silent for
    ``INFLUENCE_RUN_STALE_SECONDS`` failed, with the reason. Idempotent; run by beat."""
    cutoff = timezone.now() - timedelta(seconds=settings.INFLUENCE_RUN_STALE_SECONDS)
    jobs = (
        EdgeImportJob.objects.filter(status=EdgeImportJob.Status.RUNNING)
        .filter(Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at__isnull=True, started_at__lt=cutoff))
        .update(
            status=EdgeImportJob.Status.FAILED, error=STALE_JOB_ERROR, finished_at=timezone.now()
        )
    )
    return {"runs": _fail_stale_runs(), "edge_import_jobs": jobs}


def _claim(run_id: int) -> bool:
    """Take the run: pending → running. Zero rows changed means someone else has it."""
    now = timezone.now()
    return bool(
        InfluenceRun.objects.filter(pk=run_id, status=InfluenceRun.Status.PENDING).update(
            status=InfluenceRun.Status.RUNNING, started_at=now, heartbeat_at=now
        )
    )


def _report(run: InfluenceRun, stage: str, progress: int) -> None:
    run.stage, run.progress = stage, progress
    InfluenceRun.objects.filter(pk=run.pk).update(
        stage=stage, progress=progress, heartbeat_at=timezone.now()
    )


@dataclass
class LoadedGraph:
    account_ids: np.ndarray  # index → SocialAccount.pk
    src: np.ndarray
    dst: np.ndarray
    weight: np.ndarray
    followers: np.ndarray
    engagement: np.ndarray
    window_start: datetime
    window_end: datetime
    out_weight: np.ndarray | None = None  # PageRank's divisor (discounted edges)
    coordination: CoordinationInput | None = None


def influence_graph_load(
    *, backend: GraphBackend, parameters: dict[str, Any], now: datetime
) -> LoadedGraph:
    """The ranking input: decayed edges from the backend plus node features.

    Nodes are every account with an edge in the window plus every account
    linked to a blogger (so a blogger with no amplification still gets a
    place). Engagement is the median of (likes + reposts + comments) /
    followers over the account's posts published in the window.

    With coordination on (``parameters["coordination"]`` ``discount`` or ``detect``)
    the edges are aggregated from the ledger's events, whatever the backend: detection
    needs each event's item, which only the ledger holds, and reading the events once
    serves both (the backends' edge lists are the same aggregation of the same events).
    """
    since = now - timedelta(days=parameters["window_days"])
    mode = parameters.get("coordination", "off")
    tracked = np.fromiter(
        SocialAccount.objects.filter(blogger__isnull=False).values_list("pk", flat=True),
        dtype=np.int64,
    )
    coordination: CoordinationInput | None = None
    out_weight: np.ndarray | None = None
    if mode == "off":
        edges = backend.edge_list(
            EdgeParams(
                now=now,
                since=since,
                until=now,
                half_life_days=parameters["half_life_days"],
                repost_weight=parameters["repost_weight"],
                mention_weight=parameters["mention_weight"],
            )
        )
        account_ids = np.unique(np.concatenate([edges.src, edges.dst, tracked]))
        src = np.searchsorted(account_ids, edges.src)
        dst = np.searchsorted(account_ids, edges.dst)
        weight = edges.weight
    else:
        events = ledger_events(
            since=since,
            until=now,
            repost_weight=parameters["repost_weight"],
            mention_weight=parameters["mention_weight"],
        )
        account_ids = np.unique(np.concatenate([events.src, events.dst, tracked]))
        coordination = coordination_graph(
            events=events, account_ids=account_ids, parameters=parameters, now=now, since=since
        )
        found = coordination.edges
        src, dst = found.src, found.dst
        weight = found.weight if mode == "discount" else found.raw
        out_weight = found.out_weight if mode == "discount" else None

    followers = np.zeros(account_ids.size, dtype=np.float64)
    known = np.array(
        [
            row
            for row in values_by_pk(SocialAccount, account_ids.tolist(), ["followers"])
            if row[1] is not None
        ],
        dtype=np.float64,
    ).reshape(-1, 2)
    followers[np.searchsorted(account_ids, known[:, 0].astype(np.int64))] = known[:, 1]

    engagement = np.zeros(account_ids.size, dtype=np.float64)
    posts = (
        Post.objects.filter(
            published_at__gte=since, published_at__lte=now, account__followers__gt=0
        )
        .annotate(total=F("likes") + F("reposts") + F("comments"))
        .values_list("account_id", "total", "account__followers")
        .order_by("account_id")
    )
    rows = np.array(list(posts.iterator(chunk_size=20000)), dtype=np.float64).reshape(-1, 3)
    if rows.size:
        owners = rows[:, 0].astype(np.int64)
        ratios = rows[:, 1] / rows[:, 2]
        boundaries = np.flatnonzero(np.diff(owners)) + 1
        for group_owners, group in zip(
            np.split(owners, boundaries), np.split(ratios, boundaries), strict=True
        ):
            index = np.searchsorted(account_ids, group_owners[0])
            if index < account_ids.size and account_ids[index] == group_owners[0]:
                engagement[index] = float(np.median(group))
    return LoadedGraph(
        account_ids,
        src,
        dst,
        weight,
        followers,
        engagement,
        since,
        now,
        out_weight=out_weight,
        coordination=coordination,
    )


def influence_run_execute(
    *, run_id: int, progress: ProgressFn | None = None, now: datetime | None = None
) -> InfluenceRun:
    """Compute and store one run (the body of ``influence_rerank_task``).

    Claims the run first (pending → running); if it cannot, returns the run
    untouched. Transient failures put the run back to pending and raise
    ``TransientRankingError`` for the caller to retry; any other failure marks
    it failed with the error. Deterministic: the same ledger and parameters
    give the same scores and communities.
    """
    if not _claim(run_id):
        return InfluenceRun.objects.get(pk=run_id)
    run = InfluenceRun.objects.get(pk=run_id)
    timings: dict[str, float] = {}

    def stage(name: str, percent: int) -> None:
        _report(run, name, percent)
        if progress:
            progress(name, percent)

    try:
        clock = time.perf_counter()
        stage(InfluenceRun.Stage.LOADING, 5)
        backend = get_backend(run.backend)
        graph = influence_graph_load(
            backend=backend, parameters=run.parameters, now=now or timezone.now()
        )
        timings["load"] = round(time.perf_counter() - clock, 3)
        if graph.coordination is not None:
            timings["coordination"] = round(graph.coordination.seconds, 3)

        clock = time.perf_counter()
        stage(InfluenceRun.Stage.RANKING, 35)
        result = rank(
            graph.src,
            graph.dst,
            graph.weight,
            int(graph.account_ids.size),
            followers=graph.followers,
            engagement=graph.engagement,
            weights=score_weights_from_setting(run.parameters["score_weights"]),
            damping=run.parameters["damping"],
            seed=run.parameters["seed"],
            out_weight=graph.out_weight,
        )
        timings["rank"] = round(time.perf_counter() - clock, 3)

        clock = time.perf_counter()
        stage(InfluenceRun.Stage.SAVING, 60)
        _store(run, graph, result)
        timings["save"] = round(time.perf_counter() - clock, 3)

        clock = time.perf_counter()
        stage(InfluenceRun.Stage.WRITEBACK, 90)
        _scores_write_back(backend, run)
        timings["writeback"] = round(time.perf_counter() - clock, 3)
    except (GraphUnavailable, TransientRankingError) as exc:
        InfluenceRun.objects.filter(pk=run.pk).update(
            status=InfluenceRun.Status.PENDING,
            stage=InfluenceRun.Stage.QUEUED,
            progress=0,
            error=str(exc),
        )
        raise TransientRankingError(str(exc)) from exc
    except Exception as exc:
        log.exception("influence run %s failed", run.pk)
        InfluenceRun.objects.filter(pk=run.pk).update(
            status=InfluenceRun.Status.FAILED,
            active=False,
            finished_at=timezone.now(),
            error=f"{type(exc).__name__}: {exc}",
        )
        run.refresh_from_db()
        return run

    InfluenceRun.objects.filter(pk=run.pk).update(
        status=InfluenceRun.Status.SUCCEEDED,
        active=False,
        stage=InfluenceRun.Stage.DONE,
        progress=100,
        finished_at=timezone.now(),
        timings=timings,
        error="",
        window_start=graph.window_start,
        window_end=graph.window_end,
        node_count=int(graph.account_ids.size),
        edge_count=int(graph.src.size),
        community_count=int(result.community.max() + 1) if result.community.size else 0,
        coordination=coordination_summary(graph.coordination) if graph.coordination else {},
    )
    run.refresh_from_db()
    if progress:
        progress(InfluenceRun.Stage.DONE, 100)
    return run


def influence_run_fail(*, run_id: int, error: str) -> None:
    """Give up on a run (retries exhausted)."""
    InfluenceRun.objects.filter(pk=run_id, active=True).update(
        status=InfluenceRun.Status.FAILED, active=False, finished_at=timezone.now(), error=error
    )


@dataclass(frozen=True)
class _RankChanges:
    """Changes against the previous run, one value per ranked item (None for an
    item that run did not rank)."""

    previous_rank: list[int | None]
    rank_delta: list[int | None]  # previous rank − rank now: positive means moved up
    score_delta: list[float | None]


def _rank_changes(
    before: dict[int, tuple[int, float]], keys: list[int], ranks: list[int], scores: list[float]
) -> _RankChanges:
    """Rank and score changes of ``keys`` (ranked ``ranks`` with ``scores`` now)
    against ``before``: key → (rank, score) in the previous run."""
    then = [before.get(key) for key in keys]
    return _RankChanges(
        previous_rank=[b[0] if b else None for b in then],
        rank_delta=[b[0] - r if b else None for b, r in zip(then, ranks, strict=True)],
        score_delta=[round(s - b[1], 6) if b else None for b, s in zip(then, scores, strict=True)],
    )


@transaction.atomic
def _store(run: InfluenceRun, graph: LoadedGraph, result: RankingResult) -> None:
    """Store what a run produced — communities, one score per account, one per
    blogger, the latest values copied onto accounts and bloggers — in one
    transaction: a run's results appear all at once or not at all. A retry of the run
    (its write-back to the graph store failed after the store) replaces what it stored."""
    for rows in (run.scores, run.blogger_scores, run.communities, run.coordination_groups):
        rows.all().delete()
    previous = influence_run_before(run=run)
    account_ids = graph.account_ids.tolist()
    before: dict[int, tuple[int, float]] = {}
    if previous is not None:
        before = {
            a: (r, s) for a, r, s in previous.scores.values_list("account_id", "rank", "score")
        }
    changes = _rank_changes(before, account_ids, result.rank.tolist(), result.score.tolist())

    labels = _communities_store(run, account_ids, result)
    if graph.coordination is not None:
        coordination_groups_store(run, graph.account_ids, graph.coordination)
    _account_scores_store(run, graph, result, changes)
    blogger_scores = _blogger_scores_store(run, account_ids, result, previous)
    _account_latest_copy(run, account_ids, result, changes.rank_delta, labels)
    _blogger_latest_copy(run, blogger_scores)


def _communities_store(
    run: InfluenceRun, account_ids: list[int], result: RankingResult
) -> list[str]:
    """One ``InfluenceCommunity`` per community found, labelled by the name of its
    most central member. Returns the labels, indexed by community number."""
    centrals = [account_ids[i] for i in result.community_center.tolist()]
    names = {
        pk: node_name(display, screen, ext)
        for pk, display, screen, ext in values_by_pk(
            SocialAccount, centrals, ["display_name", "screen_name", "external_id"]
        )
    }
    sizes = np.bincount(result.community, minlength=len(centrals)).tolist()
    communities = [
        InfluenceCommunity(
            run=run, number=number, label=names[pk], central_account_id=pk, size=sizes[number]
        )
        for number, pk in enumerate(centrals)
    ]
    InfluenceCommunity.objects.bulk_create(communities, batch_size=SAVE_BATCH)
    return [c.label for c in communities]


def _account_scores_store(
    run: InfluenceRun, graph: LoadedGraph, result: RankingResult, changes: _RankChanges
) -> None:
    """One ``InfluenceScore`` per ranked account: score, rank, components, community,
    top contributors and the changes against the previous run. Written column-wise
    (``COPY`` on PostgreSQL); the run must have no scores yet."""
    ids = graph.account_ids
    contributor_ids = np.where(
        result.top_contributors >= 0, ids[np.maximum(result.top_contributors, 0)], -1
    ).tolist()
    contributor_shares = np.round(result.top_contributor_shares, 6).tolist()
    coordination: dict[str, list[Any]] = {
        "inauthenticity": [0.0] * ids.size,
        "signals": [[] for _ in range(ids.size)],
        "coordination_group": [None] * ids.size,
        "coordination": [{} for _ in range(ids.size)],
    }
    if graph.coordination is not None:
        columns = coordination_columns(graph.coordination, result)
        coordination = {
            "inauthenticity": columns.inauthenticity,
            "signals": columns.signals,
            "coordination_group": columns.group,
            "coordination": columns.coordination,
        }
    copy_rows(
        InfluenceScore,
        {
            **coordination,
            "run_id": [run.pk] * ids.size,
            "account_id": ids.tolist(),
            "score": result.score.tolist(),
            "rank": result.rank.tolist(),
            "percentile": result.percentile.tolist(),
            "pagerank": result.pagerank.tolist(),
            "hub": result.hub.tolist(),
            "authority": result.authority.tolist(),
            "followers": [f or None for f in graph.followers.astype(np.int64).tolist()],
            "engagement": graph.engagement.tolist(),
            "kcore": result.kcore.tolist(),
            "components": [
                dict(zip(COMPONENTS, row, strict=True))
                for row in np.round(result.components, 6).tolist()
            ],
            "community": result.community.tolist(),
            "top_contributors": [
                [
                    {"account_id": j, "share": share}
                    for j, share in zip(row_ids, row_shares, strict=True)
                    if j >= 0 and share > 0
                ]
                for row_ids, row_shares in zip(contributor_ids, contributor_shares, strict=True)
            ],
            "previous_rank": changes.previous_rank,
            "rank_delta": changes.rank_delta,
            "score_delta": changes.score_delta,
        },
    )


def _blogger_scores_store(
    run: InfluenceRun, account_ids: list[int], result: RankingResult, previous: InfluenceRun | None
) -> list[BloggerScore]:
    """One ``BloggerScore`` per blogger with a ranked account. A blogger's best
    account (highest score, then best rank) stands for it; bloggers are ranked
    among themselves by that account's score (ties: its rank, then blogger id).
    Returns the scores in rank order."""
    score, rank_now = result.score.tolist(), result.rank.tolist()
    owner = dict(values_by_pk(SocialAccount, account_ids, ["blogger"]))
    best: dict[int, int] = {}  # blogger id → index of its best account
    for i, account_id in enumerate(account_ids):
        blogger_id = owner[account_id]
        if blogger_id is None:
            continue
        j = best.get(blogger_id)
        if j is None or (score[i], -rank_now[i]) > (score[j], -rank_now[j]):
            best[blogger_id] = i
    ordered = sorted(best.items(), key=lambda item: (-score[item[1]], rank_now[item[1]], item[0]))

    before: dict[int, tuple[int, float]] = {}
    if previous is not None:
        before = {
            b: (r, s)
            for b, r, s in previous.blogger_scores.values_list("blogger_id", "rank", "score")
        }
    positions = list(range(1, len(ordered) + 1))
    changes = _rank_changes(
        before, [blogger_id for blogger_id, _ in ordered], positions, [score[i] for _, i in ordered]
    )
    blogger_scores = [
        BloggerScore(
            run=run,
            blogger_id=blogger_id,
            account_id=account_ids[i],
            score=score[i],
            rank=position,
            account_rank=rank_now[i],
            previous_rank=previous_rank,
            rank_delta=rank_delta,
            score_delta=score_delta,
        )
        for (blogger_id, i), position, previous_rank, rank_delta, score_delta in zip(
            ordered,
            positions,
            changes.previous_rank,
            changes.rank_delta,
            changes.score_delta,
            strict=True,
        )
    ]
    BloggerScore.objects.bulk_create(blogger_scores, batch_size=SAVE_BATCH)
    return blogger_scores


def _account_latest_copy(
    run: InfluenceRun,
    account_ids: list[int],
    result: RankingResult,
    rank_delta: list[int | None],
    labels: list[str],
) -> None:
    """Copy the run's score, rank, rank change and community label onto the ranked
    accounts (so lists sort and filter on them without a join), and clear them on
    accounts this run did not rank."""
    ranked_now = InfluenceScore.objects.filter(run=run).values("account_id")
    SocialAccount.objects.filter(influence_rank__isnull=False).exclude(pk__in=ranked_now).update(
        influence_score=None, influence_rank=None, influence_rank_delta=None, community_label=""
    )
    update_by_pk(
        SocialAccount,
        account_ids,
        {
            "influence_score": result.score.tolist(),
            "influence_rank": result.rank.tolist(),
            "influence_rank_delta": rank_delta,
            "community_label": [labels[c] for c in result.community.tolist()],
        },
    )


def _blogger_latest_copy(run: InfluenceRun, blogger_scores: list[BloggerScore]) -> None:
    """Copy the run's blogger scores, ranks and rank changes onto the bloggers, and
    clear them on bloggers this run did not rank."""
    ranked_now = BloggerScore.objects.filter(run=run).values("blogger_id")
    Blogger.objects.filter(influence_rank__isnull=False).exclude(pk__in=ranked_now).update(
        influence_score=None, influence_rank=None, influence_rank_delta=None
    )
    update_by_pk(
        Blogger,
        [b.blogger_id for b in blogger_scores],
        {
            "influence_score": [b.score for b in blogger_scores],
            "influence_rank": [b.rank for b in blogger_scores],
            "influence_rank_delta": [b.rank_delta for b in blogger_scores],
        },
    )


def _scores_write_back(backend: GraphBackend, run: InfluenceRun) -> None:
    """Hand the run's stored scores to the graph store (a no-op on ``sql``, whose
    graph is the ledger). The rows are read lazily, in batches, only if the
    backend writes them."""
    rows = (
        run.scores.values_list("account_id", "score", "rank", "community")
        .order_by("account_id")
        .iterator(chunk_size=SAVE_BATCH)
    )
    backend.write_back_scores(
        (ScoreRow(account_id=a, score=s, rank=r, community=c) for a, s, r, c in rows),
        run_id=run.pk,
    )


def graph_project() -> dict[str, Any]:
    """Bring the configured graph store up to date with the ledger.

    Incremental and idempotent (see ``GraphBackend.project``); the ``sql``
    backend reads the ledger directly, so there is nothing to project.
    Raises ``GraphUnavailable`` when the store cannot be reached.
    """
    report = get_backend().project()
    if report is None:
        return {"backend": settings.GRAPH_BACKEND, "projected": False}
    return {
        "backend": settings.GRAPH_BACKEND,
        "projected": True,
        "accounts": report.accounts,
        "posts": report.posts,
        "events": report.events,
    }
