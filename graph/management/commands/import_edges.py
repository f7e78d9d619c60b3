"""``manage.py import_edges PATH``: load repost/mention edges from a file into the ledger.

Formats (guessed from the extension unless ``--format`` is given):

- ``csv`` (.csv) and ``jsonl`` (.jsonl, .ndjson): fields ``kind`` (repost|mention),
  ``source``, ``target`` (account ids on ``--platform``; source amplified target),
  ``occurred_at`` (ISO 8601; naive times are in ``settings.TIME_ZONE``), optional
  ``post_id``, ``weight`` (whole number ≥ 1, default 1) and ``event_id``;
- ``edgelist`` (.edgelist, .txt): ``source target [weight]`` lines, ``--kind``
  required, every edge dated ``--occurred-at`` (default: now, to the minute).

Idempotent: every row has a stable key (see ``graph.ingest.edges``), so importing
the same file again changes nothing, and an import killed half-way is completed
by running it again. Rows are stored in batches (``--batch-size``), one
transaction each. Bad rows are reported on stderr with their line numbers; the
good ones are kept, and the command exits non-zero when any row was rejected.

``--pause-after-batch SECONDS`` is hidden and exists only for the crash test
(``tests/graph/test_import_edges.py``), which needs time to kill the process
after a batch was committed.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Iterable
from typing import TextIO

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from crm.models import Platform
from graph.ingest.edges import (
    FORMATS,
    KINDS,
    EventKind,
    Format,
    RowError,
    datetime_parse,
    edges_parse,
    format_from_path,
)
from graph.ingest.importer import EdgeImporter, ImportAborted
from graph.ingest.ledger import BATCH_SIZE, EventData

ERRORS_SHOWN = 50
PROGRESS_EVERY_SECONDS = 2.0


class Command(BaseCommand):
    help = (
        "Import repost/mention edges from a CSV, JSON-lines or edge-list file into the "
        "observation ledger. Idempotent: re-importing a file changes nothing."
    )
    stealth_options = ("stdin",)

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("path", help="file to import, or - for standard input")
        parser.add_argument(
            "--platform",
            default=Platform.VK.value,
            choices=Platform.values,
            help="platform of the account ids in the file (default: vk)",
        )
        parser.add_argument(
            "--format",
            choices=FORMATS,
            help="file format; guessed from the extension when omitted "
            "(.csv; .jsonl/.ndjson; .edgelist/.txt)",
        )
        parser.add_argument(
            "--kind",
            choices=KINDS,
            help="kind of every edge in an edge list (required there); "
            "for csv/jsonl the kind of rows that have none",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="parse and check everything, report what would be created, write nothing",
        )
        parser.add_argument(
            "--occurred-at",
            help="ISO 8601 time given to every edge of an edge list (default: now, to the minute)",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help=f"rows per transaction (default: {BATCH_SIZE})",
        )
        parser.add_argument("--pause-after-batch", type=float, default=0.0, help=argparse.SUPPRESS)

    def handle(self, *args, **options) -> None:
        path: str = options["path"]
        platform: str = options["platform"]
        fmt = self._format(path, options["format"])
        kind: EventKind | None = options["kind"]
        batch_size: int = options["batch_size"]
        dry_run: bool = options["dry_run"]
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1")
        tz = timezone.get_default_timezone()
        occurred_at = None
        if fmt == "edgelist":
            if kind is None:
                raise CommandError("--kind (repost or mention) is required for edge lists")
            if options["occurred_at"]:
                try:
                    occurred_at = datetime_parse(options["occurred_at"], tz=tz)
                except ValueError as exc:
                    raise CommandError(f"--occurred-at: {exc}") from None
            else:
                occurred_at = timezone.now().replace(second=0, microsecond=0)
        elif options["occurred_at"]:
            raise CommandError("--occurred-at applies to edge lists only; csv/jsonl rows carry it")

        stream, owned = self._open(path, options.get("stdin"))
        label = "standard input" if path == "-" else path
        try:
            rows = edges_parse(
                stream, fmt=fmt, platform=platform, tz=tz, kind=kind, occurred_at=occurred_at
            )
            run = _ImportRun(
                command=self,
                platform=platform,
                origin=f"import:{fmt}",
                batch_size=batch_size,
                dry_run=dry_run,
                pause_after_batch=options["pause_after_batch"],
            )
            run.consume(rows)
        finally:
            if owned:
                stream.close()
            elif isinstance(stream, io.TextIOWrapper):
                stream.detach()  # leave the process's standard input open

        self.stdout.write(run.summary(f"{label} ({fmt}, platform {platform})"))
        if run.rejected:
            done = "checked" if dry_run else "imported"
            raise CommandError(
                f"{run.rejected:,} of {run.read:,} row(s) rejected (see the messages above); "
                f"the other rows were {done}"
            )

    def _format(self, path: str, given: Format | None) -> Format:
        if given:
            return given
        guessed = None if path == "-" else format_from_path(path)
        if guessed is None:
            raise CommandError(
                f"cannot tell the format of {path!r} from its name; "
                f"pass --format {'|'.join(FORMATS)}"
            )
        return guessed

    def _open(self, path: str, stdin: TextIO | None) -> tuple[TextIO, bool]:
        """The input as text, and whether it is ours to close.

        Undecodable bytes become lone surrogates, which the parser rejects row by
        row, instead of one UnicodeDecodeError ending the whole import.
        """
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin
            buffer = getattr(stream, "buffer", None)
            if buffer is None:
                return stream, False
            wrapper = io.TextIOWrapper(
                buffer, encoding="utf-8-sig", errors="surrogateescape", newline=""
            )
            return wrapper, False
        try:
            return open(path, encoding="utf-8-sig", errors="surrogateescape", newline=""), True
        except OSError as exc:
            raise CommandError(f"cannot open {path}: {exc.strerror}") from None


class _ImportRun:
    """Prints what an ``EdgeImporter`` does: rejected rows and periodic progress on
    stderr, the summary on stdout."""

    def __init__(
        self,
        *,
        command: BaseCommand,
        platform: str,
        origin: str,
        batch_size: int,
        dry_run: bool,
        pause_after_batch: float,
    ) -> None:
        self.command = command
        self.dry_run = dry_run
        self.pause_after_batch = pause_after_batch
        self.importer = EdgeImporter(
            platform=platform,
            origin=origin,
            batch_size=batch_size,
            dry_run=dry_run,
            on_reject=self._reject,
            on_batch=self._batch_done,
        )
        self._last_progress = self.importer.started

    @property
    def read(self) -> int:
        return self.importer.read

    @property
    def rejected(self) -> int:
        return self.importer.rejected

    def consume(self, rows: Iterable[tuple[int, EventData | RowError]]) -> None:
        try:
            self.importer.consume(rows)
        except ImportAborted as exc:
            raise CommandError(str(exc)) from None
        if self.rejected > ERRORS_SHOWN:
            hidden = self.rejected - ERRORS_SHOWN
            self.command.stderr.write(f"… and {hidden:,} more rejected row(s) not shown")

    def _reject(self, error: RowError) -> None:
        if self.importer.rejected <= ERRORS_SHOWN:
            self.command.stderr.write(f"line {error.line_no}: {error.reason}")

    def _batch_done(self, importer: EdgeImporter) -> None:
        if self.pause_after_batch and not self.dry_run:
            time.sleep(self.pause_after_batch)
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_EVERY_SECONDS:
            self._last_progress = now
            c = importer.counts
            progress = (
                f"… {importer.read:,} rows read, {c.total_created:,} "
                f"{'new' if self.dry_run else 'created'}, {c.total_existing:,} "
                f"already present, {importer.rejected:,} rejected "
                f"({importer.rate(now):,.0f} rows/s)"
            )
            self.command.stderr.write(progress, style_func=str)  # not in the error colour

    def summary(self, label: str) -> str:
        now = time.monotonic()
        c = self.importer.counts
        created = "would create" if self.dry_run else "created"
        head = f"Dry run of {label}, nothing was written" if self.dry_run else f"Imported {label}"
        lines = [
            f"{head}: {now - self.importer.started:.1f} s, {self.importer.rate(now):,.0f} rows/s",
            f"  {'rows read':<16}{self.read:>12,}",
            f"  {created:<16}{c.total_created:>12,}  "
            f"(reposts {c.created['repost']:,}, mentions {c.created['mention']:,})",
            f"  {'already present':<16}{c.total_existing:>12,}",
            f"  {'rejected':<16}{self.rejected:>12,}",
            f"  {'new accounts':<16}{c.new_accounts:>12,}"
            + ("  (would be created)" if self.dry_run else ""),
        ]
        return "\n".join(lines)
