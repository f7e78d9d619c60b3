"""Benchmark: can a ring of accounts buy rank? Coordinated amplification, detected and
discounted (``graph.ranking.coordination``), against the plain score.

Two ledgers, held as arrays (the same events a re-rank reads; no database):

- ``demo`` — the demo region's graph as ``demo.graph_plan.plan_demo_graph`` plans it
  (~5,000 accounts, ~110,000 events over 90 days, followers and own posts known);
- ``generated`` — the 1M-event ledger of ``bench/ingest.py`` (100,000 accounts, habitual
  amplification, 30 % reposts of 199 posts per author, 70 % mentions, over 90 days;
  followers unknown, no own posts), or ``--events`` of it.

Into each, one at a time, the script injects amplification of one ordinary account
(the one at 40 % of the plain ranking's places):

- ``star-N`` — N fresh accounts (no followers, first seen in the last month) each
  reposting 15 of the target's posts within 60 s of each other;
- ``mesh-N`` — the same, and the members also repost each other's posts at random times
  (a ring that builds itself a dense core);
- ``slow-N`` — the bursts spread over 10 minutes (and, ``slower-N``, over 30 minutes);
- ``organic`` — 60 existing accounts from 20 different communities each reposting 1–3
  of 10 new posts of the target at random times over the last 14 days.

For each: the target's place before and after the injection, with the plain score and
with the discount (each against its own ranking without the injection), and the lift
(place before / place after). On the ledgers without injections: Kendall τ of the plain
top 50 between the two scores, and the time coordination takes (Δ estimate, co-shares,
groups, signals, discounted edges) against the time of aggregating the events and
ranking them (``rank()``). Goals: rings lift ≤ 1.5×, the organic rise ≥ 3×, τ ≥ 0.95,
coordination ≤ 20 % of a re-rank. Run by hand, never part of the test suite::

    uv run python bench/coordination.py
    uv run python bench/coordination.py --events 200000 --skip-demo
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DAY_US = 86_400_000_000
HALF_LIFE_US = 30 * DAY_US
LN2 = float(np.log(2.0))
RING_POSTS = 15


@dataclass(frozen=True)
class Ledger:
    """Events (account indices, item, µs, count, type weight) and per-account features."""

    name: str
    n: int
    src: np.ndarray
    dst: np.ndarray
    item: np.ndarray
    at_us: np.ndarray
    count: np.ndarray
    type_weight: np.ndarray
    followers: np.ndarray  # NaN: unknown
    posting: np.ndarray  # has own posts in the window
    now_us: int


def demo_ledger() -> Ledger:
    # Only the plan is used (no database), so the test settings do.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backend.test_settings")
    import django

    django.setup()
    from demo.graph_plan import plan_demo_graph

    plan = plan_demo_graph(seed=42, today=date(2026, 6, 1))
    ids = {a.external_id: i for i, a in enumerate(plan.accounts)}
    n = len(ids)
    posts: dict[tuple[str, str], int] = {}
    src, dst, item, at, count, kind = [], [], [], [], [], []
    for e in plan.events:
        s, d = ids[e.source_external_id], ids[e.target_external_id]
        if s == d:
            continue
        src.append(s)
        dst.append(d)
        if e.kind == "repost" and e.post_external_id:
            key = (e.target_external_id, e.post_external_id)
            item.append(posts.setdefault(key, len(posts) + 1))
        else:
            item.append(-(d + 1))
        at.append(int(e.occurred_at.timestamp() * 1_000_000))
        count.append(e.weight)
        kind.append(1.0 if e.kind == "repost" else 0.5)
    posting = np.zeros(n, dtype=bool)
    posting[[ids[p.account_external_id] for p in plan.posts if p.published_at]] = True
    now = datetime(2026, 6, 1, tzinfo=UTC)
    return Ledger(
        "demo",
        n,
        np.array(src),
        np.array(dst),
        np.array(item, dtype=np.int64),
        np.array(at, dtype=np.int64),
        np.array(count, dtype=np.float64),
        np.array(kind),
        np.array([a.followers for a in plan.accounts], dtype=np.float64),
        posting,
        int(now.timestamp() * 1_000_000),
    )


def generated_ledger(events: int, accounts: int, seed: int = 20240501) -> Ledger:
    """The events of ``bench/ingest.py``'s generated CSV (same seed and draws)."""
    rng = np.random.default_rng(seed)
    popularity = 1.0 / np.arange(1, accounts + 1) ** 1.1
    popularity /= popularity.sum()
    activity = 1.0 / np.arange(1, accounts + 1) ** 0.8
    activity /= activity.sum()
    favourites_count = np.minimum(1 + rng.geometric(1 / 6, size=accounts), 30)
    offsets = np.concatenate([[0], np.cumsum(favourites_count)])
    favourites = rng.choice(accounts, size=int(offsets[-1]), p=popularity)
    sources = rng.permutation(accounts)[rng.choice(accounts, size=events, p=activity)]
    habitual = rng.random(events) < 0.85
    pick = offsets[sources] + (rng.random(events) * favourites_count[sources]).astype(np.int64)
    targets = np.where(habitual, favourites[pick], rng.choice(accounts, size=events, p=popularity))
    targets = np.where(targets == sources, (targets + 1) % accounts, targets)
    repost = rng.random(events) < 0.3
    seconds = rng.integers(0, 90 * 24 * 3600, size=events)
    posts = rng.integers(1, 200, size=events)
    weights = np.where(rng.random(events) < 0.1, rng.integers(2, 6, size=events), 1)
    start_us = int(datetime(2024, 1, 1, tzinfo=UTC).timestamp() * 1_000_000)
    item = np.where(repost, targets.astype(np.int64) * 200 + posts, -(targets.astype(np.int64) + 1))
    return Ledger(
        f"generated {events:,}",
        accounts,
        sources.astype(np.int64),
        targets.astype(np.int64),
        item,
        start_us + seconds.astype(np.int64) * 1_000_000,
        weights.astype(np.float64),
        np.where(repost, 1.0, 0.5),
        np.full(accounts, np.nan),
        np.zeros(accounts, dtype=bool),
        start_us + 90 * DAY_US,
    )


