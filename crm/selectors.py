"""CRM reads. List selectors return annotated querysets ready for list views:
no per-row queries (``select_related``/``prefetch_related`` and annotations)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from datetime import date, timedelta
from typing import Any, NamedTuple

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import QueryDict
from django.utils import timezone

from backend.db import binary_result_cursor
from crm.filtersets import BloggerFilterSet
from crm.models import Blogger, FollowUp, Interaction, SocialAccount, Territory, Topic


def _territory_tree_sql() -> str:
    """A recursive CTE ``tree`` of one territory (``%s``) and every territory
    below it (``UNION`` stops on a cycle)."""
    quote = connection.ops.quote_name
    table = quote(Territory._meta.db_table)
    pk, parent = quote("id"), quote(str(Territory.parent.field.column))  # default columns
    return (
        f"WITH RECURSIVE tree (id) AS (SELECT {pk} FROM {table} WHERE {pk} = %s UNION "
        f"SELECT t.{pk} FROM {table} t JOIN tree ON t.{parent} = tree.id) "
    )


def territory_descendant_ids(*, territory_id: int) -> list[int]:
    """``territory_id`` (first) and every territory below it, in one query (a
    recursive CTE; ``UNION`` stops on a cycle)."""
    with connection.cursor() as cursor:
        cursor.execute(f"{_territory_tree_sql()}SELECT id FROM tree", [territory_id])
        below = [row[0] for row in cursor.fetchall() if row[0] != territory_id]
    return [territory_id, *below]


class ListVersion(NamedTuple):
    """A version of everything the blogger filters read (``crm_list_version``):
    the same version always stands for the same data."""

    epoch: str
    n: int


def blogger_list_version() -> ListVersion | None:
    """The current ``ListVersion``, in one query; ``None`` (nothing may be
    remembered) inside a transaction that has written (its writes bump the
    version only when it commits) and on databases other than PostgreSQL."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT epoch::text, n, pg_current_xact_id_if_assigned() IS NULL "
            "FROM crm_list_version WHERE id = 1"
        )
        epoch, n, clean = cursor.fetchone()
    return ListVersion(epoch, n) if clean else None


# Territory subtrees by (territory, list version): see ``territory_subtree_ids``.
_subtrees: dict[tuple[int, ListVersion], list[int]] = {}
SUBTREE_CACHE_SIZE = 256


def territory_subtree_ids(*, territory_id: int, version: ListVersion | None) -> list[int]:
    """As ``territory_descendant_ids``, remembered per (``territory_id``,
    ``version``) on PostgreSQL: a blogger list filtered by territory then needs
    no query of its own for the tree. ``version`` must have been read by
    ``blogger_list_version`` (``None``: read the tree, remember nothing); a
    tree is remembered only when the version read with it is ``version``
    (territory inserts, deletes and moves bump the list version)."""
    if version is None:
        return territory_descendant_ids(territory_id=territory_id)
    ids = _subtrees.get((territory_id, version))
    if ids is not None:
        return ids
    with connection.cursor() as cursor:
        cursor.execute(
            f"{_territory_tree_sql()}SELECT epoch::text, n, "
            "ARRAY(SELECT id FROM tree WHERE id <> %s ORDER BY id) "
            "FROM crm_list_version WHERE id = 1",
            [territory_id, territory_id],
        )
        epoch, n, below = cursor.fetchone()
    ids = [territory_id, *below]
    if ListVersion(epoch, n) == version:
        if len(_subtrees) >= SUBTREE_CACHE_SIZE:
            _subtrees.clear()
        _subtrees[(territory_id, version)] = ids
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
    """Bloggers with what every list row shows, in a constant number of queries.

    A page sorted by an indexed column (score, rank) is read with LIMIT and the
    figures are computed for that page only. ``figures``: which of
    ``BLOGGER_FIGURES`` to annotate (all by default; a list of ids that is
    neither filtered nor ordered by a figure needs none, and building them is a
    noticeable part of a list request).
    """
    return (
        Blogger.objects.select_related("territory", "owner")
        .prefetch_related("topics", "accounts")
        .annotate(**_blogger_figures(figures))
    )


