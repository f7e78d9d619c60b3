"""A small region for the reports' tests, with figures worked out by hand.

Week 2026-W46 (Monday 9 November, Moscow time), compared with 2026-W45:
- incidents: ЖКХ in Заречье 3 (2 the week before), Дороги in Озёрск 1 (2 before);
- first answers of this week's incidents: 2 and 9 working hours after detection
  (the normal deadline is 8 h: one on time), the other two unanswered and past
  their deadline: median 5.5 h, p90 8.3 h, on time 1 of 4 = 25 %;
- amplification in the week: «Громкий» 3 reposts + 2 mentions (3 + 2 × 0.5 = 4),
  «Эхо» 4 mentions (2), «Тихий» 1 repost (1) and 10 reposts the week before;
- the week's ranking: «Ракета» climbed from 10 to 1, «Камень» fell from 2 to 10.
"""

from __future__ import annotations

from datetime import timedelta

from graph.models import BloggerScore, InfluenceRun, InfluenceScore, Mention, Repost
from monitoring.incidents import incident_deadlines_plan
from monitoring.models import Incident, WatchTopic
from reports.weekly import Week
from tests.factories import BloggerFactory, SocialAccountFactory, TerritoryFactory

WEEK = Week(2026, 46)


def _incident(n, *, topic, territory, detected, answered_after=None, state="new"):
    incident = Incident(
        title=f"Проблема {n}",
        series_key=f"test:{n}",
        topic=topic,
        territory=territory,
        started_at=detected - timedelta(hours=1),
        detected_at=detected,
        last_post_at=detected,
        severity=30.0,
        state=state,
    )
    incident_deadlines_plan(incident, set_priority=True)
    if answered_after is not None:
        incident.first_response_at = detected + answered_after
        incident.state = Incident.State.ANSWERED
    incident.save()
    return incident


def build_region() -> dict:
    housing = WatchTopic.objects.create(name="ЖКХ", keywords=["отопление"])
    roads = WatchTopic.objects.create(name="Дороги", keywords=["яма"])
    zarechye = TerritoryFactory(name="Заречье")
    ozyorsk = TerritoryFactory(name="Озёрск")
    monday_10 = WEEK.since + timedelta(hours=10)
    before_10 = monday_10 - timedelta(days=7)
    # This week: answered after 2 h (Mon 12:00) and after 9 working hours (Tue 10:00).
    _incident(
        1, topic=housing, territory=zarechye, detected=monday_10, answered_after=timedelta(hours=2)
    )
    _incident(
        2, topic=housing, territory=zarechye, detected=monday_10, answered_after=timedelta(hours=24)
    )
    _incident(3, topic=housing, territory=zarechye, detected=monday_10 + timedelta(days=2))
    _incident(4, topic=roads, territory=ozyorsk, detected=monday_10 + timedelta(days=3))
    # The week before.
    _incident(5, topic=housing, territory=zarechye, detected=before_10)
    _incident(6, topic=housing, territory=zarechye, detected=before_10 + timedelta(days=1))
    _incident(7, topic=roads, territory=ozyorsk, detected=before_10 + timedelta(days=2))
    _incident(8, topic=roads, territory=ozyorsk, detected=before_10 + timedelta(days=3))

    loud = SocialAccountFactory(display_name="Громкий")
    echo = SocialAccountFactory(display_name="Эхо")
    quiet = SocialAccountFactory(display_name="Тихий")
    target = SocialAccountFactory(display_name="Администрация")
    at = WEEK.since + timedelta(days=2)

    def repost(key, who, when, weight=1):
        Repost.objects.create(
            key=key, reposter=who, author=target, occurred_at=when, weight=weight, origin="test"
        )

    def mention(key, who, when, weight=1):
        Mention.objects.create(
            key=key, source=who, target=target, occurred_at=when, weight=weight, origin="test"
        )

    repost("r1", loud, at, weight=3)
    mention("m1", loud, at, weight=2)
    mention("m2", echo, at, weight=4)
    repost("r2", quiet, at)
    repost("r3", quiet, at - timedelta(days=7), weight=10)  # the week before: not counted
    Repost.objects.create(  # reposting oneself amplifies nobody
        key="r4", reposter=target, author=target, occurred_at=at, weight=50, origin="test"
    )

    run = InfluenceRun.objects.create(
        status=InfluenceRun.Status.SUCCEEDED,
        active=False,
        backend="sql",
        created_at=WEEK.since + timedelta(days=5),
    )
    for rank, (account, score) in enumerate([(loud, 71.5), (echo, 40.25), (quiet, 10.0)], 1):
        InfluenceScore.objects.create(
            run=run,
            account=account,
            score=score,
            rank=rank,
            percentile=100 - rank,
            pagerank=0.1,
            hub=0.1,
            authority=0.1,
            community=0,
        )
    riser = BloggerFactory(display_name="Ракета", territory=zarechye)
    faller = BloggerFactory(display_name="Камень", territory=ozyorsk)
    steady = BloggerFactory(display_name="Ровный", territory=ozyorsk)
    for blogger, rank, previous, score in [
        (riser, 1, 10, 80.0),
        (faller, 10, 2, 20.0),
        (steady, 5, 6, 50.0),
    ]:
        account = SocialAccountFactory(blogger=blogger)
        BloggerScore.objects.create(
            run=run,
            blogger=blogger,
            account=account,
            score=score,
            rank=rank,
            account_rank=rank,
            previous_rank=previous,
            rank_delta=previous - rank,
        )
    return {"run": run, "now": WEEK.until + timedelta(days=1)}