@dataclass
class Ranked:
    rank: np.ndarray
    score: np.ndarray
    community: np.ndarray
    coordination_seconds: float
    rank_seconds: float
    groups: int
    window: float


def ranked(ledger: Ledger, *, discounted: bool) -> Ranked:
    """The ledger ranked as a re-rank ranks it: plain (aggregate, rank) or with the
    discount (detect, signals, inauthenticity, discounted edges, rank)."""
    from graph.ranking import rank
    from graph.ranking.coordination import (
        detect,
        discount,
        inauthenticity,
        profile_signals,
    )

    value = (
        ledger.count
        * ledger.type_weight
        * np.exp(-np.maximum(ledger.now_us - ledger.at_us, 0) / HALF_LIFE_US * LN2)
    )
    started = time.perf_counter()
    groups, window = 0, 0.0
    if discounted:
        found = detect(ledger.src, ledger.item, ledger.at_us / 1e6, ledger.n, weight=ledger.count)
        signals = profile_signals(
            ledger.n,
            actor=ledger.src,
            target=ledger.dst,
            at_us=ledger.at_us,
            count=ledger.count,
            now_us=ledger.now_us,
            followers=ledger.followers,
            posting=ledger.posting,
        )
        edges = discount(
            ledger.src,
            ledger.dst,
            value,
            ledger.n,
            coordination=found,
            inauthentic=inauthenticity(found, signals),
        )
        src, dst, weight, out_weight = edges.src, edges.dst, edges.weight, edges.out_weight
        groups, window = found.n_groups, found.window_seconds
        coordination_seconds = time.perf_counter() - started
        started = time.perf_counter()
    else:
        coordination_seconds = 0.0
        keys, inverse = np.unique(ledger.src * ledger.n + ledger.dst, return_inverse=True)
        weight = np.bincount(inverse.ravel(), weights=value)
        src, dst, out_weight = keys // ledger.n, keys % ledger.n, None
    result = rank(
        src,
        dst,
        weight,
        ledger.n,
        followers=np.nan_to_num(ledger.followers, nan=0.0),
        out_weight=out_weight,
    )
    return Ranked(
        result.rank,
        result.score,
        result.community,
        coordination_seconds,
        time.perf_counter() - started,
        groups,
        window,
    )


def appended(ledger: Ledger, extra: int, src, dst, item, at_us, kind) -> Ledger:
    """``ledger`` with ``extra`` new accounts (fresh: no followers, no posts) and events."""
    size = len(src)
    return replace(
        ledger,
        n=ledger.n + extra,
        src=np.r_[ledger.src, src],
        dst=np.r_[ledger.dst, dst],
        item=np.r_[ledger.item, item],
        at_us=np.r_[ledger.at_us, at_us],
        count=np.r_[ledger.count, np.ones(size)],
        type_weight=np.r_[ledger.type_weight, np.full(size, kind)],
        followers=np.r_[ledger.followers, np.zeros(extra)],
        posting=np.r_[ledger.posting, np.zeros(extra, dtype=bool)],
    )


def ring(
    ledger: Ledger, target: int, size: int, rng, *, spread: float, mesh: bool = False
) -> Ledger:
    members = np.arange(ledger.n, ledger.n + size)
    first_item = int(max(ledger.item.max(), 0)) + 1
    src, dst, item, at = [], [], [], []
    for post in range(RING_POSTS):
        start = ledger.now_us - int(rng.uniform(1, 28) * DAY_US)
        src.append(members)
        dst.append(np.full(size, target))
        item.append(np.full(size, first_item + post))
        at.append(start + (rng.uniform(0, spread, size) * 1e6).astype(np.int64))
    if mesh:  # each member reposts 5 posts of 5 other members, at random times
        for member in members:
            others = rng.choice(members[members != member], 5, replace=False)
            src.append(np.full(5, member))
            dst.append(others)
            item.append(first_item + RING_POSTS + others * 7 + rng.integers(0, 7, 5))
            at.append(ledger.now_us - (rng.uniform(1, 28, 5) * DAY_US).astype(np.int64))
    return appended(ledger, size, *map(np.concatenate, (src, dst, item, at)), 1.0)


