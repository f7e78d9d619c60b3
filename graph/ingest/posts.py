"""Parse post files (CSV with a header, JSON lines) from any platform into the ledger.

A record: ``author`` (the platform's account id, or a screen name of an account
already known), ``external_id`` (the post's id on the platform), ``published_at``
(ISO 8601; naive times are in ``settings.TIME_ZONE``), ``text`` (may be empty),
optional ``url``, ``parent`` and ``parent_author`` (the post this one answers:
a comment's post; ``parent_author`` defaults to ``author``), ``likes``,
``reposts``, ``comments``, ``views`` (whole numbers ≥ 0).

Idempotent on (platform, author, external id): importing a file again refreshes
texts and counters and creates nothing. Unknown authors become unassigned
accounts. Like ``graph.ingest.edges``, the parsers are pure generators of
``(line_no, PostData | RowError)``; ``PostImporter`` stores them in batches.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import tzinfo
from typing import Literal

from crm.models import SocialAccount
from graph.ingest.edges import (
    _DIGITS,
    MAX_ID_LENGTH,
    RowError,
    _account_id,
    _optional_id,
    _Reject,
    csv_records,
    datetime_parse,
    jsonl_records,
)
from graph.ingest.importer import EdgeImporter, existing_values
from graph.ingest.ledger import IngestCounts, PostData, account_ids, post_ids, posts_upsert

PostFormat = Literal["csv", "jsonl"]
POST_FORMATS: tuple[PostFormat, ...] = ("csv", "jsonl")
POST_REQUIRED = ("author", "external_id", "published_at")
COUNTERS = ("likes", "reposts", "comments", "views")
# Longer texts are kept whole up to this size (a post, not a book); the text
# pipeline analyses the first 20,000 characters anyway.
MAX_TEXT_LENGTH = 100_000
MAX_URL_LENGTH = 500
MAX_COUNTER = 2**63 - 1

Parsed = tuple[int, "PostData | RowError"]


def posts_parse(lines: Iterable[str], *, fmt: PostFormat, tz: tzinfo) -> Iterator[Parsed]:
    if fmt == "csv":
        records = csv_records(
            lines,
            required=POST_REQUIRED,
            need=f"{', '.join(POST_REQUIRED)}, text",
            optional=f"url, parent, parent_author, {', '.join(COUNTERS)}",
        )
    elif fmt == "jsonl":
        records = jsonl_records(lines)
    else:
        raise ValueError(f"unknown post file format {fmt!r}")
    return (
        (line_no, record if isinstance(record, RowError) else _record_post(line_no, record, tz=tz))
        for line_no, record in records
    )


def _record_post(line_no: int, record: Mapping[str, object], *, tz: tzinfo) -> PostData | RowError:
    try:
        author = _account_id(record.get("author"), "author").lstrip("@")
        external_id = _account_id(record.get("external_id"), "external_id")
        published = record.get("published_at")
        if not isinstance(published, str) or not published.strip():
            raise _Reject(
                "missing_value",
                "missing published_at (an ISO 8601 timestamp)",
                field="published_at",
            )
        try:
            published_at = datetime_parse(published, tz=tz)
        except ValueError as exc:
            raise _Reject(
                "not_a_timestamp",
                f"bad published_at: {exc}",
                field="published_at",
                value=published,
            ) from None
        text = _text(record.get("text"), "text", MAX_TEXT_LENGTH)
        url = _text(record.get("url"), "url", MAX_URL_LENGTH)
        parent_id = _optional_id(record.get("parent"), "parent", MAX_ID_LENGTH)
        parent_author = _optional_id(record.get("parent_author"), "parent_author", MAX_ID_LENGTH)
        counters = {name: _counter(record.get(name), name) for name in COUNTERS}
    except _Reject as exc:
        return exc.row_error(line_no)
    parent = (parent_author.lstrip("@") or author, parent_id) if parent_id else None
    return PostData(
        account_external_id=author,
        external_id=external_id,
        published_at=published_at,
        url=url,
        text=text,
        parent=parent,
        likes=counters["likes"] or 0,
        reposts=counters["reposts"] or 0,
        comments=counters["comments"] or 0,
        views=counters["views"],
    )


def _text(value: object, name: str, max_length: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _Reject(
            "not_text", f"{name} must be a string, got {value!r}", field=name, value=value
        )
    if len(value) > max_length:
        raise _Reject(
            "too_long",
            f"{name} is longer than {max_length:,} characters",
            field=name,
            max=max_length,
        )
    return value.replace("\x00", "")


def _counter(value: object, name: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        raise _Reject(
            "not_a_count",
            f"{name} must be a whole number ≥ 0, got {value!r}",
            field=name,
            value=value,
            min=0,
        )
    if not 0 <= number <= MAX_COUNTER:
        raise _Reject(
            "not_a_count",
            f"{name} must be a whole number ≥ 0, got {value!r}",
            field=name,
            value=value,
            min=0,
        )
    return number


class PostImporter(EdgeImporter):
    """``EdgeImporter``'s batching, rejects and progress, storing posts instead of
    events: counts are under the ``"post"`` kind."""

    def __init__(self, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(**kwargs)
        self._seen_posts: set[tuple[str, str]] = set()  # dry run only, like _seen_keys

    def _ingest(self, batch: Sequence[PostData]) -> IngestCounts:  # type: ignore[override]
        batch = self._by_screen_name(batch)
        ids, created_accounts = account_ids(platform=self.platform, external_ids=_authors(batch))
        keys = list({(p.account_external_id, p.external_id) for p in batch})
        present = len(post_ids(ids, keys))
        posts_upsert(platform=self.platform, posts=batch)
        return _post_counts(len(keys), present, created_accounts)

    def _dry_run_counts(self, batch: Sequence[PostData]) -> IngestCounts:  # type: ignore[override]
        batch = self._by_screen_name(batch)
        authors = _authors(batch)
        known = SocialAccount.objects.filter(platform=self.platform).exclude(external_id="")
        ids = dict(known.filter(external_id__in=authors).values_list("external_id", "pk"))
        keys = {(p.account_external_id, p.external_id) for p in batch}
        fresh = keys - self._seen_posts
        present = len(post_ids(ids, [k for k in fresh if k[0] in ids]))
        new_authors = (authors - ids.keys()) - self._seen_accounts
        self._seen_posts |= fresh
        self._seen_accounts |= authors
        counts = _post_counts(len(fresh), present, len(new_authors))
        counts.existing["post"] += len(keys) - len(fresh)
        return counts

    def _by_screen_name(self, batch: Sequence[PostData]) -> list[PostData]:
        """Authors given by the screen name of a known account get its id."""
        names = _authors(batch)
        known = SocialAccount.objects.filter(platform=self.platform).exclude(external_id="")
        by_id = existing_values(known, "external_id", names)
        rest = {n.lower() for n in names - by_id}
        if not rest:
            return list(batch)
        resolved = dict(
            known.filter(screen_name__in=rest).values_list("screen_name", "external_id")
        )
        resolved = {name.lower(): ext for name, ext in resolved.items()}

        def fix(ext: str) -> str:
            return ext if ext in by_id else resolved.get(ext.lower(), ext)

        return [
            PostData(
                **{
                    **p.__dict__,
                    "account_external_id": fix(p.account_external_id),
                    "parent": (fix(p.parent[0]), p.parent[1]) if p.parent else None,
                }
            )
            for p in batch
        ]


def _authors(batch: Sequence[PostData]) -> set[str]:
    return {p.account_external_id for p in batch} | {p.parent[0] for p in batch if p.parent}


def _post_counts(total: int, present: int, new_accounts: int) -> IngestCounts:
    return IngestCounts(
        created={"post": total - present}, existing={"post": present}, new_accounts=new_accounts
    )
