"""The whole Celery beat schedule, in one place. Each entry says why it exists
and expires, so a backlog after downtime never piles up stale runs."""

from __future__ import annotations

from datetime import timedelta

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


def beat_schedule(
    *,
    rerank_cron: str,
    vk_sync_interval: float = 3600.0,
    signals_scan_interval: float = 900.0,
    stale_sweep_interval: float = 60.0,
    escalation_interval: float = 300.0,
    alert_deliver_interval: float = 60.0,
    digest_hour: int = 8,
) -> dict:
    if vk_sync_interval < 60:
        raise ImproperlyConfigured(
            f"VK_SYNC_INTERVAL is in seconds and must be at least 60, got {vk_sync_interval!r}"
        )
    return {
        # Keep the ledger filled from VK: every tracked account (linked to a
        # blogger, plus VK_OFFICIAL_PAGES) is synced incrementally, then the
        # graph is projected so the next ranking sees the new observations.
        # Expires after one interval: a missed run is superseded by the next one
        # (the sync is incremental, nothing is lost). Does nothing without VK_TOKENS.
        "vk-sync-tracked": {
            "task": "graph.vk_sync_tracked",
            "schedule": timedelta(seconds=vk_sync_interval),
            "options": {"expires": vk_sync_interval},
        },
        # Region-wide VK searches for the watch topics' keywords (newsfeed.search,
        # each query from where it stopped), so problems are seen where no tracked
        # account writes; the posts found are then analysed and scanned. Expires
        # after one interval like the syncs. Does nothing without VK_TOKENS.
        "vk-topics-search": {
            "task": "monitoring.vk_topics_search",
            "schedule": timedelta(seconds=vk_sync_interval),
            "options": {"expires": vk_sync_interval},
        },
        # Problem bursts: new posts analysed and scanned every 15 minutes over
        # 60-minute windows ending at the scan, so a burst is caught within the hour
        # its posts start (VK syncs and post imports also queue a scan when they
        # finish). Expires after one interval: the next scan sees the same posts.
        "signals-scan": {
            "task": "monitoring.signals_scan",
            "schedule": timedelta(seconds=signals_scan_interval),
            "options": {"expires": signals_scan_interval},
        },
        # Missed incident deadlines (first response, resolution) are escalated to the
        # assignee and the admins: each deadline once, recorded in the incident's
        # history. Expires after one interval: the next check finds the same ones.
        "incidents-escalate": {
            "task": "monitoring.incidents_escalate",
            "schedule": timedelta(seconds=escalation_interval),
            "options": {"expires": escalation_interval},
        },
        # Alerts: retries of e-mail and Telegram messages that failed, and those
        # held back by quiet hours (new alerts are sent at once by the scan that
        # made them). Expires after one interval: the next run sends the same.
        "alerts-deliver": {
            "task": "alerts.deliver",
            "schedule": timedelta(seconds=alert_deliver_interval),
            "options": {"expires": alert_deliver_interval},
        },
        # The daily digest of incidents (reports.digest) to the users who asked for
        # it: at DIGEST_HOUR, then hourly to the day's end to retry failed messages
        # (each user gets it once per channel and day). Expires within the hour.
        "reports-digest-daily": {
            "task": "reports.digests_send",
            "schedule": crontab(minute=0, hour=f"{digest_hour}-23"),
            "options": {"expires": 3000},
        },
        # The needs-response model learns the officers' labels of the day (a no-op
        # when nobody labelled anything or there are too few labels).
        "classifier-train-nightly": {
            "task": "monitoring.classifier_train",
            "schedule": crontab(minute=30, hour=2),
            "options": {"expires": 6 * 3600},
        },
        # A worker killed mid-task (kill -9, OOM, lost host) leaves its run or
        # import job "running": the sweep marks those silent for longer than
        # INFLUENCE_RUN_STALE_SECONDS failed with the reason, so the officer sees
        # it and a new run may start. Expires after one interval (the next sweeps).
        "stale-sweep": {
            "task": "graph.stale_sweep",
            "schedule": timedelta(seconds=stale_sweep_interval),
            "options": {"expires": stale_sweep_interval},
        },
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
