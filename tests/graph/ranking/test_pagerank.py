"""Weighted PageRank against networkx.pagerank (the reference semantics)."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from graph.ranking import ConvergenceError, pagerank
from tests.graph.ranking.reference import Graph, as_vector, multidigraph, random_graph

TOL = 1e-10  # passed to networkx too: its default (1e-6) is far looser


def reference(graph: Graph, **kwargs) -> np.ndarray:
    personalization = kwargs.pop("personalization", None)
    if personalization is not None:
        kwargs["personalization"] = dict(enumerate(personalization.tolist()))
    values = nx.pagerank(multidigraph(graph), tol=TOL, max_iter=500, **kwargs)
    return as_vector(values, graph.n)


# 20 dangling nodes of 200: the plain product; 120: the column-compacted one.
@pytest.mark.parametrize("dangling", [20, 120])
@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_matches_networkx_on_random_weighted_graphs(seed, dangling):
    graph = random_graph(seed, dangling=dangling)
    ours = pagerank(*graph.args, tol=TOL)
    assert np.abs(ours - reference(graph)).sum() < 1e-9
    assert ours.sum() == pytest.approx(1.0, abs=1e-12)


@pytest.mark.parametrize("damping", [0.5, 0.85, 0.95])
def test_matches_networkx_for_other_dampings(damping):
    graph = random_graph(7, n=120, m=900)
    ours = pagerank(*graph.args, damping=damping, tol=TOL, max_iter=500)
    assert np.abs(ours - reference(graph, alpha=damping)).sum() < 1e-9


@pytest.mark.parametrize("seed", [10, 11])
def test_matches_networkx_personalised(seed):
    graph = random_graph(seed, n=150, m=1000)
    rng = np.random.default_rng(seed)
    personalization = rng.random(graph.n) * (rng.random(graph.n) < 0.3)
    personalization[0] = 2.5  # at least one positive value, and a dangling node's
    ours = pagerank(*graph.args, personalization=personalization, tol=TOL)
    theirs = reference(graph, personalization=personalization)
    assert np.abs(ours - theirs).sum() < 1e-9
    # Normalised: scaling the personalization changes nothing.
    scaled = pagerank(*graph.args, personalization=personalization * 40, tol=TOL)
    assert np.abs(scaled - ours).sum() < 1e-12


def test_dangling_nodes_spread_their_mass_uniformly():
    # 0 → 1, 1 → 2, 2 is dangling; 3 has only a zero-weight edge: dangling too.
    graph = Graph(np.array([0, 1, 3]), np.array([1, 2, 0]), np.array([1.0, 2.0, 0.0]), 4)
    ours = pagerank(*graph.args, tol=TOL)
    assert np.abs(ours - reference(graph)).sum() < 1e-9
    d = 0.85
    # Fixed point by hand: x = d·(Pᵀx + (x2 + x3)/4) + (1 − d)/4, summing to 1.
    x0, x1, x2, x3 = ours
    dangling = d * (x2 + x3) / 4 + (1 - d) / 4
    assert x3 == pytest.approx(dangling, abs=1e-9)
    assert x0 == pytest.approx(dangling, abs=1e-9)
    assert x1 == pytest.approx(d * x0 + dangling, abs=1e-9)
    assert x2 == pytest.approx(d * x1 + dangling, abs=1e-9)


def test_self_loops_are_kept_and_parallel_edges_summed():
    src = np.array([0, 0, 0, 1, 2, 2])
    dst = np.array([0, 1, 1, 2, 0, 1])
    weight = np.array([3.0, 1.0, 1.5, 1.0, 1.0, 1.0])
    ours = pagerank(src, dst, weight, 3, tol=TOL)
    assert np.abs(ours - reference(Graph(src, dst, weight, 3))).sum() < 1e-9
    summed = pagerank(
        np.array([0, 0, 1, 2, 2]),
        np.array([0, 1, 2, 0, 1]),
        np.array([3.0, 2.5, 1.0, 1.0, 1.0]),
        3,
        tol=TOL,
    )
    assert np.abs(ours - summed).sum() < 1e-14
    without_loop = pagerank(src[1:], dst[1:], weight[1:], 3, tol=TOL)
    assert np.abs(ours - without_loop).sum() > 0.05


def test_matches_networkx_on_the_higgs_mention_network(higgs):
    ours = pagerank(*higgs.args, tol=TOL)
    assert np.abs(ours - reference(higgs)).sum() < 1e-9


def test_graph_without_edges_is_uniform_and_empty_graph_is_empty():
    empty = np.zeros(0, dtype=np.int64)
    assert np.array_equal(pagerank(empty, empty, np.zeros(0), 4), np.full(4, 0.25))
    assert pagerank(empty, empty, np.zeros(0), 0).shape == (0,)
    assert pagerank([], [], [], 2).tolist() == [0.5, 0.5]


def test_accepts_lists_and_int32_indices():
    expected = pagerank(np.array([0, 1]), np.array([1, 2]), np.array([1.0, 1.0]), 3)
    as_lists = pagerank([0, 1], [1, 2], [1, 1], 3)
    as_int32 = pagerank(np.array([0, 1], np.int32), np.array([1, 2], np.uint32), [1.0, 1.0], 3)
    assert np.array_equal(expected, as_lists)
    assert np.array_equal(expected, as_int32)


@pytest.mark.parametrize(
    ("src", "dst", "weight", "n", "message"),
    [
        ([0, 1], [1], [1.0, 1.0], 2, "equal lengths"),
        ([0, 1], [1, 0], [1.0], 2, "equal lengths"),
        ([0, 2], [1, 0], [1.0, 1.0], 2, "node index 2 outside 0..1"),
        ([0, -1], [1, 0], [1.0, 1.0], 2, "node index -1 outside"),
        ([0, 1], [1, 0], [1.0, -0.5], 2, "must not be negative"),
        ([0, 1], [1, 0], [1.0, np.nan], 2, "finite"),
        ([0, 1], [1, 0], [1.0, np.inf], 2, "finite"),
        ([0.0, 1.0], [1, 0], [1.0, 1.0], 2, "integer node indices"),
        ([[0, 1]], [[1, 0]], [[1.0, 1.0]], 2, "one-dimensional"),
        ([0], [0], [1.0], -1, "n_nodes must not be negative"),
        ([0], [0], [1.0], 1.5, "n_nodes must be an integer"),
    ],
)
def test_rejects_invalid_edges(src, dst, weight, n, message):
    with pytest.raises(ValueError, match=message):
        pagerank(src, dst, weight, n)


@pytest.mark.parametrize("damping", [-0.1, 1.0, 1.5, float("nan")])
def test_rejects_bad_damping(damping):
    with pytest.raises(ValueError, match="damping must be in"):
        pagerank([0], [1], [1.0], 2, damping=damping)


@pytest.mark.parametrize(
    ("personalization", "message"),
    [
        ([1.0, 1.0], "one value per node"),
        ([1.0, -1.0, 1.0], "must not be negative"),
        ([0.0, 0.0, 0.0], "at least one positive value"),
        ([1.0, np.nan, 0.0], "must not contain NaN"),
    ],
)
def test_rejects_bad_personalization(personalization, message):
    with pytest.raises(ValueError, match=message):
        pagerank([0, 1], [1, 2], [1.0, 1.0], 3, personalization=personalization)


def test_raises_when_max_iter_is_exceeded():
    graph = random_graph(3)
    with pytest.raises(ConvergenceError, match=r"pagerank.*within 3 iterations") as failure:
        pagerank(*graph.args, max_iter=3)
    assert failure.value.max_iter == 3
    assert failure.value.error >= failure.value.threshold
