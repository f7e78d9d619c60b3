"""Louvain communities, modularity and k-core numbers."""

from __future__ import annotations

import random

import igraph
import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp

from graph.ranking import communities, kcore
from graph.ranking.communities import (
    VISIT_BLOCK,
    canonical_labels,
    edges_symmetric_graph,
    louvain,
    louvain_levels,
    visit_order,
)
from graph.ranking.communities import modularity as our_modularity
from tests.graph.ranking.reference import Graph, as_vector, random_graph, undirected_simple


def planted_partition(seed: int, sizes=(80, 60, 60, 40), p_in=0.25, p_out=0.01) -> Graph:
    """A directed stochastic block model with random weights, blocks in index order."""
    rng = np.random.default_rng(seed)
    block = np.repeat(np.arange(len(sizes)), sizes)
    n = block.shape[0]
    probability = np.where(block[:, None] == block[None, :], p_in, p_out)
    src, dst = np.nonzero(rng.random((n, n)) < probability)
    return Graph(src, dst, rng.exponential(1.0, src.shape[0]), n)


def modularity(graph: Graph, labels: np.ndarray) -> float:
    g = nx.Graph()
    g.add_nodes_from(range(graph.n))
    for u, v, w in zip(graph.src.tolist(), graph.dst.tolist(), graph.weight.tolist()):
        if u != v:
            g.add_edge(u, v, weight=g.get_edge_data(u, v, {"weight": 0.0})["weight"] + w)
    groups = [set(np.flatnonzero(labels == k).tolist()) for k in range(labels.max() + 1)]
    return nx.community.modularity(g, groups, weight="weight")


def test_recovers_a_planted_partition_with_high_modularity():
    graph = planted_partition(0)
    labels = communities(*graph.args, seed=0)
    block = np.repeat(np.arange(4), (80, 60, 60, 40))
    # Canonical labels: the 80-node block is community 0, the two 60-node blocks are
    # 1 and 2 in order of their smallest member, the 40-node block is 3.
    assert np.array_equal(labels, block)
    assert modularity(graph, labels) > 0.6


def test_deterministic_for_a_seed_and_leaves_global_random_alone():
    graph = random_graph(5, n=400, m=2500)
    random.seed(1234)
    expected_next = random.random()
    random.seed(1234)
    first = communities(*graph.args, seed=7)
    assert random.random() == expected_next
    for _ in range(3):
        assert np.array_equal(communities(*graph.args, seed=7), first)
    assert modularity(graph, first) > 0.3


def test_labels_are_canonical():
    graph = random_graph(2, n=300, m=1200)
    for seed in (0, 1, 2):
        labels = communities(*graph.args, seed=seed)
        sizes = np.bincount(labels)
        assert labels.min() == 0
        assert (sizes > 0).all()
        assert (np.diff(sizes) <= 0).all()  # 0 is the largest
        firsts = np.array([np.flatnonzero(labels == k)[0] for k in range(sizes.shape[0])])
        for k in range(1, sizes.shape[0]):
            if sizes[k] == sizes[k - 1]:
                assert firsts[k] > firsts[k - 1]


def test_canonical_labels_renumbers_by_size_then_smallest_member():
    labels = np.array([5, 9, 9, 2, 5, 7, 7])
    # sizes: 5 → 2 (first at 0), 9 → 2 (at 1), 7 → 2 (at 5), 2 → 1
    assert canonical_labels(labels).tolist() == [0, 1, 1, 3, 0, 2, 2]


def test_isolated_nodes_are_singletons():
    # 0-1-2 a triangle, 3 and 5 isolated, 4 only has a self-loop, 6 a zero-weight edge.
    src = np.array([0, 1, 2, 4, 6])
    dst = np.array([1, 2, 0, 4, 0])
    weight = np.array([1.0, 1.0, 1.0, 1.0, 0.0])
    labels = communities(src, dst, weight, 7)
    assert labels.tolist() == [0, 0, 0, 1, 2, 3, 4]
    assert communities([], [], [], 3).tolist() == [0, 1, 2]
    assert communities([], [], [], 0).shape == (0,)


def test_polblogs_splits_along_political_leaning(polblogs):
    graph, leaning = polblogs
    labels = communities(*graph.args, seed=0)
    in_two = labels <= 1
    majority = [np.bincount(leaning[labels == k]).argmax() for k in (0, 1)]
    assert sorted(majority) == [0, 1]  # one liberal, one conservative community
    agreement = np.mean(leaning[in_two] == np.array(majority)[labels[in_two]])
    assert agreement >= 0.9
    assert in_two.sum() >= 1000  # the two blocs hold most of the 1,222 linked blogs


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_kcore_matches_networkx(seed):
    graph = random_graph(seed, n=300, m=3000)
    expected = as_vector(nx.core_number(undirected_simple(graph)), graph.n)
    assert np.array_equal(kcore(graph.src, graph.dst, graph.n), expected)


def test_kcore_matches_networkx_on_higgs(higgs):
    expected = as_vector(nx.core_number(undirected_simple(higgs)), higgs.n)
    assert np.array_equal(kcore(higgs.src, higgs.dst, higgs.n), expected)


def test_kcore_ignores_direction_self_loops_and_repeats():
    # A 4-clique written with both directions, repeats and loops; 4 hangs off it.
    src = [0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3, 0, 0, 0, 4]
    dst = [1, 0, 2, 0, 3, 0, 2, 1, 3, 1, 3, 2, 1, 0, 0, 0]
    assert kcore(src, dst, 6).tolist() == [3, 3, 3, 3, 1, 0]


