"""One graph interface, two backends (``sql`` over the ledger, ``neo4j``).

Both must give identical answers on the same ledger; ``tests/graph/test_contract.py``
runs one suite against each. Accounts are identified by ``SocialAccount.pk``
everywhere. Self-loops (an account amplifying itself) are observations in the
ledger but never edges of the amplification graph.

Keeping a graph store up to date is part of the same interface, so callers never
ask which backend they hold: ``project`` brings the store up to date with the
ledger and ``write_back_scores`` puts a run's scores onto its nodes. ``neo4j``
implements both (the projection lives in ``neo4j.py``); ``sql`` reads the ledger
itself — the ledger *is* its graph — so for it both are documented no-ops.
"""

from __future__ import annotations

import math
import time
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypedDict

import numpy as np

from backend.errors import DomainError

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
LN2 = math.log(2.0)
EGO_MAX_DEPTH = 2
EGO_MAX_NODES = 500
PROJECTION_BATCH = 5000
ProgressFn = Callable[[str, int], None]


class GraphUnavailable(DomainError):
    """The graph store cannot be reached; callers answer 503, everything else goes on."""

    code = "graph_unavailable"


class DownMemo:
    """Remembers for ``seconds`` that a store was found unreachable, so requests in
    that time fail at once instead of each waiting for connection timeouts.
    Per process; the first call after the memo expires tries the store again."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._until = 0.0
        self._reason = ""

    def check(self) -> None:
        """Raise ``GraphUnavailable`` while the store is remembered as down."""
        if time.monotonic() < self._until:
            raise GraphUnavailable(f"{self.name} недоступен: {self._reason}")

    def down(self, reason: str, seconds: float) -> None:
        self._reason = reason
        self._until = time.monotonic() + seconds

    def up(self) -> None:
        self._until = 0.0


def to_micros(moment: datetime) -> int:
    """Exact integer microseconds since the epoch (no float rounding)."""
    return (moment - EPOCH) // timedelta(microseconds=1)


def from_micros(micros: int) -> datetime:
    return EPOCH + timedelta(microseconds=int(micros))


@dataclass(frozen=True)
class EdgeParams:
    """How events become edge weights: a window, type weights and a half-life.

    weight(A→B) = Σ events in [since, until] of type_weight × count ×
    2^(−age / half_life), age = max(0, now − occurred_at).
    """

    now: datetime
    since: datetime | None = None
    until: datetime | None = None
    half_life_days: float = 30.0
    repost_weight: float = 1.0
    mention_weight: float = 0.5

    def __post_init__(self) -> None:
        if self.half_life_days <= 0:
            raise ValueError("half_life_days must be positive")
        if self.repost_weight < 0 or self.mention_weight < 0:
            raise ValueError("type weights must not be negative")

    @property
    def since_us(self) -> int:
        return to_micros(self.since) if self.since else -(2**62)

    @property
    def until_us(self) -> int:
        return to_micros(self.until) if self.until else 2**62

    @property
    def half_life_us(self) -> float:
        return self.half_life_days * 86400.0 * 1e6


@dataclass(frozen=True)
class WeightedEdges:
    """Account-to-account edges, sorted by (src, dst); arrays of equal length."""

    src: np.ndarray
    dst: np.ndarray
    weight: np.ndarray

    def __len__(self) -> int:
        return int(self.src.shape[0])

    @classmethod
    def from_events(
        cls,
        src: np.ndarray,
        dst: np.ndarray,
        at_us: np.ndarray,
        count: np.ndarray,
        type_weight: np.ndarray,
        params: EdgeParams,
    ) -> WeightedEdges:
        """Aggregate raw events into decayed, summed, sorted edges (vectorised)."""
        keep = (src != dst) & (at_us >= params.since_us) & (at_us <= params.until_us)
        src, dst, at_us = src[keep], dst[keep], at_us[keep]
        count, type_weight = count[keep], type_weight[keep]
        if src.size == 0:
            empty = np.zeros(0, dtype=np.int64)
            return cls(empty, empty.copy(), np.zeros(0, dtype=np.float64))
        age = np.maximum(to_micros(params.now) - at_us, 0).astype(np.float64)
        values = count.astype(np.float64) * type_weight * np.exp(-age / params.half_life_us * LN2)
        pairs = np.stack([src, dst], axis=1)
        unique, inverse = np.unique(pairs, axis=0, return_inverse=True)
        weight = np.bincount(inverse.ravel(), weights=values, minlength=unique.shape[0])
        positive = weight > 0
        return cls(
            unique[positive, 0].astype(np.int64),
            unique[positive, 1].astype(np.int64),
            weight[positive],
        )


@dataclass(frozen=True)
class Node:
    id: int
    platform: str
    external_id: str
    screen_name: str
    name: str
    kind: str
    followers: int | None
    blogger_id: int | None


@dataclass(frozen=True)
class Edge:
    """Aggregated amplification A → B: event counts (weights summed) and time span."""

    source: int
    target: int
    reposts: int
    mentions: int
    first_at: datetime
    last_at: datetime

    @property
    def total(self) -> int:
        return self.reposts + self.mentions


@dataclass(frozen=True)
class Subgraph:
    nodes: list[Node]
    edges: list[Edge]
    center: int | None = None
    truncated: bool = False


@dataclass(frozen=True)
class Amplifier:
    account_id: int
    reposts: int
    mentions: int
    last_at: datetime

    @property
    def total(self) -> int:
        return self.reposts + self.mentions


@dataclass(frozen=True)
class CascadeStep:
    account_id: int
    at: datetime
    weight: int


@dataclass(frozen=True)
class GraphCounts:
    accounts: int
    posts: int
    amplifies: int
    repost_events: int
    mention_events: int
    extra: dict[str, int] = field(default_factory=dict, compare=False)


@dataclass
class ProjectionReport:
    """What one ``project`` call wrote, and how long each stage took."""

    rebuild: bool
    accounts: int = 0
    posts: int = 0
    pairs: int = 0
    events: int = 0
    reposted: int = 0
    mentions: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class ScoreRow(TypedDict):
    """One account's result in a run, as ``write_back_scores`` puts it on the graph."""

    account_id: int
    score: float
    rank: int
    community: int


