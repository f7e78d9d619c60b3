"""Edge-list validation and the sparse matrices every ranking algorithm starts from.

Nodes are integer indices ``0..n_nodes-1`` (the ranking layer maps account ids to
indices before calling in); an edge ``src[i] → dst[i]`` carries ``weight[i] ≥ 0``.
Parallel edges are summed, self-loops are kept (for the directed algorithms) and
zero-weight edges are dropped, so a node whose out-edges all weigh 0 is dangling.

Indices are stored as int32 whenever ``n_nodes`` allows it: at 10M edges that
halves the index memory of every copy and speeds up the sparse products.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
IndexArray = npt.NDArray[np.int32] | npt.NDArray[np.int64]

INT32_MAX = int(np.iinfo(np.int32).max)


class ConvergenceError(RuntimeError):
    """A power iteration did not reach its tolerance within ``max_iter`` iterations.

    The counterpart of networkx's ``PowerIterationFailedConvergence``.
    """

    def __init__(self, algorithm: str, max_iter: int, error: float, threshold: float) -> None:
        super().__init__(
            f"{algorithm}: power iteration failed to converge within {max_iter} iterations "
            f"(last L1 change {error:.3g}, needed < {threshold:.3g})"
        )
        self.algorithm = algorithm
        self.max_iter = max_iter
        self.error = error
        self.threshold = threshold


@dataclass(frozen=True, eq=False)
class Edges:
    """A validated edge list: indices in range, weights finite and strictly positive."""

    src: IndexArray
    dst: IndexArray
    weight: FloatArray
    n_nodes: int

    def __len__(self) -> int:
        return int(self.src.shape[0])


def index_dtype(n_nodes: int) -> type[np.int32] | type[np.int64]:
    return np.int32 if n_nodes <= INT32_MAX else np.int64


def check_n_nodes(n_nodes: int) -> int:
    try:
        n = operator.index(n_nodes)
    except TypeError:
        raise ValueError(f"n_nodes must be an integer, got {n_nodes!r}") from None
    if n < 0:
        raise ValueError(f"n_nodes must not be negative, got {n}")
    return n


def check_iteration_limits(tol: float, max_iter: int) -> int:
    """Validate a power iteration's tolerance and iteration cap; returns the cap."""
    if not tol > 0:
        raise ValueError(f"tol must be positive, got {tol!r}")
    try:
        limit = operator.index(max_iter)
    except TypeError:
        raise ValueError(f"max_iter must be an integer, got {max_iter!r}") from None
    if limit < 1:
        raise ValueError(f"max_iter must be at least 1, got {max_iter!r}")
    return limit


def _check_indices(name: str, values: npt.ArrayLike, n_nodes: int) -> np.ndarray:
    array = np.asarray(values)
    if array.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional, got shape {array.shape}")
    if array.size == 0:
        return np.zeros(0, dtype=index_dtype(n_nodes))
    if array.dtype.kind not in "iu":
        raise ValueError(f"{name} must hold integer node indices, got dtype {array.dtype}")
    low, high = int(array.min()), int(array.max())
    if low < 0 or high >= n_nodes:
        bad = low if low < 0 else high
        raise ValueError(f"{name} holds node index {bad} outside 0..{n_nodes - 1}")
    return array.astype(index_dtype(n_nodes), copy=False)


def check_vector(
    name: str, values: npt.ArrayLike, n_nodes: int, *, allow_nan: bool = False
) -> FloatArray:
    """A per-node float vector of length ``n_nodes``, finite (or NaN when allowed), ≥ 0."""
    array = np.asarray(values)
    if array.ndim != 1 or array.shape[0] != n_nodes:
        raise ValueError(f"{name} must have one value per node ({n_nodes}), got {array.shape}")
    if array.size and array.dtype.kind not in "iuf":
        raise ValueError(f"{name} must be numeric, got dtype {array.dtype}")
    array = array.astype(np.float64, copy=False)
    nan = np.isnan(array)
    if nan.any() and not allow_nan:
        raise ValueError(f"{name} must not contain NaN")
    if np.isinf(array).any():
        raise ValueError(f"{name} must be finite")
    if (array[~nan] < 0).any():
        raise ValueError(f"{name} must not be negative")
    return array


