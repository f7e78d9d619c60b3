"""The whole Celery beat schedule, in one place. Each entry says why it exists
and expires, so a backlog after downtime never piles up stale runs."""

from __future__ import annotations

from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured


def cron(expression: str) -> crontab:
    """A crontab from five fields ``minute hour day month weekday`` (beat's time zone)."""
    fields = expression.split()
    if len(fields) != 5:
        raise ImproperlyConfigured(
            f"RERANK_CRON needs 5 fields (minute hour day month weekday), got {expression!r}"
        )
    minute, hour, day_of_month, month_of_year, day_of_week = fields
    return crontab(
        minute=minute,
        hour=hour,
        day_of_month=day_of_month,
        month_of_year=month_of_year,
        day_of_week=day_of_week,
    )


def beat_schedule(*, rerank_cron: str) -> dict:
    return {
        # Nightly re-ranking of every account from the ledger, so the morning
        # leaderboard, risers and fallers reflect yesterday's amplification.
        # Expires after 6 h: a beat that was down all night should not fire a
        # stale run in the middle of the working day.
        "influence-rerank-nightly": {
            "task": "graph.influence_rerank_scheduled",
            "schedule": cron(rerank_cron),
            "options": {"expires": 6 * 3600},
        },
    }
