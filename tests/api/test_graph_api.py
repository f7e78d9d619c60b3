"""Graph endpoints: ego network, amplifiers, cascade, path, overview, clusters — nodes/edges
JSON per the contract, every endpoint × role, and 503 when the graph is down."""

from __future__ import annotations

import socket
from datetime import timedelta

import pytest
from django.utils import timezone

import graph.backends
from backend import roles
from crm.models import SocialAccount
from graph.ingest.ledger import EventData, events_ingest
from graph.models import InfluenceScore, Post
from tests.api.base import ALL_ROLES, assert_error_shape
from tests.factories import BloggerFactory, TerritoryFactory
from tests.graph.test_influence import amplify, rerank

pytestmark = pytest.mark.django_db
V1 = "/api/v1"
NODE_KEYS = {"id", "label", "platform", "external_id", "blogger_id", "score", "community"}
EDGE_KEYS = {"source", "target", "weight", "reposts", "mentions"}


def acc(external_id: str) -> int:
    return SocialAccount.objects.get(platform="vk", external_id=external_id).pk


@pytest.fixture
def graph_data():
    """2..6 repost 1 (3 twice), 3 → 2, 11, 12 → 10; 7 reposts post p1 of 1, then 8."""
    amplify([(str(i), "1") for i in range(2, 7)] + [("3", "1"), ("3", "2")], "a")
    amplify([("11", "10"), ("12", "10")], "b", kind="mention")
    now = timezone.now()
    events_ingest(
        platform="vk",
        events=[
            EventData(
                kind="repost",
                key=f"vk:c{i}",
                source_external_id=s,
                target_external_id="1",
                occurred_at=now - timedelta(hours=5 - i),
                post_external_id="p1",
            )
            for i, s in enumerate(["7", "8"])
        ],
        origin="test",
    )
    district = TerritoryFactory(name="Заречный район")
    SocialAccount.objects.filter(external_id="1").update(
        blogger=BloggerFactory(territory=district), display_name="Новости Заречья"
    )
    run = rerank()
    return {"run": run, "district": district, "post": Post.objects.get(external_id="p1")}


def urls(data) -> list[str]:
    one, three = acc("1"), acc("3")
    return [
        f"/graph/accounts/{one}/ego/",
        f"/graph/accounts/{one}/amplifiers/",
        f"/graph/posts/{data['post'].pk}/cascade/",
        f"/graph/path/?source={three}&target={one}",
        "/graph/overview/",
    ]


@pytest.mark.parametrize("role", [None, *ALL_ROLES])
def test_every_graph_endpoint_by_role(graph_data, client_for, role):
    client = client_for(role)
    for url in urls(graph_data):
        response = client.get(V1 + url)
        if role is None:
            assert_error_shape(response, 401, "not_authenticated")
            continue
        assert response.status_code == 200, (url, response.content[:300])
        body = response.json()
        assert body["nodes"], url
        for node in body["nodes"]:
            assert set(node) >= NODE_KEYS, url
        for edge in body["edges"]:
            assert set(edge) >= EDGE_KEYS, url
        ids = {n["id"] for n in body["nodes"]}
        assert all(e["source"] in ids and e["target"] in ids for e in body["edges"]), url


def test_ego_network_with_scores_and_limits(graph_data, client_for):
    client = client_for(roles.VIEWER)
    one = acc("1")
    body = client.get(f"{V1}/graph/accounts/{one}/ego/").json()
    by_id = {n["id"]: n for n in body["nodes"]}
    assert body["center"] == one and not body["truncated"]
    assert set(by_id) == {one, *(acc(str(i)) for i in range(2, 9))}
    center = by_id[one]
    assert center["label"] == "Новости Заречья" and center["rank"] == 1
    assert center["community"] is not None and center["community_label"]
    strongest = next(e for e in body["edges"] if e["source"] == acc("3") and e["target"] == one)
    assert (strongest["reposts"], strongest["mentions"], strongest["weight"]) == (2, 0, 2.0)
    small = client.get(f"{V1}/graph/accounts/{one}/ego/", {"limit": 2}).json()
    # the strongest neighbour (3, two reposts) comes first
    assert {n["id"] for n in small["nodes"]} == {one, acc("3")} and small["truncated"]
    deeper = client.get(f"{V1}/graph/accounts/{acc('10')}/ego/", {"depth": 2}).json()
    assert {n["id"] for n in deeper["nodes"]} == {acc("10"), acc("11"), acc("12")}
    assert_error_shape(client.get(f"{V1}/graph/accounts/{one}/ego/", {"depth": 3}), 400)
    assert_error_shape(client.get(f"{V1}/graph/accounts/987654/ego/"), 404, "not_found")


