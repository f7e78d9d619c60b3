"""Benchmark: what the graph explorer's first load costs, before and after communities.

On the demo region (~5,000 accounts, ~100,000 reposts and mentions) with one
ranking run, through the API as a logged-in analyst (Django's test client: the
whole view, query, serialization and JSON rendering, no network), it measures:

- ``accounts (5,000 / 20,000)``: ``GET /graph/overview/?max_nodes=5000&max_edges=20000``,
  every account and the strongest edges among them (what the explorer loaded first
  before it opened on communities);
- ``communities``: ``GET /graph/clusters/``, the explorer's first load now: one node
  per community and the edges between communities summed;
- ``one community``: ``GET /graph/overview/?community=N&max_nodes=400&max_edges=1600``
  for the largest community (what a click on it loads).

It prints, per request, the body size and the API time (first call, then the median
of ``--repeat`` calls). Runs on ``DATABASE_URL`` (default: an SQLite file
``var/bench/graph.sqlite3``, which it fills with ``seed_demo`` and one ranking when
it holds no ranking run; kept for the next run)::

    uv run python bench/graph_overview.py
    DATABASE_URL=sqlite:///var/e2e/rezonans-e2e.sqlite3 uv run python bench/graph_overview.py
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backend.settings")
os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-production")
os.environ.setdefault("LOG_LEVEL", "WARNING")
os.environ.setdefault("GRAPH_BACKEND", "sql")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
if "DATABASE_URL" not in os.environ:
    (ROOT / "var" / "bench").mkdir(parents=True, exist_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{ROOT / 'var' / 'bench' / 'graph.sqlite3'}"


def prepare() -> None:
    from django.core.management import call_command

    from graph.models import InfluenceRun

    call_command("migrate", verbosity=0)
    if not InfluenceRun.objects.filter(status="succeeded").exists():
        print("seeding the demo region and ranking it (a few minutes, once)…", flush=True)
        call_command("seed_demo", stdout=io.StringIO())
        call_command("rerank", "--wait", stdout=io.StringIO())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import django

    django.setup()
    prepare()

    from django.contrib.auth.models import Group, User
    from django.test import Client

    from graph.models import InfluenceScore
    from graph.selectors import influence_run_latest

    user, _ = User.objects.get_or_create(username="bench-graph-analyst")
    user.groups.add(Group.objects.get(name="analyst"))
    client = Client()
    client.force_login(user)
    run = influence_run_latest()
    assert run is not None
    counts = InfluenceScore.objects.filter(run=run).values("community")
    largest = max(
        {row["community"] for row in counts},
        key=lambda c: InfluenceScore.objects.filter(run=run, community=c).count(),
    )
    cases = [
        ("accounts (5,000 / 20,000)", "/api/v1/graph/overview/?max_nodes=5000&max_edges=20000"),
        ("communities", "/api/v1/graph/clusters/"),
        (
            f"one community (#{largest})",
            f"/api/v1/graph/overview/?community={largest}&max_nodes=400&max_edges=1600",
        ),
    ]
    print(f"run {run.pk}: {run.node_count} accounts, {run.edge_count} edges\n")
    print(f"{'request':<28} {'bytes':>11} {'first s':>8} {'median s':>9}")
    for name, url in cases:
        timings = []
        size = 0
        for _ in range(args.repeat + 1):
            started = time.perf_counter()
            response = client.get(url, secure=True)  # production settings redirect to HTTPS
            timings.append(time.perf_counter() - started)
            assert response.status_code == 200, response.content[:300]
            size = len(response.content)
        print(f"{name:<28} {size:>11,} {timings[0]:>8.2f} {statistics.median(timings[1:]):>9.2f}")


if __name__ == "__main__":
    main()
