"""Bulk, idempotent upserts into the observation ledger, shared by every source.

Each function works on one batch inside one transaction: either the whole
batch is stored or none of it, and storing a batch again changes nothing
(natural keys + ``INSERT … ON CONFLICT DO NOTHING``). Callers split large
inputs into batches of a few thousand rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from django.db import connection, transaction
from django.utils import timezone

from backend.bulk import insert_ignore, update_by_pk
from crm.models import SocialAccount
from graph.models import Mention, Post, Repost

BATCH_SIZE = 5000
EventKind = Literal["repost", "mention"]


@dataclass(frozen=True)
class AccountData:
    external_id: str
    kind: str = ""
    screen_name: str = ""
    display_name: str = ""
    url: str = ""
    followers: int | None = None
    verified: bool | None = None  # None: not observed, keep what is stored


@dataclass(frozen=True)
class PostData:
    account_external_id: str
    external_id: str
    published_at: datetime | None = None
    url: str = ""
    text: str = ""
    # (author's external id, post's external id) of the post this one answers.
    parent: tuple[str, str] | None = None
    likes: int = 0
    reposts: int = 0
    comments: int = 0
    views: int | None = None


@dataclass(frozen=True)
class EventData:
    """One observation: ``source`` amplified ``target`` ``weight`` times at ``occurred_at``.

    ``post_external_id`` is the original post (a repost) or the mentioning
    post (a mention) when known; ``via_external_id`` the intermediate author
    of a repost chain; ``own_post_external_id`` the reposting post's own id.
    """

    kind: EventKind
    key: str
    source_external_id: str
    target_external_id: str
    occurred_at: datetime
    weight: int = 1
    post_external_id: str = ""
    via_external_id: str = ""
    own_post_external_id: str = ""


@dataclass
class IngestCounts:
    created: dict[str, int] = field(default_factory=lambda: {"repost": 0, "mention": 0})
    existing: dict[str, int] = field(default_factory=lambda: {"repost": 0, "mention": 0})
    new_accounts: int = 0

    def add(self, other: IngestCounts) -> None:
        for kind, n in other.created.items():
            self.created[kind] = self.created.get(kind, 0) + n
        for kind, n in other.existing.items():
            self.existing[kind] = self.existing.get(kind, 0) + n
        self.new_accounts += other.new_accounts

    @property
    def total_created(self) -> int:
        return sum(self.created.values())

    @property
    def total_existing(self) -> int:
        return sum(self.existing.values())


def derived_key(platform: str, *parts: object) -> str:
    """A stable key for an observation that came without an id of its own."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode()).hexdigest()
    return f"{platform}:h:{digest}"


def _chunks(items: Sequence, size: int) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def account_ids(*, platform: str, external_ids: Iterable[str]) -> tuple[dict[str, int], int]:
    """Ids of the accounts with these external ids, creating unknown ones as
    unassigned accounts. Returns ``(external_id → pk, number created)``."""
    wanted = {e for e in external_ids if e}
    # exclude(external_id="") lets PostgreSQL use the partial unique index.
    by_platform = SocialAccount.objects.filter(platform=platform).exclude(external_id="")
    found: dict[str, int] = {}
    for chunk in _chunks(sorted(wanted), BATCH_SIZE):
        found.update(by_platform.filter(external_id__in=chunk).values_list("external_id", "pk"))
    missing = sorted(wanted - found.keys())
    created = 0
    for chunk in _chunks(missing, BATCH_SIZE):
        inserted = insert_ignore(
            SocialAccount, [{"platform": platform, "external_id": e} for e in chunk]
        )
        created += len(chunk) if inserted is None else inserted
        found.update(by_platform.filter(external_id__in=chunk).values_list("external_id", "pk"))
    return found, created