ACCOUNT_BRIEF_FIELDS = ("id", "platform", "screen_name", "external_id", "url", "display_name")
BLOGGER_ROW_FIELDS = (
    "id", "display_name", "real_name", "phone", "email", "description", "stance", "stage",
    "tier", "notes", "is_archived", "import_key", "influence_score", "influence_rank",
    "influence_rank_delta", "merged_into_id", "created_at", "updated_at",
)  # fmt: skip


def _blogger_json_rows_sql() -> str:
    """The PostgreSQL statement behind ``blogger_list_json_parts``: for each id in
    ``PAGE_IDS`` (replaced by an array expression), in that order, its list row as JSON text in
    ``BloggerSerializer``'s key order and form (compact, like DRF's renderer),
    cut into parts around the values Python formats (see
    ``blogger_list_json_parts``). Parameters: the characters ``str.strip``
    removes, open status, open status, today, then those of ``PAGE_IDS``. The
    figures are those of ``_blogger_figures``; topics and accounts in their
    models' order."""
    blogger, territory = Blogger._meta.db_table, Territory._meta.db_table
    owner = Blogger.owner.field.related_model._meta.db_table
    through, topic = Blogger.topics.through._meta.db_table, Topic._meta.db_table
    account, interaction = SocialAccount._meta.db_table, Interaction._meta.db_table
    followup = FollowUp._meta.db_table
    b = {f.attname: f"b.{f.column}" for f in Blogger._meta.concrete_fields}
    a = {f.attname: f"a.{f.column}" for f in SocialAccount._meta.concrete_fields}

    def text(column: str) -> str:  # a JSON string (or null), escaped by PostgreSQL
        return f"COALESCE(to_json({column})::text, 'null')"

    def number(column: str) -> str:
        return f"COALESCE(({column})::text, 'null')"

    def members(pairs: Sequence[tuple[str, str]], *, first: bool = False) -> str:
        keys = [("" if first and i == 0 else ",") + f'"{key}":' for i, (key, _) in enumerate(pairs)]
        return " || ".join(f"'{k}' || {value}" for k, (_, value) in zip(keys, pairs, strict=True))

    account_json = members(
        [
            (name, number(a[name]) if name == "id" else text(a[name]))
            for name in ACCOUNT_BRIEF_FIELDS
        ],
        first=True,
    )
    territory_json = members(
        [("id", "t.id::text"), ("name", text("t.name")), ("kind", text("t.kind"))], first=True
    )
    full_name = "to_json(btrim(u.first_name || ' ' || u.last_name, %s))::text"
    owner_json = members(
        [("id", "u.id::text"), ("username", text("u.username")), ("full_name", full_name)],
        first=True,
    )
    topics = (
        f"(SELECT string_agg('{{\"id\":' || tp.id || ',\"name\":' || {text('tp.name')} "
        f"|| '}}', ',' ORDER BY tp.name, tp.id) FROM {through} bt "
        f"JOIN {topic} tp ON tp.id = bt.topic_id WHERE bt.blogger_id = b.id)"
    )
    accounts = (
        f"(SELECT string_agg('{{' || {account_json} || '}}', ',' "
        f"ORDER BY a.platform, a.screen_name, a.external_id, a.id) "
        f"FROM {account} a WHERE a.blogger_id = b.id)"
    )
    head = "'{' || " + members(
        [("id", f"{b['id']}::text"), ("display_name", text(b["display_name"]))], first=True
    )
    personal = members([(name, text(b[name])) for name in ("real_name", "phone", "email")])
    middle = (
        members(
            [
                ("description", text(b["description"])),
                (
                    "territory",
                    f"CASE WHEN t.id IS NULL THEN 'null' ELSE '{{' || {territory_json} || '}}' END",
                ),
                ("topics", f"'[' || COALESCE({topics}, '') || ']'"),
                ("stance", text(b["stance"])),
                ("stage", text(b["stage"])),
                ("tier", text(b["tier"])),
                (
                    "owner",
                    f"CASE WHEN u.id IS NULL THEN 'null' ELSE '{{' || {owner_json} || '}}' END",
                ),
                ("notes", text(b["notes"])),
                ("is_archived", f"CASE WHEN {b['is_archived']} THEN 'true' ELSE 'false' END"),
                ("import_key", text(b["import_key"])),
            ]
        )
        + " || ',\"influence_score\":'"
    )
    ranks = (
        members(
            [
                ("influence_rank", number(b["influence_rank"])),
                ("influence_rank_delta", number(b["influence_rank_delta"])),
            ]
        )
        + " || ',\"last_interaction_at\":'"
    )
    tasks = f"(SELECT COUNT(*) FROM {followup} f WHERE f.blogger_id = b.id AND f.status = %s"
    tail = (
        members(
            [
                ("open_task_count", f"{tasks})::text"),
                ("overdue_task_count", f"{tasks} AND f.due_date < %s)::text"),
                ("accounts", f"'[' || COALESCE({accounts}, '') || ']'"),
                ("merged_into", number(b["merged_into_id"])),
            ]
        )
        + " || ',\"created_at\":'"
    )
    last_interaction = (
        f"(SELECT i.occurred_at FROM {interaction} i WHERE i.blogger_id = b.id "
        f"ORDER BY i.occurred_at DESC LIMIT 1)"
    )
    return (
        f"SELECT {head}, {personal}, {middle}, {b['influence_score']}, {ranks}, "
        f"{last_interaction}, {tail}, {b['created_at']}, {b['updated_at']} "
        f"FROM unnest({PAGE_IDS}) WITH ORDINALITY AS page (id, position) "
        f"JOIN {blogger} b ON b.id = page.id "
        f"LEFT JOIN {territory} t ON t.id = b.territory_id "
        f"LEFT JOIN {owner} u ON u.id = b.owner_id "
        f"ORDER BY page.position"
    )


