"""``manage.py demo_rankings [--weeks N]``: the demo's ranking history (runs as of each
of the past N weeks, then one now) for a database with no successful run yet."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from demo.ranking_save import DEMO_HISTORY_WEEKS, seed_demo_rankings
from graph.models import InfluenceRun


class Command(BaseCommand):
    help = (
        "Rank the demo ledger as of each of the past weeks and now, so score history and "
        "risers/fallers mean something from the first view. Does nothing when a ranking "
        "run has already succeeded."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--weeks",
            type=int,
            default=DEMO_HISTORY_WEEKS,
            help=f"past weekly runs before today's (default {DEMO_HISTORY_WEEKS})",
        )

    def handle(self, *args: Any, weeks: int, **options: Any) -> None:
        if weeks < 0:
            raise CommandError("--weeks must be 0 or more")

        def report(run: InfluenceRun) -> None:
            self.stdout.write(
                f"Ranking as of {run.created_at:%Y-%m-%d}: run #{run.pk} "
                f"{run.status}, {run.node_count:,} accounts"
            )

        runs = seed_demo_rankings(weeks=weeks, report=report)
        if not runs:
            self.stdout.write("Ranking history: a run has already succeeded; nothing to do.")
        elif runs[-1].status != InfluenceRun.Status.SUCCEEDED:
            raise CommandError(f"Run #{runs[-1].pk} failed: {runs[-1].error}")