@transaction.atomic
def accounts_upsert(*, platform: str, accounts: Sequence[AccountData]) -> dict[str, int]:
    """Create or refresh accounts by (platform, external id); returns external_id → pk.

    Only non-empty observed values overwrite stored ones, so a sparse source
    never blanks what a richer one stored. Links to bloggers are never touched.
    """
    ids, _ = account_ids(platform=platform, external_ids=[a.external_id for a in accounts])
    by_pk = SocialAccount.objects.in_bulk(list(ids.values()))
    changed: list[SocialAccount] = []
    fields = ("kind", "screen_name", "display_name", "url", "followers", "verified")
    now = timezone.now()
    for data in accounts:
        account = by_pk[ids[data.external_id]]
        dirty = False
        for name in fields:
            value = getattr(data, name)
            if value is None or value == "" or getattr(account, name) == value:
                continue
            setattr(account, name, value)
            dirty = True
        if dirty:
            account.updated_at = now
            changed.append(account)
    if changed:
        SocialAccount.objects.bulk_update(changed, [*fields, "updated_at"], batch_size=BATCH_SIZE)
    return ids


@transaction.atomic
def posts_upsert(*, platform: str, posts: Sequence[PostData]) -> dict[tuple[str, str], int]:
    """Create posts or refresh their text and counters; returns (account ext id, post
    ext id) → pk.

    A sparse source never erases: an empty ``url``/``text``, a missing
    ``published_at`` or ``views`` keeps what a fuller source stored (a mention
    found by search without its text, a repost seen without its link). Counters
    are always the latest observed. A post's parent (a comment's post) is created
    bare when unknown, and a parent once set is kept when a later observation
    names none."""
    authors = {p.account_external_id for p in posts} | {p.parent[0] for p in posts if p.parent}
    ids, _ = account_ids(platform=platform, external_ids=authors)
    now = timezone.now()
    stored_fields = _sparse_stored(ids, posts)
    rows: dict[tuple[str, str], Post] = {}
    for p in posts:
        key = (p.account_external_id, p.external_id)
        url, text, published_at, views = stored_fields.get(key, ("", "", None, None))
        rows[key] = Post(
            account_id=ids[p.account_external_id],
            external_id=p.external_id,
            published_at=p.published_at or published_at,
            url=p.url or url,
            # PostgreSQL text cannot hold NUL; no reader loses anything by its removal.
            text=p.text.replace("\x00", "") or text,
            likes=p.likes,
            reposts=p.reposts,
            comments=p.comments,
            views=p.views if p.views is not None else views,
            fetched_at=now,
        )
    Post.objects.bulk_create(
        list(rows.values()),
        batch_size=BATCH_SIZE,
        update_conflicts=True,
        unique_fields=["account", "external_id"],
        update_fields=[
            "published_at",
            "url",
            "text",
            "likes",
            "reposts",
            "comments",
            "views",
            "fetched_at",
        ],
    )
    stored = post_ids(ids, list(rows))
    with_parent = [p for p in posts if p.parent]
    if with_parent:
        parents = _ensure_posts(ids, {p.parent for p in with_parent if p.parent})
        keys = [(p.account_external_id, p.external_id) for p in with_parent]
        update_by_pk(
            Post,
            [stored[key] for key in keys],
            {"parent": [parents[p.parent] for p in with_parent if p.parent]},
        )
    return stored


def _sparse_stored(
    account_pks: dict[str, int], posts: Sequence[PostData]
) -> dict[tuple[str, str], tuple[str, str, datetime | None, int | None]]:
    """Stored (url, text, published_at, views) of the posts observed without one of
    them, so the upsert can keep them. One query per chunk; none when no post is
    sparse."""
    sparse = sorted(
        {
            (p.account_external_id, p.external_id)
            for p in posts
            if not p.url or not p.text.replace("\x00", "") or not p.published_at or p.views is None
        }
    )
    ext_by_pk = {pk: ext for ext, pk in account_pks.items()}
    found: dict[tuple[str, str], tuple[str, str, datetime | None, int | None]] = {}
    for chunk in _chunks(sparse, BATCH_SIZE):
        wanted = {(account_pks[a], e) for a, e in chunk}
        rows = Post.objects.filter(
            account_id__in={a for a, _ in wanted}, external_id__in={e for _, e in wanted}
        ).values_list("account_id", "external_id", "url", "text", "published_at", "views")
        for account_id, external_id, url, text, published_at, views in rows:
            if (account_id, external_id) in wanted:
                found[(ext_by_pk[account_id], external_id)] = (url, text, published_at, views)
    return found


