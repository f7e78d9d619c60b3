"""Incident workflow writes: the state machine, assignment, priority, comments,
working-time deadlines and their escalation.

Every write locks the incident row (``select_for_update``), checks the version the
client saw when it sends one, increments ``version`` and records an
``IncidentEvent`` — so of two officers acting at once one wins and the other gets
a ``Conflict`` saying what the incident is now.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from backend import roles
from backend.errors import Conflict, ValidationFailed
from monitoring.events import incident_deadlines
from monitoring.models import Incident, IncidentComment, IncidentEvent, Label, PostLabel
from monitoring.worktime import WorkCalendar

log = logging.getLogger(__name__)

State = Incident.State
Priority = Incident.Priority

# The workflow: from each state, where an officer may move the incident.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    State.NEW: (State.IN_WORK, State.NOT_OURS, State.DUPLICATE, State.FALSE_ALARM),
    State.IN_WORK: (
        State.ANSWERED,
        State.NEW,
        State.NOT_OURS,
        State.DUPLICATE,
        State.FALSE_ALARM,
    ),
    State.ANSWERED: (State.CLOSED, State.IN_WORK),
    State.CLOSED: (State.IN_WORK,),
    State.NOT_OURS: (State.NEW,),
    State.DUPLICATE: (State.NEW,),
    State.FALSE_ALARM: (State.NEW,),
}
# Where the resident is still waiting for the first official answer (its timer runs).
AWAITING_RESPONSE = frozenset({State.NEW, State.IN_WORK})
# Where the incident is still being worked (the resolution timer runs).
UNRESOLVED = frozenset({State.NEW, State.IN_WORK, State.ANSWERED})
# Decided not to need an answer: no deadline applies, the timers stop.
DISMISSED = frozenset({State.NOT_OURS, State.DUPLICATE, State.FALSE_ALARM})


def allowed_transitions(state: str) -> tuple[str, ...]:
    return TRANSITIONS.get(state, ())


# --- policy ----------------------------------------------------------------


@dataclass(frozen=True)
class DeadlinePolicy:
    first_response: dict[str, timedelta]  # per priority, working time
    resolution_days: float
    # (priority, minimum severity), strictest first
    priority_severity: tuple[tuple[str, float], ...]
    calendar: WorkCalendar

    @property
    def resolution(self) -> timedelta:
        return self.calendar.day_length * self.resolution_days

    def priority_for(self, severity: float) -> str:
        for priority, minimum in self.priority_severity:
            if severity >= minimum:
                return priority
        return Priority.NORMAL


def _pairs(name: str, raw: str) -> dict[str, float]:
    pairs: dict[str, float] = {}
    for item in raw.split(","):
        key, _, value = item.partition("=")
        try:
            pairs[key.strip()] = float(value)
        except ValueError as exc:
            raise ImproperlyConfigured(f"{name}: expected key=number, got {item!r}") from exc
    unknown = set(pairs) - set(Priority.values)
    if unknown:
        raise ImproperlyConfigured(f"{name}: unknown priorities {sorted(unknown)}")
    return pairs


def _clock(name: str, raw: str) -> time:
    try:
        return time.fromisoformat(raw.strip())
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}: expected HH:MM, got {raw!r}") from exc


@cache
def _policy(
    first_response: str,
    resolution_days: float,
    priority_severity: str,
    hours: str,
    weekdays: str,
    holidays: tuple[str, ...],
    tz: str,
) -> DeadlinePolicy:
    hours_by_priority = _pairs("INCIDENT_FIRST_RESPONSE_HOURS", first_response)
    missing = set(Priority.values) - set(hours_by_priority)
    if missing:
        raise ImproperlyConfigured(f"INCIDENT_FIRST_RESPONSE_HOURS: missing {sorted(missing)}")
    start, _, end = hours.partition("-")
    try:
        days = [int(d) - 1 for d in weekdays.split(",") if d.strip()]
        off = [date.fromisoformat(d) for d in holidays]
    except ValueError as exc:
        raise ImproperlyConfigured(f"WORK_WEEKDAYS / WORK_HOLIDAYS: {exc}") from exc
    calendar = WorkCalendar.of(
        tz,
        hours=(_clock("WORK_HOURS", start), _clock("WORK_HOURS", end)),
        weekdays=days,
        holidays=off,
    )
    thresholds = sorted(
        _pairs("INCIDENT_PRIORITY_SEVERITY", priority_severity).items(), key=lambda kv: -kv[1]
    )
    return DeadlinePolicy(
        first_response={p: timedelta(hours=h) for p, h in hours_by_priority.items()},
        resolution_days=resolution_days,
        priority_severity=tuple(thresholds),
        calendar=calendar,
    )


def deadline_policy() -> DeadlinePolicy:
    """The policy from settings (parsed once per distinct configuration)."""
    return _policy(
        settings.INCIDENT_FIRST_RESPONSE_HOURS,
        float(settings.INCIDENT_RESOLUTION_DAYS),
        settings.INCIDENT_PRIORITY_SEVERITY,
        settings.WORK_HOURS,
        settings.WORK_WEEKDAYS,
        tuple(settings.WORK_HOLIDAYS),
        settings.TIME_ZONE,
    )


def incident_deadlines_plan(incident: Incident, *, set_priority: bool = False) -> None:
    """Set ``first_response_due`` and ``resolution_due`` of ``incident`` (not saved)
    from its detection time and priority; ``set_priority``: first choose the
    priority from its severity (a new incident)."""
    policy = deadline_policy()
    if set_priority:
        incident.priority = policy.priority_for(incident.severity)
    start = incident.detected_at
    incident.first_response_due = policy.calendar.add(
        start, policy.first_response[incident.priority]
    )
    incident.resolution_due = policy.calendar.add(start, policy.resolution)


# --- workflow --------------------------------------------------------------


def _locked(incident_id: int, version: int | None) -> Incident:
    incident = Incident.objects.select_for_update().filter(pk=incident_id).first()
    if incident is None:
        raise Incident.DoesNotExist(incident_id)
    if version is not None and incident.version != version:
        raise Conflict(
            "Инцидент уже изменил другой сотрудник: обновите карточку и повторите.",
            code="version_conflict",
            extra={"state": incident.state, "version": incident.version},
        )
    return incident


def _user_or_none(user: Any) -> Any:
    return user if user is not None and getattr(user, "is_authenticated", False) else None


def _check_assignee(assignee: Any) -> None:
    if assignee is not None and not (
        assignee.is_active and roles.user_can(assignee, roles.WORK_INCIDENTS)
    ):
        raise ValidationFailed(
            "Назначить можно только активного сотрудника, работающего с инцидентами.",
            fields={"assignee": ["Этот пользователь не работает с инцидентами."]},
        )


@transaction.atomic
def incident_transition(
    *,
    incident_id: int,
    to_state: str,
    user: Any,
    version: int | None = None,
    response_url: str = "",
    response_text: str = "",
    duplicate_of: int | None = None,
    note: str = "",
    now: datetime | None = None,
) -> Incident:
    """Move the incident to ``to_state`` and record it. Raises ``Conflict`` (409)
    when the move is not allowed from the current state (with the allowed ones) or
    ``version`` is not the current one; ``ValidationFailed`` when the answer
    (``answered``: link and text) or the original (``duplicate``) is missing.

    Effects: taking a new incident into work assigns it to ``user`` when nobody
    has it; ``answered`` stops the first-response timer; ``closed`` and the
    dismissals stop the resolution timer and close the incident to new posts; a
    false alarm labels its unlabelled posts «не по теме» for the classifier
    (removed again when it is reopened).
    """
    now = now or timezone.now()
    incident = _locked(incident_id, version)
    from_state = incident.state
    allowed = allowed_transitions(from_state)
    if to_state not in allowed:
        raise Conflict(
            f"Из состояния «{State(from_state).label}» в «{_label(to_state)}» перейти нельзя.",
            code="transition_not_allowed",
            extra={"state": from_state, "version": incident.version, "allowed": list(allowed)},
        )
    data: dict[str, Any] = {}
    if note:
        data["note"] = note
    if to_state == State.ANSWERED:
        problems = {}
        if not response_url:
            problems["response_url"] = ["Укажите ссылку на опубликованный ответ."]
        if not response_text.strip():
            problems["response_text"] = ["Укажите текст ответа."]
        if problems:
            raise ValidationFailed("Ответ не записан: нужны ссылка и текст.", fields=problems)
        incident.response_url, incident.response_text = response_url, response_text
        incident.first_response_at = incident.first_response_at or now
        data["response_url"] = response_url
    if to_state == State.DUPLICATE:
        original = Incident.objects.filter(pk=duplicate_of or 0).exclude(pk=incident.pk).first()
        if original is None:
            raise ValidationFailed(
                "Укажите инцидент, дубликатом которого является этот.",
                fields={"duplicate_of": ["Нужен другой существующий инцидент."]},
            )
        incident.duplicate_of = original
        data["duplicate_of"] = original.pk
    elif from_state == State.DUPLICATE:
        incident.duplicate_of = None
    if to_state == State.IN_WORK and incident.assignee_id is None and _user_or_none(user):
        incident.assignee = user
        data["assignee"] = user.pk
    if to_state in UNRESOLVED:
        incident.resolved_at = None
        incident.is_open = True
    else:
        incident.resolved_at = now
        incident.is_open = False
    if to_state == State.FALSE_ALARM:
        data["labelled_posts"] = _label_false_alarm(incident, user, now)
    if from_state == State.FALSE_ALARM:
        _unlabel_false_alarm(incident)
    incident.state = to_state
    incident.version += 1
    incident.save()
    IncidentEvent.objects.create(
        incident=incident,
        kind=IncidentEvent.Kind.TRANSITION,
        actor=_user_or_none(user),
        from_state=from_state,
        to_state=to_state,
        at=now,
        data=data,
    )
    return incident


def _label(state: str) -> str:
    return str(State(state).label) if state in State.values else state


def _label_false_alarm(incident: Incident, user: Any, now: datetime) -> list[int]:
    """Label the incident's posts nobody labelled yet «не по теме»; their ids."""
    unlabelled = list(
        incident.posts.filter(label__isnull=True).exclude(text="").values_list("pk", flat=True)
    )
    labels = [
        PostLabel(
            post_id=pk, label=Label.OFF_TOPIC, labelled_by=_user_or_none(user), labelled_at=now
        )
        for pk in unlabelled
    ]
    bulk_create_with_history(labels, PostLabel, batch_size=500, default_user=_user_or_none(user))
    return unlabelled


