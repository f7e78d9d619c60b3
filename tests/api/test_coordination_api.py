"""Coordination in the API: groups per run, members, marks, the card's evidence, the
explorer's filter."""

from __future__ import annotations

import pytest

from crm.models import SocialAccount
from graph.models import CoordinationMark
from graph.services import influence_run_execute, influence_run_request
from tests.api.base import assert_error_shape
from tests.factories import BloggerFactory
from tests.graph.test_coordination import RING, TARGET, ledger

pytestmark = pytest.mark.django_db


@pytest.fixture
def run(settings):
    ledger()
    settings.INFLUENCE_COORDINATION = "discount"
    settings.INFLUENCE_COORDINATION_WINDOW = 60.0
    blogger = BloggerFactory(display_name="Обычный человек")
    SocialAccount.objects.filter(external_id=TARGET).update(blogger=blogger)
    requested, _ = influence_run_request(enqueue=False)
    done = influence_run_execute(run_id=requested.pk)
    done.blogger = blogger
    return done


def test_groups_and_members_of_a_run(client_for, run):
    client = client_for("viewer")
    body = client.get(f"/api/v1/influence/runs/{run.pk}/coordination-groups/").json()
    assert body["count"] == 1
    group = body["results"][0]
    assert (group["number"], group["size"], group["items"], group["bursts"]) == (0, 12, 6, 6)
    target = SocialAccount.objects.get(external_id=TARGET)
    assert group["targets"][0]["account_id"] == target.pk
    assert group["targets"][0]["name"] and group["targets"][0]["share"] > 0.9
    members = client.get(f"/api/v1/influence/runs/{run.pk}/coordination-groups/0/members/").json()
    assert members["count"] == 12
    assert {m["account"]["external_id"] for m in members["results"]} == set(RING)
    assert all(m["inauthenticity"] >= 0.9 and "group" in m["signals"] for m in members["results"])
    assert (
        client.get(f"/api/v1/influence/runs/{run.pk}/coordination-groups/7/members/").status_code
        == 404
    )
    assert_error_shape(
        client_for(None).get(f"/api/v1/influence/runs/{run.pk}/coordination-groups/"), 401
    )
    detail = client.get(f"/api/v1/influence/runs/{run.pk}/").json()
    assert detail["coordination"]["groups"] == 1 and detail["coordination"]["mode"] == "discount"


def test_blogger_card_evidence(client_for, run):
    body = client_for("viewer").get(f"/api/v1/influence/bloggers/{run.blogger.pk}/explanation/")
    account = body.json()["accounts"][0]["score"]
    note = account["coordination"]
    assert note["group_size"] == 12 and note["points"] < 0 and 0 < note["share"] <= 1
    assert account["mark"] is None


def test_explorer_filter(client_for, run):
    client = client_for("viewer")
    everything = client.get("/api/v1/graph/overview/").json()
    hidden = client.get("/api/v1/graph/overview/?coordination=hide").json()
    only = client.get("/api/v1/graph/overview/?coordination=only").json()
    ring_ids = set(SocialAccount.objects.filter(external_id__in=RING).values_list("pk", flat=True))
    target = SocialAccount.objects.get(external_id=TARGET).pk
    assert ring_ids <= {n["id"] for n in everything["nodes"]}
    assert not ring_ids & {n["id"] for n in hidden["nodes"]}
    assert {n["id"] for n in only["nodes"]} == ring_ids | {target}
    assert all(n["coordination_group"] == 0 for n in only["nodes"] if n["id"] in ring_ids)
    assert_error_shape(client.get("/api/v1/graph/overview/?coordination=maybe"), 400)


def test_marks_need_an_officer_are_kept_and_cleared(client_for, run):
    members = sorted(
        SocialAccount.objects.filter(external_id__in=RING).values_list("pk", flat=True)
    )
    url = "/api/v1/influence/coordination-marks/"
    data = {"accounts": members, "verdict": "genuine", "note": "наш клуб"}
    assert_error_shape(client_for("viewer").post(url, data, format="json"), 403)
    assert_error_shape(client_for("analyst").post(url, data, format="json"), 403)
    officer = client_for("officer")
    response = officer.post(url, data, format="json")
    assert response.status_code == 200
    assert len(response.json()) == 12 and response.json()[0]["verdict"] == "genuine"
    assert response.json()[0]["marked_by"]
    listed = client_for("viewer").get(f"{url}?verdict=genuine").json()
    assert listed["count"] == 12
    members_now = officer.get(f"/api/v1/influence/runs/{run.pk}/coordination-groups/0/members/")
    assert {m["mark"] for m in members_now.json()["results"]} == {"genuine"}
    bad = officer.post(url, {"accounts": [2**62], "verdict": "genuine"}, format="json")
    assert_error_shape(bad, 400)
    assert_error_shape(officer.post(url, {"accounts": members, "verdict": "x"}, format="json"), 400)
    cleared = officer.post(url, {"accounts": members[:2], "verdict": "clear"}, format="json")
    assert cleared.status_code == 200 and cleared.json() == []
    assert CoordinationMark.objects.count() == 10
    assert CoordinationMark.history.filter(history_type="-").count() == 2
