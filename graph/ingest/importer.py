"""The core of an edge import, shared by ``manage.py import_edges`` and API import jobs.

``EdgeImporter`` takes the ``(line_no, EventData | RowError)`` stream of
``graph.ingest.edges.edges_parse``, stores good rows in batches with
``events_ingest`` (one transaction per batch, idempotent by row key) or, in a
dry run, only counts what would be stored, and reports rejected rows and
progress through callbacks. The caller decides how to show them (stderr for
the command, rows in the database for an import job).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence

from crm.models import SocialAccount
from graph.ingest.edges import RowError
from graph.ingest.ledger import BATCH_SIZE, EventData, IngestCounts, events_ingest
from graph.models import Mention, Repost


class ImportAborted(Exception):
    """The rest of the file cannot be read (e.g. a CSV header without required columns)."""

    def __init__(self, error: RowError) -> None:
        super().__init__(f"line {error.line_no}: {error.reason}")
        self.error = error


class EdgeImporter:
    """Batches parsed rows into ``events_ingest`` (or a read-only dry run) and counts.

    ``read`` counts every data row (good or rejected), ``rejected`` the bad ones;
    ``counts`` holds created/already-present events and new accounts.
    ``on_reject(error)`` is called for each rejected row, ``on_batch(importer)``
    after each stored batch. Idempotent: re-importing the same rows creates
    nothing new (they count as already present).
    """

    def __init__(
        self,
        *,
        platform: str,
        origin: str,
        batch_size: int = BATCH_SIZE,
        dry_run: bool = False,
        on_reject: Callable[[RowError], None] | None = None,
        on_batch: Callable[[EdgeImporter], None] | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.platform = platform
        self.origin = origin
        self.batch_size = batch_size
        self.dry_run = dry_run
        self.on_reject = on_reject
        self.on_batch = on_batch
        self.counts = IngestCounts()
        self.read = 0
        self.rejected = 0
        self.started = time.monotonic()
        # Dry run only: what earlier batches would already have stored.
        self._seen_keys: dict[str, set[str]] = {"repost": set(), "mention": set()}
        self._seen_accounts: set[str] = set()

    def consume(self, rows: Iterable[tuple[int, EventData | RowError]]) -> None:
        """Import every row; raises ``ImportAborted`` on a fatal error (batches
        stored before it stay stored)."""
        batch: list[EventData] = []
        for _line_no, item in rows:
            if isinstance(item, RowError):
                if item.fatal:
                    raise ImportAborted(item)
                self.read += 1
                self.rejected += 1
                if self.on_reject:
                    self.on_reject(item)
                continue
            self.read += 1
            batch.append(item)
            if len(batch) >= self.batch_size:
                self._store(batch)
                batch = []
        if batch:
            self._store(batch)

    def _store(self, batch: Sequence[EventData]) -> None:
        self.counts.add(self._dry_run_counts(batch) if self.dry_run else self._ingest(batch))
        if self.on_batch:
            self.on_batch(self)

    def _ingest(self, batch: Sequence[EventData]) -> IngestCounts:
        return events_ingest(platform=self.platform, events=batch, origin=self.origin)

    def _dry_run_counts(self, batch: Sequence[EventData]) -> IngestCounts:
        """What ``events_ingest`` would report for this batch, by reading only."""
        counts = IngestCounts()
        for kind, model in (("repost", Repost), ("mention", Mention)):
            keys = [e.key for e in batch if e.kind == kind]
            fresh = set(keys) - self._seen_keys[kind]
            stored = existing_values(model.objects.all(), "key", fresh)
            counts.created[kind] = len(fresh - stored)
            counts.existing[kind] = len(keys) - counts.created[kind]
            self._seen_keys[kind] |= fresh
        ext_ids = {e.source_external_id for e in batch} | {e.target_external_id for e in batch}
        ext_ids -= self._seen_accounts
        known = existing_values(
            SocialAccount.objects.filter(platform=self.platform), "external_id", ext_ids
        )
        counts.new_accounts = len(ext_ids - known)
        self._seen_accounts |= ext_ids
        return counts

    def rate(self, now: float | None = None) -> float:
        """Rows read per second so far."""
        now = time.monotonic() if now is None else now
        return self.read / max(now - self.started, 1e-9)


def existing_values(queryset, field: str, values: set[str], chunk: int = BATCH_SIZE) -> set[str]:
    """Which of ``values`` are stored in ``field`` (IN lists kept to ``chunk`` items)."""
    ordered = sorted(values)
    found: set[str] = set()
    for start in range(0, len(ordered), chunk):
        part = ordered[start : start + chunk]
        found.update(queryset.filter(**{f"{field}__in": part}).values_list(field, flat=True))
    return found
