"""Incident workflow endpoints: every endpoint × role, transitions and their 409s,
assignment (one and bulk), comments, history, filters."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from backend import roles
from monitoring.incidents import incident_deadlines_plan
from monitoring.models import Incident, IncidentComment
from tests.api.base import (
    ALL_ROLES,
    GetObjectTests,
    ListObjectsTests,
    UpdateObjectTests,
    assert_error_shape,
)

pytestmark = pytest.mark.django_db
V1 = "/api/v1/incidents"


def make_incident(n: int = 0, *, detected_ago: timedelta = timedelta(minutes=5), **fields):
    detected = timezone.now() - detected_ago
    incident = Incident(
        title=fields.pop("title", f"Нет отопления {n}"),
        series_key=f"topic:1:{n}:{Incident.objects.count()}",
        started_at=detected - timedelta(hours=1),
        detected_at=detected,
        last_post_at=detected,
        severity=fields.pop("severity", 30.0 + n),
        **fields,
    )
    incident_deadlines_plan(incident, set_priority=True)
    incident.save()
    return incident


class TestIncidentAPI(ListObjectsTests, GetObjectTests, UpdateObjectTests):
    basename = "incident"
    model = Incident
    write_roles = (roles.OFFICER, roles.ADMIN)

    def make_objects(self):
        return [make_incident(n) for n in range(3)]

    def update_data(self, obj):
        return {"priority": "urgent"}


def test_a_new_incident_cannot_be_posted_and_put_is_refused(client_for):
    incident = make_incident()
    client = client_for(roles.ADMIN)
    assert client.post(f"{V1}/", {"title": "x"}, format="json").status_code == 405
    response = client.put(f"{V1}/{incident.pk}/", {"priority": "high"}, format="json")
    assert_error_shape(response, 405)


def test_the_officer_takes_answers_and_closes(client_for, role_users):
    incident = make_incident()
    client = client_for(roles.OFFICER)
    row = client.get(f"{V1}/{incident.pk}/").json()
    assert row["state"] == "new" and row["version"] == 1
    assert row["allowed_transitions"] == ["in_work", "not_ours", "duplicate", "false_alarm"]
    assert row["first_response_due"] and row["first_response_overdue"] is False

    taken = client.post(
        f"{V1}/{incident.pk}/transition/", {"to": "in_work", "version": 1}, format="json"
    )
    assert taken.status_code == 200, taken.content
    body = taken.json()
    assert body["state"] == "in_work" and body["version"] == 2
    assert body["assignee"]["id"] == role_users[roles.OFFICER].pk

    missing = client.post(f"{V1}/{incident.pk}/transition/", {"to": "answered"}, format="json")
    error = assert_error_shape(missing, 400, "validation_failed")
    assert set(error["fields"]) == {"response_url", "response_text"}

    answered = client.post(
        f"{V1}/{incident.pk}/transition/",
        {
            "to": "answered",
            "response_url": "https://vk.com/wall-1_7",
            "response_text": "Бригада выехала, тепло дадут к 18:00.",
        },
        format="json",
    ).json()
    assert answered["state"] == "answered" and answered["first_response_at"]
    assert answered["response_url"] == "https://vk.com/wall-1_7"
    closed = client.post(f"{V1}/{incident.pk}/transition/", {"to": "closed"}, format="json")
    assert closed.json()["state"] == "closed" and closed.json()["is_open"] is False

    history = client.get(f"{V1}/{incident.pk}/history/").json()
    assert [(e["from_state"], e["to_state"]) for e in history] == [
        ("new", "in_work"),
        ("in_work", "answered"),
        ("answered", "closed"),
    ]
    assert {e["actor"]["username"] for e in history} == {"officer-user"}


def test_a_move_not_allowed_is_409_with_the_allowed_ones(client_for):
    incident = make_incident()
    response = client_for(roles.OFFICER).post(
        f"{V1}/{incident.pk}/transition/", {"to": "closed"}, format="json"
    )
    error = assert_error_shape(response, 409, "transition_not_allowed")
    assert error["allowed"] == ["in_work", "not_ours", "duplicate", "false_alarm"]
    assert error["state"] == "new" and error["version"] == 1


def test_a_stale_version_is_409_with_the_current_one(client_for):
    incident = make_incident()
    anna, boris = client_for(roles.OFFICER), client_for(roles.ADMIN)
    url = f"{V1}/{incident.pk}/transition/"
    assert anna.post(url, {"to": "in_work", "version": 1}, format="json").status_code == 200
    response = boris.post(url, {"to": "false_alarm", "version": 1}, format="json")
    error = assert_error_shape(response, 409, "version_conflict")
    assert error["state"] == "in_work" and error["version"] == 2
    # Without a version the second officer is told the move makes no sense any more.
    again = boris.post(url, {"to": "in_work"}, format="json")
    assert assert_error_shape(again, 409, "transition_not_allowed")["state"] == "in_work"


@pytest.mark.parametrize("role", [None, *ALL_ROLES])
def test_only_officers_and_admins_work_incidents(client_for, role, role_users):
    incident = make_incident()
    client = client_for(role)
    responses = [
        client.post(f"{V1}/{incident.pk}/transition/", {"to": "in_work"}, format="json"),
        client.post(f"{V1}/{incident.pk}/comments/", {"text": "Звонил в УК"}, format="json"),
        client.post(
            f"{V1}/bulk-assign/",
            {"ids": [incident.pk], "assignee": role_users[roles.OFFICER].pk},
            format="json",
        ),
    ]
    for response in responses:
        if role is None:
            assert_error_shape(response, 401)
        elif role in (roles.VIEWER, roles.ANALYST):
            assert_error_shape(response, 403, "permission_denied")
        else:
            assert response.status_code in (200, 201), response.content
    incident.refresh_from_db()
    assert (incident.state == "in_work") is (role in (roles.OFFICER, roles.ADMIN))


def test_bulk_assign_and_filters(client_for, role_users):
    officer = role_users[roles.OFFICER]
    a, b, c = make_incident(1), make_incident(2), make_incident(3)
    late = make_incident(4, detected_ago=timedelta(days=30))
    client = client_for(roles.ADMIN)
    response = client.post(
        f"{V1}/bulk-assign/", {"ids": [a.pk, b.pk], "assignee": officer.pk}, format="json"
    )
    assert response.json() == {"changed": 2}
    mine = client_for(roles.OFFICER).get(f"{V1}/", {"mine": "true"}).json()
    assert {row["id"] for row in mine["results"]} == {a.pk, b.pk}
    unassigned = client.get(f"{V1}/", {"unassigned": "true"}).json()
    assert {row["id"] for row in unassigned["results"]} == {c.pk, late.pk}
    overdue = client.get(f"{V1}/", {"overdue": "true"}).json()
    assert [row["id"] for row in overdue["results"]] == [late.pk]
    assert overdue["results"][0]["first_response_overdue"] is True
    by_deadline = client.get(f"{V1}/", {"ordering": "first_response_due"}).json()
    assert by_deadline["results"][0]["id"] == late.pk
    viewer = role_users[roles.VIEWER]
    refused = client.post(
        f"{V1}/bulk-assign/", {"ids": [a.pk], "assignee": viewer.pk}, format="json"
    )
    assert "assignee" in assert_error_shape(refused, 400)["fields"]
    unknown = client.post(
        f"{V1}/bulk-assign/", {"ids": [a.pk, 99999999], "assignee": None}, format="json"
    )
    assert "ids" in assert_error_shape(unknown, 400)["fields"]


def test_due_today_filter_finds_running_deadlines_still_ahead_today(client_for):
    now = timezone.localtime()
    day_end = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    later_today = now + (day_end - now) / 2
    week = now + timedelta(days=7)
    answer_due = make_incident(1)
    resolve_due = make_incident(2)
    answered = make_incident(3)
    tomorrow = make_incident(4)
    missed = make_incident(5)
    closed = make_incident(6)
    for incident, fields in [
        (answer_due, {"first_response_due": later_today, "resolution_due": week}),
        (
            resolve_due,
            {"state": "answered", "first_response_at": now, "resolution_due": later_today},
        ),
        (
            answered,
            {"state": "answered", "first_response_at": now, "first_response_due": later_today},
        ),
        (tomorrow, {"first_response_due": day_end + timedelta(hours=10), "resolution_due": week}),
        (missed, {"first_response_due": now - timedelta(minutes=1), "resolution_due": week}),
        (closed, {"state": "closed", "is_open": False, "resolution_due": later_today}),
    ]:
        Incident.objects.filter(pk=incident.pk).update(**fields)
    client = client_for(roles.VIEWER)
    due = client.get(f"{V1}/", {"due_today": "true"}).json()
    assert {row["id"] for row in due["results"]} == {answer_due.pk, resolve_due.pk}
    rest = client.get(f"{V1}/", {"due_today": "false"}).json()
    assert {row["id"] for row in rest["results"]} == {
        answered.pk,
        tomorrow.pk,
        missed.pk,
        closed.pk,
    }


def test_patch_assigns_and_changes_priority_with_history(client_for, role_users):
    incident = make_incident(severity=10)
    client = client_for(roles.OFFICER)
    officer = role_users[roles.OFFICER]
    response = client.patch(
        f"{V1}/{incident.pk}/",
        {"assignee": officer.pk, "priority": "urgent", "version": 1},
        format="json",
    )
    body = response.json()
    assert body["assignee"]["id"] == officer.pk and body["priority"] == "urgent"
    assert body["version"] == 2
    stale = client.patch(f"{V1}/{incident.pk}/", {"priority": "high", "version": 1}, format="json")
    assert_error_shape(stale, 409, "version_conflict")
    kinds = [e["kind"] for e in client.get(f"{V1}/{incident.pk}/history/").json()]
    assert kinds == ["assign", "priority"]


def test_comments_hide_their_text_from_roles_without_personal_data(client_for):
    incident = make_incident()
    created = client_for(roles.OFFICER).post(
        f"{V1}/{incident.pk}/comments/", {"text": "Житель Иванов, тел. 8-900-000-00-00"}
    )
    assert created.status_code == 201
    assert created.json()["author"]["username"] == "officer-user"
    empty = client_for(roles.OFFICER).post(f"{V1}/{incident.pk}/comments/", {"text": "  "})
    assert_error_shape(empty, 400)
    assert IncidentComment.objects.count() == 1
    seen = client_for(roles.ANALYST).get(f"{V1}/{incident.pk}/comments/").json()
    assert seen[0]["text"].startswith("Житель Иванов")
    hidden = client_for(roles.VIEWER).get(f"{V1}/{incident.pk}/comments/").json()
    assert len(hidden) == 1 and "text" not in hidden[0]


def test_transition_notes_are_hidden_from_viewers(client_for):
    incident = make_incident()
    client_for(roles.OFFICER).post(
        f"{V1}/{incident.pk}/transition/",
        {"to": "not_ours", "note": "Это вопрос соседнего района, передал Петрову"},
        format="json",
    )
    assert client_for(roles.ANALYST).get(f"{V1}/{incident.pk}/history/").json()[0]["data"]["note"]
    assert (
        "note" not in client_for(roles.VIEWER).get(f"{V1}/{incident.pk}/history/").json()[0]["data"]
    )


@pytest.mark.parametrize("role", [None, *ALL_ROLES])
def test_metrics_for_every_role(client_for, role, role_users):
    make_incident(1, assignee=role_users[roles.OFFICER])
    make_incident(2, detected_ago=timedelta(days=10))
    response = client_for(role).get(f"{V1}/metrics/", {"group_by": "officer"})
    if role is None:
        assert_error_shape(response, 401)
        return
    body = response.json()
    assert body["group_by"] == "officer" and body["total"]["incidents"] == 2
    assert body["total"]["overdue_now"] == 1
    labels = {row["label"] for row in body["rows"]}
    assert labels == {"Officer", ""}


def test_metrics_reject_bad_periods(client_for):
    client = client_for(roles.VIEWER)
    bad = client.get(
        f"{V1}/metrics/", {"since": "2026-12-01T00:00:00Z", "until": "2026-11-01T00:00:00Z"}
    )
    assert "since" in assert_error_shape(bad, 400)["fields"]
    assert (
        "group_by"
        in assert_error_shape(client.get(f"{V1}/metrics/", {"group_by": "x"}), 400)["fields"]
    )


@pytest.mark.parametrize("role", [None, *ALL_ROLES])
def test_spread_and_messengers_for_every_role(client_for, role):
    from crm.models import SocialAccount
    from graph.models import Post, Repost

    author, fan = (
        SocialAccount.objects.create(platform="vk", external_id=n, screen_name=n, followers=f)
        for n, f in (("author", 10), ("fan", 900))
    )
    incident = make_incident()
    post = Post.objects.create(account=author, external_id="1", published_at=incident.started_at)
    incident.posts.add(post)
    Repost.objects.create(
        key="k",
        reposter=fan,
        author=author,
        original_post=post,
        occurred_at=incident.detected_at,
        origin="test",
    )
    client = client_for(role)
    spread = client.get(f"{V1}/{incident.pk}/spread/")
    messengers = client.get(f"{V1}/{incident.pk}/messengers/", {"limit": 5})
    if role is None:
        assert_error_shape(spread, 401)
        assert_error_shape(messengers, 401)
        return
    body = spread.json()
    assert body["origin"]["account"]["screen_name"] == "author"
    assert [a["screen_name"] for a in body["amplifiers"]] == ["fan"]
    assert body["totals"]["reach"] == 910
    assert messengers.json() == {"basis": "territory", "reached_communities": [], "messengers": []}
    assert_error_shape(client.get(f"{V1}/{incident.pk}/messengers/", {"limit": 0}), 400)
