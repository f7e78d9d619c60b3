"""What ``manage.py import_edges`` and ``import_posts`` share: their common
arguments, reading the input (a file or standard input) and printing an import's
progress and summary."""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar, TextIO

from django.core.management.base import BaseCommand, CommandError

from crm.models import Platform
from graph.ingest.edges import RowError, format_from_path
from graph.ingest.importer import EdgeImporter, ImportAborted
from graph.ingest.ledger import BATCH_SIZE

ERRORS_SHOWN = 50
PROGRESS_EVERY_SECONDS = 2.0


class ImportCommand(BaseCommand):
    """The arguments and checks every import command has: ``path`` (or ``-``),
    ``--platform``, ``--format`` (one of ``formats``, guessed from the extension),
    ``--dry-run`` and ``--batch-size``."""

    formats: ClassVar[Sequence[str]]
    format_help: ClassVar[str]
    stealth_options = ("stdin",)

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("path", help="file to import, or - for standard input")
        parser.add_argument(
            "--platform",
            default=Platform.VK.value,
            choices=Platform.values,
            help="platform of the accounts in the file (default: vk)",
        )
        parser.add_argument("--format", choices=self.formats, help=self.format_help)
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="parse and check everything, report what would be created, write nothing",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help=f"rows per transaction (default: {BATCH_SIZE})",
        )

    def file_format(self, path: str, given: str | None) -> str:
        """``--format`` when given, otherwise the one the file's extension implies."""
        if given:
            return given
        guessed = None if path == "-" else format_from_path(path)
        if guessed not in self.formats:
            raise CommandError(
                f"cannot tell the format of {path!r} from its name; "
                f"pass --format {'|'.join(self.formats)}"
            )
        return guessed

    def batch_size(self, options: dict[str, Any]) -> int:
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1")
        return int(options["batch_size"])

    def finish(self, run: ImportRun, label: str) -> None:
        """Print the summary; exit non-zero when any row was rejected."""
        self.stdout.write(run.summary(label))
        if run.rejected:
            done = "checked" if run.dry_run else "imported"
            raise CommandError(
                f"{run.rejected:,} of {run.read:,} row(s) rejected (see the messages above); "
                f"the other rows were {done}"
            )


def open_input(path: str, stdin: TextIO | None) -> tuple[TextIO, bool]:
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


def close_input(stream: TextIO, owned: bool) -> None:
    """Close what ``open_input`` opened; leave the process's standard input open."""
    if owned:
        stream.close()
    elif isinstance(stream, io.TextIOWrapper):
        stream.detach()


class ImportRun:
    """Prints what an importer (``EdgeImporter`` or ``PostImporter``) does: rejected
    rows and periodic progress on stderr, the summary on stdout."""

    def __init__(
        self,
        *,
        command: BaseCommand,
        importer_class: type[EdgeImporter],
        platform: str,
        origin: str,
        batch_size: int,
        dry_run: bool,
        pause_after_batch: float,
    ) -> None:
        self.command = command
        self.dry_run = dry_run
        self.pause_after_batch = pause_after_batch
        self.importer = importer_class(
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

    def consume(self, rows: Iterable[tuple[int, Any]]) -> None:
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
            f"  {created:<16}{c.total_created:>12,}" + _by_kind(c.created),
            f"  {'already present':<16}{c.total_existing:>12,}",
            f"  {'rejected':<16}{self.rejected:>12,}",
            f"  {'new accounts':<16}{c.new_accounts:>12,}"
            + ("  (would be created)" if self.dry_run else ""),
        ]
        return "\n".join(lines)


def _by_kind(created: dict[str, int]) -> str:
    """``  (reposts 3, mentions 1)`` for edges; nothing when there is one kind (posts)."""
    named = {"repost": "reposts", "mention": "mentions"}
    parts = [f"{named[k]} {n:,}" for k, n in created.items() if k in named]
    return f"  ({', '.join(parts)})" if len(parts) > 1 else ""