def test_amplifiers_cascade_and_path(graph_data, client_for):
    client = client_for(roles.VIEWER)
    one = acc("1")
    amps = client.get(f"{V1}/graph/accounts/{one}/amplifiers/", {"limit": 3}).json()
    assert len(amps["edges"]) == 3 and amps["edges"][0]["source"] == acc("3")
    assert all(e["target"] == one for e in amps["edges"])
    mentions = client.get(f"{V1}/graph/accounts/{acc('10')}/amplifiers/").json()
    assert {e["mentions"] for e in mentions["edges"]} == {1}
    assert mentions["edges"][0]["weight"] == 0.5  # mention type weight

    post = graph_data["post"]
    cascade = client.get(f"{V1}/graph/posts/{post.pk}/cascade/").json()
    assert cascade["author_id"] == one
    assert [s["account_id"] for s in cascade["steps"]] == [acc("7"), acc("8")]
    assert {(e["source"], e["target"]) for e in cascade["edges"]} == {
        (acc("7"), one),
        (acc("8"), one),
    }
    assert_error_shape(client.get(f"{V1}/graph/posts/987654/cascade/"), 404)

    path = client.get(f"{V1}/graph/path/", {"source": acc("3"), "target": acc("2")}).json()
    assert path["found"] and path["path"] == [acc("3"), acc("2")]
    assert [(e["source"], e["target"]) for e in path["edges"]] == [(acc("3"), acc("2"))]
    none = client.get(f"{V1}/graph/path/", {"source": one, "target": acc("10")}).json()
    assert (none["found"], none["path"], none["nodes"]) == (False, [], [])
    error = assert_error_shape(client.get(f"{V1}/graph/path/", {"source": one}), 400)
    assert "target" in error["fields"]


def test_overview_caps_filters_and_strongest_edges_first(graph_data, client_for):
    client = client_for(roles.VIEWER)
    run = graph_data["run"]
    full = client.get(f"{V1}/graph/overview/").json()
    assert full["run"]["id"] == run.pk
    assert full["total_nodes"] == len(full["nodes"]) == run.node_count
    weights = [e["weight"] for e in full["edges"]]
    assert weights == sorted(weights, reverse=True) and weights[0] == 2.0
    assert full["total_edges"] == len(full["edges"]) == 10

    capped = client.get(f"{V1}/graph/overview/", {"max_nodes": 3, "max_edges": 1}).json()
    assert [n["rank"] for n in capped["nodes"]] and len(capped["nodes"]) == 3
    assert max(n["rank"] for n in capped["nodes"]) == 3
    assert len(capped["edges"]) <= 1 and capped["truncated_nodes"]

    top_score = max(n["score"] for n in full["nodes"])
    strong = client.get(f"{V1}/graph/overview/", {"min_score": top_score}).json()
    assert [n["id"] for n in strong["nodes"]] == [acc("1")]
    territory = client.get(f"{V1}/graph/overview/", {"territory": graph_data["district"].pk})
    assert [n["id"] for n in territory.json()["nodes"]] == [acc("1")]
    community = next(n["community"] for n in full["nodes"] if n["id"] == acc("10"))
    members = client.get(f"{V1}/graph/overview/", {"community": community}).json()
    assert {n["id"] for n in members["nodes"]} == {acc("10"), acc("11"), acc("12")}
    assert_error_shape(client.get(f"{V1}/graph/overview/", {"max_nodes": 10**6}), 400)


def test_overview_before_any_run_is_empty(db, client_for):
    body = client_for(roles.VIEWER).get(f"{V1}/graph/overview/").json()
    assert (body["run"], body["nodes"], body["edges"]) == (None, [], [])


