"""Influence runs: compute, store, denormalise, explain, compare, schedule."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from crm.models import Blogger, SocialAccount
from crm.selectors import blogger_filter
from graph.ingest.ledger import EventData, events_ingest
from graph.models import BloggerScore, InfluenceCommunity, InfluenceRun, InfluenceScore
from graph.selectors import (
    blogger_influence_explanation,
    blogger_influence_history,
    blogger_leaderboard,
    blogger_movers,
    influence_run_latest,
    mover_threshold,
)
from graph.services import influence_run_execute, influence_run_request
from tests.factories import BloggerFactory, SocialAccountFactory, TerritoryFactory

pytestmark = pytest.mark.django_db


def amplify(pairs, prefix, kind="repost", days_ago=1):
    now = timezone.now()
    rows = [
        EventData(
            kind=kind,
            key=f"vk:{prefix}{i}",
            source_external_id=s,
            target_external_id=t,
            occurred_at=now - timedelta(days=days_ago, minutes=i),
        )
        for i, (s, t) in enumerate(pairs)
    ]
    return events_ingest(platform="vk", events=rows, origin="test")


@pytest.fixture
def region_graph():
    """Two clusters: 1 is amplified by 2..6, 10 by 11..12; bloggers own 1, 10 and 20."""
    amplify([(str(i), "1") for i in range(2, 7)] + [("11", "10"), ("12", "10"), ("3", "2")], "a")
    star = BloggerFactory(display_name="Звезда")
    modest = BloggerFactory(display_name="Скромный")
    silent = BloggerFactory(display_name="Молчун")
    SocialAccount.objects.filter(external_id="1").update(
        blogger=star, followers=50000, display_name="Новости Заречья"
    )
    SocialAccount.objects.filter(external_id="10").update(blogger=modest, followers=800)
    SocialAccount.objects.create(platform="vk", external_id="20", blogger=silent, followers=10)
    return star, modest, silent


def rerank(now=None):
    run, created = influence_run_request(enqueue=False)
    assert created
    return influence_run_execute(run_id=run.pk, now=now)


def test_run_scores_every_graph_and_tracked_account(region_graph):
    star, modest, silent = region_graph
    run = rerank()
    assert run.status == InfluenceRun.Status.SUCCEEDED and not run.active
    assert (run.stage, run.progress) == ("done", 100)
    ranked = SocialAccount.objects.filter(influence_rank__isnull=False).count()
    # 9 accounts with edges + the silent blogger's account
    assert run.node_count == ranked == InfluenceScore.objects.filter(run=run).count() == 10
    assert sorted(run.scores.values_list("rank", flat=True)) == list(range(1, 11))
    assert set(run.timings) >= {"load", "rank", "save"}
    top = run.scores.order_by("rank").first()
    assert top.account.external_id == "1"
    assert 0 <= top.score <= 100
    assert set(top.components) == {"pagerank", "hub", "reach", "engagement", "kcore"}
    # bloggers ranked among bloggers, denormalised for sorting
    star.refresh_from_db()
    silent.refresh_from_db()
    assert star.influence_rank == 1 and silent.influence_rank == 3
    assert [b.blogger for b in blogger_leaderboard()] == [star, modest, silent]


def test_explanation_names_amplifiers_and_community(region_graph):
    star, *_ = region_graph
    rerank()
    explanation = blogger_influence_explanation(blogger_id=star.pk)
    account = explanation["accounts"][0]
    contributors = account["contributors"]
    assert {c["name"] for c in contributors} <= {"2", "3", "4", "5", "6"}
    assert len(contributors) == 5
    assert 0.99 <= sum(c["share"] for c in contributors) <= 1.0 + 1e-5
    assert explanation["community"].label == "Новости Заречья"
    assert InfluenceCommunity.objects.filter(run=explanation["run"]).count() >= 2


def test_same_ledger_ranks_identically(region_graph):
    now = timezone.now()
    first = rerank(now)
    second = rerank(now)

    def snapshot(run):
        return list(
            run.scores.order_by("account_id").values_list(
                "account_id", "score", "rank", "community", "pagerank", "top_contributors"
            )
        )

    assert snapshot(first) == snapshot(second)
    assert set(second.scores.values_list("rank_delta", flat=True)) == {0}


def test_history_and_movers_between_runs(region_graph, settings):
    settings.INFLUENCE_MOVERS_MIN_PLACES = 1  # three bloggers: every place counts
    star, modest, _ = region_graph
    rerank()
    # the modest blogger's account is suddenly amplified by many
    amplify([(str(i), "10") for i in range(30, 45)], "b")
    rerank()
    modest.refresh_from_db()
    assert modest.influence_rank == 1 and modest.influence_rank_delta == 1
    movers = blogger_movers()
    assert [r["blogger"] for r in movers["risers"]] == [modest]
    assert [r["blogger"] for r in movers["fallers"]] == [star]
    history = list(blogger_influence_history(blogger_id=modest.pk))
    assert [h.rank for h in history] == [2, 1]
    assert history[1].score > history[0].score


def test_movers_leave_out_run_to_run_noise(settings):
    settings.INFLUENCE_MOVERS_MIN_PLACES, settings.INFLUENCE_MOVERS_MIN_SHARE = 3, 0.05
    assert [mover_threshold(r) for r in (None, 1, 40, 60, 61, 200)] == [3, 3, 3, 3, 4, 10]
    before, after = (
        InfluenceRun.objects.create(status="succeeded", active=False, backend="sql")
        for _ in range(2)
    )
    # (place before, place after): ±1–2 near the top and ±9 at place 200 are noise
    places = {"A": (10, 2), "B": (3, 1), "C": (5, 7), "D": (200, 191), "E": (190, 210)}
    for name, (then, now) in places.items():
        account = SocialAccountFactory(blogger=BloggerFactory(display_name=name))
        for run, rank in ((before, then), (after, now)):
            BloggerScore.objects.create(
                run=run,
                blogger=account.blogger,
                account=account,
                score=0,
                rank=rank,
                account_rank=rank,
            )
    movers = blogger_movers(run=after, since=before)
    assert [m["blogger"].display_name for m in movers["risers"]] == ["A"]
    assert [m["blogger"].display_name for m in movers["fallers"]] == ["E"]


def test_leaderboard_rows_filter_by_blogger(region_graph):
    _, modest, _ = region_graph
    town = TerritoryFactory(name="Заречье")
    Blogger.objects.filter(pk=modest.pk).update(territory=town)
    rerank()
    in_town = blogger_filter(filters={"territory": town.pk}, user=None)
    rows = blogger_leaderboard().filter(blogger__in=in_town.values("pk"))
    assert [b.blogger for b in rows] == [modest]


def test_only_one_active_run(region_graph):
    run, created = influence_run_request(enqueue=False)
    again, created_again = influence_run_request(enqueue=False)
    assert (created, created_again) == (True, False)
    assert again.pk == run.pk
    assert InfluenceRun.objects.count() == 1
    influence_run_execute(run_id=run.pk)
    # a finished run does not block the next one
    assert influence_run_request(enqueue=False)[1] is True


def test_a_claimed_run_is_not_executed_twice(region_graph):
    run, _ = influence_run_request(enqueue=False)
    influence_run_execute(run_id=run.pk)
    again = influence_run_execute(run_id=run.pk)  # a redelivered task
    assert again.status == InfluenceRun.Status.SUCCEEDED
    assert InfluenceScore.objects.filter(run=run).count() == again.node_count == 10


def test_a_stale_run_does_not_block_forever(region_graph, settings):
    run, _ = influence_run_request(enqueue=False)
    InfluenceRun.objects.filter(pk=run.pk).update(
        status="running", heartbeat_at=timezone.now() - timedelta(hours=2)
    )
    fresh, created = influence_run_request(enqueue=False)
    run.refresh_from_db()
    assert created and fresh.pk != run.pk
    assert (run.status, run.active) == ("failed", False)
    assert "не отвечал" in run.error


def test_a_failing_run_is_marked_failed_with_the_error(region_graph, monkeypatch):
    import graph.services

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(graph.services, "rank", broken)
    run = rerank()
    assert (run.status, run.active) == ("failed", False)
    assert "RuntimeError: boom" in run.error
    assert influence_run_latest() is None
    assert BloggerScore.objects.count() == 0


def test_empty_graph_ranks_nothing_without_error():
    run = rerank()
    assert run.status == "succeeded"
    assert run.node_count == 0
    assert list(blogger_leaderboard()) == []


def test_rerank_command_waits_and_reports(region_graph, capsys):
    call_command("rerank", "--wait")
    out = capsys.readouterr()
    assert "10 accounts" in out.out
    assert "100%" in out.err
    assert InfluenceRun.objects.get().status == "succeeded"


def test_rerank_progress_in_a_log_has_no_carriage_returns(region_graph):
    err = StringIO()  # not a terminal, like `make run > log`
    call_command("rerank", "--wait", stdout=StringIO(), stderr=err)
    lines = err.getvalue().splitlines()
    assert "\r" not in err.getvalue()
    assert [line.split()[-1] for line in lines] == [
        "loading",
        "ranking",
        "saving",
        "writeback",
        "done",
    ]


def test_neo4j_writeback(region_graph, neo4j_backend, settings, monkeypatch):
    import graph.backends

    monkeypatch.setattr(graph.backends, "_driver", neo4j_backend.driver)
    settings.GRAPH_BACKEND = "neo4j"
    settings.NEO4J_DATABASE = neo4j_backend.database
    neo4j_backend.project(rebuild=True)
    run = rerank()
    assert run.backend == "neo4j" and run.status == "succeeded", run.error
    assert "writeback" in run.timings
    records = neo4j_backend._run(
        "MATCH (a:Account) WHERE a.influence_run = $run "
        "RETURN a.account_id AS id, a.influence_rank AS rank, a.community AS community",
        run=run.pk,
    )
    stored = {(s.account_id, s.rank, s.community) for s in run.scores.all()}
    assert {(r["id"], r["rank"], r["community"]) for r in records} == stored


def test_a_run_whose_writeback_failed_is_stored_afresh_by_its_retry(region_graph, monkeypatch):
    from graph.backends.base import GraphUnavailable
    from graph.backends.sql import SqlBackend
    from graph.services import TransientRankingError

    reference = rerank()
    expected = sorted(reference.scores.values_list("account_id", "rank", "community"))

    def down(self, rows, *, run_id):
        raise GraphUnavailable("Neo4j недоступен: ServiceUnavailable")

    monkeypatch.setattr(SqlBackend, "write_back_scores", down)
    run, _ = influence_run_request(enqueue=False)
    with pytest.raises(TransientRankingError):
        influence_run_execute(run_id=run.pk)
    run.refresh_from_db()
    assert (run.status, run.active) == ("pending", True) and "Neo4j" in run.error
    monkeypatch.undo()
    run = influence_run_execute(run_id=run.pk)  # the task's retry
    assert (run.status, run.error) == ("succeeded", ""), run.error
    assert sorted(run.scores.values_list("account_id", "rank", "community")) == expected
    assert run.communities.count() == reference.communities.count()
