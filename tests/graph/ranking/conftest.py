"""Fixtures for the ranking core: real data files of ``shared/data``
(``tests.conftest.shared_file``)."""

from __future__ import annotations

import numpy as np
import pytest

from tests.conftest import shared_file
from tests.graph.ranking.reference import Graph


@pytest.fixture(scope="session")
def higgs() -> Graph:
    """The Higgs Twitter mention layer, account ids mapped to 0..n-1 in id order."""
    raw = np.loadtxt(shared_file("higgs-mention_network.edgelist"), dtype=np.int64, ndmin=2)
    ids, inverse = np.unique(raw[:, :2], return_inverse=True)
    pairs = inverse.reshape(-1, 2)
    return Graph(pairs[:, 0], pairs[:, 1], raw[:, 2].astype(np.float64), int(ids.shape[0]))


@pytest.fixture(scope="session")
def polblogs() -> tuple[Graph, np.ndarray]:
    """The political blogs (links as edges of weight 1) and each blog's leaning (0/1)."""
    import networkx as nx

    multigraph = nx.read_gml(shared_file("polblogs.gml"), label="id")
    nodes = sorted(multigraph.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    leaning = np.array([multigraph.nodes[node]["value"] for node in nodes], dtype=np.int64)
    pairs = np.array([(index[u], index[v]) for u, v in multigraph.edges()], dtype=np.int64)
    graph = Graph(pairs[:, 0], pairs[:, 1], np.ones(pairs.shape[0]), len(nodes))
    return graph, leaning
