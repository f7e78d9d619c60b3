"""Monitoring reads: analysed posts, incidents and hourly trends. List selectors
return querysets ready for list views (a constant number of queries per page)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.db.models.functions import TruncHour
from django.utils import timezone

from crm.models import Territory
from graph.models import Post
from monitoring.incidents import AWAITING_RESPONSE, UNRESOLVED, deadline_policy
from monitoring.models import Incident, IncidentComment, IncidentEvent, PostAnalysis, WatchTopic


def post_list() -> QuerySet[Post]:
    """Posts the pipeline has analysed (bare rows known only by id are not posts
    anyone wrote to us), newest first, with author, analysis, topics and label."""
    return (
        Post.objects.filter(analysis__isnull=False)
        .select_related("account__blogger__territory", "analysis__territory", "label")
        .prefetch_related(
            Prefetch("analysis__topics", queryset=WatchTopic.objects.only("id", "name"))
        )
        .order_by("-analysis__published_at", "-id")
    )


def incident_list() -> QuerySet[Incident]:
    """Incidents with what a list row shows (topic, territory, assignee) joined, and
    of those only the columns the row shows."""
    return Incident.objects.select_related("topic", "territory", "assignee").only(
        *(f.name for f in Incident._meta.concrete_fields),
        "topic__name",
        "territory__name",
        "territory__kind",
        "assignee__username",
        "assignee__first_name",
        "assignee__last_name",
    )


def incidents_overdue_q(now: datetime) -> Q:
    """Incidents with a running timer past its deadline."""
    return Q(
        state__in=AWAITING_RESPONSE, first_response_at__isnull=True, first_response_due__lt=now
    ) | Q(state__in=UNRESOLVED, resolution_due__lt=now)


def incidents_due_today_q(now: datetime) -> Q:
    """Incidents with a running timer whose deadline is still ahead today (from
    ``now`` to the end of the day in ``TIME_ZONE``); missed ones are overdue instead."""
    local = timezone.localtime(now)
    day_end = datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=local.tzinfo)
    return Q(
        state__in=AWAITING_RESPONSE,
        first_response_at__isnull=True,
        first_response_due__gte=now,
        first_response_due__lt=day_end,
    ) | Q(state__in=UNRESOLVED, resolution_due__gte=now, resolution_due__lt=day_end)


def first_response_overdue(incident: Incident, *, now: datetime) -> bool:
    """Whether the first answer came (or, its timer still running, is) late."""
    due = incident.first_response_due
    if due is None:
        return False
    if incident.first_response_at is not None:
        return incident.first_response_at > due
    return incident.state in AWAITING_RESPONSE and now > due


def resolution_overdue(incident: Incident, *, now: datetime) -> bool:
    due = incident.resolution_due
    if due is None:
        return False
    if incident.state in UNRESOLVED:
        return now > due
    return incident.resolved_at is not None and incident.resolved_at > due


def incident_events(*, incident: Incident) -> QuerySet[IncidentEvent]:
    """The incident's history, oldest first."""
    return incident.events.select_related("actor").order_by("at", "id")


def incident_comments(*, incident: Incident) -> QuerySet[IncidentComment]:
    return incident.comments.select_related("author").order_by("created_at", "id")


def signal_trends(
    *,
    since: datetime,
    until: datetime,
    topic_ids: list[int] | None = None,
    territory_ids: list[int] | None = None,
) -> list[dict[str, Any]]:
    """Hourly counts of analysed posts per (watch topic, territory) in
    [``since``, ``until``): ``{"hour", "topic", "territory", "count"}`` rows, for
    charts. A post counts once per topic it matched; the territory may be None."""
    through = PostAnalysis.topics.through.objects.filter(
        postanalysis__published_at__gte=since, postanalysis__published_at__lt=until
    )
    if topic_ids:
        through = through.filter(watchtopic_id__in=topic_ids)
    if territory_ids:
        through = through.filter(postanalysis__territory_id__in=territory_ids)
    rows = (
        through.values(
            hour=TruncHour("postanalysis__published_at"),
            topic=F("watchtopic_id"),
            territory=F("postanalysis__territory_id"),
        )
        .annotate(count=Count("id"))
        .order_by("hour", "topic", "territory")
    )
    return [dict(row) for row in rows]


METRIC_GROUPS = ("officer", "territory", "topic", "week")


def _share(hits: int, total: int) -> float | None:
    return None if total == 0 else round(hits / total, 4)


def _hours(values: list[float], q: float) -> float | None:
    return None if not values else round(float(np.percentile(values, q)), 2)


