"""Coordinated amplification on the ledger: loading what detection needs, storing what
it found, and officers' marks.

The pure core is ``graph.ranking.coordination``; this module reads the ledger's events
with their items (the post reposted, or the account mentioned), the profile signals of
the accounts and the officers' marks, and stores groups and per-account results with a
run. ``INFLUENCE_COORDINATION`` chooses the mode: ``discount`` (the score discounts
coordinated amplification), ``detect`` (groups are found and shown, the score is the
plain one) or ``off``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
from django.db import transaction
from django.db.models import Count, F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from backend.bulk import values_by_pk
from crm.models import SocialAccount
from graph.backends.base import LN2, to_micros
from graph.backends.ledger import event_rows
from graph.models import (
    CoordinationGroup,
    CoordinationMark,
    InfluenceRun,
    Mention,
    Post,
    Repost,
    VkSyncState,
)
from graph.ranking.coordination import (
    MARK_GENUINE,
    MARK_INAUTHENTIC,
    NO_MARK,
    SIGNALS,
    Coordination,
    CoordinationParams,
    Discounted,
    detect,
    discount,
    inauthenticity,
    lost_points,
    profile_signals,
)
from graph.ranking.score import RankingResult

MODES = ("discount", "detect", "off")
SIGNAL_SHOWN = 0.5  # a signal at least this strong is listed in the explanation
TARGETS_KEPT = 5


@dataclass(frozen=True)
class LedgerEvents:
    """Every amplification event in a window: account ids, item, time, count, type weight."""

    src: np.ndarray
    dst: np.ndarray
    item: np.ndarray  # a post id (> 0), or −account id when no post is known
    at_us: np.ndarray
    count: np.ndarray
    type_weight: np.ndarray


def ledger_events(
    *, since: datetime, until: datetime, repost_weight: float, mention_weight: float
) -> LedgerEvents:
    """The window's reposts (item: the original post, else −author) and mentions (item:
    −target), self-loops left out. Two queries, straight into numpy."""
    window = Q(occurred_at__gte=since, occurred_at__lte=until)
    reposts = event_rows(
        Repost.objects.filter(window)
        .exclude(reposter_id=F("author_id"))
        .annotate(item=Coalesce("original_post_id", -F("author_id"))),
        "reposter_id",
        "author_id",
        "item",
    )
    mentions = event_rows(
        Mention.objects.filter(window)
        .exclude(source_id=F("target_id"))
        .annotate(item=-F("target_id")),
        "source_id",
        "target_id",
        "item",
    )
    rows = np.concatenate([reposts, mentions]) if mentions.size else reposts
    types = np.r_[
        np.full(reposts.shape[0], repost_weight), np.full(mentions.shape[0], mention_weight)
    ]
    return LedgerEvents(rows[:, 0], rows[:, 1], rows[:, 4], rows[:, 2], rows[:, 3], types)


def account_signals(
    account_ids: np.ndarray,
    *,
    actor: np.ndarray,
    target: np.ndarray,
    at_us: np.ndarray,
    count: np.ndarray,
    now: datetime,
    since: datetime,
) -> np.ndarray:
    """Per account the profile signals of ``profile_signals``, with followers, own posts
    in the window and the VK page state read from the database (three queries)."""
    n = account_ids.size
    followers = np.full(n, np.nan)
    for pk, audience in values_by_pk(SocialAccount, account_ids.tolist(), ["followers"]):
        if audience is not None:
            followers[np.searchsorted(account_ids, pk)] = audience
    authors = np.fromiter(
        Post.objects.filter(published_at__gte=since, published_at__lte=now)
        .values("account_id")
        .annotate(n=Count("pk"))
        .values_list("account_id", flat=True)
        .iterator(chunk_size=20000),
        dtype=np.int64,
    )
    posting = np.zeros(n, dtype=bool)
    place = np.searchsorted(account_ids, authors)
    inside = place < n
    place, authors = place[inside], authors[inside]
    posting[place[account_ids[place] == authors]] = True
    state: dict[str, float] = {
        VkSyncState.Status.DELETED: 1.0,
        VkSyncState.Status.BANNED: 1.0,
        VkSyncState.Status.CLOSED: 0.5,
        VkSyncState.Status.PRIVATE: 0.5,
    }
    blocked = np.zeros(n)
    for pk, status in VkSyncState.objects.exclude(status=VkSyncState.Status.ACTIVE).values_list(
        "account_id", "status"
    ):
        spot = int(np.searchsorted(account_ids, pk))
        if spot < n and account_ids[spot] == pk:
            blocked[spot] = state.get(status, 0.0)
    return profile_signals(
        n,
        actor=actor,
        target=target,
        at_us=at_us,
        count=count,
        now_us=to_micros(now),
        followers=followers,
        posting=posting,
        blocked=blocked,
    )


def account_marks(account_ids: np.ndarray) -> np.ndarray:
    """Per account ``MARK_GENUINE`` / ``MARK_INAUTHENTIC`` / ``NO_MARK`` from officers' marks."""
    marks = np.full(account_ids.size, NO_MARK, dtype=np.int64)
    for pk, verdict in CoordinationMark.objects.values_list("account_id", "verdict"):
        place = int(np.searchsorted(account_ids, pk))
        if place < account_ids.size and account_ids[place] == pk:
            marks[place] = (
                MARK_GENUINE if verdict == CoordinationMark.Verdict.GENUINE else MARK_INAUTHENTIC
            )
    return marks


