"""CRM reads. List selectors return annotated querysets ready for list views:
no per-row queries (``select_related``/``prefetch_related`` and annotations)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import QueryDict
from django.utils import timezone

from crm.filtersets import BloggerFilterSet
from crm.models import Blogger, FollowUp, Interaction, SocialAccount, Topic
from crm.personal_data import personal_fields


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


BLOGGER_FIGURES = ("last_interaction_at", "open_task_count", "overdue_task_count")


def _blogger_figures(names: Iterable[str] = BLOGGER_FIGURES) -> dict[str, Any]:
    """The per-row figures of blogger lists (those of ``BLOGGER_FIGURES`` in
    ``names``), as correlated subqueries (rather than joins + GROUP BY) so they
    are computed only for the rows actually read."""
    figures: dict[str, Any] = {}
    open_tasks = FollowUp.objects.filter(blogger_id=OuterRef("pk"), status=FollowUp.Status.OPEN)
    for name in names:
        if name == "last_interaction_at":
            last_interaction = (
                Interaction.objects.filter(blogger_id=OuterRef("pk"))
                .order_by("-occurred_at")
                .values("occurred_at")[:1]
            )
            figures[name] = Subquery(last_interaction)
        elif name == "open_task_count":
            figures[name] = _count_subquery(open_tasks)
        elif name == "overdue_task_count":
            overdue = open_tasks.filter(due_date__lt=timezone.localdate())
            figures[name] = _count_subquery(overdue)
        else:
            raise ValueError(f"unknown blogger figure {name!r}")
    return figures


def blogger_base_queryset(*, figures: Iterable[str] = BLOGGER_FIGURES) -> QuerySet[Blogger]:
    """Bloggers with what every row of ``BloggerSerializer`` shows, in a
    constant number of queries (bloggers, topics, accounts).

    ``figures``: which of ``BLOGGER_FIGURES`` to annotate (all by default). They
    are correlated subqueries, computed for every row the database reads: a
    list cuts its page from the ids of the matching bloggers, built with only
    the figures its filters and ordering use, then reads the page's rows with
    all of them.
    """
    return (
        Blogger.objects.select_related("territory", "owner")
        .prefetch_related("topics", "accounts")
        .annotate(**_blogger_figures(figures))
    )


# What a blogger row shows of each account (``SocialAccountBrief``).
ACCOUNT_REFERENCE = ("id", "platform", "screen_name", "external_id", "url", "display_name")


def blogger_rows(*, ids: list[int]) -> list[dict[str, Any]]:
    """The bloggers ``ids``, in that order, as plain values for
    ``BloggerSerializer``: every field (foreign keys as ``<name>_id``), the
    ``BLOGGER_FIGURES``, ``territory`` and ``owner`` (dicts or ``None``; the
    owner with its ``full_name``), ``topics`` and ``accounts`` (lists of dicts,
    in the order a prefetch gives; an account with its ``ACCOUNT_REFERENCE``
    fields). Ids not found are left out.

    Three queries whatever the number of ids, and no model instances (building
    and prefetching them cost more than the queries on a list page).
    """
    columns = [field.attname for field in Blogger._meta.concrete_fields]
    related = ["territory__name", "territory__kind", "owner__username"]
    names = ["owner__first_name", "owner__last_name"]
    found = Blogger.objects.filter(pk__in=ids).annotate(**_blogger_figures())
    rows: dict[int, dict[str, Any]] = {}
    for values in found.values(*columns, *BLOGGER_FIGURES, *related, *names):
        territory_id, owner_id = values["territory_id"], values["owner_id"]
        values["territory"] = territory_id and {
            "id": territory_id,
            "name": values["territory__name"],
            "kind": values["territory__kind"],
        }
        values["owner"] = owner_id and {
            "id": owner_id,
            "username": values["owner__username"],
            # as User.get_full_name()
            "full_name": f"{values['owner__first_name']} {values['owner__last_name']}".strip(),
        }
        values["topics"], values["accounts"] = [], []
        rows[values["id"]] = values
    topics = Topic.objects.filter(bloggers__in=rows).values("bloggers", "id", "name")
    for topic in topics.order_by("name", "id"):  # Topic.Meta.ordering, as a prefetch
        rows[topic["bloggers"]]["topics"].append(topic)
    accounts = SocialAccount.objects.filter(blogger__in=rows)  # in SocialAccount.Meta.ordering
    accounts = accounts.order_by("platform", "screen_name", "external_id", "id")
    for account in accounts.values("blogger_id", *ACCOUNT_REFERENCE):
        rows[account["blogger_id"]]["accounts"].append(account)
    return [rows[pk] for pk in ids if pk in rows]


def blogger_filter(
    *,
    filters: dict[str, Any] | QueryDict | None,
    user: Any,
    queryset: QuerySet[Blogger] | None = None,
) -> QuerySet[Blogger]:
    """Apply the blogger filters (``BloggerFilterSet``) to ``queryset`` (default:
    all bloggers) as ``user`` may use them: every caller outside the blogger list
    itself filters bloggers through here, so ``q`` searches personal data only
    for users who may see it (``None``: never). Archived bloggers are hidden
    unless ``archived`` is given.

    Raises ``ValueError`` naming every invalid parameter.
    """
    filterset = BloggerFilterSet(_as_querydict(filters), queryset=queryset, user=user)
    if not filterset.is_valid():
        problems = "; ".join(f"{k}: {', '.join(v)}" for k, v in filterset.errors.items())
        raise ValueError(problems)
    return filterset.qs


def interaction_list(*, blogger: Blogger | None = None) -> QuerySet[Interaction]:
    queryset = Interaction.objects.select_related("blogger__territory", "author", "campaign")
    if blogger is not None:
        queryset = queryset.filter(blogger=blogger)
    return queryset


def followup_list(
    *,
    assignee: Any = None,
    status: str | None = FollowUp.Status.OPEN,
    due_before: date | None = None,
) -> QuerySet[FollowUp]:
    queryset = FollowUp.objects.select_related("blogger__territory", "assignee", "interaction")
    if assignee is not None:
        queryset = queryset.filter(assignee=assignee)
    if status is not None:
        queryset = queryset.filter(status=status)
    if due_before is not None:
        queryset = queryset.filter(due_date__lte=due_before)
    return queryset


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


# The target's empty fields a merge fills from the source (import_key is unique,
# so it stays with the archived source).
MERGE_FILLED_FIELDS = ("real_name", "phone", "email", "description", "territory", "owner")


@dataclass(frozen=True)
class MergeCampaign:
    campaign_id: int
    title: str
    status: str  # the source's status in the campaign
    shared: bool  # the target takes part too: the rows are joined, the furthest status kept
    publications: int


@dataclass(frozen=True)
class MergePreview:
    """What ``crm.services.blogger_merge`` would move from ``source`` to ``target``."""

    source: Blogger
    target: Blogger
    accounts: list[SocialAccount]
    interactions: int
    followups: int
    open_followups: int
    campaigns: list[MergeCampaign]
    fields_filled: list[str]
    topics_added: list[str]
    notes_appended: bool


def blogger_merge_preview(*, source: Blogger, target: Blogger) -> MergePreview:
    """What merging ``source`` into ``target`` would move, without writing
    anything: accounts, interactions, follow-ups (open ones counted apart),
    campaign participations (and which campaigns both are in), the target's
    empty fields filled from the source and the topics it gains. Seven queries."""
    accounts = list(source.accounts.order_by("platform", "screen_name", "external_id", "id"))
    interactions = source.interactions.count()
    followups = source.followups.aggregate(
        total=Count("pk"), open=Count("pk", filter=Q(status=FollowUp.Status.OPEN))
    )
    target_campaigns = set(target.participations.values_list("campaign_id", flat=True))
    participations = source.participations.select_related("campaign").annotate(
        publication_count=Count("publications")
    )
    campaigns = [
        MergeCampaign(
            campaign_id=part.campaign_id,
            title=part.campaign.title,
            status=part.status,
            shared=part.campaign_id in target_campaigns,
            publications=part.publication_count,
        )
        for part in participations.order_by("-campaign__starts_on", "campaign_id")
    ]
    filled = [
        name
        for name in MERGE_FILLED_FIELDS
        if not getattr(target, f"{name}_id" if name in ("territory", "owner") else name)
        and getattr(source, f"{name}_id" if name in ("territory", "owner") else name)
    ]
    target_topics = set(target.topics.values_list("pk", flat=True))
    topics = [t.name for t in source.topics.order_by("name") if t.pk not in target_topics]
    return MergePreview(
        source=source,
        target=target,
        accounts=accounts,
        interactions=interactions,
        followups=followups["total"],
        open_followups=followups["open"],
        campaigns=campaigns,
        fields_filled=filled,
        topics_added=topics,
        notes_appended=bool(source.notes) and source.notes not in target.notes,
    )
