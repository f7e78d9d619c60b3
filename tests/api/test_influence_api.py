"""Influence endpoints: runs, re-rank trigger, leaderboard, history, explanation,
movers and communities — every endpoint × role, contents and bounded queries."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from backend import roles
from crm.models import SocialAccount
from graph.models import InfluenceRun
from tests.api.base import ALL_ROLES, assert_error_shape
from tests.factories import BloggerFactory, TerritoryFactory
from tests.graph.test_influence import amplify, rerank

pytestmark = pytest.mark.django_db
V1 = "/api/v1"


@pytest.fixture
def ranked():
    """Accounts 2..6 amplify 1 (star), 11, 12 amplify 10 (modest); one run."""
    amplify([(str(i), "1") for i in range(2, 7)] + [("11", "10"), ("12", "10"), ("3", "2")], "a")
    district = TerritoryFactory(name="Заречный район")
    star = BloggerFactory(display_name="Звезда", territory=district)
    modest = BloggerFactory(display_name="Скромный")
    SocialAccount.objects.filter(external_id="1").update(
        blogger=star, followers=50000, display_name="Новости Заречья"
    )
    SocialAccount.objects.filter(external_id="10").update(blogger=modest, followers=800)
    run = rerank()
    return {"star": star, "modest": modest, "district": district, "run": run}


def add_bloggers(n: int, prefix: str) -> None:
    """n more bloggers, each with an amplified account (for query-count checks)."""
    for i in range(n):
        target = f"{prefix}t{i}"
        amplify([(f"{prefix}s{i}", target)], f"{prefix}{i}")
        SocialAccount.objects.filter(external_id=target).update(
            blogger=BloggerFactory(display_name=f"{prefix}{i}")
        )


READ_URLS = [
    "/influence/runs/",
    "/influence/runs/{run}/",
    "/influence/leaderboard/",
    "/influence/movers/",
    "/influence/bloggers/{star}/history/",
    "/influence/bloggers/{star}/explanation/",
    "/influence/runs/{run}/communities/",
    "/influence/runs/{run}/communities/0/members/",
]


@pytest.mark.parametrize("role", [None, *ALL_ROLES])
@pytest.mark.parametrize("url", READ_URLS)
def test_every_read_endpoint_by_role(ranked, client_for, role, url):
    path = V1 + url.format(run=ranked["run"].pk, star=ranked["star"].pk)
    response = client_for(role).get(path)
    if role is None:
        assert_error_shape(response, 401, "not_authenticated")
    else:
        assert response.status_code == 200, response.content[:300]


def test_run_detail_shows_stage_and_progress(ranked, client_for):
    body = client_for(roles.VIEWER).get(f"{V1}/influence/runs/{ranked['run'].pk}/").json()
    assert (body["status"], body["stage"], body["progress"]) == ("succeeded", "done", 100)
    assert body["node_count"] == ranked["run"].node_count > 0
    listed = client_for(roles.VIEWER).get(f"{V1}/influence/runs/", {"status": "succeeded"}).json()
    assert [r["id"] for r in listed["results"]] == [ranked["run"].pk]


@pytest.mark.parametrize("role", [None, *ALL_ROLES])
def test_trigger_rerank_by_role(db, client_for, role):
    response = client_for(role).post(f"{V1}/influence/runs/")
    if role is None:
        assert_error_shape(response, 401)
    elif role in (roles.ANALYST, roles.ADMIN):
        assert response.status_code == 202, response.content
        run = InfluenceRun.objects.get()
        assert response.json()["id"] == run.pk and response.json()["status"] == "pending"
        assert response["Location"].endswith(f"/influence/runs/{run.pk}/")
        return
    else:
        assert_error_shape(response, 403, "permission_denied")
    assert not InfluenceRun.objects.exists()


def test_second_trigger_returns_the_active_run(db, client_for, django_capture_on_commit_callbacks):
    client = client_for(roles.ANALYST)
    first = client.post(f"{V1}/influence/runs/").json()
    second = client.post(f"{V1}/influence/runs/")
    assert second.status_code == 202 and second.json()["id"] == first["id"]
    assert InfluenceRun.objects.count() == 1


def test_leaderboard_rank_order_and_blogger_filters(ranked, client_for):
    client = client_for(roles.VIEWER)
    rows = client.get(f"{V1}/influence/leaderboard/").json()["results"]
    assert [r["blogger"]["display_name"] for r in rows] == ["Звезда", "Скромный"]
    assert rows[0]["rank"] == 1 and rows[0]["account"]["external_id"] == "1"
    assert rows[0]["blogger"]["territory"]["name"] == "Заречный район"
    only = client.get(f"{V1}/influence/leaderboard/", {"territory": ranked["district"].pk})
    assert [r["blogger"]["id"] for r in only.json()["results"]] == [ranked["star"].pk]
    found = client.get(f"{V1}/influence/leaderboard/", {"q": "скром"}).json()["results"]
    assert [r["blogger"]["id"] for r in found] == [ranked["modest"].pk]
    reverse = client.get(f"{V1}/influence/leaderboard/", {"ordering": "-rank"}).json()["results"]
    assert [r["rank"] for r in reverse] == [2, 1]


def test_leaderboard_bad_filter_or_run_is_a_clear_error(ranked, client_for):
    client = client_for(roles.VIEWER)
    error = assert_error_shape(client.get(f"{V1}/influence/leaderboard/", {"stance": "x"}), 400)
    assert "stance" in error["fields"]
    assert_error_shape(client.get(f"{V1}/influence/leaderboard/", {"run": "abc"}), 400)
    assert_error_shape(client.get(f"{V1}/influence/leaderboard/", {"run": 999999}), 404)


def test_leaderboard_before_any_run_is_404(db, client_for):
    response = client_for(roles.VIEWER).get(f"{V1}/influence/leaderboard/")
    assert_error_shape(response, 404, "not_found")


@pytest.mark.parametrize(
    "url", ["/influence/leaderboard/", "/influence/runs/", "/influence/bloggers/{star}/history/"]
)
def test_list_query_count_is_bounded(ranked, client_for, url):
    client = client_for(roles.VIEWER)
    path = V1 + url.format(star=ranked["star"].pk)
    client.get(path)
    with CaptureQueriesContext(connection) as few:
        assert client.get(path, {"page_size": 500}).status_code == 200
    add_bloggers(8, "q")
    for _ in range(3):
        rerank()
    with CaptureQueriesContext(connection) as many:
        response = client.get(path, {"page_size": 500})
    assert response.status_code == 200 and response.json()["count"] >= 4
    assert len(many) == len(few) <= 10, [q["sql"] for q in many.captured_queries]


def test_history_and_explanation(ranked, client_for):
    star = ranked["star"]
    second = rerank()
    client = client_for(roles.VIEWER)
    history = client.get(f"{V1}/influence/bloggers/{star.pk}/history/").json()
    assert [h["run"]["id"] for h in history["results"]] == [ranked["run"].pk, second.pk]
    assert all(h["rank"] == 1 for h in history["results"])
    explained = client.get(f"{V1}/influence/bloggers/{star.pk}/explanation/").json()
    assert explained["run"]["id"] == second.pk
    assert explained["blogger_score"]["rank"] == 1
    assert explained["community"]["label"]
    (account,) = explained["accounts"]
    assert set(account["score"]["components"]) >= {"pagerank", "reach"}
    names = {c["name"] for c in account["contributors"]}
    assert names and all(c["share"] > 0 for c in account["contributors"])
    old = client.get(
        f"{V1}/influence/bloggers/{star.pk}/explanation/", {"run": ranked["run"].pk}
    ).json()
    assert old["run"]["id"] == ranked["run"].pk


def test_history_and_explanation_of_unknown_blogger_are_404(ranked, client_for):
    client = client_for(roles.VIEWER)
    assert_error_shape(client.get(f"{V1}/influence/bloggers/987654/history/"), 404)
    assert_error_shape(client.get(f"{V1}/influence/bloggers/987654/explanation/"), 404)
    unranked = BloggerFactory()
    assert_error_shape(client.get(f"{V1}/influence/bloggers/{unranked.pk}/explanation/"), 404)


def test_movers_between_the_last_two_runs_and_chosen_runs(ranked, client_for, settings):
    settings.INFLUENCE_MOVERS_MIN_PLACES = 1  # three bloggers: every place counts
    first = ranked["run"]
    # 10 overtakes 1: many new amplifiers of 10
    amplify([(f"n{i}", "10") for i in range(20)], "m")
    second = rerank()
    client = client_for(roles.VIEWER)
    body = client.get(f"{V1}/influence/movers/").json()
    assert (body["run"]["id"], body["since"]["id"]) == (second.pk, first.pk)
    assert [m["blogger"]["display_name"] for m in body["risers"]] == ["Скромный"]
    assert body["risers"][0] == {**body["risers"][0], "rank": 1, "previous_rank": 2, "delta": 1}
    assert [m["blogger"]["display_name"] for m in body["fallers"]] == ["Звезда"]
    same = client.get(f"{V1}/influence/movers/", {"run": second.pk, "since": first.pk}).json()
    assert same["risers"] == body["risers"] and same["fallers"] == body["fallers"]
    error = assert_error_shape(
        client.get(f"{V1}/influence/movers/", {"run": second.pk, "since": second.pk}), 400
    )
    assert "since" in error["fields"]
    assert_error_shape(client.get(f"{V1}/influence/movers/", {"limit": 0}), 400)


def test_communities_and_members_paginated(ranked, client_for):
    run = ranked["run"]
    client = client_for(roles.VIEWER)
    communities = client.get(f"{V1}/influence/runs/{run.pk}/communities/").json()
    assert communities["count"] == run.community_count >= 2
    sizes = [c["size"] for c in communities["results"]]
    assert sizes == sorted(sizes, reverse=True)
    biggest = communities["results"][0]
    members_url = f"{V1}/influence/runs/{run.pk}/communities/{biggest['number']}/members/"
    page = client.get(members_url, {"page_size": 2}).json()
    assert page["count"] == biggest["size"] and len(page["results"]) == 2 and page["next"]
    ranks = [m["rank"] for m in client.get(members_url).json()["results"]]
    assert ranks == sorted(ranks)
    assert_error_shape(client.get(f"{V1}/influence/runs/{run.pk}/communities/9999/members/"), 404)
    assert_error_shape(client.get(f"{V1}/influence/runs/987654/communities/"), 404)
