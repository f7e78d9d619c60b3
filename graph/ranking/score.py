"""One explainable influence score from PageRank, HITS hubs, reach, engagement and k-core.

Components (one value per node):

1. ``pagerank``   — weighted PageRank over the decayed amplification graph;
2. ``hub``        — HITS hub score: how much the node amplifies strong authors;
3. ``reach``      — followers / members (missing → 0);
4. ``engagement`` — median interactions per post relative to audience (missing → 0);
5. ``kcore``      — k-core number: how deep the node sits in the dense core.

Normalisation. The first four are heavy-tailed: a handful of accounts hold orders of
magnitude more PageRank or followers than the median one. Linear min–max would crush
almost every node to ≈ 0 and let the top handful decide everything; a percentile rank
is robust but throws magnitude away (ten times the PageRank of the next node is one
step) and orders the many tied floor values arbitrarily. So each is mapped by a
*log-scaled min–max*::

    y = x − min(x);   s = median of the positive y;   z = log1p(y / s);   x̂ = z / max(z)

— monotone, in [0, 1], the floor (no amplification, no followers…) exactly 0 and the
top exactly 1; ratios become differences, so the tail is compressed but still
ordered; it is scale-free (units of followers or of the decayed weights do not matter)
and robust (the unit ``s`` is a median); deterministic. A component equal for every
node maps to all zeros. The k-core number is a small bounded integer, so it is scaled
linearly: ``k / max k`` (the share of the graph's degeneracy the node reaches).

Score. ``score = 100 · Σ_c w_c · x̂_c`` with ``ScoreWeights`` normalised to sum 1, so it lies
in [0, 100] and decomposes exactly into per-component points (``RankingResult.points``).
``rank`` 1 is the best score; ties (scores equal to 9 decimals) are broken by PageRank, then
by node index. ``percentile`` is the share of the other nodes with a strictly lower
score, × 100.

Explanation. For every node ``v``, its top-k contributors are the in-neighbours ``u``
whose amplification gives ``v`` the most PageRank::

    contribution(u → v) = damping · PR(u) · w(u, v) / outweight(u)

reported with their share of ``v``'s whole incoming contribution (the shares of all
in-neighbours sum to 1, so the top-k shares sum to at most 1; teleport and dangling
mass are not link contributions). Ties go to the smaller index.
"""

from __future__ import annotations

import math
import operator
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import astuple, dataclass, field, fields
from typing import ClassVar

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from numba import njit

from graph.ranking.communities import (
    SymmetricGraph,
    canonical_labels,
    core_numbers,
    louvain_levels,
    modularity,
    symmetric_graph,
)
from graph.ranking.edges import (
    FloatArray,
    IndexArray,
    IntArray,
    check_edges,
    check_vector,
    degree_order,
    in_matrix,
    out_matrix,
    stably_sorted_by,
)
from graph.ranking.hits import hits_state
from graph.ranking.pagerank import pagerank_state

COMPONENTS = ("pagerank", "hub", "reach", "engagement", "kcore")
TIE_DECIMALS = 9


@dataclass(frozen=True)
class ScoreWeights:
    """How much each normalised component counts in the score (normalised to sum 1)."""

    pagerank: float = 0.45
    hub: float = 0.15
    reach: float = 0.2
    engagement: float = 0.1
    kcore: float = 0.1

    def __post_init__(self) -> None:
        values = astuple(self)
        for name, value in zip(COMPONENTS, values, strict=True):
            try:
                number = float(value)
            except (TypeError, ValueError):
                number = math.nan
            if isinstance(value, bool) or not math.isfinite(number) or number < 0:
                raise ValueError(f"score weight {name} must be a finite number ≥ 0, got {value!r}")
        if sum(float(value) for value in values) <= 0:
            raise ValueError("at least one score weight must be positive")

    def normalised(self) -> ScoreWeights:
        """The same weights scaled to sum 1."""
        total = float(sum(astuple(self)))
        return ScoreWeights(*(float(value) / total for value in astuple(self)))

    def as_array(self) -> FloatArray:
        """The weights in ``COMPONENTS`` order."""
        return np.array([getattr(self, item.name) for item in fields(self)], dtype=np.float64)