@pytest.fixture
def graph_down(settings, monkeypatch):
    """The neo4j backend pointed at a port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.GRAPH_BACKEND = "neo4j"
    settings.NEO4J_URI = f"bolt://127.0.0.1:{port}"
    settings.NEO4J_PASSWORD = "not-used-nobody-listens"
    monkeypatch.setattr(graph.backends, "_driver", None)
    yield
    driver = graph.backends._driver
    if driver is not None:
        driver.close()


def test_graph_down_is_503_and_the_rest_keeps_working(graph_data, graph_down, client_for):
    client = client_for(roles.VIEWER)
    for url in urls(graph_data):
        error = assert_error_shape(client.get(V1 + url), 503, "graph_unavailable")
        assert "Neo4j" in error["message"], url
    # relational reads go on
    assert client.get(f"{V1}/influence/leaderboard/").status_code == 200
    assert client.get(f"{V1}/influence/runs/").status_code == 200


# --- /graph/clusters/: communities with aggregated edges


def test_clusters_sum_the_account_edges_between_communities(graph_data, client_for):
    run = graph_data["run"]
    body = client_for(roles.VIEWER).get(f"{V1}/graph/clusters/").json()
    assert body["run"]["id"] == run.pk
    scores = list(InfluenceScore.objects.filter(run=run).values_list("account_id", "community"))
    community_of = dict(scores)
    # Every account is in exactly one cluster.
    assert sum(c["size"] for c in body["clusters"]) == body["total_nodes"] == len(scores)
    assert {c["number"] for c in body["clusters"]} == set(community_of.values())
    sizes = [c["size"] for c in body["clusters"]]
    assert sizes == sorted(sizes, reverse=True)
    overview = client_for(roles.VIEWER).get(f"{V1}/graph/overview/").json()
    assert body["total_edges"] == overview["total_edges"]
    # The edges between communities add up the account edges (and inside: inner_weight).
    expected: dict[tuple[int, int], float] = {}
    inner: dict[int, float] = {}
    for edge in overview["edges"]:
        a, b = community_of[edge["source"]], community_of[edge["target"]]
        if a == b:
            inner[a] = inner.get(a, 0) + edge["weight"]
        else:
            expected[(a, b)] = expected.get((a, b), 0) + edge["weight"]
    assert {(e["source"], e["target"]): e["weight"] for e in body["edges"]} == pytest.approx(
        expected
    )
    for cluster in body["clusters"]:
        assert cluster["inner_weight"] == pytest.approx(inner.get(cluster["number"], 0))
        ranks = [m["rank"] for m in cluster["top"]]
        assert ranks == sorted(ranks) and len(ranks) == min(5, cluster["size"])
        assert all(community_of[m["id"]] == cluster["number"] for m in cluster["top"])
    hub = next(c for c in body["clusters"] if c["number"] == community_of[acc("1")])
    assert hub["top"][0]["label"] == "Новости Заречья"


def test_clusters_filters(graph_data, client_for):
    client = client_for(roles.ANALYST)
    territory = client.get(f"{V1}/graph/clusters/", {"territory": graph_data["district"].pk})
    assert [c["size"] for c in territory.json()["clusters"]] == [1]
    assert territory.json()["edges"] == []
    assert_error_shape(client.get(f"{V1}/graph/clusters/", {"min_score": 1000}), 400)


def test_clusters_need_a_login_and_no_graph_server(graph_data, client_for, graph_down):
    assert_error_shape(client_for(None).get(f"{V1}/graph/clusters/"), 401, "not_authenticated")
    # Summed from the ledger: the overview works while Neo4j is down.
    body = client_for(roles.VIEWER).get(f"{V1}/graph/clusters/").json()
    assert body["clusters"] and body["total_edges"] == 10


def test_clusters_before_any_run_are_empty(db, client_for):
    body = client_for(roles.VIEWER).get(f"{V1}/graph/clusters/").json()
    assert (body["run"], body["clusters"], body["edges"]) == (None, [], [])


def test_capped_overview_keeps_each_accounts_strongest_edge(graph_data, client_for):
    client = client_for(roles.VIEWER)
    full = client.get(f"{V1}/graph/overview/").json()
    # Nine edges reach all eleven accounts; by weight alone, 7 and 8 (one repost each)
    # would lose to 3 → 1 and 3 → 2.
    capped = client.get(f"{V1}/graph/overview/", {"max_edges": 9}).json()
    assert len(capped["edges"]) == 9
    weights = [e["weight"] for e in capped["edges"]]
    assert weights == sorted(weights, reverse=True)
    touched = {n for e in full["edges"] for n in (e["source"], e["target"])}
    drawn = {n for e in capped["edges"] for n in (e["source"], e["target"])}
    assert drawn == touched  # nobody loses every edge to a hub's weaker ones
    missing = {(e["source"], e["target"]) for e in full["edges"]} - {
        (e["source"], e["target"]) for e in capped["edges"]
    }
    assert missing == {(acc("3"), acc("2"))}