def test_rejects_invalid_input():
    with pytest.raises(ValueError, match="outside"):
        kcore([0], [3], 2)
    with pytest.raises(ValueError, match="negative"):
        communities([0], [1], [-2.0], 2)


def igraph_modularity(graph: Graph, method: str) -> float:
    """The modularity igraph's Louvain ("multilevel") or Leiden (2 iterations) reaches."""
    undirected = edges_symmetric_graph(*graph.args)
    rows = np.repeat(np.arange(graph.n), np.diff(undirected.indptr))
    upper = undirected.indices > rows
    g = igraph.Graph(
        n=graph.n, edges=np.column_stack([rows[upper], undirected.indices[upper]]).tolist()
    )
    weights = undirected.data[upper].tolist()
    random.seed(0)
    if method == "multilevel":
        membership = g.community_multilevel(weights=weights).membership
    else:
        membership = g.community_leiden(
            objective_function="modularity", weights=weights, n_iterations=2
        ).membership
    return float(g.modularity(membership, weights))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_modularity_matches_networkx(seed):
    graph = random_graph(seed, n=200, m=1500)
    labels = np.random.default_rng(seed).integers(0, 6, graph.n)
    ours = our_modularity(edges_symmetric_graph(*graph.args), labels)
    assert ours == pytest.approx(modularity(graph, labels), abs=1e-12)


@pytest.mark.parametrize("seed", [0, 1])
def test_last_level_carries_the_modularity_of_the_labels(seed):
    for graph in (planted_partition(seed), random_graph(seed, n=400, m=3000)):
        undirected = edges_symmetric_graph(*graph.args)
        labels, last = louvain_levels(undirected, seed=seed)
        assert np.array_equal(labels, louvain(undirected, seed=seed))
        assert last.n_nodes == labels.max() + 1 < graph.n
        assert our_modularity(last, np.arange(last.n_nodes)) == pytest.approx(
            our_modularity(undirected, labels), abs=1e-12
        )
    no_edges = edges_symmetric_graph([], [], [], 3)
    labels, last = louvain_levels(no_edges)
    assert labels.tolist() == [0, 1, 2] and last is no_edges


def test_canonical_labels_rejects_negative_labels():
    with pytest.raises(ValueError, match="must not be negative"):
        canonical_labels(np.array([0, -2, 1]))


@pytest.mark.parametrize("name", ["planted", "planted-noisy", "random", "polblogs", "higgs"])
def test_modularity_as_good_as_igraph(name, request):
    """As good as igraph's Louvain (within 1 %); within 3 % of its Leiden (2 iterations)."""
    if name == "planted":
        graph = planted_partition(3)
    elif name == "planted-noisy":
        graph = planted_partition(4, sizes=(120, 90, 90, 60, 40), p_in=0.08, p_out=0.02)
    elif name == "random":
        graph = random_graph(11, n=2000, m=12000)
    elif name == "polblogs":
        graph = request.getfixturevalue("polblogs")[0]
    else:
        graph = request.getfixturevalue("higgs")
    labels = communities(*graph.args, seed=0)
    ours = our_modularity(edges_symmetric_graph(*graph.args), labels)
    assert ours > 0.2
    assert ours >= 0.99 * igraph_modularity(graph, "multilevel")
    assert ours >= 0.97 * igraph_modularity(graph, "leiden")


def test_seeds_give_different_but_equally_good_partitions():
    graph = random_graph(8, n=1500, m=6000)
    undirected = edges_symmetric_graph(*graph.args)
    results = {seed: communities(*graph.args, seed=seed) for seed in (0, 1)}
    assert not np.array_equal(results[0], results[1])  # the seed does drive the order
    qualities = [our_modularity(undirected, labels) for labels in results.values()]
    assert abs(qualities[0] - qualities[1]) < 0.02


@pytest.mark.parametrize("size", [0, 1, 7, 300, 5000, 2_000_000])
def test_visit_order_is_a_seeded_permutation_of_consecutive_blocks(size):
    order = visit_order(size, np.random.default_rng(3))
    assert np.array_equal(np.sort(order), np.arange(size))
    assert np.array_equal(order, visit_order(size, np.random.default_rng(3)))
    steps = np.diff(order)
    jumps = int((steps != 1).sum())
    assert jumps <= max(0, -(-size // min(VISIT_BLOCK, max(1, size // 256))) - 1)
    if size >= 5000:
        assert not np.array_equal(order, visit_order(size, np.random.default_rng(4)))


@pytest.mark.parametrize("seed", [0, 1])
def test_symmetric_graph_is_a_plus_a_transposed_without_the_diagonal(seed):
    graph = random_graph(seed, n=120, m=900)  # self-loops, reciprocal and parallel edges
    loops = np.arange(0, 120, 7)
    src, dst = np.r_[graph.src, loops], np.r_[graph.dst, loops]
    weight = np.r_[graph.weight, np.ones(loops.size)]
    undirected = edges_symmetric_graph(src, dst, weight, 120)
    dense = np.zeros((120, 120))
    np.add.at(dense, (src, dst), weight)
    dense = dense + dense.T
    np.fill_diagonal(dense, 0.0)
    got = sp.csr_array(
        (undirected.data, undirected.indices, undirected.indptr), shape=(120, 120)
    ).toarray()
    assert np.allclose(got, dense, rtol=0, atol=1e-12)
    for i in range(120):  # rows sorted, no explicit zeros
        row = undirected.indices[undirected.indptr[i] : undirected.indptr[i + 1]]
        assert (np.diff(row) > 0).all()
    assert (undirected.data > 0).all()