def incident_metrics(
    *,
    since: datetime,
    until: datetime,
    group_by: str,
    now: datetime | None = None,
    territory_ids: list[int] | None = None,
    topic_ids: list[int] | None = None,
) -> dict[str, Any]:
    """How fast and how punctually incidents detected in [``since``, ``until``) were
    answered, in total and per ``group_by`` (officer = assignee, territory, topic,
    week of detection in ``TIME_ZONE``): the figures regional centres are ranked by.

    Per group: ``incidents``; ``answered`` and the working hours from detection to
    the first answer (median and p90, linear interpolation); ``first_response_on_time``
    = answered by the deadline / (answered + still unanswered past it); the same for
    the resolution (closed by the deadline / closed + unresolved past it); dismissed
    incidents (not ours, duplicate, false alarm) count in ``incidents`` only.
    ``overdue_now``: running timers past a deadline. O(incidents) in Python.
    """
    if group_by not in METRIC_GROUPS:
        raise ValueError(f"group_by must be one of {METRIC_GROUPS}")
    now = now or timezone.now()
    calendar = deadline_policy().calendar
    rows = Incident.objects.filter(detected_at__gte=since, detected_at__lt=until)
    if territory_ids:
        rows = rows.filter(territory_id__in=territory_ids)
    if topic_ids:
        rows = rows.filter(topic_id__in=topic_ids)
    values: list[dict[str, Any]] = [
        dict(row)
        for row in rows.values(
            "state",
            "detected_at",
            "first_response_at",
            "first_response_due",
            "resolved_at",
            "resolution_due",
            "assignee_id",
            "territory_id",
            "topic_id",
        )
    ]
    tz = ZoneInfo(settings.TIME_ZONE)

    def key_of(row: dict[str, Any]) -> Any:
        if group_by == "week":
            day = row["detected_at"].astimezone(tz).date()
            return (day - timedelta(days=day.weekday())).isoformat()
        return row[{"officer": "assignee_id"}.get(group_by, f"{group_by}_id")]

    groups: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in values:
        groups[key_of(row)].append(row)
    labels = _group_labels(group_by, set(groups))

    def summarise(items: list[dict[str, Any]]) -> dict[str, Any]:
        hours: list[float] = []
        response_due = response_on_time = resolution_due = resolution_on_time = overdue = 0
        for row in items:
            state, first, due = row["state"], row["first_response_at"], row["first_response_due"]
            rdue, resolved = row["resolution_due"], row["resolved_at"]
            if first is not None:
                hours.append(calendar.between(row["detected_at"], first).total_seconds() / 3600)
            response_late = (
                first is None and state in AWAITING_RESPONSE and due is not None and now > due
            )
            resolution_late = state in UNRESOLVED and rdue is not None and now > rdue
            overdue += response_late or resolution_late
            if first is not None and due is not None:
                response_due += 1
                response_on_time += first <= due
            response_due += response_late
            if state == Incident.State.CLOSED and resolved is not None and rdue is not None:
                resolution_due += 1
                resolution_on_time += resolved <= rdue
            resolution_due += resolution_late
        return {
            "incidents": len(items),
            "answered": len(hours),
            "first_response_median_hours": _hours(hours, 50),
            "first_response_p90_hours": _hours(hours, 90),
            "first_response_on_time": _share(response_on_time, response_due),
            "resolution_on_time": _share(resolution_on_time, resolution_due),
            "overdue_now": overdue,
        }

    ordered = sorted(
        groups, key=lambda k: (k is None, k if group_by == "week" else labels.get(k, ""), str(k))
    )
    return {
        "since": since,
        "until": until,
        "group_by": group_by,
        "total": summarise(values),
        "rows": [{"key": k, "label": labels.get(k, ""), **summarise(groups[k])} for k in ordered],
    }


def _group_labels(group_by: str, keys: set[Any]) -> dict[Any, str]:
    ids = [k for k in keys if k is not None]
    if group_by == "week":
        return {k: str(k) for k in keys}
    if group_by == "territory":
        return dict(Territory.objects.filter(pk__in=ids).values_list("pk", "name"))
    if group_by == "topic":
        return dict(WatchTopic.objects.filter(pk__in=ids).values_list("pk", "name"))
    users = get_user_model().objects.filter(pk__in=ids)
    return {u.pk: u.get_full_name() or u.get_username() for u in users}


def watch_topic_search_queries() -> list[str]:
    """What the VK collector searches for: every keyword and phrase of the active
    watch topics, once each (case-insensitively), in a stable order. VK's search
    finds the inflected forms itself; exclusions and territory scopes are applied
    when the posts found are analysed."""
    queries: set[str] = set()
    for keywords in WatchTopic.objects.filter(is_active=True).values_list("keywords", flat=True):
        # VK's search ignores case: «Отопление» and «отопление» are one query.
        queries |= {" ".join(str(k).split()).casefold() for k in keywords or []}
    return sorted(q for q in queries if q)
