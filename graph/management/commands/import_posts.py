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

from typing import cast

from django.utils import timezone

from graph.ingest.posts import POST_FORMATS, PostFormat, PostImporter, posts_parse
from graph.management.importing import ImportCommand, ImportRun, close_input, open_input
from graph.signals import posts_stored


class Command(ImportCommand):
    help = (
        "Import posts and comments from a CSV or JSON-lines file into the ledger. "
        "Idempotent: re-importing a file creates nothing new."
    )
    formats = POST_FORMATS
    format_help = "file format; guessed from the extension when omitted (.csv; .jsonl/.ndjson)"

    def handle(self, *args, **options) -> None:
        path: str = options["path"]
        platform: str = options["platform"]
        fmt = cast(PostFormat, self.file_format(path, options["format"]))
        dry_run: bool = options["dry_run"]
        run = ImportRun(
            command=self,
            importer_class=PostImporter,
            platform=platform,
            origin=f"import:{fmt}",
            batch_size=self.batch_size(options),
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
        self.finish(run, f"{label} ({fmt}, platform {platform})")
