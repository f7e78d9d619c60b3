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

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from crm.models import Platform
from graph.ingest.edges import (
    FORMATS,
    KINDS,
    EventKind,
    Format,
    datetime_parse,
    edges_parse,
    format_from_path,
)
from graph.ingest.importer import EdgeImporter
from graph.ingest.ledger import BATCH_SIZE
from graph.management.importing import ImportRun, close_input, open_input


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

        stream, owned = open_input(path, options.get("stdin"))
        label = "standard input" if path == "-" else path
        try:
            rows = edges_parse(
                stream, fmt=fmt, platform=platform, tz=tz, kind=kind, occurred_at=occurred_at
            )
            run = ImportRun(
                command=self,
                importer_class=EdgeImporter,
                platform=platform,
                origin=f"import:{fmt}",
                batch_size=batch_size,
                dry_run=dry_run,
                pause_after_batch=options["pause_after_batch"],
            )
            run.consume(rows)
        finally:
            close_input(stream, owned)

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
