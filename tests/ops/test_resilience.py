"""What the web does when a service is down: health checks, the graph's down memo,
enqueue failures (no phantom pending run or job), throttles without a cache, and
the stale sweep for runs and jobs whose worker died. The same faults against a
running stack: tests/ops/test_faults.py."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import timezone
from kombu.exceptions import OperationalError

from backend import roles
from graph.models import EdgeImportJob, InfluenceRun
from graph.services import STALE_ERROR, STALE_JOB_ERROR, stale_sweep
from graph.tasks import edge_import_task, influence_rerank_task
from tests.api.base import assert_error_shape

V1 = "/api/v1"
ROOT = Path(__file__).resolve().parents[2]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- /healthz and /readyz ------------------------------------------------------------
def test_healthz_answers_without_login_and_touches_nothing(db, client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_reports_each_service(client, settings):
    settings.CELERY_BROKER_URL = "filesystem://"
    settings.CACHE_URL = ""
    settings.GRAPH_BACKEND = "sql"
    body = client.get("/readyz").json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["redis"] == {"status": "not_used"}
    assert body["checks"]["neo4j"] == {"status": "not_used"}


@pytest.mark.django_db
def test_readyz_names_the_service_that_is_down(client, settings):
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{closed_port()}/0"
    settings.GRAPH_BACKEND = "sql"
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["redis"]["status"] == "down"
    assert body["checks"]["redis"]["error"]
    assert body["checks"]["database"]["status"] == "ok"


@pytest.mark.django_db
def test_readyz_and_graph_endpoints_answer_at_once_while_neo4j_is_known_down(
    client, client_for, settings, monkeypatch
):
    import graph.backends as backends

    settings.GRAPH_BACKEND = "neo4j"
    settings.NEO4J_URI = f"bolt://127.0.0.1:{closed_port()}"
    settings.NEO4J_PASSWORD = "not-a-real-password"
    settings.NEO4J_DOWN_MEMO_SECONDS = 60
    monkeypatch.setattr(backends, "_driver", None)
    try:
        first = client.get("/readyz")
        assert first.status_code == 503
        assert first.json()["checks"]["neo4j"]["status"] == "down"
        officer = client_for(roles.OFFICER)
        # Known down: no request goes to the server (each would wait for its timeouts).
        calls: list[str] = []
        driver = backends.neo4j_driver()
        query = driver.execute_query
        monkeypatch.setattr(
            driver, "execute_query", lambda *a, **k: calls.append("q") or query(*a, **k)
        )
        clock = time.perf_counter()
        for _ in range(5):
            error = assert_error_shape(
                officer.get(f"{V1}/graph/accounts/1/ego/"), 503, "graph_unavailable"
            )
        elapsed = time.perf_counter() - clock
        assert "Neo4j" in error["message"]
        assert calls == []
        assert elapsed < 3.0, f"5 graph requests took {elapsed:.2f}s while Neo4j was known down"
        # the CRM keeps answering
        assert officer.get(f"{V1}/bloggers/").status_code == 200
    finally:
        if backends._driver is not None:
            backends._driver.close()
        monkeypatch.setattr(backends, "_driver", None)


# --- the queue is down: 503, and nothing stays pending --------------------------------
def _broker_down(*args, **kwargs):
    raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")


@pytest.mark.django_db(transaction=True)
def test_rerank_with_the_queue_down_is_503_and_leaves_no_pending_run(client_for, monkeypatch):
    monkeypatch.setattr(influence_rerank_task, "apply_async", _broker_down)
    client = client_for(roles.ANALYST)
    error = assert_error_shape(client.post(f"{V1}/influence/runs/"), 503, "queue_unavailable")
    assert "Очередь" in error["message"]  # Russian by default (English: Accept-Language)
    run = InfluenceRun.objects.get()
    assert (run.status, run.active) == (InfluenceRun.Status.FAILED, False)
    assert "Очередь" in run.error
    # the queue is back: a new run is accepted at once (no 30-minute block)
    monkeypatch.setattr(influence_rerank_task, "apply_async", lambda *a, **k: None)
    response = client.post(f"{V1}/influence/runs/")
    assert response.status_code == 202 and response.json()["id"] != run.pk
    assert InfluenceRun.objects.filter(active=True).count() == 1


@pytest.mark.django_db(transaction=True)
def test_edge_import_with_the_queue_down_is_503_and_the_job_failed(client_for, monkeypatch):
    monkeypatch.setattr(edge_import_task, "apply_async", _broker_down)
    file = SimpleUploadedFile("e.csv", b"kind,source,target\nrepost,1,2\n", "text/csv")
    response = client_for(roles.ANALYST).post(
        f"{V1}/imports/edges/", {"file": file, "platform": "vk"}, format="multipart"
    )
    assert_error_shape(response, 503, "queue_unavailable")
    job = EdgeImportJob.objects.get()
    assert job.status == EdgeImportJob.Status.FAILED and "Очередь" in job.error


@pytest.mark.django_db
def test_login_answers_when_the_cache_is_down(client_for, role_users, settings):
    url = f"redis://127.0.0.1:{closed_port()}/2"
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    from rest_framework.test import APIClient

    with override_settings(CACHES=caches):
        client = APIClient()
        wrong = client.post(f"{V1}/auth/login/", {"username": "officer-user", "password": "wrong"})
        assert_error_shape(wrong, 401)
        right = client.post(
            f"{V1}/auth/login/", {"username": "officer-user", "password": "pw-officer-12345"}
        )
        assert right.status_code == 200, right.content
        assert right.json()["user"]["username"] == "officer-user"


# --- the stale sweep ------------------------------------------------------------------
@pytest.mark.django_db
def test_stale_sweep_fails_silent_runs_and_jobs_with_the_reason(settings):
    settings.INFLUENCE_RUN_STALE_SECONDS = 60
    old = timezone.now() - timedelta(seconds=120)
    dead = InfluenceRun.objects.create(
        status=InfluenceRun.Status.RUNNING, progress=90, heartbeat_at=old, parameters={}
    )
    dead_job = EdgeImportJob.objects.create(
        status=EdgeImportJob.Status.RUNNING,
        filename="a.csv",
        format="csv",
        platform="vk",
        content=b"x",
        started_at=old,
        heartbeat_at=old,
    )
    alive_job = EdgeImportJob.objects.create(
        status=EdgeImportJob.Status.RUNNING,
        filename="b.csv",
        format="csv",
        platform="vk",
        content=b"x",
        started_at=old,
        heartbeat_at=timezone.now(),
    )
    assert stale_sweep() == {"runs": 1, "edge_import_jobs": 1}
    dead.refresh_from_db()
    assert (dead.status, dead.active, dead.error) == ("failed", False, STALE_ERROR)
    dead_job.refresh_from_db()
    alive_job.refresh_from_db()
    assert (dead_job.status, dead_job.error) == ("failed", STALE_JOB_ERROR)
    assert alive_job.status == "running"
    assert stale_sweep() == {"runs": 0, "edge_import_jobs": 0}


@pytest.mark.django_db
def test_alive_run_is_not_swept(settings):
    settings.INFLUENCE_RUN_STALE_SECONDS = 60
    run = InfluenceRun.objects.create(
        status=InfluenceRun.Status.RUNNING, heartbeat_at=timezone.now(), parameters={}
    )
    assert stale_sweep()["runs"] == 0
    run.refresh_from_db()
    assert run.active


def test_beat_runs_the_sweep(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["stale-sweep"]
    assert entry["task"] == "graph.stale_sweep"
    from backend.celery import app

    app.loader.import_default_modules()
    assert "graph.stale_sweep" in app.tasks


def test_redis_broker_gives_back_a_dead_workers_message_after_the_longest_task():
    from graph.tasks import RERANK_HARD_LIMIT

    env = {**os.environ, "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0", "SECRET_KEY": "x"}
    code = "import backend.settings as s; print(json.dumps(s.CELERY_BROKER_TRANSPORT_OPTIONS))"
    output = subprocess.run(
        [sys.executable, "-c", f"import json; {code}"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    options = json.loads(output)
    assert RERANK_HARD_LIMIT < options["visibility_timeout"] <= 2 * RERANK_HARD_LIMIT
    assert options["socket_connect_timeout"] <= 5
