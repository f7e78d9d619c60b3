"""The Neo4j backend: reads from the projected graph, projects the ledger into it
(``project``) and puts each run's scores onto its nodes (``write_back_scores``).

The driver is passed in (one per process, see ``graph.backends.neo4j_driver``)
and every call names the database. Projection is incremental (a watermark in
``ProjectionState``) and idempotent: each write carries the complete state of
what it writes, recomputed from the ledger, so repeating a batch changes nothing.
"""

from __future__ import annotations

import logging
import time
import weakref
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from django.conf import settings
from django.db.models import F, Min, Sum
from django.utils import timezone
from neo4j import Driver, RoutingControl
from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired

from crm.models import SocialAccount
from graph.backends import cypher
from graph.backends.base import (
    PROJECTION_BATCH,
    Amplifier,
    CascadeStep,
    DownMemo,
    Edge,
    EdgeParams,
    GraphBackend,
    GraphCounts,
    GraphUnavailable,
    Node,
    ProgressFn,
    ProjectionReport,
    ScoreRow,
    WeightedEdges,
    from_micros,
    node_name,
    to_micros,
)
from graph.backends.ledger import event_rows
from graph.models import Mention, Post, ProjectionState, Repost

log = logging.getLogger(__name__)

WRITE_BATCH = PROJECTION_BATCH
WRITERS = 2
EDGE_CHUNK = 25000  # source account ids per edge-list query (see cypher.EDGE_EVENTS)
SAFETY_MARGIN = timedelta(minutes=10)
# While a server is known to be down (a failed call in the last NEO4J_DOWN_MEMO_SECONDS)
# every call through its driver fails at once: graph endpoints answer 503 without
# waiting for connection timeouts. One memo per driver (the process has one).
_DOWN_MEMOS: weakref.WeakKeyDictionary[Driver, DownMemo] = weakref.WeakKeyDictionary()


