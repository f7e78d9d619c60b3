"""Projection of the ledger into a real Neo4j: incremental, idempotent, rebuildable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command

from crm.models import SocialAccount
from graph.backends.base import EdgeParams
from graph.backends.sql import SqlBackend
from graph.ingest.ledger import EventData, PostData, events_ingest, posts_upsert
from graph.models import ProjectionState

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 11, 1, tzinfo=UTC)


def events(prefix: str, pairs: list[tuple[str, str]], kind: str = "repost", post: str = ""):
    return [
        EventData(
            kind=kind,
            key=f"vk:{prefix}{i}",
            source_external_id=s,
            target_external_id=t,
            occurred_at=NOW - timedelta(hours=i + 1),
            post_external_id=post,
        )
        for i, (s, t) in enumerate(pairs)
    ]


def snapshot(backend):
    """Everything the graph holds, in comparable form."""
    counts = backend.counts()
    ids = sorted(SocialAccount.objects.values_list("pk", flat=True))
    return counts, counts.extra, backend.edges_among(ids), backend.nodes(ids)


def test_incremental_projection_picks_up_new_observations(neo4j_backend):
    events_ingest(platform="vk", events=events("a", [("1", "2"), ("3", "2")]), origin="t")
    first = neo4j_backend.project()
    assert (first.pairs, first.events) == (2, 2)
    assert neo4j_backend.counts().amplifies == 2

    # new events: one on an existing pair, one new pair, one new account
    events_ingest(
        platform="vk", events=events("b", [("1", "2"), ("4", "1")], "mention"), origin="t"
    )
    neo4j_backend.project()
    counts = neo4j_backend.counts()
    assert (counts.amplifies, counts.repost_events, counts.mention_events) == (3, 2, 2)
    assert neo4j_backend.counts() == SqlBackend().counts()
    edge = next(
        e
        for e in neo4j_backend.edges_among(list(SocialAccount.objects.values_list("pk", flat=True)))
        if e.total == 2
    )
    assert (edge.reposts, edge.mentions) == (1, 1)


def test_projection_is_idempotent(neo4j_backend):
    events_ingest(
        platform="vk", events=events("a", [("1", "2"), ("2", "3"), ("3", "1")]), origin="t"
    )
    neo4j_backend.project()
    before = snapshot(neo4j_backend)
    # a crash before the watermark moved means the same work is done again
    ProjectionState.objects.all().delete()
    neo4j_backend.project()
    neo4j_backend.project()
    assert snapshot(neo4j_backend) == before


def test_graph_projected_in_an_older_format_is_rebuilt(neo4j_backend):
    """Format 1 stored ``events`` as an integer list: an incremental projection that
    finds such a graph rebuilds it instead of mixing the two layouts."""
    events_ingest(platform="vk", events=events("a", [("1", "2"), ("2", "3")]), origin="t")
    neo4j_backend.project()
    expected = snapshot(neo4j_backend)
    neo4j_backend._run(
        "MATCH ()-[r:AMPLIFIES]->() SET r.events = [x IN split(r.events, ',') | toInteger(x)] "
        "WITH count(r) AS n MATCH (m:RezonansProjection) SET m.format = 1",
        write=True,
    )
    report = neo4j_backend.project()
    assert report.rebuild and report.pairs == 2
    assert snapshot(neo4j_backend) == expected
    (stored,) = neo4j_backend._run("MATCH ()-[r:AMPLIFIES]->() RETURN DISTINCT valueType(r.events)")
    assert stored[0].startswith("STRING")
    assert not neo4j_backend.project().rebuild  # now current: incremental again


def test_account_changes_are_projected(neo4j_backend):
    events_ingest(platform="vk", events=events("a", [("1", "2")]), origin="t")
    neo4j_backend.project()
    account = SocialAccount.objects.get(external_id="2")
    account.display_name = "Подслушано Заречье"
    account.followers = 5400
    account.save()
    neo4j_backend.project()
    node = neo4j_backend.nodes([account.pk])[0]
    assert (node.name, node.followers) == ("Подслушано Заречье", 5400)


@pytest.fixture
def neo4j_configured(neo4j_backend, settings, monkeypatch):
    """Point the process-wide driver (used by management commands) at the test server."""
    import graph.backends

    monkeypatch.setattr(graph.backends, "_driver", neo4j_backend.driver)
    settings.NEO4J_DATABASE = neo4j_backend.database
    return neo4j_backend


def test_rebuild_after_wipe_reproduces_the_graph(neo4j_configured):
    neo4j_backend = neo4j_configured
    posts_upsert(platform="vk", posts=[PostData("2", "p1", published_at=NOW, likes=5)])
    events_ingest(
        platform="vk", events=events("a", [("1", "2"), ("3", "2")], post="p1"), origin="t"
    )
    events_ingest(platform="vk", events=events("b", [("3", "1")], "mention", post="m1"), origin="t")
    neo4j_backend.project()
    events_ingest(platform="vk", events=events("c", [("4", "3")]), origin="t")
    neo4j_backend.project()
    incremental = snapshot(neo4j_backend)
    params = EdgeParams(now=NOW)
    weights = neo4j_backend.edge_list(params)

    neo4j_backend.wipe()
    assert neo4j_backend.counts().accounts == 0
    call_command("graph_project", "--rebuild", verbosity=0)
    assert snapshot(neo4j_backend) == incremental
    assert incremental[1] == {"reposted": 2, "mentions": 1, "posted": 2}
    rebuilt = neo4j_backend.edge_list(params)
    assert list(rebuilt.weight) == list(weights.weight)
