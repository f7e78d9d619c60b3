"""``manage.py seed_demo [--seed N]``: fill the database with the fictional demo region."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from crm.demo import seed_demo


class Command(BaseCommand):
    help = (
        "Create a believable, fictional regional dataset (territories, topics, ~300 bloggers, "
        "a year of interactions, tasks, two campaigns). Deterministic for a seed, "
        "idempotent and transactional."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--seed", type=int, default=42, help="random seed (default 42); same seed, same data"
        )

    def handle(self, *args: Any, seed: int, **options: Any) -> None:
        seed_demo(seed=seed, stdout=self.stdout)