def organic_rise(ledger: Ledger, target: int, base: Ranked, rng) -> Ledger:
    """60 existing accounts, 3 from each of 20 communities, each reposting 1–3 of 10 new
    posts of the target at random times over the last 14 days."""
    active = np.zeros(ledger.n, dtype=bool)
    active[ledger.src] = True
    active[target] = False
    labels = np.unique(base.community[active])
    sizes = np.array([(base.community[active] == c).sum() for c in labels])
    chosen = rng.choice(labels[sizes >= 3], 20, replace=False)
    fans = np.concatenate(
        [
            rng.choice(np.flatnonzero(active & (base.community == c)), 3, replace=False)
            for c in chosen
        ]
    )
    first_item = int(max(ledger.item.max(), 0)) + 1
    repeats = rng.integers(1, 4, fans.size)
    src = np.repeat(fans, repeats)
    item = first_item + rng.integers(0, 10, src.size)
    at = ledger.now_us - (rng.uniform(0, 14, src.size) * DAY_US).astype(np.int64)
    return appended(ledger, 0, src, np.full(src.size, target), item, at, 1.0)


def kendall_top(plain: Ranked, other: Ranked, k: int = 50) -> tuple[float, int]:
    from scipy.stats import kendalltau

    top = np.argsort(plain.rank)[:k]
    tau = kendalltau(plain.score[top], other.score[top]).statistic
    overlap = int(np.isin(top, np.argsort(other.rank)[:k]).sum())
    return float(tau), overlap


def bench(ledger: Ledger, sizes: list[int], seed: int, repeat: int) -> None:
    print(f"\n## {ledger.name}: {ledger.n:,} accounts, {ledger.src.size:,} events\n")
    # Times: the best of ``repeat`` runs (the machine is shared).
    plains = [ranked(ledger, discounted=False) for _ in range(repeat)]
    discounts = [ranked(ledger, discounted=True) for _ in range(repeat)]
    plain = min(plains, key=lambda r: r.rank_seconds)
    discounted = min(discounts, key=lambda r: r.coordination_seconds)
    tau, overlap = kendall_top(plain, discounted)
    share = discounted.coordination_seconds / (plain.rank_seconds + discounted.coordination_seconds)
    print(
        f"without injections: {discounted.groups} groups found, Δ {discounted.window:.0f} s; "
        f"top-50 Kendall τ {tau:.3f} (overlap {overlap}/50); "
        f"coordination {discounted.coordination_seconds:.2f} s against aggregation + rank() "
        f"{plain.rank_seconds:.2f} s: "
        f"+{100 * discounted.coordination_seconds / plain.rank_seconds:.0f} % "
        f"({100 * share:.0f} % of the discounted run)\n"
    )
    order = np.argsort(plain.rank)
    target = int(order[int(0.4 * ledger.n)])
    print(
        f"target: account #{target}, place {plain.rank[target]} plain, "
        f"{discounted.rank[target]} discounted\n"
    )
    print("| case | plain: before → after (lift) | discounted: before → after (lift) | groups |")
    print("|---|---|---|---|")
    rng = np.random.default_rng(seed)
    cases = []
    for size in sizes:
        cases.append((f"star-{size}", ring(ledger, target, size, rng, spread=60.0)))
    for size in sizes:
        cases.append((f"mesh-{size}", ring(ledger, target, size, rng, spread=60.0, mesh=True)))
    for size in sizes:
        cases.append((f"slow-{size} (10 min)", ring(ledger, target, size, rng, spread=600.0)))
    slower = ring(ledger, target, sizes[-1], rng, spread=1800.0)
    cases.append((f"slower-{sizes[-1]} (30 min)", slower))
    cases.append(("organic (60 from 20 communities)", organic_rise(ledger, target, plain, rng)))
    for name, injected in cases:
        after_plain = ranked(injected, discounted=False)
        after = ranked(injected, discounted=True)
        p0, p1 = plain.rank[target], after_plain.rank[target]
        d0, d1 = discounted.rank[target], after.rank[target]
        print(
            f"| {name} | {p0} → {p1} (×{p0 / p1:.2f}) | {d0} → {d1} (×{d0 / d1:.2f}) "
            f"| {after.groups} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="generated ledger events")
    parser.add_argument("--accounts", type=int, default=100_000, help="generated accounts")
    parser.add_argument("--sizes", default="25,100,200", help="ring sizes")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (best is shown)")
    parser.add_argument("--skip-demo", action="store_true")
    parser.add_argument("--skip-generated", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    from graph.ranking import rank

    rank(np.array([0, 1]), np.array([1, 2]), np.ones(2), 3)  # load the compiled kernels
    if not args.skip_demo:
        bench(demo_ledger(), sizes, args.seed, args.repeat)
    if not args.skip_generated:
        bench(generated_ledger(args.events, args.accounts), sizes, args.seed, args.repeat)


if __name__ == "__main__":
    main()
