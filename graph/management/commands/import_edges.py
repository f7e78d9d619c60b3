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
from typing import cast

from django.core.management.base import CommandError
from django.utils import timezone

from graph.ingest.edges import FORMATS, KINDS, EventKind, Format, datetime_parse, edges_parse
from graph.ingest.importer import EdgeImporter
from graph.management.importing import ImportCommand, ImportRun, close_input, open_input


class Command(ImportCommand):
    help = (
        "Import repost/mention edges from a CSV, JSON-lines or edge-list file into the "
        "observation ledger. Idempotent: re-importing a file changes nothing."
    )
    formats = FORMATS
    format_help = (
        "file format; guessed from the extension when omitted "
        "(.csv; .jsonl/.ndjson; .edgelist/.txt)"
    )

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--kind",
            choices=KINDS,
            help="kind of every edge in an edge list (required there); "
            "for csv/jsonl the kind of rows that have none",
        )
        parser.add_argument(
            "--occurred-at",
            help="ISO 8601 time given to every edge of an edge list (default: now, to the minute)",
        )
        parser.add_argument("--pause-after-batch", type=float, default=0.0, help=argparse.SUPPRESS)

    def handle(self, *args, **options) -> None:
        path: str = options["path"]
        platform: str = options["platform"]
        fmt = cast(Format, self.file_format(path, options["format"]))
        kind: EventKind | None = options["kind"]
        batch_size = self.batch_size(options)
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
                dry_run=options["dry_run"],
                pause_after_batch=options["pause_after_batch"],
            )
            run.consume(rows)
        finally:
            close_input(stream, owned)
        self.finish(run, f"{label} ({fmt}, platform {platform})")
