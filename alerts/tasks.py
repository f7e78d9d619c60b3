"""Celery tasks of the alerts app."""

from __future__ import annotations

from celery import shared_task

from alerts.services import alerts_deliver


@shared_task(name="alerts.deliver", acks_late=True, soft_time_limit=5 * 60)
def alerts_deliver_task() -> dict:
    """Send the alerts that are due. Queued after a scan creates alerts and run by beat
    every ``ALERT_DELIVER_INTERVAL`` seconds for retries and the end of quiet hours;
    overlapping runs are safe (rows being sent are locked)."""
    report = alerts_deliver()
    return {"sent": report.sent, "failed": report.failed, **report.alerts}
