from django.core.management.base import BaseCommand, CommandError

from graph.backends import get_backend
from graph.backends.base import GraphUnavailable
from graph.backends.neo4j import Neo4jBackend


class Command(BaseCommand):
    help = "Create the Neo4j constraints and indexes (IF NOT EXISTS: safe to re-run)."

    def handle(self, *args, **options):
        try:
            backend = get_backend("neo4j")
            assert isinstance(backend, Neo4jBackend)
            statements = backend.ensure_schema()
        except GraphUnavailable as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(self.style.SUCCESS(f"{len(statements)} schema statements applied."))
