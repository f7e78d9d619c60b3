"""Writing the demo's watch topics and residents' posts (``monitoring_plan``)
through the ledger, then analysing them and replaying the scans of the last five
weeks so the incidents are there from the first page view. Idempotent: topics by
name, posts by (author, id); a ledger that already holds demo posts is left as it is."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from django.utils import timezone

from crm.models import Platform
from demo.graph_plan import GraphAccount, plan_demo_accounts
from demo.graph_save import demo_blogger_accounts
from demo.monitoring_plan import FIRST_POST_ID, WATCH_TOPICS, MonitoringPlan, plan_demo_posts
from graph.ingest.ledger import BATCH_SIZE, PostData, posts_upsert
from graph.models import Post
from monitoring.models import WatchTopic
from monitoring.services import posts_analyse
from monitoring.signals import signals_replay

REPLAY_DAYS = 35  # the oldest demo problem is 30 days old


def demo_watch_topics_save() -> int:
    """The demo's watch topics (created once by name); how many were created."""
    created = 0
    for spec in WATCH_TOPICS:
        _, new = WatchTopic.objects.get_or_create(
            name=spec["name"],
            defaults={
                "keywords": spec["keywords"],
                "exclusions": spec["exclusions"],
                "weight": spec["weight"],
            },
        )
        created += new
    return created


def demo_posts_save(
    *, accounts: Sequence[GraphAccount], anchor: datetime, seed: int = 42
) -> MonitoringPlan:
    """Plan the residents' posts up to ``anchor`` and store them in the ledger."""
    plan = plan_demo_posts(accounts=accounts, anchor=anchor, seed=seed)
    rows = [
        PostData(
            account_external_id=p.author,
            external_id=p.external_id,
            published_at=p.published_at,
            text=p.text,
            parent=p.parent,
            likes=p.likes,
            comments=p.comments,
            views=p.views,
        )
        for p in plan.posts
    ]
    for start in range(0, len(rows), BATCH_SIZE):
        posts_upsert(platform=Platform.VK, posts=rows[start : start + BATCH_SIZE])
    return plan


def seed_demo_monitoring(
    *, seed: int = 42, now: datetime | None = None, stdout: Any = None
) -> None:
    """The demo's watch topics, 90 days of residents' posts up to the current hour
    (``now``), their analysis and the replayed scans that open the demo incidents."""
    topics = demo_watch_topics_save()
    if Post.objects.filter(external_id=str(FIRST_POST_ID)).exists():
        if stdout is not None:
            stdout.write("seed_demo_monitoring: the ledger already holds the demo posts\n")
        return
    anchor = timezone.localtime(now).replace(minute=0, second=0, microsecond=0)
    accounts = plan_demo_accounts(seed=seed, bloggers=demo_blogger_accounts())
    plan = demo_posts_save(accounts=accounts, anchor=anchor, seed=seed)
    analysed = posts_analyse()
    report = signals_replay(start=anchor - timedelta(days=REPLAY_DAYS), end=anchor, analyse=False)
    if stdout is not None:
        stdout.write(
            f"seed_demo_monitoring: {topics} watch topics, {len(plan.posts)} posts and comments "
            f"({analysed.needs_response} need a response), {len(report.opened)} incidents\n"
        )
