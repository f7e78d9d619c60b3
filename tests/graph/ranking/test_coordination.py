"""Coordination detection and the discounted score (pure core)."""

from __future__ import annotations

import numpy as np
import pytest

from graph.ranking import rank
from graph.ranking.coordination import (
    KEEP_MIN,
    MARK_GENUINE,
    MARK_INAUTHENTIC,
    NO_MARK,
    SIGNALS,
    CoordinationParams,
    co_shares,
    detect,
    discount,
    estimate_window,
    inauthenticity,
    lost_points,
    profile_signals,
)

DAY = 86_400.0


def organic(rng, *, n, events, items, days=90.0):
    """Random amplification: who, whom, which item, when (no coordination by design)."""
    return (
        rng.integers(0, n, events),
        rng.integers(0, n, events),
        rng.integers(0, items, events),
        rng.uniform(0, days * DAY, events),
    )


def ring(rng, members, target, *, items, spread=40.0, first_item=10**6, days=80.0):
    """``members`` amplify ``items`` posts of ``target`` within ``spread`` seconds each."""
    actor, dst, item, t = [], [], [], []
    for k in range(items):
        start = rng.uniform(0, days * DAY)
        for m in members:
            actor.append(m)
            dst.append(target)
            item.append(first_item + k)
            t.append(start + rng.uniform(0, spread))
    return np.array(actor), np.array(dst), np.array(item), np.array(t)


def joined(*parts):
    return tuple(np.concatenate(column) for column in zip(*parts, strict=True))


@pytest.fixture
def ledger():
    rng = np.random.default_rng(7)
    n = 600
    members = np.arange(n - 25, n)
    base = organic(rng, n=n - 25, events=12_000, items=4000)
    coordinated = ring(rng, members, 5, items=15)
    return n, members, joined(base, coordinated)


def test_window_is_estimated_from_the_fastest_items():
    rng = np.random.default_rng(1)
    # 200 items shared 10 times each: 20 of them within ~30 s, the rest over hours.
    items = np.repeat(np.arange(200), 10)
    spread = np.where(items < 20, 30.0, 6 * 3600.0)
    t = rng.uniform(0, 1, items.size) * spread + items * DAY
    window, estimated = estimate_window(items, t)
    assert estimated
    assert 5 <= window <= 30
    # Too few items shared twice: the default; a fixed window is taken as given.
    assert estimate_window(np.arange(5), np.arange(5.0)) == (60.0, False)
    assert estimate_window(items, t, CoordinationParams(window_seconds=90)) == (90.0, False)
    # Clipped to the maximum when everything is slow.
    slow = rng.uniform(0, 1, items.size) * 6 * 3600.0 + items * DAY
    assert estimate_window(items, slow)[0] == CoordinationParams().max_window


def test_co_shares_count_distinct_items_within_the_window():
    actor = np.array([0, 1, 2, 0, 1, 0, 1, 0, 0])
    item = np.array([0, 0, 0, 1, 1, 2, 2, 3, 3])
    t = np.array([0.0, 30, 500, 100, 150, 200, 400, 0, 10])
    a, b, n = co_shares(actor, item, t, 60.0, 250)
    # 0 and 1 co-share items 0 and 1 within 60 s; item 2 is 200 s apart; 2 is too late;
    # 0's second event on item 3 does not pair 0 with itself.
    assert list(zip(a.tolist(), b.tolist(), n.tolist(), strict=True)) == [(0, 1, 2)]


def test_ring_is_found_as_one_group_and_organic_accounts_are_not(ledger):
    n, members, (actor, _, item, t) = ledger
    found = detect(actor, item, t, n)
    assert found.n_groups == 1
    assert found.group_sizes.tolist() == [25]
    assert set(np.flatnonzero(found.group == 0).tolist()) == set(members.tolist())
    assert found.group_items.tolist() == [15]
    assert found.group_bursts.tolist() == [15]
    assert found.threshold >= 3
    # Every ring event lies in a burst of the 25 members; organic events in none.
    ring_events = np.isin(actor, members)
    assert (found.burst_size[ring_events] == 25).all()
    assert (found.burst_size[~ring_events] == 1).all()
    assert np.allclose(found.coordinated_share[members], 1.0)


def test_fewer_than_three_repetitions_is_no_coordination():
    rng = np.random.default_rng(3)
    members = np.arange(10)
    actor, _, item, t = ring(rng, members, 99, items=2)
    found = detect(actor, item, t, 100)
    assert found.n_groups == 0
    assert (found.group == -1).all()
    actor, _, item, t = ring(rng, members, 99, items=3)
    assert detect(actor, item, t, 100).n_groups == 1


def test_slow_ring_beyond_the_window_is_not_coordinated():
    rng = np.random.default_rng(4)
    actor, _, item, t = ring(rng, np.arange(20), 99, items=10, spread=6 * 3600.0)
    found = detect(actor, item, t, 100, params=CoordinationParams(window_seconds=60))
    assert found.n_groups == 0


