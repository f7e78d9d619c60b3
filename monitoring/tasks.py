"""Celery tasks of the monitoring app: they parse arguments, call one service and
report."""

from __future__ import annotations

from celery import shared_task

from graph.ingest.vk import topics_search, vk_configured
from graph.signals import posts_stored
from monitoring.incidents import incidents_escalate
from monitoring.selectors import watch_topic_search_queries
from monitoring.services import classifier_train
from monitoring.signals import signals_scan

SCAN_SOFT_LIMIT = 10 * 60


@shared_task(name="monitoring.signals_scan", acks_late=True, soft_time_limit=SCAN_SOFT_LIMIT)
def signals_scan_task() -> dict:
    """Analyse new posts and scan for bursts as of now. Redelivery and overlap are
    safe: scans take an advisory lock and open nothing twice."""
    report = signals_scan()
    return {"analysed": report.analysed, "opened": report.opened, "joined": report.joined}


@shared_task(name="monitoring.classifier_train", acks_late=True)
def classifier_train_task() -> dict:
    """Retrain the needs-response model when officers labelled posts since the last one."""
    report = classifier_train()
    return {"version": report.trained.version if report.trained else None, "reason": report.reason}


@shared_task(name="monitoring.incidents_escalate", acks_late=True)
def incidents_escalate_task() -> dict:
    """Escalate missed deadlines. Redelivery and overlap are safe: each deadline is
    claimed by a conditional update, so it is escalated once."""
    report = incidents_escalate()
    return {"first_response": report.first_response, "resolution": report.resolution}


VK_SEARCH_SOFT_LIMIT = 50 * 60


@shared_task(
    name="monitoring.vk_topics_search", acks_late=True, soft_time_limit=VK_SEARCH_SOFT_LIMIT
)
def vk_topics_search_task() -> dict:
    """Search all of VK for the active watch topics' keywords and phrases, store the
    posts found, then let the scan analyse them. Redelivery is safe: each query
    resumes at its cursor and every write is idempotent."""
    if not vk_configured():
        return {"skipped": "VK_TOKENS is not set"}
    queries = watch_topic_search_queries()
    if not queries:
        return {"skipped": "no active watch topic has keywords"}
    report = topics_search(queries=queries)
    posts_stored.send(sender=vk_topics_search_task)
    return {"queries": len(queries), **report.as_dict()}