def post_ids(
    account_pks: dict[str, int], keys: list[tuple[str, str]]
) -> dict[tuple[str, str], int]:
    """Pks of the stored posts among ``keys`` (author's external id, post's external id);
    ``account_pks`` maps the authors' external ids to account pks."""
    ext_by_pk = {pk: ext for ext, pk in account_pks.items()}
    result: dict[tuple[str, str], int] = {}
    for chunk in _chunks(keys, BATCH_SIZE):
        wanted_accounts = {account_pks[a] for a, _ in chunk}
        wanted_posts = {p for _, p in chunk}
        for account_id, external_id, pk in Post.objects.filter(
            account_id__in=wanted_accounts, external_id__in=wanted_posts
        ).values_list("account_id", "external_id", "pk"):
            result[(ext_by_pk[account_id], external_id)] = pk
    return result


def _ensure_posts(
    account_pks: dict[str, int], keys: set[tuple[str, str]]
) -> dict[tuple[str, str], int]:
    """Posts known only by id (a repost's original, a mentioning post): create bare rows."""
    if not keys:
        return {}
    ordered = sorted(keys)
    for chunk in _chunks(ordered, BATCH_SIZE):
        insert_ignore(Post, [{"account_id": account_pks[a], "external_id": p} for a, p in chunk])
    return post_ids(account_pks, ordered)


@transaction.atomic
def events_ingest(*, platform: str, events: Sequence[EventData], origin: str) -> IngestCounts:
    """Store repost and mention observations; idempotent by ``EventData.key``.

    Unknown accounts are created unassigned; posts known only by id get bare
    rows. Events whose key is already stored (or repeated within the batch)
    are counted as ``existing`` and left unchanged. One transaction per call.
    """
    counts = IngestCounts()
    if not events:
        return counts
    ext_ids = {e.source_external_id for e in events} | {e.target_external_id for e in events}
    ext_ids |= {e.via_external_id for e in events if e.via_external_id}
    accounts, counts.new_accounts = account_ids(platform=platform, external_ids=ext_ids)
    post_keys = set()
    for e in events:
        if e.post_external_id:
            owner = e.target_external_id if e.kind == "repost" else e.source_external_id
            post_keys.add((owner, e.post_external_id))
    posts = _ensure_posts(accounts, post_keys)

    for kind, model in (("repost", Repost), ("mention", Mention)):
        batch = [e for e in events if e.kind == kind]
        if not batch:
            continue
        unique: dict[str, EventData] = {}
        for e in batch:
            unique.setdefault(e.key, e)
        if kind == "repost":
            rows = [
                {
                    "key": e.key,
                    "reposter_id": accounts[e.source_external_id],
                    "author_id": accounts[e.target_external_id],
                    "original_post_id": posts.get((e.target_external_id, e.post_external_id)),
                    "via_id": accounts.get(e.via_external_id) if e.via_external_id else None,
                    "repost_post_external_id": e.own_post_external_id,
                    "occurred_at": e.occurred_at,
                    "weight": e.weight,
                    "origin": origin,
                }
                for e in unique.values()
            ]
        else:
            rows = [
                {
                    "key": e.key,
                    "source_id": accounts[e.source_external_id],
                    "source_post_id": posts.get((e.source_external_id, e.post_external_id)),
                    "target_id": accounts[e.target_external_id],
                    "occurred_at": e.occurred_at,
                    "weight": e.weight,
                    "origin": origin,
                }
                for e in unique.values()
            ]
        if connection.vendor == "postgresql":
            created = sum(insert_ignore(model, chunk) or 0 for chunk in _chunks(rows, BATCH_SIZE))
        else:
            stored: set[str] = set()
            for chunk in _chunks(sorted(unique), BATCH_SIZE):
                stored.update(model.objects.filter(key__in=chunk).values_list("key", flat=True))
            new_rows = [r for r in rows if r["key"] not in stored]
            for chunk in _chunks(new_rows, BATCH_SIZE):
                insert_ignore(model, chunk)
            created = len(new_rows)
        counts.created[kind] = created
        counts.existing[kind] = len(batch) - created
    return counts