DEFAULT_WEIGHTS = ScoreWeights()


@dataclass(frozen=True, eq=False)
class RankingResult:
    """Everything one ranking run computed, per node index ``0..n_nodes-1``.

    Arrays: ``score`` (0–100), ``rank`` (1 = best, a permutation of 1..n),
    ``percentile`` (0–100), ``components`` (n × 5 normalised components in
    ``COMPONENTS`` order), raw ``pagerank`` / ``hub`` / ``authority`` (each sums to 1),
    ``kcore``, ``reach`` and ``engagement`` (inputs, missing as 0), ``community`` (0 = largest)
    and ``community_center`` (per community, its member with the highest PageRank),
    ``top_contributors`` (n × top_k in-neighbour indices, −1 padded) and
    ``top_contributor_shares`` (their shares of the node's incoming contribution).
    ``seconds`` times the stages: prepare, pagerank, hits, explain, kcore, wait (for the
    other thread) and score in the calling thread; undirected and communities in the
    thread that overlaps them.
    """

    COMPONENTS: ClassVar[tuple[str, ...]] = COMPONENTS

    n_nodes: int
    n_edges: int
    score: FloatArray
    rank: IntArray
    percentile: FloatArray
    components: FloatArray
    pagerank: FloatArray
    hub: FloatArray
    authority: FloatArray
    kcore: IntArray
    reach: FloatArray
    engagement: FloatArray
    community: IntArray
    community_center: IntArray
    modularity: float
    top_contributors: IntArray
    top_contributor_shares: FloatArray
    weights: ScoreWeights
    damping: float
    top_k: int
    seed: int
    tol: float
    max_iter: int
    pagerank_iterations: int
    hits_iterations: int
    hits_converged: bool
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def points(self) -> FloatArray:
        """Per-component points (n × 5); each row sums to the node's score."""
        return 100.0 * self.components * self.weights.as_array()

    @property
    def order(self) -> IntArray:
        """Node indices from best to worst."""
        order = np.empty(self.n_nodes, dtype=np.int64)
        order[self.rank - 1] = np.arange(self.n_nodes, dtype=np.int64)
        return order


def log_scaled(values: FloatArray) -> FloatArray:
    """Log-scaled min–max to [0, 1] (see the module docstring). O(n)."""
    if values.size == 0:
        return np.zeros(0)
    shifted = values - values.min()
    positive = shifted[shifted > 0]
    if positive.size == 0:
        return np.zeros(values.shape[0])
    scaled = np.log1p(shifted / np.median(positive))
    return scaled / scaled.max()


def linear_scaled(values: npt.NDArray[np.integer] | FloatArray) -> FloatArray:
    """``x / max(x)`` for non-negative values; all zeros when the maximum is 0."""
    top = values.max() if values.size else 0
    if top <= 0:
        return np.zeros(values.shape[0])
    return np.asarray(values, dtype=np.float64) / float(top)


