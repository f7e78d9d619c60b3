"""The demo residents' posts: a plain, deterministic plan."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from demo.graph_plan import plan_demo_accounts
from demo.monitoring_plan import DAYS, PROBLEMS, plan_demo_posts
from demo.vocabulary import MUNICIPALITIES

ANCHOR = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
ACCOUNTS = plan_demo_accounts(seed=42)


def test_the_plan_is_deterministic_and_lies_in_its_window():
    plan = plan_demo_posts(accounts=ACCOUNTS, anchor=ANCHOR)
    again = plan_demo_posts(accounts=ACCOUNTS, anchor=ANCHOR)
    assert plan.posts == again.posts
    assert plan_demo_posts(accounts=ACCOUNTS, anchor=ANCHOR, seed=7).posts != plan.posts
    times = [p.published_at for p in plan.posts]
    assert ANCHOR - timedelta(days=DAYS) <= min(times) and max(times) < ANCHOR
    keys = [(p.author, p.external_id) for p in plan.posts]
    assert len(keys) == len(set(keys))


def test_every_problem_is_there_and_comments_answer_earlier_posts():
    plan = plan_demo_posts(accounts=ACCOUNTS, anchor=ANCHOR)
    by_problem = Counter(p.problem for p in plan.posts if p.problem)
    assert set(by_problem) == {problem.name for problem in PROBLEMS}
    assert all(by_problem[problem.name] >= problem.posts // 2 for problem in PROBLEMS)
    published = {(p.author, p.external_id): p.published_at for p in plan.posts}
    comments = [p for p in plan.posts if p.parent]
    assert len(comments) > 1000
    assert all(published[c.parent] < c.published_at for c in comments)
    # The one still rising: its posts come in the last hours before the anchor.
    water = [p.published_at for p in plan.posts if p.problem == "water"]
    assert min(water) >= ANCHOR - timedelta(hours=5)
    towns = {place.town for place in MUNICIPALITIES}
    assert any(town in p.text for p in plan.posts for town in towns)


@pytest.mark.django_db
def test_the_demo_incidents_are_worked_into_every_state(django_user_model):
    from backend import roles
    from demo.monitoring_save import demo_incidents_work
    from demo.vocabulary import STAFF
    from monitoring.incidents import incident_deadlines_plan
    from monitoring.models import Incident, IncidentComment, IncidentEvent

    for username, first, last, _ in STAFF:
        django_user_model.objects.create_user(username, first_name=first, last_name=last)
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    for n, days in enumerate((30, 24, 18, 12, 7, 2, 0.1)):
        detected = now - timedelta(days=days)
        incident = Incident(
            title=f"Проблема {n}",
            series_key=f"topic:{n}:-",
            started_at=detected - timedelta(hours=2),
            detected_at=detected,
            last_post_at=detected,
            severity=20.0 + 10 * n,
        )
        incident_deadlines_plan(incident, set_priority=True)
        incident.save()

    counts = demo_incidents_work(now=now)
    # Older than 5 days, in turn: closed, answered, in work; younger: in work.
    assert counts == {"new": 1, "in_work": 2, "answered": 2, "closed": 2}
    newest = Incident.objects.order_by("-detected_at").first()
    assert newest.state == "new" and newest.assignee is None
    worked = Incident.objects.exclude(pk=newest.pk)
    assert not worked.filter(assignee=None).exists()
    assert all(
        u.groups.filter(name=roles.OFFICER).exists() for u in django_user_model.objects.all()
    )
    answered = worked.exclude(first_response_at=None)
    assert answered.count() == 4 and all(i.response_url and i.response_text for i in answered)
    late = [i for i in answered if i.first_response_at > i.first_response_due]
    assert len(late) == 2
    # Taken but unanswered for days: overdue and escalated once.
    overdue = worked.filter(state="in_work", first_response_due__lt=now)
    assert overdue.exists()
    escalations = IncidentEvent.objects.filter(kind="escalation")
    assert {e.incident_id for e in escalations} >= set(overdue.values_list("pk", flat=True))
    assert IncidentComment.objects.count() == worked.count()
    # Run again: nothing is new any more but the newest, which stays new.
    assert demo_incidents_work(now=now) == counts


@pytest.mark.parametrize("hour", [0, 6, 9, 11, 14, 20])
def test_the_emerging_outage_is_one_cluster_whatever_the_seeding_hour(hour):
    """The outage no watch topic covers is found only as a cluster of similar posts:
    its posts (not the comments under them) must cluster together for any anchor, not
    by the luck of the draw."""
    from monitoring.clusters import cluster_posts
    from monitoring.signals import CLUSTER_MIN_WORD
    from monitoring.text.pipeline import TextPipeline
    from monitoring.topics import common_lemmas

    anchor = ANCHOR.replace(hour=hour)
    outage = [
        p
        for p in plan_demo_posts(accounts=ACCOUNTS, anchor=anchor).posts
        if p.problem == "mobile" and p.parent is None
    ]
    pipeline, common = TextPipeline(), common_lemmas()
    items = [
        (
            post.external_id,
            post.published_at,
            [
                w
                for w in pipeline.analyse(post.text).lemmas
                if len(w) >= CLUSTER_MIN_WORD and w not in common
            ],
        )
        for post in outage
    ]
    largest = max(cluster_posts(items), key=lambda c: c.size)
    assert largest.size >= 0.9 * len(outage), (largest.size, len(outage))
