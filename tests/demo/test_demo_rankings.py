"""The demo's ranking history: weekly runs in the past, then one now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
from django.core.management import call_command

from crm.models import SocialAccount
from demo.ranking_save import seed_demo_rankings
from graph.ingest.ledger import EventData, events_ingest
from graph.models import InfluenceRun
from graph.selectors import blogger_influence_history, blogger_movers
from tests.factories import BloggerFactory

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 3, 16, 12, tzinfo=UTC)


def _amplify(pairs, prefix, when):
    events_ingest(
        platform="vk",
        events=[
            EventData(
                kind="repost",
                key=f"vk:{prefix}{i}",
                source_external_id=s,
                target_external_id=t,
                occurred_at=when - timedelta(minutes=i),
            )
            for i, (s, t) in enumerate(pairs)
        ],
        origin="test",
    )


@pytest.fixture
def ledger():
    """Account 1 is amplified from the start; account 10 only in the last days."""
    _amplify([(str(i), "1") for i in range(2, 9)], "old", NOW - timedelta(days=40))
    _amplify([(str(i), "10") for i in range(30, 50)], "new", NOW - timedelta(days=2))
    early, late = BloggerFactory(display_name="Давний"), BloggerFactory(display_name="Новый")
    SocialAccount.objects.filter(external_id="1").update(blogger=early)
    SocialAccount.objects.filter(external_id="10").update(blogger=late)
    return early, late


def test_runs_as_of_past_weeks_then_now(ledger, settings):
    settings.INFLUENCE_MOVERS_MIN_PLACES = 1  # two bloggers: every place counts
    _early, late = ledger
    runs = seed_demo_rankings(weeks=3, now=NOW)
    assert [r.status for r in runs] == ["succeeded"] * 4
    assert [r.created_at for r in runs] == [NOW - timedelta(weeks=w) for w in (3, 2, 1, 0)]
    assert all(r.finished_at >= r.created_at for r in runs)
    assert [r.window_end for r in runs] == [r.created_at for r in runs]
    # the late blogger had no amplification in the past runs: he rose in the last one
    history = list(blogger_influence_history(blogger_id=late.pk))
    assert len(history) == 4
    assert history[-1].rank < history[0].rank
    assert [r["blogger"] for r in blogger_movers()["risers"]] == [late]


def test_history_is_made_only_once(ledger):
    seed_demo_rankings(weeks=1, now=NOW)
    assert seed_demo_rankings(weeks=1, now=NOW) == []
    assert InfluenceRun.objects.count() == 2


def test_command_reports_each_run(ledger):
    out = StringIO()
    call_command("demo_rankings", "--weeks", "2", stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3 and all("succeeded" in line for line in lines)
    assert InfluenceRun.objects.filter(status="succeeded").count() == 3