@njit(cache=True, nogil=True)
def _top_contributors(indptr, indices, data, scores, original, top_k, out_indices, out_shares):  # type: ignore[no-untyped-def]
    """Per row, the ``top_k`` largest positive contributions by insertion into a short list.

    Row ``v`` and its contributors are reported under their ``original`` indices; ties go
    to the smaller original index of the contributor.
    """
    n = indptr.shape[0] - 1
    best = np.empty(top_k)
    where = np.empty(top_k, dtype=np.int64)
    for v in range(n):
        row = original[v]
        filled = 0
        incoming = 0.0
        for p in range(indptr[v], indptr[v + 1]):
            contribution = data[p] * scores[indices[p]]
            incoming += contribution
            if contribution <= 0.0 or (filled == top_k and contribution < best[top_k - 1]):
                continue  # most entries of a long row: no lookup of the original index
            who = original[indices[p]]
            if filled == top_k and contribution == best[top_k - 1] and who > where[top_k - 1]:
                continue
            slot = filled if filled < top_k else top_k - 1
            while slot > 0 and (
                best[slot - 1] < contribution
                or (best[slot - 1] == contribution and where[slot - 1] > who)
            ):
                if slot < top_k:
                    best[slot] = best[slot - 1]
                    where[slot] = where[slot - 1]
                slot -= 1
            best[slot] = contribution
            where[slot] = who
            if filled < top_k:
                filled += 1
        for slot in range(filled):
            out_indices[row, slot] = where[slot]
            out_shares[row, slot] = best[slot] / incoming


def top_contributors(
    links: sp.csr_array, scores: FloatArray, top_k: int, original: IntArray | None = None
) -> tuple[IntArray, FloatArray]:
    """Each node's ``top_k`` in-neighbours by contribution, and their shares.

    The contribution of ``u`` to ``v`` is ``links[v, u] · scores[u]``: ``rank`` passes
    ``PageRankState.adjacency_t`` and ``.flow_scores`` (``w(u, v)`` times
    ``damping · PR(u) / outweight(u)``). Only in-neighbours with a positive contribution
    are listed; ties go to the smaller index.
    With ``original`` (nodes renumbered, ``original[new] = old``) the rows, the listed
    neighbours and the tie-break use the original indices. One compiled pass: O(m · top_k) at worst.
    """
    n = links.shape[0]
    indices = np.full((n, top_k), -1, dtype=np.int64)
    shares = np.zeros((n, top_k))
    if top_k == 0 or links.nnz == 0:
        return indices, shares
    if original is None:
        original = np.arange(n, dtype=np.int64)
    _top_contributors(
        links.indptr, links.indices, links.data, scores, original, top_k, indices, shares
    )
    return indices, shares


def descending_key(values: FloatArray) -> npt.NDArray[np.uint64]:
    """Unsigned keys whose ascending order is ``values`` descending (values ≥ 0, no NaN).

    The IEEE 754 bits of a non-negative double grow with its value, so their complement
    orders it backwards; equal values get equal keys.
    """
    return ~np.ascontiguousarray(values, dtype=np.float64).view(np.uint64)


def stable_order(primary: npt.NDArray[np.uint64], secondary: npt.NDArray[np.uint64]) -> IntArray:
    """Indices sorted by ``primary``, then ``secondary``, then index (unsigned keys, ascending).

    ``np.lexsort`` on the two keys, by radix sorts: about 5× faster at 1M nodes.
    """
    order = np.arange(primary.shape[0], dtype=np.int64)
    return stably_sorted_by(primary, stably_sorted_by(secondary, order))


def rank_order(score: FloatArray, pagerank: FloatArray) -> tuple[IntArray, FloatArray]:
    """``(rank, percentile)``: rank 1 = best, ties by PageRank then index.

    Scores count as equal when equal to ``TIE_DECIMALS`` decimals: ``np.round(score, 9)``
    is ``rint(score · 10⁹) / 10⁹``, so they are compared as the integers
    ``rint(score · 10⁹)`` (exact below 2⁵³, and scores are at most 100).
    """
    n = score.shape[0]
    units = np.rint(np.asarray(score, dtype=np.float64) * 10.0**TIE_DECIMALS).astype(np.int64)
    if n and units.min() < 0:
        raise ValueError("scores must not be negative")
    top = units.max() if n else 0
    order = stable_order((top - units).astype(np.uint64), descending_key(pagerank))
    ranks = np.empty(n, dtype=np.int64)
    ranks[order] = np.arange(1, n + 1, dtype=np.int64)
    if n <= 1:
        return ranks, np.full(n, 100.0)
    # Nodes with a strictly lower score are those after the run of equal scores.
    ordered = units[order]
    run_starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    run_ends = np.r_[run_starts[1:], n]
    run_lengths = np.diff(np.r_[run_starts, n])
    lower = np.empty(n, dtype=np.int64)
    lower[order] = np.repeat(n - run_ends, run_lengths)
    return ranks, 100.0 * lower / (n - 1)


