"""Test graphs and the networkx references the ranking core is checked against."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np


@dataclass(frozen=True, eq=False)
class Graph:
    src: np.ndarray
    dst: np.ndarray
    weight: np.ndarray
    n: int

    @property
    def args(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
        return self.src, self.dst, self.weight, self.n


def random_graph(
    seed: int,
    n: int = 200,
    m: int = 1500,
    *,
    zero_weights: float = 0.05,
    self_loops: int = 10,
    parallel: int = 50,
    dangling: int = 20,
) -> Graph:
    """A seeded directed weighted graph with every awkward case PageRank must handle.

    Power-law targets, some zero-weight edges, self-loops, repeated (parallel) pairs,
    and ``dangling`` nodes with no out-edge (plus nodes whose out-edges all weigh 0).
    """
    rng = np.random.default_rng(seed)
    sources = np.arange(dangling, n)  # the first ``dangling`` nodes never point anywhere
    src = rng.choice(sources, size=m)
    dst = np.minimum((rng.pareto(1.5, size=m) * 5).astype(np.int64), n - 1)
    dst = rng.permutation(n)[dst]
    weight = rng.exponential(1.0, size=m)
    weight[rng.random(m) < zero_weights] = 0.0
    loops = rng.choice(sources, size=self_loops)
    repeat = rng.integers(0, m, size=parallel)
    src = np.concatenate([src, loops, src[repeat]])
    dst = np.concatenate([dst, loops, dst[repeat]])
    weight = np.concatenate([weight, rng.exponential(1.0, size=self_loops + parallel)])
    if dangling < n:
        weight[src == dangling] = 0.0  # out-edges that all weigh 0: dangling as well
    return Graph(src.astype(np.int64), dst.astype(np.int64), weight, n)


def multidigraph(graph: Graph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_nodes_from(range(graph.n))
    g.add_weighted_edges_from(
        zip(graph.src.tolist(), graph.dst.tolist(), graph.weight.tolist(), strict=True)
    )
    return g


def digraph(graph: Graph) -> nx.DiGraph:
    """Parallel edges summed into one (networkx.hits rejects multigraphs)."""
    g = nx.DiGraph()
    g.add_nodes_from(range(graph.n))
    for u, v, w in zip(graph.src.tolist(), graph.dst.tolist(), graph.weight.tolist(), strict=True):
        if g.has_edge(u, v):
            g[u][v]["weight"] += w
        else:
            g.add_edge(u, v, weight=w)
    return g


def undirected_simple(graph: Graph) -> nx.Graph:
    g = nx.Graph()
    g.add_nodes_from(range(graph.n))
    g.add_edges_from(zip(graph.src.tolist(), graph.dst.tolist(), strict=True))
    g.remove_edges_from(list(nx.selfloop_edges(g)))
    return g


def as_vector(values: dict[int, float], n: int) -> np.ndarray:
    return np.array([values[i] for i in range(n)], dtype=np.float64)
