"""The embedded graph backend: answers every graph query from the ledger tables.

The ledger *is* this backend's graph, so there is nothing to project into it
and no node to write scores onto: ``project`` and ``write_back_scores`` are no-ops.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

import numpy as np
from django.db.models import F, Max, Min, Q, Sum

from crm.models import SocialAccount
from graph.backends.base import (
    PROJECTION_BATCH,
    Amplifier,
    CascadeStep,
    Edge,
    EdgeParams,
    GraphBackend,
    GraphCounts,
    Node,
    ProgressFn,
    ScoreRow,
    WeightedEdges,
    node_name,
)
from graph.backends.ledger import event_rows
from graph.models import Mention, Post, Repost

CHUNK = 2000


def _chunks(ids: list[int]):
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _window_events(
    model: type[Repost] | type[Mention], source: str, target: str, params: EdgeParams
) -> np.ndarray:
    """``event_rows`` of the events in the window, self-loops left out."""
    window = Q()
    if params.since:
        window &= Q(occurred_at__gte=params.since)
    if params.until:
        window &= Q(occurred_at__lte=params.until)
    return event_rows(model.objects.filter(window).exclude(**{source: F(target)}), source, target)


class SqlBackend(GraphBackend):
    name = "sql"

    # --- keeping the store up to date: nothing to do ---------------------------
    def project(
        self,
        *,
        rebuild: bool = False,
        batch_size: int = PROJECTION_BATCH,
        progress: ProgressFn | None = None,
    ) -> None:
        """Nothing to project: every query reads the ledger tables directly."""
        return None

    def write_back_scores(self, rows: Iterable[ScoreRow], *, run_id: int) -> int:
        """Nothing to write: a run's scores are already in ``InfluenceScore`` (and
        copied onto the accounts), where this backend's readers find them.
        ``rows`` is left unread."""
        return 0

    # --- ranking ---------------------------------------------------------
    def edge_list(self, params: EdgeParams) -> WeightedEdges:
        parts = []
        for model, source, target, type_weight in (
            (Repost, "reposter_id", "author_id", params.repost_weight),
            (Mention, "source_id", "target_id", params.mention_weight),
        ):
            events = _window_events(model, source, target, params)
            if events.shape[0]:
                parts.append((*events.T, np.full(events.shape[0], type_weight, dtype=np.float64)))
        if not parts:
            empty = np.zeros(0, dtype=np.int64)
            return WeightedEdges(empty, empty.copy(), np.zeros(0))
        arrays = [np.concatenate(column) for column in zip(*parts, strict=True)]
        return WeightedEdges.from_events(*arrays, params=params)

    # --- nodes and aggregated edges ----------------------------------------
    def nodes(self, ids: list[int]) -> list[Node]:
        result: list[Node] = []
        for chunk in _chunks(sorted(set(ids))):
            for a in SocialAccount.objects.filter(pk__in=chunk).values(
                "pk",
                "platform",
                "external_id",
                "screen_name",
                "display_name",
                "kind",
                "followers",
                "blogger_id",
            ):
                result.append(
                    Node(
                        id=a["pk"],
                        platform=a["platform"],
                        external_id=a["external_id"],
                        screen_name=a["screen_name"],
                        name=node_name(a["display_name"], a["screen_name"], a["external_id"]),
                        kind=a["kind"],
                        followers=a["followers"],
                        blogger_id=a["blogger_id"],
                    )
                )
        return sorted(result, key=lambda n: n.id)

    def _aggregate(self, repost_filter: Q, mention_filter: Q) -> list[Edge]:
        totals: dict[tuple[int, int], list] = defaultdict(lambda: [0, 0, None, None])
        for queryset, src, dst, slot in (
            (Repost.objects.filter(repost_filter), "reposter_id", "author_id", 0),
            (Mention.objects.filter(mention_filter), "source_id", "target_id", 1),
        ):
            rows = (
                queryset.exclude(**{src: F(dst)})
                .values(src, dst)
                .annotate(n=Sum("weight"), first=Min("occurred_at"), last=Max("occurred_at"))
                .values_list(src, dst, "n", "first", "last")
            )
            for a, b, n, first, last in rows:
                entry = totals[(a, b)]
                entry[slot] += n
                entry[2] = first if entry[2] is None else min(entry[2], first)
                entry[3] = last if entry[3] is None else max(entry[3], last)
        return [
            Edge(a, b, reposts, mentions, first, last)
            for (a, b), (reposts, mentions, first, last) in sorted(totals.items())
        ]

    def edges_touching(self, ids: list[int]) -> list[Edge]:
        edges: dict[tuple[int, int], Edge] = {}
        for chunk in _chunks(sorted(set(ids))):
            for edge in self._aggregate(
                Q(reposter_id__in=chunk) | Q(author_id__in=chunk),
                Q(source_id__in=chunk) | Q(target_id__in=chunk),
            ):
                edges[(edge.source, edge.target)] = edge
        return [edges[key] for key in sorted(edges)]

    def edges_among(self, ids: list[int]) -> list[Edge]:
        # Sources filtered by the database, targets here: given both IN lists, SQLite
        # probes its (source, target) index once per combination (25M probes for the
        # 5,000 accounts of the graph explorer).
        wanted = set(ids)
        return [
            edge
            for chunk in _chunks(sorted(wanted))
            for edge in self._aggregate(Q(reposter_id__in=chunk), Q(source_id__in=chunk))
            if edge.target in wanted
        ]

    # --- queries -----------------------------------------------------------
    def top_amplifiers(
        self, account_id: int, *, limit: int = 10, since: datetime | None = None
    ) -> list[Amplifier]:
        window = Q(occurred_at__gte=since) if since else Q()
        totals: dict[int, list] = defaultdict(lambda: [0, 0, None])
        for queryset, src, slot in (
            (Repost.objects.filter(window, author_id=account_id), "reposter_id", 0),
            (Mention.objects.filter(window, target_id=account_id), "source_id", 1),
        ):
            for who, n, last in (
                queryset.exclude(**{src: account_id})
                .values(src)
                .annotate(n=Sum("weight"), last=Max("occurred_at"))
                .values_list(src, "n", "last")
            ):
                entry = totals[who]
                entry[slot] += n
                entry[2] = last if entry[2] is None else max(entry[2], last)
        ranked = sorted(
            (Amplifier(who, r, m, last) for who, (r, m, last) in totals.items()),
            key=lambda a: (-a.total, -a.last_at.timestamp(), a.account_id),
        )
        return ranked[:limit]

    def post_cascade(self, post_id: int) -> list[CascadeStep]:
        rows = (
            Repost.objects.filter(original_post_id=post_id)
            .values("reposter_id")
            .annotate(at=Min("occurred_at"), n=Sum("weight"))
            .values_list("reposter_id", "at", "n")
        )
        steps = [CascadeStep(account_id=a, at=at, weight=n) for a, at, n in rows]
        return sorted(steps, key=lambda s: (s.at, s.account_id))

    def shortest_path(
        self, source_id: int, target_id: int, *, max_depth: int = 6
    ) -> list[int] | None:
        if source_id == target_id:
            return [source_id] if self.nodes([source_id]) else None
        parents: dict[int, int | None] = {source_id: None}
        frontier = [source_id]
        for _ in range(max_depth):
            nxt: list[int] = []
            for chunk in _chunks(frontier):
                pairs = set(
                    Repost.objects.filter(reposter_id__in=chunk)
                    .exclude(author_id=F("reposter_id"))
                    .values_list("reposter_id", "author_id")
                    .distinct()
                ) | set(
                    Mention.objects.filter(source_id__in=chunk)
                    .exclude(target_id=F("source_id"))
                    .values_list("source_id", "target_id")
                    .distinct()
                )
                for a, b in sorted(pairs):
                    if b not in parents:
                        parents[b] = a
                        nxt.append(b)
            if target_id in parents:
                path = [target_id]
                while parents[path[-1]] is not None:
                    path.append(parents[path[-1]])  # type: ignore[arg-type]
                return path[::-1]
            if not nxt:
                return None
            frontier = nxt
        return None

    def counts(self) -> GraphCounts:
        reposts = Repost.objects.exclude(reposter_id=F("author_id"))
        mentions = Mention.objects.exclude(source_id=F("target_id"))
        pairs = set(reposts.values_list("reposter_id", "author_id").distinct()) | set(
            mentions.values_list("source_id", "target_id").distinct()
        )
        return GraphCounts(
            accounts=SocialAccount.objects.count(),
            posts=Post.objects.count(),
            amplifies=len(pairs),
            repost_events=reposts.count(),
            mention_events=mentions.count(),
        )