@njit(cache=True, nogil=True)
def _centers(labels, pagerank, best):  # type: ignore[no-untyped-def]
    for v in range(labels.shape[0]):
        label = labels[v]
        if best[label] < 0 or pagerank[v] > pagerank[best[label]]:
            best[label] = v


def community_centers(labels: IntArray, pagerank: FloatArray) -> IntArray:
    """Per community label (ascending), its member with the highest PageRank (ties: index).

    One pass: labels are small non-negative integers (``canonical_labels``).
    """
    if labels.size == 0:
        return np.zeros(0, dtype=np.int64)
    if labels.min() < 0:
        raise ValueError("community labels must not be negative")
    best = np.full(int(labels.max()) + 1, -1, dtype=np.int64)
    _centers(labels, pagerank, best)
    return best[best >= 0]


def _feature(name: str, values: npt.ArrayLike | None, n: int) -> FloatArray:
    if values is None:
        return np.zeros(n)
    array = check_vector(name, values, n, allow_nan=True)
    return np.nan_to_num(array, nan=0.0)


def _undirected(
    adjacency: sp.csr_array, adjacency_t: sp.csr_array, seconds: dict[str, float]
) -> SymmetricGraph:
    started = time.perf_counter()
    undirected = symmetric_graph(adjacency, adjacency_t)
    seconds["undirected"] = time.perf_counter() - started
    return undirected


def _communities(
    undirected: Future[SymmetricGraph], back: IndexArray, seed: int, seconds: dict[str, float]
) -> tuple[IntArray, float]:
    """Canonical communities (in the caller's numbering: ``back`` maps it to the renumbered
    one) and their modularity, timed."""
    started = time.perf_counter()
    graph = undirected.result()
    found, last_level = louvain_levels(graph, seed=seed)
    quality = modularity(last_level, np.arange(last_level.n_nodes))
    community = canonical_labels(found[back])
    seconds["communities"] = time.perf_counter() - started
    return community, quality


