from django.core.management.base import BaseCommand, CommandError

from backend.progress import ProgressLine
from graph.backends import get_backend
from graph.backends.base import GraphUnavailable
from graph.backends.neo4j import Neo4jBackend


class Command(BaseCommand):
    help = (
        "Project the observation ledger into Neo4j: incremental by default (what changed "
        "since the last run), --rebuild wipes the Neo4j data and projects everything."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="wipe Neo4j and project all")
        parser.add_argument("--batch-size", type=int, default=5000)

    def handle(self, *args, rebuild: bool, batch_size: int, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1")
        line = ProgressLine(self.stderr) if options.get("verbosity", 1) > 0 else None

        def progress(stage: str, done: int) -> None:
            if line is not None:
                line.update(f"  {stage}: {done:,}", milestone=stage)

        try:
            backend = get_backend("neo4j")
            assert isinstance(backend, Neo4jBackend)
            report = backend.project(rebuild=rebuild, batch_size=batch_size, progress=progress)
        except GraphUnavailable as exc:
            raise CommandError(exc.message) from exc
        if line is not None:
            line.finish()
        rate = report.events / report.seconds if report.seconds else 0.0
        self.stdout.write(
            self.style.SUCCESS(
                f"{'Rebuilt' if rebuild else 'Projected'}: {report.accounts:,} accounts, "
                f"{report.posts:,} posts, {report.pairs:,} AMPLIFIES pairs "
                f"({report.events:,} events), {report.reposted:,} REPOSTED, "
                f"{report.mentions:,} MENTIONS in {report.seconds:.1f} s ({rate:,.0f} events/s)."
            )
        )
