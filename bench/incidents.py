"""Benchmark: latency of the incident inbox API next to a trivial authenticated endpoint.

Builds (once; kept with ``--keepdb``) a database of ``--incidents`` incidents
(default 10,000) over a year, across 30 watch topics and 220 territories, in every
state, most assigned to one of 8 officers, with deadlines planned by the policy,
then measures in the same process, interleaved:

- ``trivial``: ``GET /api/v1/auth/me/`` (session auth, role lookup, JSON);
- ``inbox``: ``GET /api/v1/incidents/?is_open=true`` most severe first, 50 full rows a
  page (topic, territory, assignee, allowed transitions, deadlines and whether they
  are missed);
- ``inbox p20``: the same for page 20;
- ``mine``: ``?mine=true&is_open=true&ordering=first_response_due`` (an officer's
  queue by deadline).

It prints p50/p95/mean in milliseconds and each list's p95 over the trivial p95
(goal: ≤ 6). Runs against ``DATABASE_URL`` (PostgreSQL) in a separate database
``<name>_bench_incidents`` that it creates; run by hand, never part of the tests::

    DATABASE_URL=postgres://rezonans:rezonans@127.0.0.1:5432/rezonans \\
        uv run python bench/incidents.py
    … bench/incidents.py --keepdb --requests 300      # reuse the generated data
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

from latency import Timings, bench_database, ensure_rows, logged_in, print_table, time_requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backend.settings")
os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-production")
os.environ.setdefault("LOG_LEVEL", "WARNING")
# The test client speaks plain HTTP: no redirect to HTTPS in front of the API.
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

# Roughly what a year of a region's incidents looks like by the end of it.
STATES = [
    ("closed", 0.55),
    ("not_ours", 0.08),
    ("duplicate", 0.05),
    ("false_alarm", 0.07),
    ("answered", 0.10),
    ("in_work", 0.10),
    ("new", 0.05),
]


def build(n: int, seed: int) -> None:
    from django.contrib.auth.models import Group, User
    from django.utils import timezone

    from crm.models import Territory
    from monitoring.incidents import incident_deadlines_plan
    from monitoring.models import Incident, WatchTopic

    rng = random.Random(seed)
    started = time.perf_counter()
    region = Territory.objects.create(name="Бенчмарк-область", kind="region")
    districts = [
        Territory.objects.create(name=f"Район {i}", kind="municipal_district", parent=region)
        for i in range(20)
    ]
    settlements = Territory.objects.bulk_create(
        Territory(name=f"Поселение {i}", kind="settlement", parent=rng.choice(districts))
        for i in range(200)
    )
    territories = districts + settlements
    topics = WatchTopic.objects.bulk_create(
        WatchTopic(name=f"Тема {i}", keywords=[f"слово{i}"]) for i in range(30)
    )
    group = Group.objects.get(name="officer")
    officers = []
    for i in range(8):
        user = User.objects.create_user(
            f"officer{i}", password="bench-pw-12345", first_name="Сотрудник", last_name=str(i)
        )
        user.groups.add(group)
        officers.append(user)
    now = timezone.now()
    states, weights = zip(*STATES, strict=True)
    rows = []
    for i in range(n):
        detected = now - timedelta(minutes=rng.randint(0, 365 * 24 * 60))
        state = rng.choices(states, weights)[0]
        if state in ("new", "in_work", "answered"):  # open ones are recent
            detected = now - timedelta(minutes=rng.randint(0, 14 * 24 * 60))
        incident = Incident(
            title=f"Проблема {i}: нет отопления в доме",
            topic=rng.choice(topics),
            territory=rng.choice(territories),
            series_key=f"topic:{i}",
            state=state,
            is_open=state in ("new", "in_work", "answered"),
            started_at=detected - timedelta(hours=2),
            detected_at=detected,
            last_post_at=detected + timedelta(hours=rng.randint(0, 48)),
            severity=round(rng.random() ** 2 * 100, 2),
            significance=rng.random() * 10,
            negative_share=rng.random(),
            reach=rng.random() * 1e5,
            post_count=rng.randint(5, 300),
            author_count=rng.randint(3, 200),
            assignee=None if state == "new" else rng.choice(officers),
        )
        incident_deadlines_plan(incident, set_priority=True)
        if state not in ("new", "in_work"):
            incident.first_response_at = detected + timedelta(hours=rng.random() * 30)
            incident.response_url = f"https://vk.com/wall-1_{i}"
            incident.response_text = "Официальный ответ администрации."
        if state not in ("new", "in_work", "answered"):
            incident.resolved_at = detected + timedelta(days=rng.random() * 12)
        rows.append(incident)
    Incident.objects.bulk_create(rows, batch_size=2000)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"built {n:,} incidents in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def measure(requests: int, warmup: int) -> Timings:
    inbox = {"is_open": "true", "page_size": 50}
    cases = {
        "trivial   GET /auth/me/": ("/api/v1/auth/me/", {}),
        "inbox     GET /incidents/?is_open=true": ("/api/v1/incidents/", inbox),
        "inbox p20 GET /incidents/ (all, page 20)": (
            "/api/v1/incidents/",
            {"page_size": 50, "page": 20},
        ),
        "mine      GET /incidents/?mine&by deadline": (
            "/api/v1/incidents/",
            {**inbox, "mine": "true", "ordering": "first_response_due"},
        ),
    }
    client = logged_in("officer0")
    timings = time_requests(client, cases, requests=requests, warmup=warmup)
    body = client.get("/api/v1/incidents/", inbox).json()
    print(
        f"inbox holds {body['count']:,} open incidents; {len(body['results'])} rows a page",
        file=sys.stderr,
    )
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keepdb", action="store_true", help="reuse the bench database")
    args = parser.parse_args()

    with bench_database("bench_incidents", keepdb=args.keepdb) as db:
        from monitoring.models import Incident

        ensure_rows(
            Incident.objects.count,
            args.incidents,
            lambda: build(args.incidents, args.seed),
            "incidents",
        )
        results = measure(args.requests, args.warmup)
    print_table(
        results,
        f"{args.incidents:,} incidents, {args.requests} requests each (after {args.warmup} "
        f"warm-up), database {db['ENGINE'].rsplit('.', 1)[-1]}",
    )


if __name__ == "__main__":
    main()
