"""Coordinated amplification: who amplifies the same items within seconds, repeatedly.

Pure numpy (and the Louvain of ``communities``), no Django. Input is one row per
amplification event: the acting account (node index), the *item* it amplified (a post,
or an account when no post is known) and the time in seconds.

Detection, after CooRnet (Giglietto et al.) and the coordination-network toolkit:

1. **The interval Δ** is estimated from the data (``estimate_window``): among items
   shared at least twice, take the fastest ``q`` (10 %) by the delay of their second
   share; Δ is the median time those items took to collect ``p`` (50 %) of their
   shares. It is clipped to ``[min_window, max_window]``; with too few items to tell,
   Δ is ``default_window`` (60 s).
2. **Co-shares.** Two accounts co-share an item when both amplify it within Δ of each
   other (each account's first event on the item counts). The weight of a pair is the
   number of distinct items they co-shared.
3. **Coordination edges** are the pairs with at least ``min_repetitions`` (3) co-shared
   items and a weight at or above the ``edge_percentile`` (90th) of all co-sharing
   pairs' weights.
4. **Groups** are the Louvain communities of that graph with at least
   ``min_group_size`` (3) accounts.
5. **Bursts.** Events of one group's members on one item, each within Δ of the
   previous one, form a burst; its size is the number of members in it. A coordinated
   burst counts as *one* amplification: each of its events weighs ``1 / size``.

Per account, ``inauthenticity`` (0–1) combines group membership (0.6, plus 0.4 × the
share of the account's events that fell in its group's bursts) with profile signals
(fresh account, few followers, an inhuman activity rhythm, reposts only, a closed,
deleted or banned page), which count up to ``PROFILE_WEIGHT`` on their own. An
officer's mark overrides it (genuine → 0, inauthentic → 1).

Discount (``discount``): an event's weight is multiplied by ``(1 − inauthenticity of its
source) / burst size``; a pair whose kept share falls below ``KEEP_MIN`` is left out of
the graph (it neither passes PageRank nor builds k-cores). PageRank divides by the
*undiscounted* out-weight (``rank(out_weight=…)``), so what was discounted leaks to the
teleport vector instead of flowing through the source's remaining edges.

Cost: sorting the events (O(E log E)), the co-share pairs (bounded by
``max_neighbours`` per event) and Louvain on the co-share graph.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from graph.ranking.communities import communities
from graph.ranking.edges import FloatArray, IntArray
from graph.ranking.score import RankingResult

GROUP_BASE = 0.6
PROFILE_WEIGHT = 0.3
KEEP_MIN = 0.25
SIGNALS = ("fresh", "few_followers", "rhythm", "reposts_only", "blocked")
FRESH_DAYS = 30  # first seen this recently: a fresh account …
HISTORY_DAYS = 60  # … when the ledger reaches back at least this far
FEW_FOLLOWERS = 50
RHYTHM_MIN_EVENTS = 10
RHYTHM_LOW = 0.35  # normalised hour-of-day entropy below: everything at one or two hours
RHYTHM_HIGH_EVENTS = 100
RHYTHM_HIGH = 0.97  # above, with many events: round the clock, evenly
REPOSTS_ONLY_EVENTS = 10
DAY_US = 86_400_000_000
MARK_GENUINE = 0
MARK_INAUTHENTIC = 1
NO_MARK = -1


@dataclass(frozen=True)
class CoordinationParams:
    """How coordination is detected (defaults after CooRnet)."""

    window_seconds: float | None = None  # None: estimated from the data
    default_window: float = 60.0
    min_window: float = 10.0
    max_window: float = 60.0  # never above the default: see the module docstring
    quantile: float = 0.1  # q: the fastest items by their second share
    share: float = 0.5  # p: the share of an item's shares Δ must cover
    min_items: int = 20  # fewer items shared twice: Δ = default_window
    min_repetitions: int = 3
    edge_percentile: float = 0.9
    min_group_size: int = 3
    max_neighbours: int = 250  # co-share partners per event (a viral minute stays linear)

    def __post_init__(self) -> None:
        if self.window_seconds is not None and self.window_seconds <= 0:
            raise ValueError("window_seconds must be positive")
        if not 0 < self.quantile <= 1 or not 0 < self.share <= 1:
            raise ValueError("quantile and share must be in (0, 1]")
        if not 0 <= self.edge_percentile <= 1:
            raise ValueError("edge_percentile must be in [0, 1]")
        if self.min_repetitions < 1 or self.min_group_size < 2 or self.max_neighbours < 1:
            raise ValueError("min_repetitions ≥ 1, min_group_size ≥ 2, max_neighbours ≥ 1")


@dataclass(frozen=True, eq=False)
class Coordination:
    """What ``detect`` found. Per node: ``group`` (−1: none) and ``coordinated_share``
    (share of its events inside its group's bursts); per event: ``burst_size`` (1 outside
    a burst); the kept coordination edges ``pair_a < pair_b`` with ``pair_items`` (co-shared
    items); per group: ``group_sizes``, ``group_items`` (distinct items its bursts hit) and
    ``group_bursts``."""

    window_seconds: float
    window_estimated: bool
    threshold: int
    pair_a: IntArray
    pair_b: IntArray
    pair_items: IntArray
    group: IntArray
    group_sizes: IntArray
    group_items: IntArray
    group_bursts: IntArray
    coordinated_share: FloatArray
    burst_size: IntArray

    @property
    def n_groups(self) -> int:
        return int(self.group_sizes.shape[0])


def _dense(values: np.ndarray) -> IntArray:
    """Item ids as small non-negative integers, in the order of the values: kept as they
    are when they already are (ids below 2**31: a sort key packs them with 32 bits of
    seconds), else renumbered 0..k-1."""
    if values.size == 0:
        return np.zeros(0, dtype=np.int64)
    if values.dtype.kind in "iu" and values.min() >= 0 and values.max() < 2**31:
        return values.astype(np.int64)
    return np.unique(values, return_inverse=True)[1].ravel().astype(np.int64)


@dataclass(frozen=True, eq=False)
class _Shares:
    """Each (item, account)'s first share, sorted by item then time: the account and one
    sortable key per share, ``item << bits | whole seconds since the first event``."""

    actor: IntArray
    key: IntArray
    bits: int

    @property
    def mask(self) -> int:
        return (1 << self.bits) - 1


def _first_shares(actor: IntArray, items: IntArray, t: FloatArray, room: float) -> _Shares:
    """One sort of a packed key and one ``unique``: O(E log E), no lexsort. ``items`` are
    dense (0..k-1); ``room`` seconds are kept free above the last second."""
    if actor.size == 0:
        return _Shares(actor, np.zeros(0, dtype=np.int64), 1)
    secs = np.floor(t - t.min()).astype(np.int64)
    bits = int(secs.max() + int(room) + 2).bit_length()
    key = (items.astype(np.int64) << bits) | secs
    order = np.argsort(key, kind="stable")
    key, who = key[order], actor[order]
    width = int(actor.max()) + 1
    _, first = np.unique((key >> bits) * width + who, return_index=True)
    first.sort()
    return _Shares(who[first], key[first], bits)


def _estimate(shares: _Shares, params: CoordinationParams) -> tuple[float, bool]:
    if params.window_seconds is not None:
        return float(params.window_seconds), False
    items = shares.key >> shares.bits
    t = shares.key & shares.mask
    if items.size == 0:
        return params.default_window, False
    starts = np.flatnonzero(np.r_[True, items[1:] != items[:-1]])
    counts = np.diff(np.r_[starts, items.size])
    shared = counts >= 2
    if int(shared.sum()) < params.min_items:
        return params.default_window, False
    starts, counts = starts[shared], counts[shared]
    second = t[starts + 1] - t[starts]
    fastest = second <= np.quantile(second, params.quantile)
    reach = np.maximum(np.ceil(params.share * counts).astype(np.int64) - 1, 1)
    spent = t[starts + reach] - t[starts]
    window = float(np.median(spent[fastest]))
    return float(np.clip(window, params.min_window, params.max_window)), True


def estimate_window(
    item: npt.ArrayLike, seconds: npt.ArrayLike, params: CoordinationParams | None = None
) -> tuple[float, bool]:
    """Δ in seconds and whether it was estimated (False: too few items, the default).

    CooRnet's ``estimate_coord_interval``: items shared at least twice (an account's
    first share of each counts), the fastest ``quantile`` of them by the delay from their
    first to their second share, the median of the time they took to reach ``share`` of
    their shares; clipped to ``[min_window, max_window]``. O(E log E).
    """
    params = params or CoordinationParams()
    items = _dense(np.asarray(item))
    t = np.asarray(seconds, dtype=np.float64)
    # Every event its own "account": each share counts.
    return _estimate(_first_shares(np.arange(items.size), items, t, params.max_window), params)


def _pairs(
    shares: _Shares, window: float, max_neighbours: int
) -> tuple[IntArray, IntArray, IntArray]:
    a, key = shares.actor, shares.key
    empty = np.zeros(0, dtype=np.int64)
    if a.size < 2:
        return empty, empty, empty
    end = np.searchsorted(key, key + int(np.floor(window)), side="right")
    start = np.arange(a.size, dtype=np.int64)
    counts = np.minimum(end - start - 1, max_neighbours)
    total = int(counts.sum())
    if total == 0:
        return empty, empty, empty
    left = np.repeat(start, counts)
    offsets = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    right = left + 1 + offsets
    x, y = a[left], a[right]
    width = int(a.max()) + 1
    # One item gives a pair once (first shares only), so a pair's count is its items.
    pair_keys, weight = np.unique(np.minimum(x, y) * width + np.maximum(x, y), return_counts=True)
    return pair_keys // width, pair_keys % width, weight.astype(np.int64)


def co_shares(
    actor: IntArray, items: IntArray, t: FloatArray, window: float, max_neighbours: int
) -> tuple[IntArray, IntArray, IntArray]:
    """Pairs ``a < b`` of accounts and how many distinct items each pair co-shared
    within ``window`` seconds (each account's first event per item). Vectorised: every
    first share is paired with the later ones of its item up to ``window`` after it (at
    most ``max_neighbours``)."""
    shares = _first_shares(
        np.asarray(actor, dtype=np.int64),
        _dense(np.asarray(items)),
        np.asarray(t, dtype=np.float64),
        window,
    )
    return _pairs(shares, window, max_neighbours)


def detect(
    actor: npt.ArrayLike,
    item: npt.ArrayLike,
    seconds: npt.ArrayLike,
    n_nodes: int,
    *,
    params: CoordinationParams | None = None,
    weight: npt.ArrayLike | None = None,
    genuine: npt.ArrayLike | None = None,
    seed: int = 0,
) -> Coordination:
    """Coordinated groups among ``n_nodes`` accounts from events ``actor[e]`` amplifying
    ``item[e]`` at ``seconds[e]`` (``weight[e]`` events each, default 1). Accounts flagged
    in ``genuine`` (an officer's mark) never join a group. Deterministic for a seed."""
    params = params or CoordinationParams()
    actors = np.asarray(actor, dtype=np.int64)
    items = _dense(np.asarray(item))
    t = np.asarray(seconds, dtype=np.float64)
    counts = np.ones(actors.size) if weight is None else np.asarray(weight, dtype=np.float64)
    shares = _first_shares(actors, items, t, max(params.max_window, params.window_seconds or 0))
    window, estimated = _estimate(shares, params)
    a, b, together = _pairs(shares, window, params.max_neighbours)
    threshold = params.min_repetitions
    if together.size:
        threshold = max(threshold, int(np.ceil(np.quantile(together, params.edge_percentile))))
    keep = together >= threshold
    if genuine is not None and a.size:
        trusted = np.asarray(genuine, dtype=bool)
        keep &= ~trusted[a] & ~trusted[b]
    a, b, together = a[keep], b[keep], together[keep]

    group = np.full(n_nodes, -1, dtype=np.int64)
    if a.size:
        nodes, inverse = np.unique(np.r_[a, b], return_inverse=True)
        local = communities(inverse[: a.size], inverse[a.size :], together, nodes.size, seed=seed)
        sizes = np.bincount(local)
        big = sizes >= params.min_group_size
        renumber = np.full(sizes.size, -1, dtype=np.int64)
        renumber[big] = np.arange(int(big.sum()))
        group[nodes] = renumber[local]

    burst_size = np.ones(actors.size, dtype=np.int64)
    n_groups = int(group.max()) + 1 if n_nodes else 0
    group_items = np.zeros(n_groups, dtype=np.int64)
    group_bursts = np.zeros(n_groups, dtype=np.int64)
    share = np.zeros(n_nodes)
    if n_groups:
        member = np.flatnonzero(group[actors] >= 0)
        g, it, s, who = group[actors[member]], items[member], t[member], actors[member]
        order = np.lexsort((s, g, it))
        g, it, s, who, member = g[order], it[order], s[order], who[order], member[order]
        new = np.r_[True, (it[1:] != it[:-1]) | (g[1:] != g[:-1]) | (np.diff(s) > window)]
        burst = np.cumsum(new) - 1
        # Distinct members per burst.
        pairs = np.unique(burst * (int(n_nodes) + 1) + who)
        size = np.bincount(pairs // (int(n_nodes) + 1), minlength=int(burst[-1]) + 1)
        burst_size[member] = size[burst]
        real = size >= 2
        first = np.flatnonzero(new)
        group_bursts = np.bincount(g[first][real], minlength=n_groups)
        hit = np.unique(g[first][real] * (int(it.max()) + 1) + it[first][real])
        group_items = np.bincount(hit // (int(it.max()) + 1), minlength=n_groups)
        total = np.bincount(actors, weights=counts, minlength=n_nodes)
        inside = np.bincount(actors, weights=counts * (burst_size >= 2), minlength=n_nodes)
        share = np.divide(inside, total, out=np.zeros(n_nodes), where=total > 0)
    sizes_out = np.bincount(group[group >= 0], minlength=n_groups).astype(np.int64)
    return Coordination(
        window_seconds=window,
        window_estimated=estimated,
        threshold=int(threshold),
        pair_a=a,
        pair_b=b,
        pair_items=together,
        group=group,
        group_sizes=sizes_out,
        group_items=group_items,
        group_bursts=group_bursts,
        coordinated_share=share,
        burst_size=burst_size,
    )


def profile_signals(
    n_nodes: int,
    *,
    actor: npt.ArrayLike,
    target: npt.ArrayLike,
    at_us: npt.ArrayLike,
    count: npt.ArrayLike,
    now_us: int,
    followers: npt.ArrayLike | None = None,
    posting: npt.ArrayLike | None = None,
    blocked: npt.ArrayLike | None = None,
) -> FloatArray:
    """Per account (n × ``SIGNALS``, each 0–1, unknown 0): ``fresh`` (first seen in the
    events within ``FRESH_DAYS`` of ``now_us`` while they reach back ``HISTORY_DAYS``),
    ``few_followers`` (known and below ``FEW_FOLLOWERS``; NaN = unknown), ``rhythm``
    (hour-of-day entropy of its events, normalised: below ``RHYTHM_LOW`` with at least
    ``RHYTHM_MIN_EVENTS`` events, or above ``RHYTHM_HIGH`` with ``RHYTHM_HIGH_EVENTS``),
    ``reposts_only`` (at least ``REPOSTS_ONLY_EVENTS`` events and no own post: ``posting``
    False), ``blocked`` (given: closed or private 0.5, deleted or banned 1). O(E + n)."""
    out = np.zeros((n_nodes, len(SIGNALS)))
    if n_nodes == 0:
        return out
    who = np.asarray(actor, dtype=np.int64)
    whom = np.asarray(target, dtype=np.int64)
    at = np.asarray(at_us, dtype=np.int64)
    times = np.asarray(count, dtype=np.float64)
    if at.size:
        first = np.full(n_nodes, np.iinfo(np.int64).max)
        np.minimum.at(first, who, at)
        np.minimum.at(first, whom, at)
        if at.min() <= now_us - HISTORY_DAYS * DAY_US:
            out[:, 0] = first > now_us - FRESH_DAYS * DAY_US
        hours = (at // 3_600_000_000) % 24
        per_hour = np.bincount(who * 24 + hours, weights=times, minlength=n_nodes * 24)
        per_hour = per_hour.reshape(n_nodes, 24)
        events = per_hour.sum(axis=1)
        share = np.divide(
            per_hour, events[:, None], out=np.zeros_like(per_hour), where=events[:, None] > 0
        )
        logs = np.log(share, out=np.zeros_like(share), where=share > 0)
        entropy = -(share * logs).sum(axis=1) / np.log(24.0)
        out[:, 2] = ((events >= RHYTHM_MIN_EVENTS) & (entropy < RHYTHM_LOW)) | (
            (events >= RHYTHM_HIGH_EVENTS) & (entropy > RHYTHM_HIGH)
        )
        posts = (
            np.zeros(n_nodes, dtype=bool) if posting is None else np.asarray(posting, dtype=bool)
        )
        out[:, 3] = (events >= REPOSTS_ONLY_EVENTS) & ~posts
    if followers is not None:
        audience = np.asarray(followers, dtype=np.float64)
        out[:, 1] = ~np.isnan(audience) & (audience < FEW_FOLLOWERS)
    if blocked is not None:
        out[:, 4] = np.clip(np.asarray(blocked, dtype=np.float64), 0.0, 1.0)
    return out


def inauthenticity(
    coordination: Coordination,
    signals: npt.ArrayLike | None = None,
    marks: npt.ArrayLike | None = None,
) -> FloatArray:
    """Per account 0–1: ``1 − (1 − c)(1 − PROFILE_WEIGHT · p)`` where ``c`` is 0 outside
    a group and ``GROUP_BASE + (1 − GROUP_BASE) × coordinated share`` inside one, and
    ``p`` the mean of the profile ``signals`` (n × len(SIGNALS), each 0–1, unknown 0).
    ``marks`` (``MARK_GENUINE`` / ``MARK_INAUTHENTIC`` / ``NO_MARK`` per account) win."""
    n = coordination.group.shape[0]
    member = coordination.group >= 0
    c = np.where(member, GROUP_BASE + (1 - GROUP_BASE) * coordination.coordinated_share, 0.0)
    p = np.zeros(n)
    if signals is not None:
        values = np.asarray(signals, dtype=np.float64).reshape(n, len(SIGNALS))
        p = np.clip(values, 0.0, 1.0).mean(axis=1)
    score = 1.0 - (1.0 - c) * (1.0 - PROFILE_WEIGHT * p)
    if marks is not None:
        mark = np.asarray(marks)
        score = np.where(mark == MARK_GENUINE, 0.0, score)
        score = np.where(mark == MARK_INAUTHENTIC, 1.0, score)
    return np.clip(score, 0.0, 1.0)


@dataclass(frozen=True, eq=False)
class Discounted:
    """Edges (sorted by src, dst) with their raw and discounted weights, and per node
    its raw out-weight (PageRank's divisor) and the raw in-weight that came from
    coordinated group members (``from_groups``), with the group bringing most of it."""

    src: IntArray
    dst: IntArray
    raw: FloatArray
    weight: FloatArray
    out_weight: FloatArray
    in_weight: FloatArray
    from_groups: FloatArray
    main_group: IntArray


def discount(
    src: npt.ArrayLike,
    dst: npt.ArrayLike,
    value: npt.ArrayLike,
    n_nodes: int,
    *,
    coordination: Coordination,
    inauthentic: FloatArray,
    genuine: npt.ArrayLike | None = None,
) -> Discounted:
    """Per-event values (decayed weights) aggregated into edges, raw and discounted:
    ``value × (1 − inauthentic[src]) / burst size`` (a burst counts once; a ``genuine``
    source is never discounted). Pairs keeping less than ``KEEP_MIN`` of their weight get
    weight 0. Vectorised, O(E log E)."""
    s = np.asarray(src, dtype=np.int64)
    d = np.asarray(dst, dtype=np.int64)
    v = np.asarray(value, dtype=np.float64)
    bursts = coordination.burst_size.astype(np.float64)
    if genuine is not None:
        bursts = np.where(np.asarray(genuine, dtype=bool)[s], 1.0, bursts)
    kept_value = v * (1.0 - inauthentic[s]) / bursts
    pair = s * max(n_nodes, 1) + d
    keys, inverse = np.unique(pair, return_inverse=True)
    inverse = inverse.ravel()
    raw = np.bincount(inverse, weights=v, minlength=keys.size)
    kept = np.bincount(inverse, weights=kept_value, minlength=keys.size)
    kept = np.where(kept >= KEEP_MIN * raw, kept, 0.0)
    edge_src, edge_dst = keys // max(n_nodes, 1), keys % max(n_nodes, 1)
    group_of_src = coordination.group[edge_src]
    coordinated = group_of_src >= 0
    from_groups = np.bincount(edge_dst[coordinated], weights=raw[coordinated], minlength=n_nodes)
    main_group = np.full(n_nodes, -1, dtype=np.int64)
    if coordinated.any():
        # The group bringing each node most raw weight: sort (dst, weight) and take the last.
        n_groups = int(group_of_src.max()) + 1
        cell = edge_dst[coordinated] * n_groups + group_of_src[coordinated]
        cells, at = np.unique(cell, return_inverse=True)
        per = np.bincount(at.ravel(), weights=raw[coordinated])
        owner = cells // n_groups
        order = np.lexsort((per, owner))
        last = np.r_[owner[order][1:] != owner[order][:-1], True]
        main_group[owner[order][last]] = (cells % n_groups)[order][last]
    return Discounted(
        src=edge_src,
        dst=edge_dst,
        raw=np.asarray(raw, dtype=np.float64),
        weight=np.asarray(kept, dtype=np.float64),
        out_weight=np.bincount(edge_src, weights=raw, minlength=n_nodes).astype(np.float64),
        in_weight=np.bincount(edge_dst, weights=raw, minlength=n_nodes).astype(np.float64),
        from_groups=from_groups.astype(np.float64),
        main_group=main_group,
    )


def lost_points(result: RankingResult, edges: Discounted) -> FloatArray:
    """Per node, an estimate of the score points the discount took (≤ 0): the PageRank
    its discounted in-edges would have passed in one step (``damping · PR(u) · (w − w') /
    out_weight(u)``) added back and put through the run's own log scaling. O(m)."""
    n = result.n_nodes
    if n == 0 or edges.src.size == 0:
        return np.zeros(n)
    lost_weight = edges.raw - edges.weight
    divisor = edges.out_weight[edges.src]
    flow = result.damping * result.pagerank[edges.src] * lost_weight / np.maximum(divisor, 1e-300)
    lost = np.bincount(edges.dst, weights=flow, minlength=n)
    pr = result.pagerank
    shifted = pr - pr.min()
    positive = shifted[shifted > 0]
    if positive.size == 0:
        return np.zeros(n)
    unit = float(np.median(positive))
    top = float(np.log1p(shifted.max() / unit))
    now = np.log1p(shifted / unit) / top
    would = np.minimum(np.log1p((shifted + lost) / unit) / top, 1.0)
    points = -100.0 * result.weights.pagerank * np.maximum(would - now, 0.0)
    return np.asarray(points, dtype=np.float64)
