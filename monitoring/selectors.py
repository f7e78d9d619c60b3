"""Monitoring reads: analysed posts, incidents and hourly trends. List selectors
return querysets ready for list views (a constant number of queries per page)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db.models import Count, F, Prefetch, QuerySet
from django.db.models.functions import TruncHour

from graph.models import Post
from monitoring.models import Incident, PostAnalysis, WatchTopic


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
    return Incident.objects.select_related("topic", "territory")


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