def _unlabel_false_alarm(incident: Incident) -> None:
    last = (
        incident.events.filter(kind=IncidentEvent.Kind.TRANSITION, to_state=State.FALSE_ALARM)
        .order_by("-at", "-id")
        .first()
    )
    if last is not None:
        PostLabel.objects.filter(
            post_id__in=last.data.get("labelled_posts", []), label=Label.OFF_TOPIC
        ).delete()


@transaction.atomic
def incident_update(
    *,
    incident_id: int,
    user: Any,
    version: int | None = None,
    fields: dict[str, Any],
    now: datetime | None = None,
) -> Incident:
    """Change the assignee and/or the priority (``fields``: ``assignee``, a user or
    None; ``priority``). A new priority moves the first-response deadline. Each
    change is recorded; nothing changed records nothing."""
    now = now or timezone.now()
    incident = _locked(incident_id, version)
    events = []
    if "assignee" in fields and fields["assignee"] != incident.assignee:
        _check_assignee(fields["assignee"])
        events.append(_assign_event(incident, fields["assignee"], user, now))
        incident.assignee = fields["assignee"]
    if "priority" in fields and fields["priority"] != incident.priority:
        events.append(
            IncidentEvent(
                incident=incident,
                kind=IncidentEvent.Kind.PRIORITY,
                actor=_user_or_none(user),
                at=now,
                data={"from": incident.priority, "to": fields["priority"]},
            )
        )
        incident.priority = fields["priority"]
        policy = deadline_policy()
        incident.first_response_due = policy.calendar.add(
            incident.detected_at, policy.first_response[incident.priority]
        )
    if events:
        incident.version += 1
        incident.save()
        IncidentEvent.objects.bulk_create(events)
    return incident


