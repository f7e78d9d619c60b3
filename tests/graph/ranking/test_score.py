"""The combined influence score: ranks, percentiles, communities and explanations."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pytest
import scipy.sparse as sp

from graph.ranking import COMPONENTS, RankingResult, ScoreWeights, pagerank, rank
from graph.ranking.score import (
    community_centers,
    descending_key,
    log_scaled,
    rank_order,
    stable_order,
    top_contributors,
)
from tests.graph.ranking.reference import Graph, random_graph

ONLY = {name: ScoreWeights(**{c: float(c == name) for c in COMPONENTS}) for name in COMPONENTS}


def features(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    followers = np.floor(rng.pareto(1.1, n) * 1000)
    followers[rng.random(n) < 0.1] = np.nan  # unknown audience
    engagement = rng.lognormal(-3, 1, n)
    engagement[rng.random(n) < 0.2] = np.nan
    return followers, engagement


@pytest.fixture(scope="module")
def graph() -> Graph:
    return random_graph(11, n=250, m=1800)


@pytest.fixture(scope="module")
def result(graph) -> RankingResult:
    followers, engagement = features(graph.n)
    return rank(*graph.args, followers=followers, engagement=engagement, top_k=4, seed=3)


def test_scores_ranks_and_percentiles_are_well_formed(result, graph):
    n = graph.n
    assert result.n_nodes == n
    assert result.score.shape == (n,)
    assert ((result.score >= 0) & (result.score <= 100)).all()
    assert sorted(result.rank.tolist()) == list(range(1, n + 1))
    assert ((result.percentile >= 0) & (result.percentile <= 100)).all()
    best = int(np.flatnonzero(result.rank == 1)[0])
    assert result.score[best] == result.score.max()
    assert result.percentile[best] == 100.0
    # Better rank never means lower score.
    assert (np.diff(result.score[result.order]) <= 1e-9).all()
    assert result.components.shape == (n, 5)
    assert ((result.components >= 0) & (result.components <= 1)).all()
    assert np.allclose(result.points.sum(axis=1), result.score)
    assert result.pagerank_iterations > 0 and result.hits_iterations > 0
    assert result.hits_converged
    assert result.weights.as_array().sum() == pytest.approx(1.0)


def test_components_are_the_documented_transforms(result, graph):
    # rank() numbers nodes by degree first: the same PageRank up to summation order.
    assert np.allclose(result.pagerank, pagerank(*graph.args), rtol=1e-12, atol=0)
    assert np.allclose(result.components[:, 0], log_scaled(result.pagerank))
    assert np.allclose(result.components[:, 4], result.kcore / result.kcore.max())
    followers, _ = features(graph.n)
    assert np.array_equal(result.reach, np.nan_to_num(followers))
    assert result.components[np.isnan(followers), 2].max() == 0.0  # missing → 0


def test_log_scaled_is_monotone_scale_free_and_spans_zero_to_one():
    values = np.array([3.0, 3.0, 4.0, 10.0, 1000.0, 3.5])
    scaled = log_scaled(values)
    assert scaled.min() == 0.0 and scaled.max() == 1.0
    assert np.array_equal(np.argsort(values, kind="stable"), np.argsort(scaled, kind="stable"))
    assert np.allclose(log_scaled(values * 1e-6), scaled)
    assert log_scaled(np.full(4, 7.0)).tolist() == [0.0] * 4
    # Tail-aware: the outlier does not crush the others to ≈ 0 as linear min–max would.
    linear = (values - values.min()) / np.ptp(values)
    assert scaled[2] > 30 * linear[2]


def test_ties_are_broken_by_pagerank_then_index():
    # No edges: every score is 0 and PageRank uniform, so the rank is the index order.
    result = rank([], [], [], 5)
    assert result.rank.tolist() == [1, 2, 3, 4, 5]
    assert result.percentile.tolist() == [0.0] * 5
    # Equal reach, different PageRank: PageRank decides.
    followers = np.full(3, 100.0)
    result = rank([0, 1], [2, 2], [1.0, 1.0], 3, followers=followers, weights=ONLY["reach"])
    assert result.score.tolist() == [0.0, 0.0, 0.0]
    assert result.rank.tolist() == [2, 3, 1]


def test_reach_weight_alone_orders_by_followers(graph):
    followers = np.random.default_rng(4).permutation(graph.n) * 10.0 + 5
    result = rank(*graph.args, followers=followers, weights=ONLY["reach"])
    assert np.array_equal(result.order, np.argsort(-followers))


def test_pagerank_weight_alone_orders_by_pagerank(graph, result):
    only = rank(*graph.args, weights=ONLY["pagerank"])
    score = np.round(100 * log_scaled(only.pagerank), 9)
    expected = np.lexsort((np.arange(graph.n), -only.pagerank, -score))
    assert np.array_equal(only.order, expected)
    assert only.rank.tolist() != result.rank.tolist()


def test_kcore_weight_alone_scores_core_depth(graph):
    result = rank(*graph.args, weights=ONLY["kcore"])
    assert np.allclose(result.score, 100 * result.kcore / result.kcore.max())


def test_deterministic_across_runs(graph, result):
    followers, engagement = features(graph.n)
    again = rank(*graph.args, followers=followers, engagement=engagement, top_k=4, seed=3)
    for name in (
        "score",
        "rank",
        "percentile",
        "components",
        "community",
        "community_center",
        "top_contributors",
        "top_contributor_shares",
        "hub",
        "authority",
        "kcore",
    ):
        assert np.array_equal(getattr(again, name), getattr(result, name)), name
    assert again.modularity == result.modularity


def test_community_centers_are_their_most_central_members(result):
    k = result.community.max() + 1
    assert result.community_center.shape == (k,)
    for label, center in enumerate(result.community_center):
        members = np.flatnonzero(result.community == label)
        assert result.community[center] == label
        assert center == members[np.argmax(result.pagerank[members])]
    assert 0 < result.modularity < 1


def brute_force_contributors(graph: Graph, scores: np.ndarray, damping: float, k: int):
    weight: dict[tuple[int, int], float] = defaultdict(float)
    out: dict[int, float] = defaultdict(float)
    for u, v, w in zip(graph.src.tolist(), graph.dst.tolist(), graph.weight.tolist()):
        weight[(u, v)] += w
        out[u] += w
    incoming: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (u, v), w in weight.items():
        if w > 0:
            incoming[v].append((damping * scores[u] * w / out[u], u))
    indices = np.full((graph.n, k), -1)
    shares = np.zeros((graph.n, k))
    for v, items in incoming.items():
        total = sum(c for c, _ in items)
        for slot, (c, u) in enumerate(sorted(items, key=lambda item: (-item[0], item[1]))[:k]):
            indices[v, slot] = u
            shares[v, slot] = c / total
    return indices, shares


@pytest.mark.parametrize("top_k", [1, 3, 6])
def test_top_contributors_match_a_brute_force_computation(top_k):
    graph = random_graph(21, n=60, m=400)
    result = rank(*graph.args, top_k=top_k, damping=0.8)
    indices, shares = brute_force_contributors(graph, result.pagerank, 0.8, top_k)
    assert np.array_equal(result.top_contributors, indices)
    assert np.allclose(result.top_contributor_shares, shares, rtol=0, atol=1e-12)


def test_contributor_shares_sum_to_at_most_one(result):
    sums = result.top_contributor_shares.sum(axis=1)
    assert (sums <= 1 + 1e-12).all()
    listed = (result.top_contributors >= 0).sum(axis=1)
    assert (result.top_contributor_shares[result.top_contributors < 0] == 0).all()
    # A node with fewer in-neighbours than top_k has all its contribution explained.
    has_in = listed > 0
    complete = has_in & (listed < result.top_k)
    assert np.allclose(sums[complete], 1.0)
    assert (sums[~has_in] == 0).all()
    # Shares are listed from the largest down.
    assert (np.diff(result.top_contributor_shares, axis=1) <= 0).all()


def test_ties_between_contributors_go_to_the_smaller_index():
    # 1, 2 and 3 have the same PageRank and each sends its whole out-weight to 0, so
    # their contributions tie whatever the weights and the input order.
    result = rank([3, 1, 2], [0, 0, 0], [1.0, 1.0, 2.0], 4, top_k=2)
    assert result.top_contributors[0].tolist() == [1, 2]
    assert result.top_contributor_shares[0] == pytest.approx([1 / 3, 1 / 3])
    assert (result.top_contributors[1:] == -1).all()


def test_ties_use_the_original_index_when_nodes_are_renumbered():
    # Row 0 of a renumbered graph: new nodes 1, 2 and 3 contribute equally. Renumbered
    # with original = [2, 3, 0, 1], row 0 is original node 2 and its contributors are
    # original 3, 0 and 1, so the listing follows 0, 1, 3, not the new numbering.
    flow = sp.csr_array(
        (np.array([0.5, 0.5, 0.5]), np.array([1, 2, 3]), np.array([0, 3, 3, 3, 3])),
        shape=(4, 4),
    )
    original = np.array([2, 3, 0, 1])
    indices, shares = top_contributors(flow, np.full(4, 0.25), 2, original)
    assert indices[2].tolist() == [0, 1]
    assert shares[2] == pytest.approx([1 / 3, 1 / 3])
    assert (indices[[0, 1, 3]] == -1).all()
    assert top_contributors(flow, np.full(4, 0.25), 3)[0][0].tolist() == [1, 2, 3]


def test_empty_graph_and_no_edges():
    empty = rank([], [], [], 0)
    assert empty.score.shape == (0,) and empty.rank.shape == (0,)
    assert empty.top_contributors.shape == (0, 5)
    alone = rank([], [], [], 3, followers=[1.0, 10.0, 100.0], weights=ONLY["reach"])
    assert alone.rank.tolist() == [3, 2, 1]
    assert alone.community.tolist() == [0, 1, 2]
    assert alone.community_center.tolist() == [0, 1, 2]
    assert (alone.top_contributors == -1).all()


def test_top_k_zero_gives_empty_explanations(graph):
    assert rank(*graph.args, top_k=0).top_contributors.shape == (graph.n, 0)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"followers": [1.0, 2.0]}, "followers must have one value per node"),
        ({"followers": [1.0, -2.0, 3.0]}, "followers must not be negative"),
        ({"engagement": [1.0, np.inf, 0.0]}, "engagement must be finite"),
        ({"top_k": -1}, "top_k must not be negative"),
        ({"top_k": 2.5}, "top_k must be an integer"),
        ({"weights": {"pagerank": 1.0}}, "weights must be ScoreWeights"),
        ({"damping": 1.0}, "damping"),
    ],
)
def test_rank_rejects_invalid_input(kwargs, message):
    with pytest.raises(ValueError, match=message):
        rank([0, 1], [1, 2], [1.0, 1.0], 3, **kwargs)


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ({"pagerank": -0.1}, "pagerank must be a finite number"),
        ({"hub": float("nan")}, "hub must be a finite number"),
        ({"reach": "a lot"}, "reach must be a finite number"),
        ({c: 0.0 for c in COMPONENTS}, "at least one score weight must be positive"),
    ],
)
def test_score_weights_are_validated(weights, message):
    with pytest.raises(ValueError, match=message):
        ScoreWeights(**weights)


def test_score_weights_normalise():
    weights = ScoreWeights(pagerank=2, hub=0, reach=1, engagement=1, kcore=0).normalised()
    assert weights == ScoreWeights(0.5, 0.0, 0.25, 0.25, 0.0)
    assert ScoreWeights().as_array().tolist() == [0.45, 0.15, 0.2, 0.1, 0.1]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_rank_order_and_centers_match_lexsort_with_many_ties(seed):
    rng = np.random.default_rng(seed)
    n = 5000
    score = rng.integers(0, 40, n) / 4.0  # many equal scores
    pagerank = rng.integers(0, 30, n) / 30.0  # ties inside ties: decided by index
    order = np.lexsort((-pagerank, -score))
    expected_rank = np.empty(n, dtype=np.int64)
    expected_rank[order] = np.arange(1, n + 1)
    expected_percentile = 100.0 * np.searchsorted(np.sort(score), score) / (n - 1)
    ranks, percentile = rank_order(score, pagerank)
    assert np.array_equal(ranks, expected_rank)
    assert np.array_equal(percentile, expected_percentile)

    labels = rng.integers(0, 50, n)
    by_label = np.lexsort((-pagerank, labels))
    firsts = np.flatnonzero(np.r_[True, np.diff(labels[by_label]) != 0])
    assert np.array_equal(community_centers(labels, pagerank), by_label[firsts])


@pytest.mark.parametrize("seed", [0, 1])
def test_stable_order_is_lexsort_over_every_digit(seed):
    rng = np.random.default_rng(seed)
    n = 20000
    # Keys spread over all four 16-bit digits, with many ties in each.
    primary = rng.choice(rng.integers(0, 2**63, 50, dtype=np.uint64), n)
    primary[: n // 4] = np.uint64(2**64 - 1)
    secondary = rng.integers(0, 2**64 - 1, n, dtype=np.uint64, endpoint=True) >> np.uint64(
        rng.integers(0, 64)
    )
    assert np.array_equal(stable_order(primary, secondary), np.lexsort((secondary, primary)))
    same = np.zeros(n, dtype=np.uint64)
    assert np.array_equal(stable_order(same, same), np.arange(n))


def test_descending_key_orders_non_negative_floats_backwards():
    values = np.array([0.0, 5e-324, 1e-300, 0.5, 0.5, 1.0, 3.0, np.finfo(float).max])
    rng = np.random.default_rng(0)
    shuffled = rng.permutation(values)
    keys = descending_key(shuffled)
    assert np.array_equal(shuffled[np.argsort(keys, kind="stable")], values[::-1])
    assert keys[shuffled == 0.5][0] == keys[shuffled == 0.5][1]


def test_community_centers_skip_unused_labels_and_reject_negative_ones():
    labels = np.array([3, 0, 3, 0, 5])
    pagerank = np.array([0.1, 0.2, 0.3, 0.2, 0.2])
    assert community_centers(labels, pagerank).tolist() == [1, 2, 4]
    with pytest.raises(ValueError, match="must not be negative"):
        community_centers(np.array([0, -1]), np.array([0.5, 0.5]))