def parse_events(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """``AMPLIFIES.events`` strings → (events per pair, ``[[at_µs, code], …]`` of all
    pairs in order), parsed by numpy in one pass."""
    if not texts:
        return np.zeros(0, dtype=np.int64), np.zeros((0, 2), dtype=np.int64)
    sizes = np.fromiter((t.count(",") + 1 for t in texts), np.int64, len(texts)) // 2
    flat = np.fromstring(",".join(texts), dtype=np.int64, sep=",")  # text mode: not deprecated
    if flat.size != 2 * int(sizes.sum()):
        raise ValueError("malformed AMPLIFIES.events: re-project with graph_project --rebuild")
    return sizes, flat.reshape(-1, 2)


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class Neo4jBackend(GraphBackend):
    name = "neo4j"

    def __init__(self, driver: Driver, *, database: str) -> None:
        self.driver = driver
        self.database = database
        self.down = _DOWN_MEMOS.setdefault(driver, DownMemo("Neo4j"))

    # --- plumbing ------------------------------------------------------------
    def _run(self, query: str, *, write: bool = False, **params: Any) -> list[Any]:
        self.down.check()
        try:
            records, _, _ = self.driver.execute_query(
                query,
                parameters_=params,
                database_=self.database,
                routing_=RoutingControl.WRITE if write else RoutingControl.READ,
            )
        except (ServiceUnavailable, SessionExpired, AuthError, OSError) as exc:
            self.down.down(type(exc).__name__, settings.NEO4J_DOWN_MEMO_SECONDS)
            raise GraphUnavailable(f"Neo4j недоступен: {type(exc).__name__}") from exc
        return records

    def ping(self) -> None:
        self._run("RETURN 1")

    def ensure_schema(self) -> list[str]:
        """Create constraints and indexes; safe to run any number of times."""
        for statement in cypher.SCHEMA:
            self._run(statement, write=True)
        return list(cypher.SCHEMA)

    def wipe(self) -> None:
        """Delete every node and relationship of the database (schema stays)."""
        self.down.check()
        try:
            with self.driver.session(database=self.database) as session:
                session.run(cypher.WIPE).consume()
        except (ServiceUnavailable, SessionExpired, AuthError, OSError) as exc:
            raise GraphUnavailable(f"Neo4j недоступен: {type(exc).__name__}") from exc

    # --- reads ---------------------------------------------------------------
    def edge_list(self, params: EdgeParams) -> WeightedEdges:
        """Fetch each active pair's ``"at_µs,code,…"`` string; weigh and decay in numpy."""
        (top,) = self._run(cypher.MAX_ACCOUNT_ID)
        records = [
            record
            for lo in range(0, (top["id"] or 0) + 1, EDGE_CHUNK)
            for record in self._run(
                cypher.EDGE_EVENTS,
                lo=lo,
                hi=lo + EDGE_CHUNK,
                since=params.since_us,
                until=params.until_us,
            )
        ]
        sizes, flat = parse_events([text for r in records for text in r["events"]])
        pair_src = np.fromiter((i for r in records for i in r["src"]), np.int64, sizes.size)
        pair_dst = np.fromiter((i for r in records for i in r["dst"]), np.int64, sizes.size)
        src, dst = np.repeat(pair_src, sizes), np.repeat(pair_dst, sizes)
        codes = flat[:, 1]
        type_weight = np.where(
            codes % 2 == 0, float(params.repost_weight), float(params.mention_weight)
        )
        return WeightedEdges.from_events(
            src, dst, flat[:, 0].copy(), codes // 2, type_weight, params=params
        )

    def nodes(self, ids: list[int]) -> list[Node]:
        records = self._run(cypher.NODES, ids=sorted(set(ids)))
        return [
            Node(
                id=r["id"],
                platform=r["platform"],
                external_id=r["external_id"],
                screen_name=r["screen_name"],
                name=r["name"],
                kind=r["kind"],
                followers=r["followers"],
                blogger_id=r["blogger_id"],
            )
            for r in records
        ]

    @staticmethod
    def _edges(records: list[Any]) -> list[Edge]:
        return [
            Edge(
                r["source"],
                r["target"],
                r["reposts"],
                r["mentions"],
                from_micros(r["first_at"]),
                from_micros(r["last_at"]),
            )
            for r in records
        ]

    def edges_touching(self, ids: list[int]) -> list[Edge]:
        return self._edges(self._run(cypher.EDGES_TOUCHING, ids=sorted(set(ids))))

    def edges_among(self, ids: list[int]) -> list[Edge]:
        return self._edges(self._run(cypher.EDGES_AMONG, ids=sorted(set(ids))))

    def top_amplifiers(
        self, account_id: int, *, limit: int = 10, since: datetime | None = None
    ) -> list[Amplifier]:
        records = self._run(
            cypher.TOP_AMPLIFIERS,
            id=account_id,
            since=to_micros(since) if since else -(2**62),
            limit=limit,
        )
        return [
            Amplifier(r["account_id"], r["reposts"], r["mentions"], from_micros(r["last_at"]))
            for r in records
        ]

    def post_cascade(self, post_id: int) -> list[CascadeStep]:
        records = self._run(cypher.POST_CASCADE, id=post_id)
        return [CascadeStep(r["account_id"], from_micros(r["at"]), r["weight"]) for r in records]

    def shortest_path(
        self, source_id: int, target_id: int, *, max_depth: int = 6
    ) -> list[int] | None:
        if source_id == target_id:
            return [source_id] if self.nodes([source_id]) else None
        depth = max(1, min(int(max_depth), 15))
        records = self._run(cypher.SHORTEST_PATH % depth, source=source_id, target=target_id)
        return list(records[0]["ids"]) if records else None

    def counts(self) -> GraphCounts:
        r = self._run(cypher.COUNTS)[0]
        return GraphCounts(
            accounts=r["accounts"],
            posts=r["posts"],
            amplifies=r["amplifies"],
            repost_events=r["repost_events"],
            mention_events=r["mention_events"],
            extra={"reposted": r["reposted"], "mentions": r["mentions_rel"], "posted": r["posted"]},
        )

    # --- keeping the graph up to date with the ledger -------------------------------
    def write_back_scores(self, rows: Iterable[ScoreRow], *, run_id: int) -> int:
        """Put a run's score, rank and community onto ``Account`` nodes (batched
        ``UNWIND``) and clear them on nodes the run did not rank; idempotent."""
        written = 0
        for batch in _batches(rows, WRITE_BATCH):
            self._run(cypher.WRITE_SCORES, write=True, rows=batch, run_id=run_id)
            written += len(batch)
        self._run(cypher.CLEAR_STALE_SCORES, write=True, run_id=run_id)
        return written

    @property
    def state_name(self) -> str:
        return f"neo4j:{self.database}"

    def project(
        self,
        *,
        rebuild: bool = False,
        batch_size: int = WRITE_BATCH,
        progress: ProgressFn | None = None,
    ) -> ProjectionReport:
        """Bring the Neo4j graph up to date with the ledger.

        Incremental by default: accounts and posts changed, and account pairs
        and posts touched by events ingested, since the last run's start
        (minus ``SAFETY_MARGIN``). ``rebuild`` wipes the database and projects
        everything. Safe to interrupt and re-run.
        """
        started = timezone.now()
        clock = time.perf_counter()
        report = ProjectionReport(rebuild=rebuild)
        state, _ = ProjectionState.objects.get_or_create(name=self.state_name)
        self.ensure_schema()
        if not rebuild and self._older_format():
            log.warning("The Neo4j graph was projected in an older format: rebuilding it.")
            rebuild = report.rebuild = True
        since = None if rebuild or state.watermark is None else state.watermark - SAFETY_MARGIN
        if rebuild:
            self.wipe()
        report.stage_seconds["prepare"] = round(time.perf_counter() - clock, 3)

        lap = time.perf_counter()

        def note(stage: str, done: int) -> None:
            nonlocal lap
            now = time.perf_counter()
            report.stage_seconds[stage] = round(report.stage_seconds.get(stage, 0) + now - lap, 3)
            lap = now
            if progress:
                progress(stage, done)

        # --rebuild: element ids of the created nodes (ledger pk → Neo4j element id)
        node_ids: dict[int, str] = {}
        post_ids: dict[int, str] = {}

        # 1. accounts
        accounts = SocialAccount.objects.all()
        if since:
            accounts = accounts.filter(updated_at__gte=since)
        for batch in _batches(
            accounts.order_by("pk")
            .values_list(
                "pk",
                "platform",
                "external_id",
                "screen_name",
                "display_name",
                "kind",
                "followers",
                "blogger_id",
            )
            .iterator(chunk_size=batch_size),
            batch_size,
        ):
            rows = [
                {
                    "account_id": pk,
                    "platform": platform,
                    "external_id": ext or None,
                    "screen_name": sn or None,
                    "name": node_name(dn, sn, ext),
                    "kind": kind or None,
                    "followers": followers,
                    "blogger_id": blogger_id,
                }
                for pk, platform, ext, sn, dn, kind, followers, blogger_id in batch
            ]
            if rebuild:  # sparse maps: absent values are simply not stored
                rows = [{k: v for k, v in row.items() if v is not None} for row in rows]
                node_ids.update(self._created(cypher.CREATE_ACCOUNTS, rows))
            else:
                self._run(cypher.UPSERT_ACCOUNTS, write=True, rows=rows)
            report.accounts += len(rows)
            note("accounts", report.accounts)

        # 2. posts
        posts = Post.objects.all()
        if since:
            posts = posts.filter(fetched_at__gte=since)
        for batch in _batches(
            posts.order_by("pk")
            .values_list(
                "pk",
                "account_id",
                "external_id",
                "url",
                "published_at",
                "likes",
                "reposts",
                "comments",
                "views",
            )
            .iterator(chunk_size=batch_size),
            batch_size,
        ):
            rows = [
                {
                    "post_id": pk,
                    "account_id": acc,
                    "external_id": ext,
                    "url": url,
                    "published_at": to_micros(pub) if pub else None,
                    "likes": likes,
                    "reposts": reposts,
                    "comments": comments,
                    "views": views,
                }
                for pk, acc, ext, url, pub, likes, reposts, comments, views in batch
            ]
            if rebuild:
                rows = [
                    {
                        "account": node_ids[row["account_id"]],
                        "props": {k: v for k, v in row.items() if v is not None},
                    }
                    for row in rows
                ]
                post_ids.update(self._created(cypher.CREATE_POSTS, rows))
            else:
                self._run(cypher.UPSERT_POSTS, write=True, rows=rows)
            report.posts += len(rows)
            note("posts", report.posts)

        # 3. AMPLIFIES: complete event lists per touched pair
        def pairs_done(batch: list[dict[str, Any]]) -> None:
            report.pairs += len(batch)
            report.events += sum((r["props"]["events"].count(",") + 1) // 2 for r in batch)
            note("amplifies", report.pairs)

        pair_batches = _batches(self._pair_rows(since), batch_size)
        if rebuild:
            pair_batches = (
                [
                    {"src": node_ids[r["src"]], "dst": node_ids[r["dst"]], "props": r["props"]}
                    for r in batch
                ]
                for batch in pair_batches
            )
        self._write_concurrently(
            cypher.CREATE_AMPLIFIES if rebuild else cypher.MERGE_AMPLIFIES, pair_batches, pairs_done
        )

        # 4. REPOSTED (account → original post) and MENTIONS (post → account)
        for query, rows_iter, attr in (
            (
                cypher.CREATE_REPOSTED if rebuild else cypher.MERGE_REPOSTED,
                self._link_rows(since, Repost, "original_post_id", "reposter_id"),
                "reposted",
            ),
            (
                cypher.CREATE_MENTIONS if rebuild else cypher.MERGE_MENTIONS,
                self._link_rows(since, Mention, "source_post_id", "target_id"),
                "mentions",
            ),
        ):
            link_batches = _batches(rows_iter, batch_size)
            if rebuild:
                link_batches = (
                    [
                        {
                            "post": post_ids[r["post_id"]],
                            "account": node_ids[r["account_id"]],
                            "at": r["at"],
                            "weight": r["weight"],
                        }
                        for r in batch
                    ]
                    for batch in link_batches
                )

            def links_done(batch: list[dict[str, Any]], attr: str = attr) -> None:
                setattr(report, attr, getattr(report, attr) + len(batch))
                note(attr, getattr(report, attr))

            self._write_concurrently(query, link_batches, links_done)

        self._run(cypher.FORMAT_SET, write=True, format=cypher.PROJECTION_FORMAT)
        report.seconds = round(time.perf_counter() - clock, 3)
        state.watermark = started
        state.last_report = report.as_dict()
        state.save(update_fields=["watermark", "last_report", "updated_at"])
        return report

    def _write_concurrently(
        self,
        query: str,
        batches: Iterable[list[dict[str, Any]]],
        done: Callable[[list[dict[str, Any]]], None],
    ) -> None:
        """Run ``query`` once per batch on ``WRITERS`` threads, at most two batches
        ahead per writer; ``done(batch)`` is called in batch order as each completes.

        Two writers keep both cores busy; each batch is its own idempotent
        transaction (the driver retries deadlocks on shared endpoints).
        """
        with ThreadPoolExecutor(max_workers=WRITERS) as pool:
            pending: deque[tuple[Future[Any], list[dict[str, Any]]]] = deque()
            for batch in batches:
                pending.append((pool.submit(self._run, query, write=True, rows=batch), batch))
                while len(pending) >= WRITERS * 2 or (pending and pending[0][0].done()):
                    future, finished = pending.popleft()
                    future.result()
                    done(finished)
            for future, finished in pending:
                future.result()
                done(finished)

    def _created(self, query: str, rows: list[dict[str, Any]]) -> Iterator[tuple[int, str]]:
        """Run a CREATE batch; (ledger pk, element id) of each node it created."""
        (record,) = self._run(query, write=True, rows=rows)
        return zip(record["ids"], record["eids"], strict=True)

    def _older_format(self) -> bool:
        """True when the graph holds data projected in another layout version."""
        (record,) = self._run(cypher.FORMAT_GET)
        return bool(record["has_data"]) and record["format"] != cypher.PROJECTION_FORMAT

    @staticmethod
    def _touched_pairs(since: datetime) -> set[tuple[int, int]]:
        pairs = set(
            Repost.objects.filter(ingested_at__gte=since)
            .values_list("reposter_id", "author_id")
            .distinct()
        )
        pairs |= set(
            Mention.objects.filter(ingested_at__gte=since)
            .values_list("source_id", "target_id")
            .distinct()
        )
        return {(a, b) for a, b in pairs if a != b}

    def _pair_rows(self, since: datetime | None) -> Iterator[dict[str, Any]]:
        """One row per account pair with all its events, sorted by (src, dst)."""
        if since is None:
            yield from self._rows_for(None, None)
            return
        touched = self._touched_pairs(since)
        by_source: dict[int, set[int]] = defaultdict(set)
        for a, b in touched:
            by_source[a].add(b)
        sources = sorted(by_source)
        for start in range(0, len(sources), 1000):
            chunk = sources[start : start + 1000]
            yield from self._rows_for(chunk, touched)

    @staticmethod
    def _rows_for(
        sources: Sequence[int] | None, wanted: set[tuple[int, int]] | None
    ) -> Iterator[dict[str, Any]]:
        """AMPLIFIES rows of the pairs whose source is in ``sources`` (all: None),
        restricted to ``wanted`` pairs when given, sorted by (src, dst).

        Events of a pair are ordered by (time, ledger pk, code), code = weight·2 + kind
        (0 repost, 1 mention). Grouping is done in numpy; only the per-pair lists
        become Python objects (the driver packs lists of ints).
        """
        parts = []
        for kind, model, src, dst in (
            (0, Repost, "reposter_id", "author_id"),
            (1, Mention, "source_id", "target_id"),
        ):
            queryset = model.objects.exclude(**{src: F(dst)})
            if sources is not None:
                queryset = queryset.filter(**{f"{src}__in": sources})
            rows = event_rows(queryset, src, dst, "pk")
            parts.append(np.column_stack([rows, np.full(rows.shape[0], kind, dtype=np.int64)]))
        events = np.concatenate(parts)
        if wanted is not None and events.shape[0]:
            pairs = zip(events[:, 0].tolist(), events[:, 1].tolist(), strict=True)
            events = events[np.fromiter((pair in wanted for pair in pairs), dtype=bool)]
        if not events.shape[0]:
            return
        a, b, at, weight, pk, kind = events.T
        code = weight * 2 + kind
        order = np.lexsort((code, pk, at, b, a))
        a, b, at, weight, kind, code = (
            a[order],
            b[order],
            at[order],
            weight[order],
            kind[order],
            code[order],
        )
        starts = np.flatnonzero(np.r_[True, (a[1:] != a[:-1]) | (b[1:] != b[:-1])])
        ends = np.r_[starts[1:], a.shape[0]]
        repost_count = np.add.reduceat((kind == 0).astype(np.int64), starts).tolist()
        mention_count = np.add.reduceat((kind == 1).astype(np.int64), starts).tolist()
        repost_sum = np.add.reduceat(np.where(kind == 0, weight, 0), starts).tolist()
        mention_sum = np.add.reduceat(np.where(kind == 1, weight, 0), starts).tolist()
        flat = np.column_stack([at, code]).ravel().astype(str).tolist()
        first, last = at[starts].tolist(), at[ends - 1].tolist()
        for i, (start, end, src, dst) in enumerate(
            zip(starts.tolist(), ends.tolist(), a[starts].tolist(), b[starts].tolist(), strict=True)
        ):
            props: dict[str, Any] = {
                "events": ",".join(flat[2 * start : 2 * end]),
                "first_at": first[i],
                "last_at": last[i],
            }
            if repost_count[i]:
                props["reposts"] = repost_sum[i]
            if mention_count[i]:
                props["mentions"] = mention_sum[i]
            yield {"src": src, "dst": dst, "props": props}

    @staticmethod
    def _link_rows(
        since: datetime | None, model: type[Repost] | type[Mention], post: str, account: str
    ) -> Iterator[dict[str, Any]]:
        """One row per (post, account) link — REPOSTED (account → original post) or
        MENTIONS (mentioning post → account) — with its first time and total weight,
        recomputed from the ledger for every post touched since ``since``."""
        links = model.objects.filter(**{f"{post}__isnull": False})
        if since is not None:
            touched = set(links.filter(ingested_at__gte=since).values_list(post, flat=True))
            if not touched:
                return
            links = links.filter(**{f"{post}__in": sorted(touched)})
        rows = (
            links.values(post, account)
            .annotate(at=Min("occurred_at"), n=Sum("weight"))
            .order_by(post, account)
            .values_list(post, account, "at", "n")
        )
        for post_id, account_id, at, weight in rows.iterator(chunk_size=20000):
            yield {
                "post_id": post_id,
                "account_id": account_id,
                "at": to_micros(at),
                "weight": weight,
            }
