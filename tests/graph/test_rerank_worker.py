"""Re-ranking through a real Celery worker on Redis, triggered by real processes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection

from crm.models import Blogger, SocialAccount
from graph.models import InfluenceRun
from graph.selectors import blogger_leaderboard, influence_run_latest
from tests.graph.test_influence import amplify

ROOT = Path(__file__).resolve().parents[2]


def child_env(redis_url: str) -> dict[str, str]:
    db = connection.settings_dict
    url = (
        f"postgres://{quote(db['USER'])}:{quote(db['PASSWORD'])}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )
    return {
        **os.environ,
        "DATABASE_URL": url,
        "CELERY_BROKER_URL": redis_url,
        "CELERY_RESULT_BACKEND": "",
        "DJANGO_SETTINGS_MODULE": "backend.test_settings",
        "GRAPH_BACKEND": "sql",
    }


@pytest.fixture
def worker(postgres, redis_url, transactional_db):
    env = child_env(redis_url)
    # an empty queue: leftovers of an earlier run must not be consumed here
    subprocess.run(
        [sys.executable, "-m", "celery", "-A", "backend", "purge", "-f"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "backend",
            "worker",
            "--pool=solo",
            "--loglevel=INFO",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-n",
            f"rerank-{os.getpid()}@%h",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    yield env
    process.terminate()
    try:
        output, _ = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    print(output[-4000:])


def trigger(env) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "rerank"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_worker_reranks_and_concurrent_triggers_make_one_run(worker):
    amplify([(str(i), "1") for i in range(2, 8)], "w")
    star = Blogger.objects.create(display_name="Звезда")
    SocialAccount.objects.filter(external_id="1").update(blogger=star)

    first, second = trigger(worker), trigger(worker)
    outputs = [p.communicate(timeout=120)[0] for p in (first, second)]
    assert all(p.returncode == 0 for p in (first, second)), outputs
    assert InfluenceRun.objects.count() == 1, outputs
    assert sum("queued for the worker" in out for out in outputs) == 1, outputs

    deadline = time.monotonic() + 120
    run = InfluenceRun.objects.get()
    while run.active and time.monotonic() < deadline:
        time.sleep(0.5)
        run.refresh_from_db()
    assert run.status == InfluenceRun.Status.SUCCEEDED, run.error
    assert influence_run_latest() == run
    assert [b.blogger_id for b in blogger_leaderboard()] == [star.pk]
    assert run.scores.count() == 7
