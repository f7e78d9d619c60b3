"""What the API latency benchmarks (``bench/api.py``, ``bench/incidents.py``) share:
a throw-away database next to ``DATABASE_URL``, interleaved timing of requests
through Django's test client, and the table of p50/p95/mean with each endpoint's
p95 over the trivial endpoint's p95."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

Cases = Mapping[str, tuple[str, Mapping[str, Any]]]
Timings = list[tuple[str, list[float]]]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@contextmanager
def bench_database(suffix: str, *, keepdb: bool) -> Iterator[dict[str, Any]]:
    """Django set up on a database ``<DATABASE_URL's name>_<suffix>`` created for the
    run (kept with ``keepdb``); yields the database settings."""
    import django
    from django.conf import settings

    django.setup()
    db = settings.DATABASES["default"]
    if "postgresql" in db["ENGINE"]:
        db["TEST"]["NAME"] = f"{db['NAME']}_{suffix}"
    else:
        print("note: the figures that matter are on PostgreSQL (set DATABASE_URL)", file=sys.stderr)
    from django.test.utils import setup_databases, setup_test_environment, teardown_databases

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["testserver"]
    config = setup_databases(verbosity=0, interactive=False, keepdb=keepdb, serialized_aliases=[])
    try:
        yield db
    finally:
        if not keepdb:
            teardown_databases(config, verbosity=0)


def ensure_rows(
    count: Callable[[], int], wanted: int, build: Callable[[], None], what: str
) -> None:
    """Build the data unless the (kept) database already holds exactly ``wanted`` rows."""
    have = count()
    if have == wanted:
        return
    if have:
        sys.exit(f"the bench database holds {have:,} {what}; drop it or omit --keepdb")
    build()


def logged_in(username: str) -> Any:
    """A Django test client with ``username``'s session."""
    from django.contrib.auth.models import User
    from django.test import Client

    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def time_requests(client: Any, cases: Cases, *, requests: int, warmup: int) -> Timings:
    """Milliseconds of every case, the cases interleaved round after round (so that
    the machine's load falls on all of them alike)."""
    timings: dict[str, list[float]] = {name: [] for name in cases}
    for round_ in range(warmup + requests):
        for name, (path, params) in cases.items():
            started = time.perf_counter()
            response = client.get(path, params)
            elapsed = (time.perf_counter() - started) * 1000
            assert response.status_code == 200, (name, response.status_code, response.content)
            if round_ >= warmup:
                timings[name].append(elapsed)
    return list(timings.items())


def print_table(results: Timings, heading: str) -> None:
    """p50/p95/mean per case, then each case's p95 over the ``trivial`` case's (goal ≤ 6)."""
    width = max(len(name) for name, _ in results) + 2
    print(f"\n{heading}\n")
    print(f"{'endpoint':{width}} {'p50 ms':>8} {'p95 ms':>8} {'mean ms':>8}")
    p95 = {}
    for name, values in results:
        p95[name] = percentile(values, 0.95)
        print(
            f"{name:{width}} {percentile(values, 0.5):8.1f} {p95[name]:8.1f} "
            f"{statistics.fmean(values):8.1f}"
        )
    trivial = next(v for k, v in p95.items() if k.startswith("trivial"))
    for name, value in p95.items():
        if not name.startswith("trivial"):
            label = name.split(" GET")[0].strip()
            print(f"\n{label} p95 / trivial p95 = {value / trivial:.2f} (goal ≤ 6)", end="")
    print()
