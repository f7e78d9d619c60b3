"""Celery tasks of the reports app."""

from __future__ import annotations

from celery import shared_task

from reports.digest import digests_send


@shared_task(name="reports.digests_send", acks_late=True, soft_time_limit=10 * 60)
def digests_send_task() -> dict:
    """Send today's daily digests not sent yet (beat, hourly from ``DIGEST_HOUR``);
    a redelivered or overlapping run sends nothing twice (per user, day, channel)."""
    report = digests_send()
    return {"sent": report.sent, "failed": report.failed, "skipped": report.skipped}
