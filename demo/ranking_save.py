"""The demo's ranking history: runs as of several past weeks, then one now.

A real installation gains a run every night; a fresh demo would show one run, an
empty score chart and no risers or fallers. So the demo ranks its ledger as it
stood at each of the past weeks (events up to that day, the same window and
decay as a nightly run) before ranking it as it stands today. Past runs differ
from today's for real reasons: the demo's 90 days of reposts and mentions grow
and age.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from graph.models import InfluenceRun
from graph.services import influence_parameters, influence_run_execute

DEMO_HISTORY_WEEKS = 4
TRIGGER = "demo"


def seed_demo_rankings(
    *,
    weeks: int = DEMO_HISTORY_WEEKS,
    now: datetime | None = None,
    report: Callable[[InfluenceRun], None] | None = None,
) -> list[InfluenceRun]:
    """Rank the ledger as of ``now`` minus each of ``weeks`` weeks (oldest first), then
    as of ``now``; returns the runs. Does nothing (returns ``[]``) when a run has
    already succeeded: history is made up only for a database that has none.
    Past runs are stored with their as-of time as ``created_at`` (runs are ordered
    by it), so rank changes are measured week to week. Runs one at a time here,
    not through the worker; stops at the first run that fails and returns it last.
    """
    if InfluenceRun.objects.filter(status=InfluenceRun.Status.SUCCEEDED).exists():
        return []
    now = now or timezone.now()
    runs: list[InfluenceRun] = []
    for weeks_ago in range(weeks, -1, -1):
        as_of = now - timedelta(weeks=weeks_ago)
        run = InfluenceRun.objects.create(
            trigger=TRIGGER,
            backend=settings.GRAPH_BACKEND,
            parameters=influence_parameters(),
            created_at=as_of,
        )
        run = influence_run_execute(run_id=run.pk, now=as_of)
        if weeks_ago and run.started_at and run.finished_at:
            took = run.finished_at - run.started_at
            InfluenceRun.objects.filter(pk=run.pk).update(
                started_at=as_of, heartbeat_at=as_of + took, finished_at=as_of + took
            )
            run.refresh_from_db()
        runs.append(run)
        if report:
            report(run)
        if run.status != InfluenceRun.Status.SUCCEEDED:
            break
    return runs