PAGE_IDS = "__page_ids__"  # replaced by the array of ids (the JSON has braces: no str.format)
_BLOGGER_JSON_ROWS_SQL = _blogger_json_rows_sql()
# What str.strip() removes (User.get_full_name() strips the joined names): the
# characters whose str.isspace() is true (tests/crm/test_selectors.py checks).
_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _territory_brief(pk: int | None, name: str, kind: str) -> dict[str, Any] | None:
    return None if pk is None else {"id": pk, "name": name, "kind": kind}


def _owner_brief(pk: int | None, username: str, first: str, last: str) -> dict[str, Any] | None:
    # full_name as User.get_full_name()
    return (
        None
        if pk is None
        else {"id": pk, "username": username, "full_name": f"{first} {last}".strip()}
    )


def blogger_list_json_parts(*, ids: Sequence[int] | QuerySet) -> list[tuple[Any, ...]]:
    """PostgreSQL only: the list rows of the bloggers ``ids`` (a list, or a query
    set of ids: a page of the list, then read inside the same statement), in
    that order, already written as JSON in ``BloggerSerializer``'s key order,
    in one statement. Each row is a tuple of parts, to be joined in order:

    ``(head, personal, middle, influence_score, ranks, last_interaction_at,
    tail, created_at, updated_at)``

    ``personal`` holds the personal-data members (left out for roles that may
    not see them); ``influence_score`` (a float or ``None``) and the three
    datetimes are values for the caller to write (their JSON form is
    Python's); ``tail`` ends with ``"created_at":``, and ``"updated_at":``
    comes between the last two. Ids not found are left out.
    """
    open_ = FollowUp.Status.OPEN
    params: list[Any] = [_WHITESPACE, open_, open_, timezone.localdate()]
    if isinstance(ids, QuerySet):
        try:
            ids_sql, ids_params = ids.query.sql_with_params()
        except EmptyResultSet:  # an empty page, or filters that match nothing
            return []
        sql = _BLOGGER_JSON_ROWS_SQL.replace(PAGE_IDS, f"ARRAY({ids_sql})")
        params += ids_params
    else:
        sql = _BLOGGER_JSON_ROWS_SQL.replace(PAGE_IDS, "%s::bigint[]")
        params.append(list(ids))
    with binary_result_cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def blogger_list_rows(*, ids: Sequence[int] | QuerySet) -> list[dict[str, Any]]:
    """The list rows of the bloggers ``ids``, in that order, as plain dicts: the
    ``BLOGGER_ROW_FIELDS``, the ``BLOGGER_FIGURES`` of ``blogger_base_queryset``,
    ``territory`` and ``owner`` (dicts or ``None``), ``topics`` and ``accounts``
    (lists of dicts in their models' order). Ids not found are left out.

    Three queries whatever the number of ids, and no model instances: building
    and prefetching instances was most of a list page's time. (The API's list
    on PostgreSQL reads ``blogger_list_json_parts`` instead.)
    """
    ids = list(ids)
    if not ids:
        return []
    related = (
        "territory_id", "territory__name", "territory__kind",
        "owner_id", "owner__username", "owner__first_name", "owner__last_name",
    )  # fmt: skip
    found = (
        Blogger.objects.filter(pk__in=ids)
        .annotate(**_blogger_figures())
        .values(*BLOGGER_ROW_FIELDS, *BLOGGER_FIGURES, *related)
    )
    rows: dict[int, dict[str, Any]] = {}
    for values in found:
        row = {name: values[name] for name in (*BLOGGER_ROW_FIELDS, *BLOGGER_FIGURES)}
        row["territory"] = _territory_brief(*(values[name] for name in related[:3]))
        row["owner"] = _owner_brief(*(values[name] for name in related[3:]))
        row["topics"] = []
        row["accounts"] = []
        rows[row["id"]] = row
    topics = Blogger.topics.through.objects.filter(blogger_id__in=list(rows))
    # The order of a prefetch of Blogger.topics (Topic.Meta.ordering), then the id.
    topics = topics.order_by("topic__name", "topic_id")
    for blogger_id, topic_id, name in topics.values_list("blogger_id", "topic_id", "topic__name"):
        rows[blogger_id]["topics"].append({"id": topic_id, "name": name})
    # SocialAccount.Meta.ordering, as a prefetch of Blogger.accounts.
    accounts = SocialAccount.objects.filter(blogger_id__in=list(rows))
    for blogger_id, *account in accounts.values_list("blogger_id", *ACCOUNT_BRIEF_FIELDS):
        rows[blogger_id]["accounts"].append(dict(zip(ACCOUNT_BRIEF_FIELDS, account, strict=True)))
    return [rows[pk] for pk in ids if pk in rows]


