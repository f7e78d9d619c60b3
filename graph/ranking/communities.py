"""Communities (Leiden, modularity) and k-core numbers through python-igraph.

Both work on the undirected simple graph: both directions and parallel edges summed
into one weighted edge, self-loops dropped (amplifying oneself ties one to no
community and adds nothing to a core). Nodes without any edge never enter igraph:
each is its own singleton community with core number 0. Leaving them out is not
only semantically right but matters for speed: igraph's Leiden slows down with the
number of vertices, isolated ones included.

Determinism: igraph draws its random numbers from a Python generator (the
``random`` module by default). ``communities`` installs a ``random.Random(seed)`` for
the call and restores the ``random`` module afterwards, under a lock so that threads
of one process do not interleave. Labels are then renumbered canonically (0 = the
largest community, ties by smallest member index), so runs and seeds are comparable.

Cost: building the igraph graph dominates at scale (its Python API copies the edge
list through Python objects: ≈ 1 µs per edge); Leiden itself is near-linear.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass

import igraph
import numpy as np
import numpy.typing as npt

from graph.ranking.edges import (
    Edges,
    FloatArray,
    IntArray,
    check_edges,
    in_matrix,
    out_matrix,
    undirected_simple,
)

# igraph's default: two Leiden passes. Iterating until stable costs several times
# more on large graphs for a negligible modularity gain.
LEIDEN_ITERATIONS = 2

_RNG_LOCK = threading.Lock()


@dataclass(frozen=True, eq=False)
class UndirectedGraph:
    """The undirected simple graph of the non-isolated nodes, ready for igraph.

    Vertex ``i`` of ``graph`` is node ``nodes[i]``; ``weights[j]`` is edge ``j``'s
    summed weight (a float64 array: handed to igraph as a buffer, not as a Python list
    of 10M floats).
    """

    graph: igraph.Graph
    nodes: IntArray
    weights: FloatArray
    n_nodes: int


def undirected_graph(u: IntArray, v: IntArray, w: FloatArray, n_nodes: int) -> UndirectedGraph:
    """The igraph graph of an undirected simple edge list (``undirected_simple``'s output).

    Only nodes with an edge become igraph vertices. igraph copies the edges through
    Python objects (the memory peak of a ranking run), so callers drop what they no
    longer need before calling, and the intermediates here are dropped first.
    """
    touched = np.zeros(n_nodes, dtype=bool)
    touched[u] = True
    touched[v] = True
    nodes = np.flatnonzero(touched).astype(np.int64)
    position = np.cumsum(touched, dtype=np.int64) - 1
    pairs = np.empty((u.shape[0], 2), dtype=np.int64)
    pairs[:, 0] = position[u]
    pairs[:, 1] = position[v]
    weights = np.ascontiguousarray(w, dtype=np.float64)
    del touched, position
    # A C-contiguous int64 (m, 2) memoryview is the fastest input python-igraph accepts.
    graph = igraph.Graph(n=int(nodes.shape[0]), edges=pairs.data, directed=False)
    return UndirectedGraph(graph, nodes, weights, n_nodes)


def edges_undirected_graph(edges: Edges) -> UndirectedGraph:
    """``undirected_graph`` of validated directed edges."""
    adjacency = out_matrix(edges)
    simple = undirected_simple(adjacency, in_matrix(edges, adjacency))
    del adjacency
    return undirected_graph(*simple, edges.n_nodes)


def canonical_labels(labels: IntArray) -> IntArray:
    """Renumber labels 0..k-1: 0 = largest community, ties by smallest member index."""
    if labels.size == 0:
        return labels.astype(np.int64)
    values, first, inverse, sizes = np.unique(
        labels, return_index=True, return_inverse=True, return_counts=True
    )
    order = np.lexsort((first, -sizes))
    renumber = np.empty(values.shape[0], dtype=np.int64)
    renumber[order] = np.arange(values.shape[0], dtype=np.int64)
    return renumber[inverse.reshape(-1)]


def leiden_labels(undirected: UndirectedGraph, *, seed: int = 0) -> IntArray:
    """Canonical community labels of every node; isolated nodes are singletons."""
    n = undirected.n_nodes
    labels = np.full(n, -1, dtype=np.int64)
    found = 0
    if undirected.nodes.size:
        with _RNG_LOCK:
            igraph.set_random_number_generator(random.Random(seed))
            try:
                clustering = undirected.graph.community_leiden(
                    objective_function="modularity",
                    weights=undirected.weights.data,
                    n_iterations=LEIDEN_ITERATIONS,
                )
            finally:
                igraph.set_random_number_generator(random)
        membership = np.asarray(clustering.membership, dtype=np.int64)
        labels[undirected.nodes] = membership
        found = int(membership.max()) + 1
    isolated = labels < 0
    labels[isolated] = found + np.arange(int(isolated.sum()), dtype=np.int64)
    return canonical_labels(labels)


def core_numbers(undirected: UndirectedGraph) -> IntArray:
    """k-core number of every node (0 for isolated nodes)."""
    cores = np.zeros(undirected.n_nodes, dtype=np.int64)
    if undirected.nodes.size:
        cores[undirected.nodes] = np.asarray(undirected.graph.coreness(), dtype=np.int64)
    return cores


def communities(
    src: npt.ArrayLike,
    dst: npt.ArrayLike,
    weight: npt.ArrayLike,
    n_nodes: int,
    *,
    seed: int = 0,
) -> IntArray:
    """Modularity communities (Leiden) of the undirected collapsed graph.

    Returns one label per node, 0..k-1, 0 the largest community (ties by smallest
    member index); isolated nodes get singleton communities. Deterministic for a
    seed. Raises ``ValueError`` on invalid input.
    """
    edges = check_edges(src, dst, weight, n_nodes)
    return leiden_labels(edges_undirected_graph(edges), seed=seed)


def kcore(src: npt.ArrayLike, dst: npt.ArrayLike, n_nodes: int) -> IntArray:
    """k-core number of every node in the undirected simple graph without self-loops.

    Equals ``networkx.core_number`` of that graph. Raises ``ValueError`` on invalid input.
    """
    src_array = np.asarray(src)
    edges = check_edges(src_array, dst, np.ones(src_array.size), n_nodes)
    return core_numbers(edges_undirected_graph(edges))
