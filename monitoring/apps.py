from typing import Any

from django.apps import AppConfig
from django.db import transaction


class MonitoringConfig(AppConfig):
    name = "monitoring"
    verbose_name = "Мониторинг"

    def ready(self) -> None:
        from graph.signals import posts_stored

        posts_stored.connect(_scan_soon, dispatch_uid="monitoring.scan_after_posts")


def _scan_soon(sender: Any, **kwargs: Any) -> None:
    """New posts in the ledger: analyse them and scan for bursts (in a worker).
    Best effort: with the broker down the scheduled scan picks the posts up."""
    from monitoring.tasks import signals_scan_task  # the tasks import the models

    transaction.on_commit(signals_scan_task.delay, robust=True)