@dataclass(frozen=True, eq=False)
class CoordinationInput:
    """What a run's coordination step found, kept until the run's results are stored."""

    mode: str
    found: Coordination
    signals: np.ndarray
    marks: np.ndarray
    inauthenticity: np.ndarray
    edges: Discounted
    seconds: float


def coordination_params(parameters: dict[str, Any]) -> CoordinationParams:
    window = float(parameters.get("coordination_window") or 0.0)
    return CoordinationParams(window_seconds=window if window > 0 else None)


def coordination_graph(
    *,
    events: LedgerEvents,
    account_ids: np.ndarray,
    parameters: dict[str, Any],
    now: datetime,
    since: datetime,
) -> CoordinationInput:
    """Detect groups among ``account_ids`` (sorted) from the window's events and build
    the discounted edges (``graph.ranking.coordination``)."""
    started = time.perf_counter()
    n = int(account_ids.size)
    src = np.searchsorted(account_ids, events.src)
    dst = np.searchsorted(account_ids, events.dst)
    marks = account_marks(account_ids)
    genuine = marks == MARK_GENUINE
    found = detect(
        src,
        events.item,
        events.at_us / 1e6,
        n,
        params=coordination_params(parameters),
        weight=events.count,
        genuine=genuine,
        seed=int(parameters.get("seed", 0)),
    )
    signals = account_signals(
        account_ids,
        actor=src,
        target=dst,
        at_us=events.at_us,
        count=events.count,
        now=now,
        since=since,
    )
    inauthentic = inauthenticity(found, signals, marks)
    age = np.maximum(to_micros(now) - events.at_us, 0).astype(np.float64)
    half_life_us = float(parameters["half_life_days"]) * 86400.0 * 1e6
    value = events.count * events.type_weight * np.exp(-age / half_life_us * LN2)
    edges = discount(
        src, dst, value, n, coordination=found, inauthentic=inauthentic, genuine=genuine
    )
    return CoordinationInput(
        mode=str(parameters.get("coordination", "off")),
        found=found,
        signals=signals,
        marks=marks,
        inauthenticity=inauthentic,
        edges=edges,
        seconds=time.perf_counter() - started,
    )


@dataclass(frozen=True)
class CoordinationColumns:
    """Per ranked account, the ``InfluenceScore`` coordination columns."""

    inauthenticity: list[float]
    signals: list[list[str]]
    group: list[int | None]
    coordination: list[dict[str, Any]]