def _assign_event(incident: Incident, assignee: Any, user: Any, now: datetime) -> IncidentEvent:
    return IncidentEvent(
        incident=incident,
        kind=IncidentEvent.Kind.ASSIGN,
        actor=_user_or_none(user),
        at=now,
        data={
            "from": incident.assignee_id,
            "to": assignee.pk if assignee is not None else None,
        },
    )


@transaction.atomic
def incidents_assign(
    *, incident_ids: Sequence[int], assignee: Any, user: Any, now: datetime | None = None
) -> int:
    """Assign many incidents at once (rows locked in id order, so two bulk
    assignments never deadlock); returns how many changed hands. Unknown ids are
    a ``ValidationFailed`` naming them."""
    now = now or timezone.now()
    _check_assignee(assignee)
    ids = sorted(set(incident_ids))
    incidents = list(Incident.objects.select_for_update().filter(pk__in=ids).order_by("pk"))
    missing = sorted(set(ids) - {i.pk for i in incidents})
    if missing:
        raise ValidationFailed(
            "Таких инцидентов нет.", fields={"ids": [f"Нет инцидентов: {missing}."]}
        )
    target = assignee.pk if assignee is not None else None
    changed = [i for i in incidents if i.assignee_id != target]
    IncidentEvent.objects.bulk_create([_assign_event(i, assignee, user, now) for i in changed])
    Incident.objects.filter(pk__in=[i.pk for i in changed]).update(
        assignee=assignee, version=F("version") + 1, updated_at=now
    )
    return len(changed)


