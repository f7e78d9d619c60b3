"""The Celery application. Beat entries live in ``backend/schedules.py``."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from celery import Celery
from celery.worker.consumer import Consumer as CeleryConsumer

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backend.settings")

app = Celery("rezonans")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_configure.connect
def _prepare_filesystem_broker(sender: Celery, **kwargs) -> None:
    # The embedded broker keeps messages in folders that must exist.
    options = sender.conf.broker_transport_options or {}
    for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder"):
        if options.get(key):
            Path(options[key]).mkdir(parents=True, exist_ok=True)


@app.task(name="rezonans.ping")
def ping() -> str:
    """Round-trip check used by health checks and the broker integration test."""
    return "pong"


class Consumer(CeleryConsumer):
    """The worker's consumer (``CELERY_WORKER_CONSUMER``), which reconnects when Redis
    goes away while it holds unacknowledged messages.

    Celery 5.7 closes a lost broker connection after collecting it; with kombu's Redis
    transport that close tries to give the unacknowledged messages back through the
    collected connection and raises ``AttributeError``, which Celery takes for an
    unrecoverable error: the worker exited instead of waiting for Redis. The connection
    is gone either way; the messages stay in Redis's unacknowledged set and are
    delivered again after the visibility timeout (the tasks are idempotent)."""

    def on_connection_error_after_connected(self, exc: Exception) -> None:
        try:
            super().on_connection_error_after_connected(exc)
        except AttributeError:
            logging.getLogger(__name__).warning(
                "the lost broker connection did not close cleanly", exc_info=True
            )
