"""HITS hubs (amplifiers) and authorities (the amplified) against networkx.hits."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from graph.ranking import ConvergenceError, hits
from graph.ranking.edges import check_edges
from graph.ranking.hits import hits_state
from tests.graph.ranking.reference import Graph, as_vector, digraph, random_graph


def reference(graph: Graph) -> tuple[np.ndarray, np.ndarray]:
    hubs, authorities = nx.hits(digraph(graph), normalized=True)
    return as_vector(hubs, graph.n), as_vector(authorities, graph.n)


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_matches_networkx_on_random_weighted_graphs(seed):
    graph = random_graph(seed, n=150, m=1200)
    hubs, authorities = hits(*graph.args, tol=1e-14, max_iter=1000)
    ref_hubs, ref_authorities = reference(graph)
    assert np.abs(hubs - ref_hubs).sum() < 1e-9
    assert np.abs(authorities - ref_authorities).sum() < 1e-9
    assert hubs.sum() == pytest.approx(1.0, abs=1e-12)
    assert authorities.sum() == pytest.approx(1.0, abs=1e-12)


def test_matches_networkx_on_the_higgs_mention_network(higgs):
    hubs, authorities = hits(*higgs.args, tol=1e-14, max_iter=1000)
    ref_hubs, ref_authorities = reference(higgs)
    assert np.abs(hubs - ref_hubs).sum() < 1e-8
    assert np.abs(authorities - ref_authorities).sum() < 1e-8


def test_hubs_are_amplifiers_and_authorities_the_amplified():
    # 0 amplifies the two strong authors 3 and 4; 1 and 2 amplify one author each.
    src = np.array([0, 0, 1, 2, 5])
    dst = np.array([3, 4, 3, 4, 6])
    hubs, authorities = hits(src, dst, np.ones(5), 7)
    assert int(np.argmax(hubs)) == 0
    assert set(np.argsort(-authorities)[:2].tolist()) == {3, 4}
    assert hubs[[3, 4, 6]].tolist() == [0.0, 0.0, 0.0]  # no out-edges: not a hub
    assert authorities[[0, 1, 2, 5]].tolist() == [0.0, 0.0, 0.0, 0.0]


def test_weights_count():
    src, dst = np.array([0, 1]), np.array([2, 3])
    hubs, authorities = hits(src, dst, np.array([1.0, 3.0]), 4)
    assert hubs.tolist() == pytest.approx([0.0, 1.0, 0.0, 0.0], abs=1e-9)
    assert authorities.tolist() == pytest.approx([0.0, 0.0, 0.0, 1.0], abs=1e-9)


def test_equally_strong_components_share_the_score():
    # The top singular value is repeated: networkx's SVD may return any mix (even with
    # negative entries); power iteration from uniform gives the symmetric answer.
    hubs, authorities = hits([0, 2], [1, 3], [1.0, 1.0], 4)
    assert hubs.tolist() == [0.5, 0.0, 0.5, 0.0]
    assert authorities.tolist() == [0.0, 0.5, 0.0, 0.5]


def test_no_edges_gives_uniform_scores():
    hubs, authorities = hits([], [], [], 4)
    assert hubs.tolist() == [0.25] * 4
    assert authorities.tolist() == [0.25] * 4
    hubs, authorities = hits([0, 1], [1, 2], [0.0, 0.0], 4)  # zero weights: no edge
    assert hubs.tolist() == [0.25] * 4
    assert hits([], [], [], 0)[0].shape == (0,)


def test_slow_convergence_raises_or_returns_the_last_iterate():
    # Two separate pairs of nearly equal strength: the top singular values are close.
    args = ([0, 2], [1, 3], [1.0, 0.99], 4)
    with pytest.raises(ConvergenceError, match="hits"):
        hits(*args, max_iter=20)
    state = hits_state(check_edges(*args), max_iter=20, strict=False)
    assert not state.converged
    assert state.iterations == 20
    assert state.hubs.sum() == pytest.approx(1.0)
    assert state.hubs[0] > state.hubs[2] > 0


def test_rejects_invalid_input():
    with pytest.raises(ValueError, match="must not be negative"):
        hits([0], [1], [-1.0], 2)
    with pytest.raises(ValueError, match="outside"):
        hits([0], [5], [1.0], 2)
