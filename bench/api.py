"""Benchmark: latency of the blogger list API next to a trivial authenticated endpoint.

Builds (once; kept with ``--keepdb``) a database of ``--bloggers`` bloggers
(default 100,000) with territories, topics, owners, one account each,
interactions and follow-ups, then measures in the same process, interleaved:

- ``trivial``: ``GET /api/v1/auth/me/`` (session auth, role lookup, JSON);
- ``list``: ``GET /api/v1/bloggers/`` filtered (stances, stage excluded,
  territory with its children) and ordered by score, 50 rows a page, every row
  with its territory, owner, topics, accounts, last interaction and task counts;
- ``list p20``: the same request for page 20 (page 2 below 20,000 bloggers).

It prints p50/p95/mean in milliseconds and the list's p95 over the trivial p95
(goal: ≤ 6). Runs against ``DATABASE_URL`` (PostgreSQL) in a separate database
``<name>_bench`` that it creates; run by hand, never part of the tests::

    DATABASE_URL=postgres://rezonans:rezonans@127.0.0.1:5432/rezonans uv run python bench/api.py
    … bench/api.py --keepdb --requests 300      # reuse the generated data
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


def build(n: int, seed: int) -> None:
    from django.contrib.auth.models import Group, User
    from django.utils import timezone

    from crm.models import (
        Blogger,
        FollowUp,
        Interaction,
        Platform,
        SocialAccount,
        Stage,
        Stance,
        Territory,
        Topic,
    )

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
    topics = Topic.objects.bulk_create(Topic(name=f"Тема {i}") for i in range(30))
    owners = [User.objects.create_user(f"owner{i}") for i in range(8)]
    officer = User.objects.create_user("bench-officer", password="bench-pw-12345")
    officer.groups.add(Group.objects.get(name="officer"))
    stances, stages = list(Stance.values), list(Stage.values)
    now = timezone.now()
    batch = 5000
    for start in range(0, n, batch):
        bloggers = Blogger.objects.bulk_create(
            Blogger(
                display_name=f"Блогер {i:06d}",
                real_name=f"Фамилия {i}",
                territory=rng.choice(territories),
                stance=rng.choice(stances),
                stage=rng.choice(stages),
                owner=rng.choice(owners) if rng.random() < 0.7 else None,
                influence_score=round(rng.random() ** 3 * 100, 3) if rng.random() < 0.8 else None,
                notes="",
            )
            for i in range(start, min(n, start + batch))
        )
        Through = Blogger.topics.through
        Through.objects.bulk_create(
            Through(blogger_id=b.pk, topic_id=t.pk)
            for b in bloggers
            for t in rng.sample(topics, rng.randint(0, 3))
        )
        SocialAccount.objects.bulk_create(
            SocialAccount(
                platform=Platform.VK,
                kind="person",
                external_id=str(10_000_000 + b.pk),
                url=f"https://vk.com/id{10_000_000 + b.pk}",
                blogger=b,
            )
            for b in bloggers
        )
        Interaction.objects.bulk_create(
            Interaction(
                blogger=b,
                type="call",
                direction="out",
                summary="звонок",
                occurred_at=now - timedelta(days=rng.randint(0, 400)),
            )
            for b in bloggers
            for _ in range(rng.randint(0, 4))
        )
        FollowUp.objects.bulk_create(
            FollowUp(
                blogger=b,
                title="перезвонить",
                due_date=(now + timedelta(days=rng.randint(-30, 30))).date(),
                status=rng.choice(["open", "open", "done"]),
            )
            for b in bloggers
            if rng.random() < 0.4
        )
        print(f"  {min(n, start + batch):,} bloggers", file=sys.stderr, end="\r")
    # Ranks as the re-rank writes them: by score, best first.
    ranked = Blogger.objects.filter(influence_score__isnull=False).order_by("-influence_score")
    rows = list(ranked.values_list("pk", flat=True))
    for start in range(0, len(rows), batch):
        chunk = rows[start : start + batch]
        Blogger.objects.bulk_update(
            [Blogger(pk=pk, influence_rank=start + i + 1) for i, pk in enumerate(chunk)],
            ["influence_rank"],
        )
    from django.db import connection

    with connection.cursor() as cursor:
        # VACUUM too: it sets the visibility map (as autovacuum does on a live
        # database), without which no count can be an index-only scan.
        cursor.execute("VACUUM ANALYZE")
    print(f"built {n:,} bloggers in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def measure(requests: int, warmup: int, deep_page: int) -> Timings:
    from crm.models import Territory

    region = Territory.objects.get(name="Бенчмарк-область")
    list_params = {
        "territory": region.pk,
        "stance": ["supportive", "neutral"],
        "stage__n": "declined",
        "ordering": "-influence_score",
        "page_size": 50,
    }
    cases = {
        "trivial  GET /auth/me/": ("/api/v1/auth/me/", {}),
        "list     GET /bloggers/ (filtered, by score)": ("/api/v1/bloggers/", list_params),
        f"list p{deep_page} GET /bloggers/ (same, page {deep_page})": (
            "/api/v1/bloggers/",
            {**list_params, "page": deep_page},
        ),
    }
    client = logged_in("bench-officer")
    timings = time_requests(client, cases, requests=requests, warmup=warmup)
    body = client.get("/api/v1/bloggers/", list_params).json()
    print(
        f"list matches {body['count']:,} bloggers; first row score "
        f"{body['results'][0]['influence_score']}",
        file=sys.stderr,
    )
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bloggers", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keepdb", action="store_true", help="reuse the bench database")
    args = parser.parse_args()

    with bench_database("bench", keepdb=args.keepdb) as db:
        from crm.models import Blogger

        ensure_rows(
            Blogger.objects.count,
            args.bloggers,
            lambda: build(args.bloggers, args.seed),
            "bloggers",
        )
        deep_page = 20 if args.bloggers >= 20_000 else 2
        results = measure(args.requests, args.warmup, deep_page)
    print_table(
        results,
        f"{args.bloggers:,} bloggers, {args.requests} requests each (after {args.warmup} "
        f"warm-up), database {db['ENGINE'].rsplit('.', 1)[-1]}",
    )


if __name__ == "__main__":
    main()
