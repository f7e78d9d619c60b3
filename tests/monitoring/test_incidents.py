"""The incident workflow: the state machine, conflicts, assignment, the answer,
false alarms as labels, deadlines in working time and their escalation."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group
from django.db import connection

from backend import roles
from backend.errors import Conflict, ValidationFailed
from crm.models import Platform
from graph.ingest.ledger import PostData, posts_upsert
from graph.models import Post
from monitoring.incidents import (
    TRANSITIONS,
    deadline_policy,
    incident_deadlines_plan,
    incident_transition,
    incident_update,
    incidents_assign,
    incidents_escalate,
)
from monitoring.models import Incident, IncidentEvent, Label, PostLabel

pytestmark = pytest.mark.django_db
MSK = ZoneInfo("Europe/Moscow")
# Monday 30 November 2026, 10:00 Moscow time.
MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=MSK)
S = Incident.State


def make_incident(*, detected_at: datetime = MONDAY_10, severity: float = 50.0, **fields):
    incident = Incident(
        title=fields.pop("title", "Нет отопления — Заречье"),
        series_key=fields.pop("series_key", f"topic:1:{Incident.objects.count()}"),
        started_at=detected_at - timedelta(hours=2),
        detected_at=detected_at,
        last_post_at=detected_at,
        severity=severity,
        **fields,
    )
    incident_deadlines_plan(incident, set_priority="priority" not in fields)
    incident.save()
    return incident


@pytest.fixture
def officers(django_user_model):
    # get_or_create: a transactional test elsewhere may have flushed the role groups.
    group, _ = Group.objects.get_or_create(name=roles.OFFICER)
    users = []
    for name in ("anna", "boris"):
        user = django_user_model.objects.create_user(name, password="x-not-used-x")
        user.groups.add(group)
        users.append(user)
    return users


def test_priority_and_deadlines_follow_the_policy_in_working_time():
    urgent = make_incident(severity=85)
    high = make_incident(severity=55)
    normal = make_incident(severity=10)
    assert (urgent.priority, high.priority, normal.priority) == ("urgent", "high", "normal")
    assert urgent.first_response_due == datetime(2026, 11, 30, 11, 0, tzinfo=MSK)
    assert high.first_response_due == datetime(2026, 11, 30, 13, 0, tzinfo=MSK)
    # 8 working hours from Monday 10:00 end with the working day.
    assert normal.first_response_due == datetime(2026, 11, 30, 18, 0, tzinfo=MSK)
    later = make_incident(detected_at=MONDAY_10 + timedelta(hours=3), severity=10)
    assert later.first_response_due == datetime(2026, 12, 1, 12, 0, tzinfo=MSK)
    # 7 working days (63 working hours) from Monday 10:00: Wednesday 9 December, 10:00.
    assert normal.resolution_due == datetime(2026, 12, 9, 10, 0, tzinfo=MSK)
    friday_night = make_incident(detected_at=datetime(2026, 12, 4, 22, 0, tzinfo=MSK), severity=90)
    assert friday_night.first_response_due == datetime(2026, 12, 7, 10, 0, tzinfo=MSK)


def test_holidays_and_hours_come_from_settings(settings):
    settings.WORK_HOLIDAYS = ["2026-12-01"]
    settings.WORK_HOURS = "10:00-17:00"
    normal = make_incident(severity=10)  # Monday 10:00: 7 h on Monday, Tuesday off
    assert normal.first_response_due == datetime(2026, 12, 2, 11, 0, tzinfo=MSK)
    assert deadline_policy().calendar.day_length == timedelta(hours=7)


def test_the_happy_path_records_every_transition_with_who_and_when(officers):
    anna = officers[0]
    incident = make_incident()
    t0 = MONDAY_10 + timedelta(minutes=20)
    incident_transition(incident_id=incident.pk, to_state=S.IN_WORK, user=anna, now=t0)
    incident_transition(
        incident_id=incident.pk,
        to_state=S.ANSWERED,
        user=anna,
        response_url="https://vk.com/wall-1_100",
        response_text="Отопление дадут к вечеру.",
        now=t0 + timedelta(minutes=30),
    )
    incident_transition(
        incident_id=incident.pk, to_state=S.CLOSED, user=anna, now=t0 + timedelta(days=1)
    )
    incident.refresh_from_db()
    assert incident.state == S.CLOSED and not incident.is_open
    assert incident.assignee == anna  # taking a new incident into work assigns it
    assert incident.first_response_at == t0 + timedelta(minutes=30)
    assert incident.resolved_at == t0 + timedelta(days=1)
    assert incident.response_url == "https://vk.com/wall-1_100"
    assert incident.version == 4
    history = list(incident.events.values_list("from_state", "to_state", "actor", "at"))
    assert history == [
        ("new", "in_work", anna.pk, t0),
        ("in_work", "answered", anna.pk, t0 + timedelta(minutes=30)),
        ("answered", "closed", anna.pk, t0 + timedelta(days=1)),
    ]


def test_a_move_not_in_the_table_is_a_conflict_naming_the_allowed_ones(officers):
    incident = make_incident()
    with pytest.raises(Conflict) as caught:
        incident_transition(incident_id=incident.pk, to_state=S.CLOSED, user=officers[0])
    assert caught.value.code == "transition_not_allowed"
    assert caught.value.extra["allowed"] == list(TRANSITIONS[S.NEW])
    assert caught.value.extra["state"] == "new"
    assert not IncidentEvent.objects.exists()


def test_a_stale_version_is_a_conflict(officers):
    incident = make_incident()
    incident_transition(incident_id=incident.pk, to_state=S.IN_WORK, user=officers[0], version=1)
    with pytest.raises(Conflict) as caught:
        incident_transition(
            incident_id=incident.pk, to_state=S.NOT_OURS, user=officers[1], version=1
        )
    assert caught.value.code == "version_conflict"
    assert caught.value.extra == {"state": "in_work", "version": 2}


def test_the_answer_needs_a_link_and_a_text(officers):
    incident = make_incident(state=S.IN_WORK)
    with pytest.raises(ValidationFailed) as caught:
        incident_transition(incident_id=incident.pk, to_state=S.ANSWERED, user=officers[0])
    assert set(caught.value.fields) == {"response_url", "response_text"}
    incident.refresh_from_db()
    assert incident.state == S.IN_WORK and incident.first_response_at is None


def test_a_duplicate_points_at_another_incident(officers):
    original, copy = make_incident(), make_incident()
    with pytest.raises(ValidationFailed):
        incident_transition(
            incident_id=copy.pk, to_state=S.DUPLICATE, user=officers[0], duplicate_of=copy.pk
        )
    incident_transition(
        incident_id=copy.pk, to_state=S.DUPLICATE, user=officers[0], duplicate_of=original.pk
    )
    copy.refresh_from_db()
    assert copy.duplicate_of == original and not copy.is_open and copy.resolved_at
    incident_transition(incident_id=copy.pk, to_state=S.NEW, user=officers[0])
    copy.refresh_from_db()
    assert copy.duplicate_of is None and copy.is_open and copy.resolved_at is None


def test_a_false_alarm_labels_its_posts_off_topic_and_reopening_takes_them_back(officers):
    posts_upsert(
        platform=Platform.VK,
        posts=[PostData("1", str(n), MONDAY_10, text=f"Пост {n}") for n in range(3)],
    )
    incident = make_incident()
    posts = list(Post.objects.order_by("pk"))
    incident.posts.add(*posts)
    # An officer's own label is kept.
    PostLabel.objects.create(post=posts[0], label=Label.NEEDS_RESPONSE)
    incident_transition(incident_id=incident.pk, to_state=S.FALSE_ALARM, user=officers[0])
    labels = dict(PostLabel.objects.values_list("post_id", "label"))
    assert labels == {
        posts[0].pk: "needs_response",
        posts[1].pk: "off_topic",
        posts[2].pk: "off_topic",
    }
    added = PostLabel.history.filter(history_type="+", label="off_topic")
    assert list(added.values_list("history_user", flat=True)) == [officers[0].pk] * 2
    incident_transition(incident_id=incident.pk, to_state=S.NEW, user=officers[0])
    assert dict(PostLabel.objects.values_list("post_id", "label")) == {
        posts[0].pk: "needs_response"
    }


def test_assignment_and_priority_are_recorded_and_move_the_deadline(officers):
    anna, boris = officers
    incident = make_incident(severity=10)
    assert incident.priority == "normal"
    incident_update(
        incident_id=incident.pk, user=anna, fields={"assignee": boris, "priority": "urgent"}
    )
    incident.refresh_from_db()
    assert incident.assignee == boris and incident.priority == "urgent"
    assert incident.first_response_due == MONDAY_10 + timedelta(hours=1)
    kinds = list(incident.events.values_list("kind", "data"))
    assert kinds == [
        ("assign", {"from": None, "to": boris.pk}),
        ("priority", {"from": "normal", "to": "urgent"}),
    ]
    incident_update(incident_id=incident.pk, user=anna, fields={"assignee": boris})
    assert incident.events.count() == 2  # nothing changed, nothing recorded


def test_only_people_who_work_incidents_can_be_assigned(officers, django_user_model):
    viewer = django_user_model.objects.create_user("viktor", password="x-not-used-x")
    incident = make_incident()
    with pytest.raises(ValidationFailed) as caught:
        incident_update(incident_id=incident.pk, user=officers[0], fields={"assignee": viewer})
    assert "assignee" in caught.value.fields


def test_bulk_assignment_changes_only_what_differs(officers):
    anna, boris = officers
    a, b, c = make_incident(), make_incident(), make_incident(assignee=boris)
    assert incidents_assign(incident_ids=[a.pk, b.pk, c.pk], assignee=boris, user=anna) == 2
    assert set(Incident.objects.values_list("assignee", flat=True)) == {boris.pk}
    assert IncidentEvent.objects.filter(kind="assign").count() == 2
    with pytest.raises(ValidationFailed):
        incidents_assign(incident_ids=[a.pk, 987654], assignee=anna, user=anna)


def test_a_deleted_assignee_leaves_the_incident_unassigned(officers):
    incident = make_incident(assignee=officers[1])
    officers[1].delete()
    incident.refresh_from_db()
    assert incident.assignee is None and incident.state == S.NEW


def test_escalation_happens_once_per_missed_deadline_and_stops_with_the_timer(
    officers, django_user_model
):
    admin = django_user_model.objects.create_superuser("root", password="x-not-used-x")
    late = make_incident(severity=85, assignee=officers[0])  # due 11:00
    answered = make_incident(severity=85)
    incident_transition(incident_id=answered.pk, to_state=S.IN_WORK, user=officers[1])
    incident_transition(
        incident_id=answered.pk,
        to_state=S.ANSWERED,
        user=officers[1],
        response_url="https://vk.com/wall-1_1",
        response_text="Ответ",
        now=MONDAY_10 + timedelta(minutes=30),
    )
    dismissed = make_incident(severity=85)
    incident_transition(incident_id=dismissed.pk, to_state=S.NOT_OURS, user=officers[1])
    not_yet = make_incident(severity=10)  # due Monday 18:00

    at_noon = MONDAY_10 + timedelta(hours=2)
    report = incidents_escalate(now=at_noon)
    assert report.first_response == [late.pk]
    assert report.resolution == []
    assert incidents_escalate(now=at_noon + timedelta(minutes=5)).first_response == []
    event = IncidentEvent.objects.get(kind="escalation")
    assert event.incident_id == late.pk and event.actor is None
    assert event.data["deadline"] == "first_response"
    assert event.data["notified"] == sorted([admin.pk, officers[0].pk])
    late.refresh_from_db()
    assert late.first_response_escalated_at == at_noon

    two_weeks = MONDAY_10 + timedelta(days=14)
    report = incidents_escalate(now=two_weeks)
    assert report.first_response == [not_yet.pk]
    # Resolution timers still run for the late one, the answered one and not_yet.
    assert sorted(report.resolution) == sorted([late.pk, answered.pk, not_yet.pk])


@pytest.mark.django_db(transaction=True)
def test_two_officers_taking_one_incident_at_once_one_wins(postgres, officers):
    """Both saw version 1 and press «Взять в работу»: one wins, the other gets a conflict."""
    incident = make_incident()
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def take(user):
        try:
            barrier.wait()
            incident_transition(incident_id=incident.pk, to_state=S.IN_WORK, user=user, version=1)
            outcomes[user.username] = "won"
        except Conflict as exc:
            outcomes[user.username] = exc.code
        finally:
            connection.close()

    threads = [threading.Thread(target=take, args=(u,)) for u in officers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes.values()) == ["version_conflict", "won"]
    winner = next(name for name, outcome in outcomes.items() if outcome == "won")
    incident.refresh_from_db()
    assert incident.assignee.username == winner and incident.version == 2
    assert IncidentEvent.objects.filter(incident=incident).count() == 1


def test_utc_is_fine_too():
    incident = make_incident(detected_at=datetime(2026, 11, 30, 7, 0, tzinfo=UTC), severity=85)
    assert incident.first_response_due == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def test_the_beat_task_escalates_what_is_late_now():
    from backend.schedules import beat_schedule
    from monitoring.tasks import incidents_escalate_task

    late = make_incident(detected_at=datetime.now(UTC) - timedelta(days=30))
    make_incident(detected_at=datetime.now(UTC) + timedelta(days=1))
    assert incidents_escalate_task() == {"first_response": [late.pk], "resolution": [late.pk]}
    assert incidents_escalate_task() == {"first_response": [], "resolution": []}
    entry = beat_schedule(rerank_cron="0 3 * * *")["incidents-escalate"]
    assert entry["task"] == incidents_escalate_task.name


def test_metrics_per_officer_and_week_in_working_hours(officers):
    from monitoring.selectors import incident_metrics

    anna, boris = officers
    answer = {"response_url": "https://vk.com/wall-1_1", "response_text": "Ответ"}

    def answered_after(incident, hours):
        incident_transition(incident_id=incident.pk, to_state=S.IN_WORK, user=incident.assignee)
        incident_transition(
            incident_id=incident.pk,
            to_state=S.ANSWERED,
            user=incident.assignee,
            now=incident.detected_at + hours,
            **answer,
        )

    # Anna: urgent (due 11:00) answered in 30 min; high (due 13:00) answered in 4 h (late).
    answered_after(make_incident(severity=85, assignee=anna), timedelta(minutes=30))
    answered_after(make_incident(severity=55, assignee=anna), timedelta(hours=4))
    # Boris: normal on Friday 17:00 answered Monday 10:00 = 2 working hours, on time.
    friday = datetime(2026, 12, 4, 17, 0, tzinfo=MSK)
    answered_after(
        make_incident(detected_at=friday, severity=10, assignee=boris), timedelta(hours=65)
    )
    # Boris: urgent, never answered, now late; a dismissed one counts in incidents only.
    make_incident(severity=85, assignee=boris)
    dismissed = make_incident(severity=85, assignee=boris)
    incident_transition(incident_id=dismissed.pk, to_state=S.NOT_OURS, user=boris)

    now = datetime(2026, 12, 8, 12, 0, tzinfo=MSK)
    report = incident_metrics(
        since=MONDAY_10 - timedelta(days=1), until=now, group_by="officer", now=now
    )
    total = report["total"]
    assert total["incidents"] == 5 and total["answered"] == 3
    assert total["first_response_median_hours"] == 2.0
    # p90 of (0.5, 2, 4) by linear interpolation: 2 + 0.8 × 2.
    assert total["first_response_p90_hours"] == 3.6
    assert total["first_response_on_time"] == round(2 / 4, 4)
    assert total["overdue_now"] == 1
    rows = {row["label"]: row for row in report["rows"]}
    assert rows["anna"]["first_response_on_time"] == 0.5
    assert rows["anna"]["first_response_median_hours"] == 2.25
    assert rows["boris"]["incidents"] == 3 and rows["boris"]["first_response_on_time"] == 0.5
    weeks = incident_metrics(
        since=MONDAY_10 - timedelta(days=1), until=now, group_by="week", now=now
    )["rows"]
    assert [(w["key"], w["incidents"]) for w in weeks] == [("2026-11-30", 5)]