def check_edges(
    src: npt.ArrayLike, dst: npt.ArrayLike, weight: npt.ArrayLike, n_nodes: int
) -> Edges:
    """Validate an edge list and drop its zero-weight edges.

    Raises ``ValueError`` on mismatched lengths, indices outside ``0..n_nodes-1``,
    non-integer indices, and negative, NaN or infinite weights. O(m).
    """
    n = check_n_nodes(n_nodes)
    s = _check_indices("src", src, n)
    d = _check_indices("dst", dst, n)
    w = np.asarray(weight)
    if w.ndim != 1:
        raise ValueError(f"weight must be one-dimensional, got shape {w.shape}")
    if not s.shape[0] == d.shape[0] == w.shape[0]:
        raise ValueError(
            f"src, dst and weight must have equal lengths, got {s.shape[0]}, {d.shape[0]}, "
            f"{w.shape[0]}"
        )
    if w.size and w.dtype.kind not in "iuf":
        raise ValueError(f"weight must be numeric, got dtype {w.dtype}")
    w = w.astype(np.float64, copy=False)
    if not np.isfinite(w).all():
        raise ValueError("weight must be finite (no NaN or infinity)")
    if (w < 0).any():
        raise ValueError("weight must not be negative")
    positive = w > 0
    if not positive.all():
        s, d, w = s[positive], d[positive], w[positive]
    return Edges(s, d, w, n)


def degree_ordered(edges: Edges) -> tuple[Edges, IntArray, IndexArray]:
    """The same edges with nodes renumbered by total degree, highest first (ties: index).

    Returns the renumbered edges, ``original`` (``original[new] = old``) and
    ``renumbered`` (``renumbered[old] = new``: ``x[renumbered]`` maps a per-node result
    back to the caller's numbering). In a power-law graph most random reads of PageRank,
    HITS, Louvain and k-core go to a few heavy nodes; numbering them first packs those
    reads into few cache lines: at 1M nodes / 10M edges those stages run 1.3–1.8×
    faster for 0.4 s of renumbering.
    """
    n = edges.n_nodes
    degree = np.bincount(edges.src, minlength=n) + np.bincount(edges.dst, minlength=n)
    original = np.argsort(-degree, kind="stable").astype(np.int64)
    renumbered = np.empty(n, dtype=edges.src.dtype)
    renumbered[original] = np.arange(n, dtype=edges.src.dtype)
    edges = Edges(renumbered[edges.src], renumbered[edges.dst], edges.weight, n)
    return edges, original, renumbered


def out_matrix(edges: Edges) -> sp.csr_array:
    """The weighted adjacency ``A`` as canonical CSR: row ``u`` lists u's out-edges.

    Parallel edges are summed and column indices sorted. O(m + n), and fastest when
    the edges come sorted by source, as ``WeightedEdges`` does.
    """
    n = edges.n_nodes
    matrix = sp.csr_array((edges.weight, (edges.src, edges.dst)), shape=(n, n))
    matrix.sum_duplicates()
    return matrix


def in_matrix(edges: Edges, adjacency: sp.csr_array | None = None) -> sp.csr_array:
    """The transposed weighted adjacency ``Aᵀ`` as canonical CSR: row ``v`` lists its in-edges.

    Each row is ordered by source index (the explanation's tie-break relies on it).
    Built from ``adjacency`` (``out_matrix(edges)``) by a counting transpose, O(m + n).
    """
    a = out_matrix(edges) if adjacency is None else adjacency
    transposed = a.T.tocsr()
    transposed.sum_duplicates()  # already canonical: only records the fact
    return transposed
