"""CRM reads. List selectors return annotated querysets ready for list views:
no per-row queries (``select_related``/``prefetch_related`` and annotations)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import QueryDict
from django.utils import timezone

from crm.filtersets import BloggerFilterSet
from crm.models import Blogger, FollowUp, Interaction, Territory


def territory_descendant_ids(*, territory_id: int) -> list[int]:
    """``territory_id`` and every territory below it (one query per level)."""
    ids = [territory_id]
    frontier = [territory_id]
    seen = {territory_id}
    while frontier:
        children = list(
            Territory.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)
        )
        frontier = [pk for pk in children if pk not in seen]
        seen.update(frontier)
        ids.extend(frontier)
    return ids


def _as_querydict(filters: dict[str, Any] | QueryDict | None) -> QueryDict:
    """Accept plain dicts (lists for multi-valued filters) as well as request.GET."""
    if isinstance(filters, QueryDict):
        return filters
    data = QueryDict(mutable=True)
    for key, value in (filters or {}).items():
        values = value if isinstance(value, list | tuple | set) else [value]
        data.setlist(key, [str(v) for v in values])
    return data


def _count_subquery(queryset: QuerySet) -> Coalesce:
    counted = queryset.order_by().values("blogger_id").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def blogger_base_queryset() -> QuerySet[Blogger]:
    """Bloggers with what every list row shows, in a constant number of queries.

    The per-row figures are correlated subqueries rather than joins + GROUP BY,
    so a page sorted by an indexed column (score, rank) is read with LIMIT and
    the figures are computed for that page only.
    """
    today = timezone.localdate()
    open_tasks = FollowUp.objects.filter(blogger_id=OuterRef("pk"), status=FollowUp.Status.OPEN)
    last_interaction = (
        Interaction.objects.filter(blogger_id=OuterRef("pk"))
        .order_by("-occurred_at")
        .values("occurred_at")[:1]
    )
    return (
        Blogger.objects.select_related("territory", "owner")
        .prefetch_related("topics", "accounts")
        .annotate(
            last_interaction_at=Subquery(last_interaction),
            open_task_count=_count_subquery(open_tasks),
            overdue_task_count=_count_subquery(open_tasks.filter(due_date__lt=today)),
        )
    )


def blogger_list(*, filters: dict[str, Any] | QueryDict | None = None) -> QuerySet[Blogger]:
    """Bloggers matching ``filters`` (the parameters of ``BloggerFilterSet``).

    Archived bloggers are hidden unless ``archived`` is given. Raises
    ``ValueError`` naming the bad parameters when the filters are invalid.
    """
    return blogger_filter(queryset=blogger_base_queryset(), filters=filters)


def blogger_filter(
    *, queryset: QuerySet[Blogger] | None = None, filters: dict[str, Any] | QueryDict | None
) -> QuerySet[Blogger]:
    """Apply the blogger filters to ``queryset`` (default: all bloggers).

    Raises ``ValueError`` naming every invalid parameter.
    """
    filterset = BloggerFilterSet(_as_querydict(filters), queryset=queryset)
    if not filterset.is_valid():
        problems = "; ".join(f"{k}: {', '.join(v)}" for k, v in filterset.errors.items())
        raise ValueError(problems)
    return filterset.qs


def blogger_get(*, pk: int) -> Blogger:
    return blogger_base_queryset().get(pk=pk)


def interaction_list(*, blogger: Blogger | None = None) -> QuerySet[Interaction]:
    queryset = Interaction.objects.select_related("blogger", "author", "campaign")
    if blogger is not None:
        queryset = queryset.filter(blogger=blogger)
    return queryset


def followup_list(
    *,
    assignee: Any = None,
    status: str | None = FollowUp.Status.OPEN,
    due_before: date | None = None,
) -> QuerySet[FollowUp]:
    queryset = FollowUp.objects.select_related("blogger", "assignee", "interaction")
    if assignee is not None:
        queryset = queryset.filter(assignee=assignee)
    if status is not None:
        queryset = queryset.filter(status=status)
    if due_before is not None:
        queryset = queryset.filter(due_date__lte=due_before)
    return queryset


def followup_due(*, assignee: Any = None, within_days: int = 7) -> dict[str, list[FollowUp]]:
    """Open tasks split into ``overdue`` and ``due`` (within ``within_days``)."""
    today = timezone.localdate()
    horizon = today + timedelta(days=within_days)
    tasks = followup_list(assignee=assignee, due_before=horizon)
    return {
        "overdue": [t for t in tasks if t.due_date < today],
        "due": [t for t in tasks if t.due_date >= today],
    }


def _row(obj: Any, *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """Concrete field values of ``obj`` (foreign keys as ids), JSON-ready."""
    row: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        if field.name in exclude:
            continue
        value = getattr(obj, field.attname)
        row[field.attname] = value.isoformat() if hasattr(value, "isoformat") else value
    return row


def blogger_personal_data(*, blogger_id: int) -> dict[str, Any]:
    """Everything held about one blogger (a subject-access export): the record,
    topics, accounts, interactions, follow-ups, campaign participations and the
    change history (who changed the record and when). A constant number of queries."""
    from crm.personal_data import personal_fields

    blogger = (
        Blogger.objects.select_related("territory", "owner")
        .prefetch_related("topics", "accounts", "interactions", "followups", "participations")
        .get(pk=blogger_id)
    )
    history = blogger.history.select_related("history_user").order_by("history_date")
    return {
        "blogger": _row(blogger),
        "personal_data_fields": list(personal_fields("crm.Blogger")),
        "territory": blogger.territory.name if blogger.territory else None,
        "owner": blogger.owner.get_username() if blogger.owner else None,
        "topics": [t.name for t in blogger.topics.all()],
        "accounts": [_row(a) for a in blogger.accounts.all()],
        "interactions": [_row(i) for i in blogger.interactions.all()],
        "followups": [_row(f) for f in blogger.followups.all()],
        "campaign_participations": [_row(p) for p in blogger.participations.all()],
        "history": [
            {
                "date": h.history_date.isoformat(),
                "type": h.history_type,
                "user": h.history_user.get_username() if h.history_user else None,
                "reason": h.history_change_reason,
                **{name: getattr(h, name) for name in personal_fields("crm.Blogger")},
            }
            for h in history
        ],
    }