def coordination_columns(
    coordination: CoordinationInput, result: RankingResult
) -> CoordinationColumns:
    """The per-account columns: inauthenticity, its signals (codes), group, and for an
    account amplified by groups the share of its amplification they brought, the group
    bringing most and (``discount`` mode) the points the discount took."""
    found, edges = coordination.found, coordination.edges
    n = found.group.shape[0]
    points = lost_points(result, edges) if coordination.mode == "discount" else np.zeros(n)
    share = np.divide(
        edges.from_groups, edges.in_weight, out=np.zeros(n), where=edges.in_weight > 0
    )
    signals: list[list[str]] = []
    strong = coordination.signals >= SIGNAL_SHOWN
    for i in range(n):
        codes = [name for name, on in zip(SIGNALS, strong[i], strict=True) if on]
        if found.group[i] >= 0:
            codes.insert(0, "group")
        mark = coordination.marks[i]
        if mark == MARK_GENUINE:
            codes.append("marked_genuine")
        elif mark == MARK_INAUTHENTIC:
            codes.append("marked_inauthentic")
        signals.append(codes)
    notes: list[dict[str, Any]] = [{} for _ in range(n)]
    for i in np.flatnonzero(share > 0).tolist():
        g = int(edges.main_group[i])
        notes[i] = {
            "points": round(float(points[i]), 1),
            "share": round(float(share[i]), 4),
            "group": g,
            "group_size": int(found.group_sizes[g]) if g >= 0 else 0,
        }
    return CoordinationColumns(
        inauthenticity=np.round(coordination.inauthenticity, 4).tolist(),
        signals=signals,
        group=[int(g) if g >= 0 else None for g in found.group.tolist()],
        coordination=notes,
    )


def coordination_summary(coordination: CoordinationInput) -> dict[str, Any]:
    """The run's ``coordination`` field."""
    found = coordination.found
    return {
        "mode": coordination.mode,
        "window_seconds": round(found.window_seconds, 1),
        "window_estimated": found.window_estimated,
        "min_repetitions": found.threshold,
        "groups": found.n_groups,
        "accounts": int((found.group >= 0).sum()),
        "amplified": int((coordination.edges.from_groups > 0).sum()),
        "seconds": round(coordination.seconds, 3),
    }


def coordination_groups_store(
    run: InfluenceRun, account_ids: np.ndarray, coordination: CoordinationInput
) -> None:
    """One ``CoordinationGroup`` per group with its size, items, bursts, mean
    inauthenticity and the accounts it amplifies most."""
    found, edges = coordination.found, coordination.edges
    if not found.n_groups:
        return
    group_of_src = found.group[edges.src]
    rows = []
    for g in range(found.n_groups):
        mine = group_of_src == g
        totals = np.bincount(edges.dst[mine], weights=edges.raw[mine])
        top = np.argsort(-totals, kind="stable")[:TARGETS_KEPT]
        whole = float(totals.sum()) or 1.0
        rows.append(
            CoordinationGroup(
                run=run,
                number=g,
                size=int(found.group_sizes[g]),
                items=int(found.group_items[g]),
                bursts=int(found.group_bursts[g]),
                mean_inauthenticity=round(
                    float(coordination.inauthenticity[found.group == g].mean()), 4
                ),
                targets=[
                    {"account_id": int(account_ids[t]), "share": round(float(totals[t]) / whole, 4)}
                    for t in top.tolist()
                    if totals[t] > 0
                ],
            )
        )
    CoordinationGroup.objects.bulk_create(rows, batch_size=1000)


# --- officers' marks ----------------------------------------------------------


@transaction.atomic
def coordination_mark_set(
    *, account_ids: Sequence[int], verdict: str, note: str = "", user: Any = None
) -> list[CoordinationMark]:
    """Mark accounts genuine or inauthentic (replacing an earlier mark); every change is
    kept in the mark's history with who made it. The next run uses the marks."""
    if verdict not in CoordinationMark.Verdict.values:
        raise ValueError(f"verdict must be one of {CoordinationMark.Verdict.values}")
    by = user if getattr(user, "is_authenticated", False) else None
    marks = []
    stored = CoordinationMark.objects.filter(account_id__in=account_ids)
    existing = {m.account_id: m for m in stored}
    for account_id in dict.fromkeys(account_ids):
        mark = existing.get(account_id) or CoordinationMark(account_id=account_id)
        mark.verdict, mark.note, mark.marked_by = verdict, note, by
        mark.marked_at = timezone.now()
        mark._history_user = by  # type: ignore[attr-defined]
        mark.save()
        marks.append(mark)
    return marks


@transaction.atomic
def coordination_mark_clear(*, account_ids: Sequence[int], user: Any = None) -> int:
    """Remove the marks of these accounts (the removal is kept in the history)."""
    by = user if getattr(user, "is_authenticated", False) else None
    removed = 0
    for mark in CoordinationMark.objects.filter(account_id__in=account_ids):
        mark._history_user = by  # type: ignore[attr-defined]
        mark.delete()
        removed += 1
    return removed
