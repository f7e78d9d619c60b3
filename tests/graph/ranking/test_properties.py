"""Properties that hold for every graph (hypothesis generates the graphs)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.ranking import pagerank, rank
from graph.ranking.edges import check_edges
from graph.ranking.hits import hits_state

WEIGHTS = st.one_of(
    st.just(0.0),
    st.floats(min_value=1e-6, max_value=1e3, allow_nan=False, allow_infinity=False),
)


@st.composite
def graphs(draw, max_nodes: int = 25, max_edges: int = 80):
    n = draw(st.integers(min_value=1, max_value=max_nodes))
    m = draw(st.integers(min_value=0, max_value=max_edges))
    node = st.integers(min_value=0, max_value=n - 1)
    src = np.array(draw(st.lists(node, min_size=m, max_size=m)), dtype=np.int64)
    dst = np.array(draw(st.lists(node, min_size=m, max_size=m)), dtype=np.int64)
    weight = np.array(draw(st.lists(WEIGHTS, min_size=m, max_size=m)), dtype=np.float64)
    return src, dst, weight, n


def permuted(graph, permutation):
    src, dst, weight, n = graph
    return permutation[src], permutation[dst], weight, n


# No example database: nothing is written into the work tree.
COMMON = settings(max_examples=150, deadline=None, database=None)


@COMMON
@given(graphs())
def test_pagerank_is_a_positive_distribution(graph):
    scores = pagerank(*graph)
    assert scores.shape == (graph[3],)
    assert (scores > 0).all()
    assert abs(scores.sum() - 1.0) < 1e-12


@COMMON
@given(graphs(), st.randoms(use_true_random=False))
def test_pagerank_is_invariant_under_relabelling(graph, rnd):
    n = graph[3]
    permutation = np.array(rnd.sample(range(n), n), dtype=np.int64)
    scores = pagerank(*graph)
    relabelled = pagerank(*permuted(graph, permutation))
    # Node i is node permutation[i] in the relabelled graph.
    assert np.abs(relabelled[permutation] - scores).sum() < 1e-9


@COMMON
@given(graphs(), st.data())
def test_zero_weight_edges_change_nothing(graph, data):
    src, dst, weight, n = graph
    k = data.draw(st.integers(min_value=1, max_value=20))
    node = st.integers(min_value=0, max_value=n - 1)
    extra_src = np.array(data.draw(st.lists(node, min_size=k, max_size=k)), dtype=np.int64)
    extra_dst = np.array(data.draw(st.lists(node, min_size=k, max_size=k)), dtype=np.int64)
    at = data.draw(st.integers(min_value=0, max_value=len(src)))  # anywhere in the list
    padded = (
        np.insert(src, at, extra_src),
        np.insert(dst, at, extra_dst),
        np.insert(weight, at, np.zeros(k)),
        n,
    )
    assert np.array_equal(pagerank(*padded), pagerank(*graph))
    hubs = hits_state(check_edges(*graph), max_iter=300, strict=False).hubs
    assert np.array_equal(hits_state(check_edges(*padded), max_iter=300, strict=False).hubs, hubs)
    assert np.array_equal(rank(*padded).score, rank(*graph).score)


@COMMON
@given(graphs())
def test_hubs_and_authorities_are_distributions(graph):
    # A fixed number of iterations (strict=False) so that near-degenerate graphs, where
    # the power iteration is slow, still check the invariant.
    state = hits_state(check_edges(*graph), max_iter=300, strict=False)
    for scores in (state.hubs, state.authorities):
        assert (scores >= 0).all()
        assert abs(scores.sum() - 1.0) < 1e-12
    src, dst, weight, n = graph
    has_out = np.bincount(src[weight > 0], minlength=n) > 0
    has_in = np.bincount(dst[weight > 0], minlength=n) > 0
    if has_out.any():
        assert (state.hubs[~has_out] == 0).all()
        assert (state.authorities[~has_in] == 0).all()


@COMMON
@given(graphs(max_nodes=15, max_edges=40))
def test_rank_is_a_permutation_with_bounded_scores(graph):
    result = rank(*graph, top_k=3)
    n = graph[3]
    assert sorted(result.rank.tolist()) == list(range(1, n + 1))
    assert ((result.score >= 0) & (result.score <= 100)).all()
    assert (result.top_contributor_shares.sum(axis=1) <= 1 + 1e-12).all()
    assert sorted(set(result.community.tolist())) == list(range(result.community.max() + 1))