def node_name(display_name: str, screen_name: str, external_id: str) -> str:
    return display_name or (f"@{screen_name}" if screen_name else external_id)


class GraphBackend(ABC):
    """The interface both backends implement: graph reads, and keeping the store up
    to date with the ledger (projection, score write-back)."""

    name: str

    @abstractmethod
    def edge_list(self, params: EdgeParams) -> WeightedEdges:
        """The decayed weighted edge list for ranking."""

    @abstractmethod
    def nodes(self, ids: list[int]) -> list[Node]:
        """Nodes for these account ids (unknown ids are left out), sorted by id."""

    @abstractmethod
    def edges_touching(self, ids: list[int]) -> list[Edge]:
        """Every aggregated edge with at least one endpoint in ``ids``."""

    @abstractmethod
    def edges_among(self, ids: list[int]) -> list[Edge]:
        """Aggregated edges with both endpoints in ``ids``, sorted by (source, target)."""

    @abstractmethod
    def top_amplifiers(
        self, account_id: int, *, limit: int = 10, since: datetime | None = None
    ) -> list[Amplifier]:
        """Who amplifies ``account_id`` most: by events (weights summed) since ``since``,
        ties by latest event then account id."""

    @abstractmethod
    def post_cascade(self, post_id: int) -> list[CascadeStep]:
        """Who reposted post ``post_id``, each account once at its first repost, in time order."""

    @abstractmethod
    def shortest_path(
        self, source_id: int, target_id: int, *, max_depth: int = 6
    ) -> list[int] | None:
        """Account ids of one shortest directed amplification path, or None."""

    @abstractmethod
    def counts(self) -> GraphCounts:
        """Sizes of the graph: accounts, posts, AMPLIFIES edges, repost and mention events."""

    # --- keeping the store up to date with the ledger ----------------------------
    @abstractmethod
    def project(
        self,
        *,
        rebuild: bool = False,
        batch_size: int = PROJECTION_BATCH,
        progress: ProgressFn | None = None,
    ) -> ProjectionReport | None:
        """Bring the store up to date with the ledger: incremental (what changed
        since the last call), idempotent, safe to interrupt and re-run; ``rebuild``
        starts from an empty store. ``progress(stage, done)`` after each batch.
        None when the backend has nothing to project (it reads the ledger itself).
        Raises ``GraphUnavailable`` when the store cannot be reached."""

    @abstractmethod
    def write_back_scores(self, rows: Iterable[ScoreRow], *, run_id: int) -> int:
        """Put run ``run_id``'s score, rank and community onto the accounts of the
        store and clear those of earlier runs; idempotent. ``rows`` may be a lazy
        iterator: a backend with nothing to write leaves it unread. Returns the
        number of accounts written."""

    def ping(self) -> None:  # noqa: B027 - optional hook
        """Raise ``GraphUnavailable`` when the store cannot answer."""

    def ego_network(self, account_id: int, *, depth: int = 1, limit: int = 100) -> Subgraph:
        """The account, its neighbours (both directions) up to ``depth`` (1–2), at most
        ``limit`` nodes: at each level the neighbours most strongly tied to what is
        already included come first (ties by id). Edges are those among the nodes."""
        if not 1 <= depth <= EGO_MAX_DEPTH:
            raise ValueError(f"depth must be 1..{EGO_MAX_DEPTH}")
        limit = max(1, min(limit, EGO_MAX_NODES))
        if not self.nodes([account_id]):
            raise LookupError(f"account {account_id} is not in the graph")
        included = [account_id]
        seen = {account_id}
        frontier = [account_id]
        truncated = False
        for _ in range(depth):
            strength: dict[int, int] = defaultdict(int)
            for edge in self.edges_touching(frontier):
                for node in (edge.source, edge.target):
                    if node not in seen:
                        strength[node] += edge.total
            ranked = sorted(strength, key=lambda n: (-strength[n], n))
            room = limit - len(included)
            if len(ranked) > room:
                truncated = True
            frontier = ranked[: max(room, 0)]
            included.extend(frontier)
            seen.update(frontier)
            if not frontier:
                break
        return Subgraph(
            nodes=self.nodes(included),
            edges=self.edges_among(included),
            center=account_id,
            truncated=truncated,
        )
