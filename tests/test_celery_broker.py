"""The Celery app talks to a real Redis broker and a real worker process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def redis_worker(redis_url):
    env = {
        **os.environ,
        "CELERY_BROKER_URL": redis_url,
        "CELERY_RESULT_BACKEND": redis_url,
        "DJANGO_SETTINGS_MODULE": "backend.test_settings",
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "backend",
            "worker",
            "--pool=solo",
            "--loglevel=WARNING",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "-n",
            f"test-{os.getpid()}@%h",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    yield redis_url
    worker.terminate()
    try:
        worker.wait(timeout=20)
    except subprocess.TimeoutExpired:
        worker.kill()


def test_task_round_trip_through_redis_and_a_worker(redis_worker):
    from celery import Celery

    client = Celery("rezonans-test", broker=redis_worker, backend=redis_worker)
    started = time.monotonic()
    result = client.send_task("rezonans.ping")
    assert result.get(timeout=60) == "pong"
    assert time.monotonic() - started < 60


def test_embedded_default_uses_the_filesystem_broker(settings):
    # The embedded set-up must not need a broker server.
    if os.environ.get("CELERY_BROKER_URL"):
        pytest.skip("CELERY_BROKER_URL set in the environment")
    assert settings.CELERY_BROKER_URL == "filesystem://"
    assert settings.CELERY_BROKER_TRANSPORT_OPTIONS["data_folder_in"].endswith("queue")


def test_filesystem_broker_writes_only_under_var(settings, tmp_path, monkeypatch):
    # Exchange bindings (the transport's control folder) must not land in the
    # working directory: everything written at run time lives under VAR_DIR.
    from kombu import Connection, Exchange, Queue

    from backend.celery import _prepare_filesystem_broker, app

    if not settings.CELERY_BROKER_URL.startswith("filesystem://"):
        pytest.skip("CELERY_BROKER_URL is not the filesystem broker")
    options = settings.CELERY_BROKER_TRANSPORT_OPTIONS
    var_dir = Path(settings.VAR_DIR).resolve()
    for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder"):
        assert Path(options[key]).resolve().is_relative_to(var_dir), key
    _prepare_filesystem_broker(app)
    monkeypatch.chdir(tmp_path)
    name = f"rezonans-test-{os.getpid()}"
    with Connection("filesystem://", transport_options=options) as connection:
        queue = Queue(name, Exchange(name, type="direct"), routing_key=name)
        queue(connection.default_channel).declare()
    assert list(tmp_path.iterdir()) == []
    assert (Path(options["control_folder"]) / f"{name}.exchange").exists()
    (Path(options["control_folder"]) / f"{name}.exchange").unlink()
