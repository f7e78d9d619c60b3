"""``manage.py import_posts PATH``: load posts and comments of any platform into the ledger.

Formats (guessed from the extension unless ``--format`` is given): ``csv`` (.csv,
header line) and ``jsonl`` (.jsonl, .ndjson). Fields: ``author``, ``external_id``,
``published_at``, ``text``, optional ``url``, ``parent`` + ``parent_author``,
``likes``, ``reposts``, ``comments``, ``views`` (see ``graph.ingest.posts``).

Idempotent on (platform, author, external id): importing the same file again
refreshes texts and counters and creates nothing; an import killed half-way is
completed by running it again. Bad rows are reported on stderr with their line
numbers; the good ones are kept, and the command exits non-zero when any row was
rejected. Stored posts are then analysed and scanned for problem bursts by the
monitoring worker, as after a VK sync.
"""

from __future__ import annotations

import argparse

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from crm.models import Platform
from graph.ingest.edges import format_from_path
from graph.ingest.ledger import BATCH_SIZE
from graph.ingest.posts import POST_FORMATS, PostFormat, PostImporter, posts_parse
from graph.management.importing import ImportRun, close_input, open_input
from graph.signals import posts_stored


class Command(BaseCommand):
    help = (
        "Import posts and comments from a CSV or JSON-lines file into the ledger. "
        "Idempotent: re-importing a file creates nothing new."
    )
    stealth_options = ("stdin",)

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("path", help="file to import, or - for standard input")
        parser.add_argument(
            "--platform",
            default=Platform.VK.value,
            choices=Platform.values,
            help="platform of the authors and posts in the file (default: vk)",
        )
        parser.add_argument(
            "--format",
            choices=POST_FORMATS,
            help="file format; guessed from the extension when omitted (.csv; .jsonl/.ndjson)",
        )
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

    def handle(self, *args, **options) -> None:
        path: str = options["path"]
        platform: str = options["platform"]
        fmt = self._format(path, options["format"])
        dry_run: bool = options["dry_run"]
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1")
        run = ImportRun(
            command=self,
            importer_class=PostImporter,
            platform=platform,
            origin=f"import:{fmt}",
            batch_size=options["batch_size"],
            dry_run=dry_run,
            pause_after_batch=0.0,
        )
        stream, owned = open_input(path, options.get("stdin"))
        label = "standard input" if path == "-" else path
        try:
            run.consume(posts_parse(stream, fmt=fmt, tz=timezone.get_default_timezone()))
        finally:
            close_input(stream, owned)
            # Batches stored before a failure are analysed too.
            if not dry_run and run.read > run.rejected:
                posts_stored.send(sender=Command)

        self.stdout.write(run.summary(f"{label} ({fmt}, platform {platform})"))
        if run.rejected:
            done = "checked" if dry_run else "imported"
            raise CommandError(
                f"{run.rejected:,} of {run.read:,} row(s) rejected (see the messages above); "
                f"the other rows were {done}"
            )

    def _format(self, path: str, given: PostFormat | None) -> PostFormat:
        if given:
            return given
        guessed = None if path == "-" else format_from_path(path)
        if guessed not in POST_FORMATS:
            raise CommandError(
                f"cannot tell the format of {path!r} from its name; "
                f"pass --format {'|'.join(POST_FORMATS)}"
            )
        return guessed  # type: ignore[return-value]
