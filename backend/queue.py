"""Sending Celery tasks from services without leaving phantom work behind.

A service stores its row (a run, a job) and asks for the task to be sent after
the transaction commits. When the broker cannot take the message (Redis down),
``on_failure`` marks the row failed with the reason and ``QueueUnavailable`` is
raised, which the API answers with 503 in its error shape: nothing stays
"pending" without a message in the queue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from backend.errors import DomainError

log = logging.getLogger(__name__)


class QueueUnavailable(DomainError):
    """The task broker did not accept the message; callers answer 503."""

    code = "queue_unavailable"


def enqueue_on_commit(
    task: Any, *args: Any, on_failure: Callable[[str], None] | None = None
) -> None:
    """Send ``task(*args)`` once the current transaction commits (at once outside one).

    The message is published without the client's retries, so an unreachable
    broker fails within its connect timeout. On failure ``on_failure(reason)``
    runs and ``QueueUnavailable`` propagates out of the ``atomic`` block that
    committed (in a request: out of the service call).
    """

    def send() -> None:
        try:
            task.apply_async(args=args, retry=False)
        except Exception as exc:  # kombu and redis-py raise many types for one outage
            reason = _("Очередь задач недоступна, попробуйте позже.") + f" ({type(exc).__name__})"
            log.warning("could not queue %s%r: %s", task.name, args, exc)
            if on_failure is not None:
                on_failure(reason)
            raise QueueUnavailable(reason) from exc

    transaction.on_commit(send)
