"""Weighted PageRank by sparse power iteration, with networkx's semantics.

``PR = d · (PR · P + Σ_dangling PR · p) + (1 − d) · p`` where ``P`` is the row-normalised
weighted adjacency and ``p`` the teleport vector (uniform, or the normalised
personalization). Dangling nodes — no out-edge of positive weight — spread their mass
like the teleport vector, exactly as ``networkx.pagerank`` does by default. The
iteration starts from the uniform vector and stops when the L1 change is below
``n · tol`` (networkx's test), so both agree to rounding.

Cost: one CSR build (O(m + n)) then one sparse product per iteration; at d = 0.85 the
L1 change shrinks by about 0.85 an iteration (≈ 60 iterations at n = 1M, tol = 1e-10).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from graph.ranking.edges import (
    ConvergenceError,
    Edges,
    FloatArray,
    check_edges,
    check_iteration_limits,
    check_vector,
    in_matrix,
)


@dataclass(frozen=True, eq=False)
class PageRankState:
    """What ``rank`` reuses after PageRank: scores, the link-flow matrix, iterations.

    ``flow`` is the damped, transposed transition matrix: row ``v`` holds
    ``damping · w(u, v) / outweight(u)`` for each in-neighbour ``u`` (columns sorted), so
    ``flow[v, u] · PR(u)`` is u's contribution to v's PageRank.
    """

    scores: FloatArray
    flow: sp.csr_array
    iterations: int


# Compact the product's columns when at most this share of nodes has out-edges.
COMPACT_SOURCES = 0.75


def check_damping(damping: float) -> float:
    value = float(damping)
    if not 0.0 <= value < 1.0:
        raise ValueError(f"damping must be in [0, 1), got {damping!r}")
    return value


def _teleport(personalization: npt.ArrayLike | None, n: int) -> FloatArray:
    if personalization is None:
        return np.full(n, 1.0 / n)
    p = check_vector("personalization", personalization, n)
    total = p.sum()
    if total <= 0:
        raise ValueError("personalization must have at least one positive value")
    return p / total


def pagerank_state(
    edges: Edges,
    *,
    damping: float = 0.85,
    personalization: npt.ArrayLike | None = None,
    tol: float = 1e-10,
    max_iter: int = 200,
    adjacency_t: sp.csr_array | None = None,
) -> PageRankState:
    """PageRank of validated edges, keeping the transition matrix for explanations.

    ``adjacency_t`` may pass a ready ``in_matrix(edges)``; it is not modified.
    """
    damping = check_damping(damping)
    max_iter = check_iteration_limits(tol, max_iter)
    n = edges.n_nodes
    at = in_matrix(edges) if adjacency_t is None else adjacency_t
    if n == 0:
        return PageRankState(np.zeros(0), at, 0)
    p = _teleport(personalization, n)

    out_weight = np.bincount(edges.src, weights=edges.weight, minlength=n)
    # Every stored entry has a positive weight, so its source's out-weight is positive.
    # Damping is folded into the matrix once, saving a pass over x per iteration.
    dangling_mask = out_weight == 0
    scale = np.divide(damping, out_weight, out=np.zeros(n), where=~dangling_mask)
    flow = sp.csr_array((at.data * scale[at.indices], at.indices, at.indptr), shape=at.shape)
    dangling = np.flatnonzero(dangling_mask)
    uniform = personalization is None
    # The product gathers x at random source positions. When few nodes have out-edges,
    # gathering x over those sources first (a sequential read) and multiplying by a
    # column-compacted matrix keeps the random reads in a smaller, cache-resident
    # array: about 2× faster at 1M nodes / 1M edges, bitwise the same result.
    sources = np.flatnonzero(~dangling_mask)
    step, gather = flow, None
    if sources.shape[0] <= COMPACT_SOURCES * n:
        position = np.zeros(n, dtype=flow.indices.dtype)
        position[sources] = np.arange(sources.shape[0], dtype=flow.indices.dtype)
        step = sp.csr_array(
            (flow.data, position[flow.indices], flow.indptr), shape=(n, sources.shape[0])
        )
        gather = sources

    x = np.full(n, 1.0 / n)
    diff = np.empty(n)
    threshold = n * tol
    error = np.inf
    for iteration in range(1, max_iter + 1):
        previous = x
        x = step @ (previous if gather is None else previous[gather])
        # Dangling mass and teleport both follow p: one scaled add.
        spread = damping * previous[dangling].sum() + (1.0 - damping)
        if uniform:
            x += spread / n
        else:
            x += spread * p
        np.subtract(x, previous, out=diff)
        np.abs(diff, out=diff)
        error = float(diff.sum())
        if error < threshold:
            return PageRankState(x / x.sum(), flow, iteration)
    raise ConvergenceError("pagerank", max_iter, error, threshold)


def pagerank(
    src: npt.ArrayLike,
    dst: npt.ArrayLike,
    weight: npt.ArrayLike,
    n_nodes: int,
    *,
    damping: float = 0.85,
    personalization: npt.ArrayLike | None = None,
    tol: float = 1e-10,
    max_iter: int = 200,
) -> FloatArray:
    """Weighted PageRank over edges ``src[i] → dst[i]``; scores sum to 1.

    Same semantics as ``networkx.pagerank`` (parallel edges summed, self-loops kept,
    zero-weight edges ignored, dangling mass spread like the teleport vector,
    personalization normalised) and agrees with it to rounding. Deterministic.

    Raises ``ValueError`` on invalid input (see ``check_edges``; damping outside
    [0, 1); personalization of the wrong length, negative or all zero) and
    ``ConvergenceError`` when ``max_iter`` iterations do not reach ``n_nodes · tol``.
    """
    edges = check_edges(src, dst, weight, n_nodes)
    return pagerank_state(
        edges, damping=damping, personalization=personalization, tol=tol, max_iter=max_iter
    ).scores
