"""The pure ranking core: numpy/scipy (and numba for the loops no library offers), no Django.

Nodes are indices ``0..n_nodes-1``; the caller maps account ids to indices and back.
Every function is deterministic for fixed inputs (and seed) and validates its input,
raising ``ValueError`` with a message naming the bad argument.
"""

from graph.ranking.communities import communities, kcore
from graph.ranking.edges import ConvergenceError
from graph.ranking.hits import hits
from graph.ranking.pagerank import pagerank
from graph.ranking.score import COMPONENTS, RankingResult, ScoreWeights, rank

__all__ = [
    "COMPONENTS",
    "ConvergenceError",
    "RankingResult",
    "ScoreWeights",
    "communities",
    "hits",
    "kcore",
    "pagerank",
    "rank",
]
