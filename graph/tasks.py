"""Celery tasks of the graph app. Tasks take ids, never model instances, and
only parse arguments, call one service and report."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings
from django.db import OperationalError

from crm.models import SocialAccount
from graph.ingest.jobs import edge_import_job_fail, edge_import_job_run
from graph.ingest.vk import VkCollector, accounts_sync, tracked_accounts, vk_configured
from graph.services import (
    TransientRankingError,
    graph_project,
    influence_run_execute,
    influence_run_fail,
    influence_run_request,
    stale_sweep,
)
from graph.signals import posts_stored

RERANK_SOFT_LIMIT = 50 * 60
RERANK_HARD_LIMIT = 60 * 60


@shared_task(
    bind=True,
    name="graph.influence_rerank",
    acks_late=True,
    soft_time_limit=RERANK_SOFT_LIMIT,
    time_limit=RERANK_HARD_LIMIT,
    max_retries=3,
)
def influence_rerank_task(self, run_id: int) -> dict:
    """Execute influence run ``run_id``. Redelivery is safe: the run is claimed
    with a conditional update, so a second delivery finds it taken and returns.
    Only transient errors (graph store or database unavailable) are retried, after
    ``INFLUENCE_RETRY_SECONDS`` doubled each time."""
    try:
        run = influence_run_execute(run_id=run_id)
    except (TransientRankingError, OperationalError) as exc:
        if self.request.retries >= self.max_retries:
            influence_run_fail(run_id=run_id, error=f"Не удалось после повторов: {exc}")
            raise
        countdown = settings.INFLUENCE_RETRY_SECONDS * 2**self.request.retries
        raise self.retry(exc=exc, countdown=countdown) from exc
    return {"run": run.pk, "status": run.status}


@shared_task(name="graph.influence_rerank_scheduled", acks_late=True)
def influence_rerank_scheduled_task() -> dict:
    """Beat entry point: request a run (no-op when one is active); the run task does the work."""
    run, created = influence_run_request(trigger="schedule")
    return {"run": run.pk, "created": created}


VK_SYNC_SOFT_LIMIT = 50 * 60


@shared_task(name="graph.vk_sync_account", acks_late=True, soft_time_limit=VK_SYNC_SOFT_LIMIT)
def vk_sync_account_task(account_id: int) -> dict:
    """Sync one VK account into the ledger. Redelivery is safe: the sync is
    incremental and every write idempotent."""
    if not vk_configured():
        return {"skipped": "VK_TOKENS is not set"}
    account = SocialAccount.objects.get(pk=account_id, platform="vk")
    report = VkCollector().account_sync(account).as_dict()
    posts_stored.send(sender=vk_sync_account_task)
    return report


@shared_task(name="graph.vk_sync_tracked", acks_late=True, soft_time_limit=VK_SYNC_SOFT_LIMIT)
def vk_sync_tracked_task() -> dict:
    """Beat entry point: sync every tracked VK account, then project the graph."""
    if not vk_configured():
        return {"skipped": "VK_TOKENS is not set"}
    report = accounts_sync(accounts=tracked_accounts())
    posts_stored.send(sender=vk_sync_tracked_task)
    return {**report.as_dict(), "projection": graph_project()}


@shared_task(bind=True, name="graph.edge_import", acks_late=True, max_retries=3)
def edge_import_task(self, job_id: int) -> dict:
    """Import the file of edge import job ``job_id``. Redelivery is safe: the job
    is claimed with a conditional update and the import is idempotent. Only a
    database outage before the claim is retried."""
    try:
        job = edge_import_job_run(job_id=job_id)
    except OperationalError as exc:
        if self.request.retries >= self.max_retries:
            edge_import_job_fail(job_id=job_id, error=f"Не удалось после повторов: {exc}")
            raise
        raise self.retry(exc=exc, countdown=30 * 2**self.request.retries) from exc
    return {"job": job.pk, "status": job.status, "read": job.rows_read}


@shared_task(name="graph.stale_sweep")
def stale_sweep_task() -> dict:
    """Beat entry point: fail runs and import jobs whose worker died (see the schedule)."""
    return stale_sweep()
