"""Coordinated amplification in re-rank runs: groups stored, scores discounted, marks used."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from crm.models import SocialAccount
from graph.coordination import coordination_mark_clear, coordination_mark_set
from graph.ingest.ledger import EventData, events_ingest
from graph.models import CoordinationGroup, CoordinationMark, InfluenceScore, Post
from graph.services import influence_run_execute, influence_run_request

pytestmark = pytest.mark.django_db

TARGET = "500"
RING = [str(9000 + i) for i in range(12)]


def ledger(*, with_ring: bool = True) -> None:
    """An organic graph of 60 accounts over 60 days, and a ring of 12 fresh accounts
    reposting 6 posts of account 500 within 40 s of each other."""
    rng = random.Random(5)
    now = timezone.now()
    events = []
    for n in range(900):
        source, target = rng.sample(range(1, 61), 2)
        events.append(
            EventData(
                kind="repost",
                key=f"vk:org:{n}",
                source_external_id=str(source),
                target_external_id=str(target),
                occurred_at=now - timedelta(days=rng.uniform(1, 60)),
                post_external_id=str(rng.randint(1, 400)),
            )
        )
    for n in range(8):  # the target is an ordinary account
        events.append(
            EventData(
                kind="repost",
                key=f"vk:tgt:{n}",
                source_external_id=str(rng.randint(1, 60)),
                target_external_id=TARGET,
                occurred_at=now - timedelta(days=rng.uniform(1, 60)),
                post_external_id=str(rng.randint(1, 400)),
            )
        )
    if with_ring:
        for post in range(6):
            start = now - timedelta(days=rng.uniform(1, 10))
            for member in RING:
                events.append(
                    EventData(
                        kind="repost",
                        key=f"vk:ring:{post}:{member}",
                        source_external_id=member,
                        target_external_id=TARGET,
                        occurred_at=start + timedelta(seconds=rng.uniform(0, 40)),
                        post_external_id=f"9{post}",
                    )
                )
    events_ingest(platform="vk", events=events, origin="test")


def rerank(settings, mode: str = "discount", window: float = 60.0):
    settings.INFLUENCE_COORDINATION = mode
    settings.INFLUENCE_COORDINATION_WINDOW = window
    run, _ = influence_run_request(enqueue=False)
    return influence_run_execute(run_id=run.pk)


def score(run, external_id: str) -> InfluenceScore:
    return run.scores.get(account__external_id=external_id)


def test_ring_is_a_group_of_the_run_and_its_target_is_discounted(settings):
    ledger()
    plain = rerank(settings, "off")
    assert plain.coordination == {}
    assert not plain.coordination_groups.exists()
    detected = rerank(settings, "detect")
    discounted = rerank(settings, "discount")

    for run in (detected, discounted):
        assert run.coordination["groups"] == 1
        assert run.coordination["accounts"] == len(RING)
        assert run.coordination["window_seconds"] == 60.0
        group = run.coordination_groups.get()
        assert (group.size, group.items, group.bursts) == (len(RING), 6, 6)
        assert group.targets[0]["account_id"] == SocialAccount.objects.get(external_id=TARGET).pk
        members = run.scores.filter(coordination_group=group.number)
        assert sorted(members.values_list("account__external_id", flat=True)) == sorted(RING)
        member = members.first()
        assert member.inauthenticity >= 0.9 and member.signals[0] == "group"
    # Detection alone leaves the score as it was; the discount takes the ring's lift.
    assert score(detected, TARGET).rank == score(plain, TARGET).rank
    assert score(discounted, TARGET).rank > score(plain, TARGET).rank
    note = score(discounted, TARGET).coordination
    assert note["group_size"] == len(RING) and note["group"] == 0
    assert 0.5 < note["share"] < 1 and note["points"] < 0
    assert score(detected, TARGET).coordination["points"] == 0
    # Organic accounts keep their authenticity.
    assert score(discounted, "1").inauthenticity < 0.35
    assert score(discounted, "1").coordination_group is None
    assert "coordination" in discounted.timings


def test_without_coordination_or_signals_discounting_changes_no_rank(settings):
    ledger(with_ring=False)
    # Everyone posts and has an audience: no profile signal either.
    Post.objects.bulk_create(
        Post(account=a, external_id=f"own{a.pk}", published_at=timezone.now())
        for a in SocialAccount.objects.all()
    )
    SocialAccount.objects.update(followers=1000)
    plain = rerank(settings, "off")
    discounted = rerank(settings, "discount")
    assert discounted.coordination["groups"] == 0
    assert set(discounted.scores.values_list("inauthenticity", flat=True)) == {0.0}
    ranks = dict(plain.scores.values_list("account_id", "rank"))
    assert dict(discounted.scores.values_list("account_id", "rank")) == ranks


def test_officer_marks_are_audited_and_used_by_the_next_run(settings):
    ledger()
    officer = User.objects.create_user("officer")
    members = list(SocialAccount.objects.filter(external_id__in=RING).values_list("pk", flat=True))
    coordination_mark_set(account_ids=members, verdict="genuine", note="клуб", user=officer)
    run = rerank(settings)
    assert run.coordination["groups"] == 0
    assert score(run, RING[0]).inauthenticity == 0.0
    assert "marked_genuine" in score(run, RING[0]).signals
    assert score(run, TARGET).coordination == {}

    organic = SocialAccount.objects.get(external_id="7")
    coordination_mark_set(account_ids=[organic.pk], verdict="inauthentic", user=officer)
    coordination_mark_clear(account_ids=members, user=officer)
    run = rerank(settings)
    assert run.coordination["groups"] == 1
    assert score(run, "7").inauthenticity == 1.0
    assert "marked_inauthentic" in score(run, "7").signals
    mark = CoordinationMark.objects.get(account=organic)
    assert mark.marked_by == officer
    history = CoordinationMark.history.filter(account_id=members[0]).order_by("history_id")
    assert [h.history_type for h in history] == ["+", "-"]
    assert history[0].history_user == officer and history[0].note == "клуб"
    with pytest.raises(ValueError):
        coordination_mark_set(account_ids=[organic.pk], verdict="maybe")
    assert CoordinationGroup.objects.filter(run=run).count() == 1