# Exact counts by (filter key, list version): see ``blogger_count``. Bounded;
# emptied when full (a lost entry is only recounted).
_counts: dict[tuple[Hashable, ListVersion], int] = {}
COUNT_CACHE_SIZE = 512

READ_VERSION: Any = object()  # ``blogger_count(version=…)``: read the version now


def blogger_count(
    *,
    queryset: QuerySet[Blogger],
    key: Hashable | None,
    version: ListVersion | None = READ_VERSION,
) -> int:
    """The exact number of rows of ``queryset``, remembered on PostgreSQL per
    (``key``, ``ListVersion``).

    ``key`` must name everything ``queryset`` depends on (its filters and what
    they depend on, such as the role; not today's date: ``None`` for filters
    relative to the current time, which are always counted). The version is
    bumped by database triggers in every committed transaction that writes a
    table the blogger filters read (bloggers, their topics, assigned accounts,
    territories, interactions, follow-ups: any write, ORM, bulk or raw SQL, and
    TRUNCATE); a count is stored under the version read in the same statement,
    so a version seen later always stands for the same data. Counted anew
    inside a transaction that has written (its own writes bump the version only
    when it commits) and on other databases.

    ``version``: the ``blogger_list_version()`` that ``queryset`` was built
    under (saves reading it again; ``queryset`` may embed data read under it,
    such as a territory subtree, so a count is then stored only if the version
    is still the same when counted). By default it is read here.
    """
    if key is None or connection.vendor != "postgresql":
        return queryset.count()
    if version is READ_VERSION:
        version = blogger_list_version()
    if version is None:
        return queryset.count()
    count = _counts.get((key, version))
    if count is not None:
        return count
    ids_sql, params = queryset.order_by().values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT epoch::text, n, (SELECT COUNT(*) FROM ({ids_sql}) ids) "
            "FROM crm_list_version WHERE id = 1",
            params,
        )
        epoch, n, count = cursor.fetchone()
    if ListVersion(epoch, n) == version:
        if len(_counts) >= COUNT_CACHE_SIZE:
            _counts.clear()
        _counts[(key, version)] = count
    return count


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
