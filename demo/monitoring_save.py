"""Writing the demo's watch topics and residents' posts (``monitoring_plan``)
through the ledger, then analysing them and replaying the scans of the last five
weeks so the incidents are there from the first page view. Idempotent: topics by
name, posts by (author, id); a ledger that already holds demo posts is left as it is."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.utils import timezone

from backend import roles
from crm.models import Platform
from demo.graph_plan import GraphAccount, plan_demo_accounts
from demo.graph_save import demo_blogger_accounts
from demo.monitoring_plan import FIRST_POST_ID, WATCH_TOPICS, MonitoringPlan, plan_demo_posts
from demo.vocabulary import STAFF
from graph.ingest.ledger import BATCH_SIZE, PostData, posts_upsert
from graph.models import Post
from monitoring.incidents import incident_transition, incidents_escalate
from monitoring.models import Incident, IncidentComment, WatchTopic
from monitoring.services import posts_analyse
from monitoring.signals import signals_replay

REPLAY_DAYS = 35  # the oldest demo problem is 30 days old
DEMO_OFFICIAL_PAGE = 200000001  # the fictional administration's VK page in answer links


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
    if connection.vendor == "postgresql":
        # The seed runs in one transaction, so autovacuum has not seen these rows: without
        # statistics the planner reads the posts by id with a scan of the whole table.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE graph_post, crm_socialaccount, crm_blogger")
    analysed = posts_analyse()
    report = signals_replay(start=anchor - timedelta(days=REPLAY_DAYS), end=anchor, analyse=False)
    worked = demo_incidents_work(now=now or timezone.now())
    if stdout is not None:
        stdout.write(
            f"seed_demo_monitoring: {topics} watch topics, {len(plan.posts)} posts and comments "
            f"({analysed.needs_response} need a response), {len(report.opened)} incidents "
            f"({', '.join(f'{n} {state}' for state, n in sorted(worked.items()))})\n"
        )


RESPONSE_TEXT = (
    "Администрация в курсе проблемы «{title}». Профильная служба выехала на место, "
    "работы идут; о сроках сообщим дополнительно. Спасибо, что написали."
)


def demo_incidents_work(*, now: datetime) -> dict[str, int]:
    """Officers' work on the demo incidents, oldest first, so every state shows: of
    those older than five days, in turn one answered and closed, one answered and
    waiting, one taken into work and not answered (every other answer late); the
    younger ones taken into work (assigned to who took it, with a comment), the
    newest left new and unassigned; missed deadlines escalated. The demo staff are
    officers. Returns how many incidents are in each state."""
    officer_group, _ = Group.objects.get_or_create(name=roles.OFFICER)
    staff = list(get_user_model().objects.filter(username__in=[s[0] for s in STAFF]))
    staff.sort(key=lambda u: u.username)
    for user in staff:
        user.groups.add(officer_group)
    incidents = list(Incident.objects.filter(state=Incident.State.NEW).order_by("detected_at"))
    if not staff or not incidents:
        return dict(Counter(Incident.objects.values_list("state", flat=True)))
    # The newest stays new and unassigned: the inbox has something to take.
    for n, incident in enumerate(incidents[:-1]):
        officer = staff[n % len(staff)]
        age = now - incident.detected_at
        taken = incident.detected_at + timedelta(minutes=15 + 10 * n)
        plan = ("closed", "answered", "in_work")[n % 3] if age > timedelta(days=5) else "in_work"
        incident_transition(
            incident_id=incident.pk, to_state=Incident.State.IN_WORK, user=officer, now=taken
        )
        IncidentComment.objects.create(
            incident=incident,
            author=officer,
            text="Запрос направлен в управляющую компанию и профильную службу, ждём ответа.",
            created_at=taken + timedelta(minutes=5),
        )
        if plan == "in_work":
            continue
        # Every other answer comes two hours after its deadline: the metrics are not all 100 %.
        answered = incident.detected_at + timedelta(minutes=40)
        if n % 2 and incident.first_response_due is not None:
            answered = min(incident.first_response_due + timedelta(hours=2), now)
        incident_transition(
            incident_id=incident.pk,
            to_state=Incident.State.ANSWERED,
            user=officer,
            response_url=f"https://vk.com/wall-{DEMO_OFFICIAL_PAGE}_{1000 + incident.pk}",
            response_text=RESPONSE_TEXT.format(title=incident.title),
            now=answered,
        )
        if plan == "closed":
            incident_transition(
                incident_id=incident.pk,
                to_state=Incident.State.CLOSED,
                user=officer,
                now=min(answered + timedelta(days=1), now),
            )
    incidents_escalate(now=now)
    return dict(Counter(Incident.objects.values_list("state", flat=True)))
