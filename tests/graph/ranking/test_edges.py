"""The compiled sparse-matrix builds and the degree order every ranking stage starts from."""

import numpy as np
import pytest
import scipy.sparse as sp

from graph.ranking.edges import (
    check_edges,
    degree_order,
    in_matrix,
    out_matrix,
    stably_sorted_by,
    transposed,
)


def _random_edges(seed, n=300, m=4000, dtype=np.int64):
    rng = np.random.default_rng(seed)
    src = rng.integers(0, n, m).astype(dtype)
    dst = rng.integers(0, n, m).astype(dtype)
    # A long row next to short ones, and repeated pairs.
    src[:200] = 7
    weight = rng.random(m) + 0.01
    return src, dst, weight, n


def _scipy(rows, columns, weight, n):
    matrix = sp.csr_array((weight, (rows, columns)), shape=(n, n))
    matrix.sum_duplicates()
    return matrix


def _assert_canonical_equal(ours, expected):
    assert ours.shape == expected.shape
    assert ours.has_canonical_format
    assert np.array_equal(ours.indptr, expected.indptr)
    assert np.array_equal(ours.indices, expected.indices)
    assert np.allclose(ours.data, expected.data, rtol=1e-14, atol=0)
    for row in range(ours.shape[0]):
        columns = ours.indices[ours.indptr[row] : ours.indptr[row + 1]]
        assert np.all(np.diff(columns) > 0)


@pytest.mark.parametrize("dtype", [np.int32, np.int64, np.uint16])
@pytest.mark.parametrize("seed", [0, 1])
def test_matrices_equal_scipy_with_repeats_and_long_rows(seed, dtype):
    src, dst, weight, n = _random_edges(seed, dtype=dtype)
    edges = check_edges(src, dst, weight, n)
    expected = _scipy(src, dst, weight, n)
    adjacency = out_matrix(edges)
    _assert_canonical_equal(adjacency, expected)
    _assert_canonical_equal(in_matrix(edges), expected.T.tocsr())
    _assert_canonical_equal(in_matrix(edges, adjacency), expected.T.tocsr())
    assert adjacency.indices.dtype == np.int32


def test_renumbered_matrix_is_the_permuted_one():
    src, dst, weight, n = _random_edges(3)
    edges = check_edges(src, dst, weight, n)
    original, renumbered = degree_order(edges)
    assert np.array_equal(original[renumbered], np.arange(n))
    expected = _scipy(renumbered[src], renumbered[dst], weight, n)
    adjacency = out_matrix(edges, renumbered)
    _assert_canonical_equal(adjacency, expected)
    _assert_canonical_equal(transposed(adjacency), expected.T.tocsr())


def test_degree_order_is_highest_degree_first_ties_by_index():
    edges = check_edges([0, 0, 1, 3, 4], [1, 2, 2, 4, 3], np.ones(5), 6)
    original, _ = degree_order(edges)
    # Degrees: 0→2, 1→2, 2→2, 3→2, 4→2, 5→0 — all ties but the isolated node.
    assert original.tolist() == [0, 1, 2, 3, 4, 5]
    edges = check_edges([5, 5, 5, 2], [0, 1, 2, 0], np.ones(4), 6)
    original, renumbered = degree_order(edges)
    assert original.tolist() == [5, 0, 2, 1, 3, 4]
    assert renumbered.tolist() == [1, 3, 2, 4, 5, 0]


def test_empty_and_edgeless_graphs():
    for n in (0, 4):
        edges = check_edges([], [], [], n)
        adjacency = out_matrix(edges)
        assert adjacency.shape == (n, n) and adjacency.nnz == 0
        assert in_matrix(edges, adjacency).nnz == 0
        original, renumbered = degree_order(edges)
        assert original.tolist() == renumbered.tolist() == list(range(n))


def test_stably_sorted_by_keeps_the_given_order_among_equal_keys():
    keys = np.array([3, 1, 3, 0, 1, 2**40], dtype=np.uint64)
    order = np.array([5, 4, 3, 2, 1, 0])
    assert stably_sorted_by(keys, order).tolist() == [3, 4, 1, 2, 0, 5]