def rank(
    src: npt.ArrayLike,
    dst: npt.ArrayLike,
    weight: npt.ArrayLike,
    n_nodes: int,
    *,
    followers: npt.ArrayLike | None = None,
    engagement: npt.ArrayLike | None = None,
    weights: ScoreWeights = DEFAULT_WEIGHTS,
    damping: float = 0.85,
    top_k: int = 5,
    seed: int = 0,
    tol: float = 1e-10,
    max_iter: int = 200,
    out_weight: npt.ArrayLike | None = None,
) -> RankingResult:
    """Rank every node of the amplification graph ``src[i] → dst[i]`` (weights decayed).

    ``followers`` and ``engagement`` give one value per node (NaN = missing → 0; None =
    all missing). Deterministic for fixed inputs and ``seed``. Raises ``ValueError``
    on invalid input and ``ConvergenceError`` when PageRank needs more than ``max_iter``
    iterations; HITS then keeps its last iterate (``hits_converged`` False): a hub score
    that is slow to converge must not stop a ranking run. ``out_weight`` (one value per
    node) is PageRank's divisor where it exceeds a node's out-weight: ranking discounted
    edges, pass the undiscounted out-weights, so the discounted share of a node's mass
    leaks to the teleport vector instead of flowing through its remaining edges (see
    ``graph.ranking.coordination``). Cost: O(m + n) per iteration
    plus Louvain and k-core (near-linear).
    """
    started = time.perf_counter()
    seconds: dict[str, float] = {}

    def lap(stage: str) -> None:
        nonlocal started
        now = time.perf_counter()
        seconds[stage] = now - started
        started = now

    if not isinstance(weights, ScoreWeights):
        raise ValueError(f"weights must be ScoreWeights, got {type(weights).__name__}")
    try:
        top_k = operator.index(top_k)
    except TypeError:
        raise ValueError(f"top_k must be an integer, got {top_k!r}") from None
    if top_k < 0:
        raise ValueError(f"top_k must not be negative, got {top_k}")
    edges = check_edges(src, dst, weight, n_nodes)
    n = edges.n_nodes
    reach = _feature("followers", followers, n)
    engaged = _feature("engagement", engagement, n)
    # Everything up to the score runs on nodes renumbered by degree (cache locality);
    # ``back`` maps per-node results to the caller's numbering.
    original, back = degree_order(edges)
    divisor = None if out_weight is None else check_vector("out_weight", out_weight, n)[original]
    adjacency = out_matrix(edges, back)
    adjacency_t = in_matrix(edges, adjacency)
    n_edges = int(adjacency_t.nnz)
    lap("prepare")

    # The undirected graph and its communities are computed in a second thread while
    # PageRank, HITS, the explanations and the k-cores (of that undirected graph, built
    # first) run in this one: the two halves take about as long. The heavy calls on both
    # sides (scipy's sparse products, numpy, the numba kernels) release the GIL, so on
    # two cores they overlap; each half is sequential, so results never depend on it.
    # Aᵀ is the transpose of A, built here: building it from the edges in the other
    # thread would sort the long in-edge rows, which costs more than the transpose.
    other: dict[str, float] = {}
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="rank-communities") as pool:
        undirected = pool.submit(_undirected, adjacency, adjacency_t, other)
        found_communities = pool.submit(_communities, undirected, back, seed, other)
        pr = pagerank_state(
            edges,
            damping=damping,
            tol=tol,
            max_iter=max_iter,
            adjacency_t=adjacency_t,
            out_weight=divisor,
        )
        lap("pagerank")
        hub = hits_state(
            edges,
            tol=tol,
            max_iter=max_iter,
            adjacency=adjacency,
            adjacency_t=adjacency_t,
            strict=False,
        )
        lap("hits")
        contributors, shares = top_contributors(pr.adjacency_t, pr.flow_scores, top_k, original)
        scores, pagerank_iterations = pr.scores[back], pr.iterations
        hubs, authorities = hub.hubs[back], hub.authorities[back]
        del pr, adjacency, adjacency_t, edges
        lap("explain")
        cores = core_numbers(undirected.result())[back]
        lap("kcore")
        community, quality = found_communities.result()
        lap("wait")
    seconds.update(other)

    normalised = weights.normalised()
    components = np.column_stack(
        [
            log_scaled(scores),
            log_scaled(hubs),
            log_scaled(reach),
            log_scaled(engaged),
            linear_scaled(cores),
        ]
    )
    score = np.clip(100.0 * (components @ normalised.as_array()), 0.0, 100.0)
    ranks, percentile = rank_order(score, scores)
    centers = community_centers(community, scores)
    lap("score")

    return RankingResult(
        n_nodes=n,
        n_edges=n_edges,
        score=score,
        rank=ranks,
        percentile=percentile,
        components=components,
        pagerank=scores,
        hub=hubs,
        authority=authorities,
        kcore=cores,
        reach=reach,
        engagement=engaged,
        community=community,
        community_center=centers,
        modularity=quality,
        top_contributors=contributors,
        top_contributor_shares=shares,
        weights=normalised,
        damping=float(damping),
        top_k=top_k,
        seed=seed,
        tol=tol,
        max_iter=max_iter,
        pagerank_iterations=pagerank_iterations,
        hits_iterations=hub.iterations,
        hits_converged=hub.converged,
        seconds=seconds,
    )
