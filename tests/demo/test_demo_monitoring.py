"""The demo residents' posts: a plain, deterministic plan."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

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