def incident_comment_add(*, incident: Incident, user: Any, text: str) -> IncidentComment:
    """Add an officer's comment (not a workflow change: the version stays)."""
    if not text.strip():
        raise ValidationFailed("Пустой комментарий.", fields={"text": ["Напишите текст."]})
    return IncidentComment.objects.create(incident=incident, author=_user_or_none(user), text=text)


# --- escalation ----------------------------------------------------------------


@dataclass(frozen=True)
class EscalationReport:
    first_response: list[int]
    resolution: list[int]
    soon: dict[str, list[int]]  # deadline → incidents whose deadline is near


def incidents_escalate(*, now: datetime | None = None) -> EscalationReport:
    """Escalate every deadline that has passed with its timer still running: once
    per incident and deadline (a conditional ``UPDATE … WHERE escalated_at IS
    NULL`` claims it, so overlapping runs never escalate twice), recorded in the
    history with whom it went to (the assignee and the admins). Announce the
    escalated deadlines and those due within ``ALERT_DEADLINE_LEAD_MINUTES`` working
    minutes (``incident_deadlines``; alerts follow, once each) in the same
    transaction: a crash leaves no escalation unannounced."""
    now = now or timezone.now()
    running = {
        "first_response": Q(state__in=AWAITING_RESPONSE, first_response_at__isnull=True),
        "resolution": Q(state__in=UNRESOLVED),
    }
    with transaction.atomic():
        missed = {
            deadline: _escalate(timer & Q(**{f"{deadline}_due__lt": now}), deadline, now)
            for deadline, timer in running.items()
        }
        soon: dict[str, list[int]] = {}
        lead = timedelta(minutes=settings.ALERT_DEADLINE_LEAD_MINUTES)
        if lead > timedelta(0):
            # "Soon" means due by ALERT_DEADLINE_LEAD_MINUTES working minutes from now.
            until = deadline_policy().calendar.add(now, lead)
            for deadline, timer in running.items():
                window = {f"{deadline}_due__gte": now, f"{deadline}_due__lte": until}
                soon[deadline] = sorted(
                    Incident.objects.filter(timer, **window).values_list("pk", flat=True)
                )
        if any(missed.values()) or any(soon.values()):
            incident_deadlines.send(sender=incidents_escalate, soon=soon, missed=missed, now=now)
    return EscalationReport(missed["first_response"], missed["resolution"], soon)


def escalation_recipients() -> list[int]:
    """Who a missed deadline is escalated to besides the assignee: the active admins."""
    User = get_user_model()
    admins = User.objects.filter(is_active=True).filter(
        Q(is_superuser=True) | Q(groups__name=roles.ADMIN)
    )
    return sorted(set(admins.values_list("pk", flat=True)))


def _escalate(running: Q, deadline: str, now: datetime) -> list[int]:
    flag = f"{deadline}_escalated_at"
    due_field = f"{deadline}_due"
    # In the caller's transaction. Claimed in the order of the primary key, so that two
    # overlapping checks wait for each other instead of deadlocking.
    candidates = list(
        Incident.objects.filter(running, **{f"{flag}__isnull": True})
        .order_by("pk")
        .values_list("pk", "assignee_id", due_field)
    )
    if not candidates:
        return []
    admins = escalation_recipients()
    escalated: list[int] = []
    for pk, assignee, due in candidates:
        claimed = Incident.objects.filter(pk=pk, **{f"{flag}__isnull": True}).update(**{flag: now})
        if not claimed:
            continue
        notify = sorted({*admins, *([assignee] if assignee else [])})
        IncidentEvent.objects.create(
            incident_id=pk,
            kind=IncidentEvent.Kind.ESCALATION,
            at=now,
            data={"deadline": deadline, "due": due.isoformat(), "notified": notify},
        )
        escalated.append(pk)
    if escalated:
        log.warning("escalated %d missed %s deadlines: %s", len(escalated), deadline, escalated)
    return escalated


def incidents_deadlines_replan(*, incident_ids: Iterable[int] | None = None) -> int:
    """Recompute the deadlines (after the policy or the calendar changed) of the
    incidents whose timers still run; returns how many changed."""
    rows = Incident.objects.filter(state__in=UNRESOLVED)
    if incident_ids is not None:
        rows = rows.filter(pk__in=list(incident_ids))
    changed = []
    fields = ("pk", "detected_at", "priority", "first_response_due", "resolution_due")
    for incident in rows.only(*fields):
        before = (incident.first_response_due, incident.resolution_due)
        incident_deadlines_plan(incident)
        if (incident.first_response_due, incident.resolution_due) != before:
            changed.append(incident)
    Incident.objects.bulk_update(changed, ["first_response_due", "resolution_due"], batch_size=500)
    return len(changed)
