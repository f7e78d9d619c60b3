"""``manage.py seed_demo [--seed N] [--no-graph]``: fill the database with the fictional
demo region (the CRM, then the VK amplification graph in the ledger, then what the
residents wrote: watch topics, posts and the incidents they opened)."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from demo.campaign_links import demo_publications_link
from demo.crm_save import seed_demo
from demo.graph_save import seed_demo_graph
from demo.monitoring_save import seed_demo_monitoring


class Command(BaseCommand):
    help = (
        "Create a believable, fictional regional dataset (territories, topics, ~300 bloggers, "
        "a year of interactions, tasks, two campaigns), its VK amplification graph "
        "(~5,000 accounts, ~100,000 reposts and mentions over 90 days) and the residents' "
        "posts (~15,000 over 90 days, with the incidents they opened). Deterministic for a "
        "seed, idempotent and transactional."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--seed", type=int, default=42, help="random seed (default 42); same seed, same data"
        )
        parser.add_argument(
            "--no-graph", action="store_true", help="seed the CRM only, not the ledger or the posts"
        )

    def handle(self, *args: Any, seed: int, no_graph: bool, **options: Any) -> None:
        started = time.perf_counter()
        seed_demo(seed=seed, stdout=self.stdout)
        if not no_graph:
            seed_demo_graph(seed=seed, stdout=self.stdout)
            demo_publications_link(stdout=self.stdout)
            seed_demo_monitoring(seed=seed, stdout=self.stdout)
        self.stdout.write(f"seed_demo: done in {time.perf_counter() - started:.1f} s\n")
