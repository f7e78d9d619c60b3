"""Benchmark: from posts stored in the ledger to their incident visible in the API,
in the full stack (PostgreSQL, Redis broker, a Celery worker, gunicorn).

Builds a scratch database ``<name>_latency`` with a territory, a watch topic and
five weeks of ordinary posts (analysed), starts a Celery worker and gunicorn on it,
then, ``--rounds`` times: stores a burst of complaints the way a VK sync or a post
import does (the ledger's upsert, then the ``posts_stored`` signal, which queues
the monitoring scan) and polls ``GET /api/v1/incidents/`` until the incident is
there. Prints each round's seconds and their median and maximum (goal: ≤ 60 s).
Run by hand, never part of the tests::

    DATABASE_URL=postgres://rezonans:rezonans@127.0.0.1:5432/rezonans \\
    CELERY_BROKER_URL=redis://127.0.0.1:6379/5 uv run python bench/signals_latency.py
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backend.settings")
os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-production")
os.environ.setdefault("LOG_LEVEL", "WARNING")
HOUR = timedelta(hours=1)


def seed() -> None:
    """A town, a heating topic and one ordinary heating post every 8 hours for 5 weeks."""
    from django.utils import timezone

    from crm.models import Platform, Territory
    from graph.ingest.ledger import PostData, posts_upsert
    from monitoring.models import WatchTopic
    from monitoring.services import posts_analyse

    root = Territory.objects.create(name="Бенч-область", kind="region")
    Territory.objects.create(name="Городской округ Заречье", kind="urban_okrug", parent=root)
    WatchTopic.objects.create(name="Отопление", keywords=["отопление", "батарея"])
    now = timezone.now()
    posts_upsert(
        platform=Platform.VK,
        posts=[
            PostData("1", f"bg{h}", now - h * HOUR, text=f"Отопление в Заречье по графику, дом {h}")
            for h in range(5 * 7 * 24, 2, -8)
        ],
    )
    posts_analyse()


def burst(round_: int) -> None:
    """Twenty complaints over the last 90 minutes, stored as a sync stores posts."""
    from django.db import transaction
    from django.utils import timezone

    from crm.models import Platform
    from graph.ingest.ledger import PostData, posts_upsert
    from graph.signals import posts_stored

    now = timezone.now()
    with transaction.atomic():
        posts_upsert(
            platform=Platform.VK,
            posts=[
                PostData(
                    f"r{round_}",
                    f"p{i}",
                    now - timedelta(minutes=90 - 4 * i),
                    text=f"Нет отопления в Заречье, дом {i}, батареи ледяные! Сколько можно?",
                )
                for i in range(22)
            ],
        )
        posts_stored.send(sender=burst)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--port", type=int, default=8799)
    parser.add_argument("--timeout", type=float, default=180.0)
    args = parser.parse_args()
    if not os.environ.get("CELERY_BROKER_URL", "").startswith("redis://"):
        sys.exit("set CELERY_BROKER_URL=redis://… (the full stack's broker)")

    import django
    from django.conf import settings

    django.setup()
    db = settings.DATABASES["default"]
    if "postgresql" not in db["ENGINE"]:
        sys.exit("set DATABASE_URL=postgres://… (the full stack's database)")
    db["TEST"]["NAME"] = f"{db['NAME']}_latency"
    from django.test.utils import setup_databases, teardown_databases

    config = setup_databases(verbosity=0, interactive=False, serialized_aliases=[])
    processes: list[subprocess.Popen] = []
    try:
        seed()
        from django.contrib.auth.models import User

        from api.services import api_token_create
        from monitoring.models import Incident

        user = User.objects.create_superuser("bench", password=None)
        _, key = api_token_create(user=user, name="latency", created_by=user)
        url = urlsplit(os.environ["DATABASE_URL"])
        env = {
            **os.environ,
            "DATABASE_URL": urlunsplit(url._replace(path=f"/{db['TEST']['NAME']}")),
            "ALLOWED_HOSTS": "127.0.0.1",
            "DEBUG": "false",
        }
        run = [sys.executable, "-m"]
        processes.append(
            subprocess.Popen(
                [*run, "celery", "-A", "backend", "worker", "--pool=solo", "--loglevel=WARNING"],
                cwd=ROOT,
                env=env,
            )
        )
        processes.append(
            subprocess.Popen(
                [*run, "gunicorn", "backend.wsgi", "-b", f"127.0.0.1:{args.port}", "-w", "2"],
                cwd=ROOT,
                env=env,
            )
        )

        def incidents() -> int:
            request = urllib.request.Request(
                f"http://127.0.0.1:{args.port}/api/v1/incidents/",
                headers={"Authorization": f"Token {key}"},
            )
            with urllib.request.urlopen(request, timeout=10) as response:
                return int(json.load(response)["count"])

        deadline = time.monotonic() + 60
        while True:
            try:
                incidents()
                break
            except OSError:
                if time.monotonic() > deadline:
                    sys.exit("gunicorn did not answer")
                time.sleep(0.5)
        seconds = []
        for round_ in range(args.rounds):
            Incident.objects.all().delete()  # each round must open its own
            started = time.monotonic()
            burst(round_)
            while incidents() == 0:
                if time.monotonic() - started > args.timeout:
                    sys.exit(f"round {round_}: no incident after {args.timeout} s")
                time.sleep(0.25)
            seconds.append(time.monotonic() - started)
            print(f"round {round_ + 1}: incident in the API after {seconds[-1]:.1f} s")
        print(
            f"\n{args.rounds} rounds: median {statistics.median(seconds):.1f} s, "
            f"max {max(seconds):.1f} s (goal ≤ 60 s)"
        )
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        teardown_databases(config, verbosity=0)


if __name__ == "__main__":
    main()