def test_genuine_accounts_never_join_a_group(ledger):
    n, members, (actor, _, item, t) = ledger
    genuine = np.zeros(n, dtype=bool)
    genuine[members[:5]] = True
    found = detect(actor, item, t, n, genuine=genuine)
    assert (found.group[members[:5]] == -1).all()
    assert (found.group[members[5:]] == 0).all()


def test_inauthenticity_combines_group_signals_and_marks(ledger):
    n, members, (actor, _, item, t) = ledger
    found = detect(actor, item, t, n)
    signals = np.zeros((n, len(SIGNALS)))
    signals[0] = 1.0  # every profile signal, no group
    marks = np.full(n, NO_MARK)
    marks[members[0]] = MARK_GENUINE
    marks[1] = MARK_INAUTHENTIC
    score = inauthenticity(found, signals, marks)
    assert ((score >= 0) & (score <= 1)).all()
    assert score[members[1]] == pytest.approx(1.0)  # fully coordinated
    assert score[0] == pytest.approx(0.3)  # profile signals alone count up to 0.3
    assert score[2] == 0.0
    assert score[members[0]] == 0.0 and score[1] == 1.0


def test_discount_makes_a_burst_one_amplification_and_keeps_organic_edges(ledger):
    n, members, (actor, target, item, t) = ledger
    found = detect(actor, item, t, n)
    genuine = np.zeros(n, dtype=bool)
    edges = discount(
        actor,
        target,
        np.ones(actor.size),
        n,
        coordination=found,
        inauthentic=inauthenticity(found),
        genuine=genuine,
    )
    from_ring = np.isin(edges.src, members)
    assert (edges.weight[from_ring] == 0).all()  # kept far below KEEP_MIN
    assert np.allclose(edges.weight[~from_ring], edges.raw[~from_ring])
    assert edges.from_groups[5] == pytest.approx(25 * 15)
    assert edges.main_group[5] == 0
    assert np.allclose(edges.out_weight, np.bincount(actor, minlength=n))
    assert KEEP_MIN > 0


def test_a_ring_cannot_buy_rank_but_an_organic_rise_keeps_its_lift():
    rng = np.random.default_rng(11)
    n = 1200
    base = organic(rng, n=n - 200, events=20_000, items=8000)
    target = 5
    no_ring = np.zeros((n, len(SIGNALS)))

    def place(parts, *, discounted):
        actor, dst, item, t = joined(*parts)
        found = detect(actor, item, t, n)
        edges = discount(
            actor,
            dst,
            np.ones(actor.size),
            n,
            coordination=found,
            inauthentic=inauthenticity(found, no_ring),
        )
        if discounted:
            result = rank(edges.src, edges.dst, edges.weight, n, out_weight=edges.out_weight)
        else:
            result = rank(edges.src, edges.dst, edges.raw, n)
        return int(result.rank[target]), result, edges

    before, plain, _ = place([base], discounted=False)
    members = np.arange(n - 200, n - 100)
    bought = ring(rng, members, target, items=15)
    raw_after, _, _ = place([base, bought], discounted=False)
    after, result, edges = place([base, bought], discounted=True)
    assert before / raw_after >= 3  # the ring buys rank without the discount …
    assert before / after <= 1.5  # … and not with it
    assert lost_points(result, edges)[target] < 0
    # 60 existing accounts amplifying one post each over days: no group, no discount.
    fans = rng.choice(np.arange(n - 200), 60, replace=False)
    rise = (
        np.repeat(fans, 3),
        np.full(180, target),
        rng.integers(2 * 10**6, 2 * 10**6 + 40, 180),
        rng.uniform(60 * DAY, 88 * DAY, 180),
    )
    risen, risen_result, risen_edges = place([base, rise], discounted=True)
    assert before / risen >= 3
    assert (lost_points(risen_result, risen_edges) == 0).all()
    # Ranking without coordination equals ranking the plain edges.
    assert np.array_equal(plain.rank, rank(*joined(base)[:2], np.ones(20_000), n).rank)


def test_profile_signals():
    now = int(100 * DAY * 1e6)
    hour = 3_600_000_000
    # 0: old, posts, spread over the day; 1: fresh, no posts, all at 3 am; 2: no events.
    actor = np.r_[np.zeros(24, dtype=int), np.ones(12, dtype=int)]
    target = np.full(36, 2)
    at = np.r_[np.arange(24) * hour + 10 * 86_400_000_000, np.full(12, now - 5 * 86_400_000_000)]
    at[24:] += 3 * hour - (at[24:] % (24 * hour))
    signals = profile_signals(
        3,
        actor=actor,
        target=target,
        at_us=at,
        count=np.ones(36),
        now_us=now,
        followers=np.array([5000, 3, np.nan]),
        posting=np.array([True, False, False]),
        blocked=np.array([0, 0, 1.0]),
    )
    named = {name: signals[:, k].tolist() for k, name in enumerate(SIGNALS)}
    assert named["fresh"] == [0, 1, 0]
    assert named["few_followers"] == [0, 1, 0]
    assert named["rhythm"] == [0, 1, 0]
    assert named["reposts_only"] == [0, 1, 0]
    assert named["blocked"] == [0, 0, 1]
