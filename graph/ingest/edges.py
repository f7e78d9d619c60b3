"""Parse edge files (CSV, JSON lines, whitespace edge lists) into ledger events.

Pure: no database access, no settings. Each parser is a generator of
``(line_no, EventData | RowError)`` so a caller can stream files of any size,
keep the good rows and report the bad ones with their line numbers.

Keys make re-imports idempotent:

- a row with an ``event_id`` gets ``"{platform}:{kind}:{event_id}"``;
- a CSV/JSONL row without one gets ``derived_key(platform, kind, source, target,
  occurred_at in UTC ISO, post_id, weight)``, so the same row always maps to the
  same observation (and two identical rows are one observation: aggregate
  repeats with ``weight``);
- an edge-list row gets ``derived_key(platform, "edgelist", kind, source, target,
  weight)``: edge lists carry no time, so the import time must not be part of
  the key, or re-importing on another day would duplicate every edge.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import PurePath
from typing import Literal, cast

from graph.ingest.ledger import EventData, EventKind, derived_key

Format = Literal["csv", "jsonl", "edgelist"]
FORMATS: tuple[Format, ...] = ("csv", "jsonl", "edgelist")
KINDS: tuple[EventKind, ...] = ("repost", "mention")
EXTENSIONS: dict[str, Format] = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".edgelist": "edgelist",
    ".txt": "edgelist",
}
REQUIRED_COLUMNS = ("kind", "source", "target", "occurred_at")

# Column sizes of the ledger (crm.SocialAccount.external_id, graph.Post.external_id,
# Repost/Mention.key) and the largest PositiveIntegerField value on PostgreSQL: checked
# here so that one oversized value is a rejected row, not a failed batch.
MAX_ID_LENGTH = 64
MAX_KEY_LENGTH = 200
MAX_WEIGHT = 2**31 - 1

# NUL and other control characters are refused by PostgreSQL text columns or are
# invisible garbage in an id; lone surrogates are undecodable bytes read with
# errors="surrogateescape".
_BAD_CHARS = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
_DIGITS = re.compile(r"[0-9]+")

Parsed = tuple[int, "EventData | RowError"]


@dataclass(frozen=True)
class RowError:
    """A rejected input row. ``fatal``: the rest of the file cannot be read (bad header).

    ``reason`` is the English sentence for the command line and logs; ``code`` and
    ``params`` say the same for an interface that words it in its own language
    (``frontend/src/i18n``: ``import.reasons.<code>``, ``{{param}}`` placeholders).
    """

    line_no: int
    reason: str
    fatal: bool = False
    code: str = "invalid_row"
    params: dict[str, str | int] = field(default_factory=dict, hash=False)


def row_error(
    line_no: int, code: str, reason: str, *, fatal: bool = False, **params: object
) -> RowError:
    """A ``RowError`` with its code and parameters (values longer than 100 characters cut)."""
    return RowError(line_no, reason, fatal=fatal, code=code, params=_params(params))


def _params(params: Mapping[str, object]) -> dict[str, str | int]:
    return {
        name: value if isinstance(value, int) and not isinstance(value, bool) else str(value)[:100]
        for name, value in params.items()
    }


class _Reject(ValueError):
    """Raised inside row parsing; turned into a ``RowError`` by the generators."""

    def __init__(self, code: str, reason: str, **params: object) -> None:
        super().__init__(reason)
        self.code = code
        self.params = params

    def row_error(self, line_no: int) -> RowError:
        return row_error(line_no, self.code, str(self), **self.params)


def json_error(line_no: int, exc: json.JSONDecodeError) -> RowError:
    reason = f"malformed JSON: {exc.msg} at column {exc.colno}"
    return row_error(line_no, "malformed_json", reason, column=exc.colno)


def not_an_object(line_no: int, record: object) -> RowError:
    kind = type(record).__name__
    return row_error(line_no, "not_an_object", f"expected a JSON object, got {kind}", type=kind)


Record = tuple[int, "dict[str, object] | RowError"]


def csv_records(
    lines: Iterable[str], *, required: Sequence[str], need: str, optional: str
) -> Iterator[Record]:
    """The rows of a CSV file with a header line as ``(line_no, {column: value})``.

    Columns come in any order (names case-insensitive, extra ones kept); line numbers
    are physical lines (the header is line 1). A header without the ``required``
    columns yields one fatal ``RowError`` (naming ``need`` and ``optional``) and stops.
    """
    reader = csv.reader(lines)
    header: list[str] | None = None
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield (
                reader.line_num,
                row_error(reader.line_num, "malformed_csv", f"malformed CSV: {exc}"),
            )
            continue
        if not row:
            continue
        if header is None:
            header = [name.strip().lower() for name in row]
            if header and header[0].startswith("\ufeff"):
                header[0] = header[0][1:]
            missing = [c for c in required if c not in header]
            if missing:
                reason = (
                    f"the header lacks column(s) {', '.join(missing)} "
                    f"(need {need}; optional {optional})"
                )
                yield (
                    reader.line_num,
                    row_error(
                        reader.line_num,
                        "missing_columns",
                        reason,
                        fatal=True,
                        missing=", ".join(missing),
                        required=need,
                        optional=optional,
                    ),
                )
                return
            continue
        line_no = reader.line_num
        if len(row) != len(header):
            reason = f"wrong number of fields: expected {len(header)}, got {len(row)}"
            yield (
                line_no,
                row_error(line_no, "field_count", reason, expected=len(header), got=len(row)),
            )
            continue
        yield line_no, dict(zip(header, row, strict=True))


def jsonl_records(lines: Iterable[str]) -> Iterator[Record]:
    """One JSON object a line as ``(line_no, object)``; blank lines skipped."""
    for line_no, line in enumerate(lines, start=1):
        text = line.strip()
        if line_no == 1 and text.startswith("\ufeff"):
            text = text[1:].strip()
        if not text:
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield line_no, json_error(line_no, exc)
            continue
        if not isinstance(record, dict):
            yield line_no, not_an_object(line_no, record)
            continue
        yield line_no, record


def format_from_path(path: str | PurePath) -> Format | None:
    """The format implied by a file name's extension, or None when it says nothing."""
    return EXTENSIONS.get(PurePath(path).suffix.lower())


def datetime_parse(value: str, *, tz: tzinfo) -> datetime:
    """An ISO 8601 timestamp as an aware UTC datetime; naive values are in ``tz``.

    Accepts a ``Z`` suffix, a space instead of ``T`` and a bare date (midnight).
    Raises ``ValueError`` with a readable message otherwise.
    """
    text = value.strip()
    if not text:
        raise ValueError("empty timestamp")
    try:
        parsed = datetime.fromisoformat(text)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=tz)
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"{value!r} is not an ISO 8601 timestamp ({exc})") from None


def edges_parse(
    lines: Iterable[str],
    *,
    fmt: Format,
    platform: str,
    tz: tzinfo,
    kind: EventKind | None = None,
    occurred_at: datetime | None = None,
) -> Iterator[Parsed]:
    """Dispatch to the parser for ``fmt``; see the module docstring for the keys.

    ``kind`` is required for edge lists and is the default kind of CSV/JSONL rows
    that have none. ``occurred_at`` (aware) is the time given to every edge-list
    row and is required for edge lists.
    """
    if fmt == "csv":
        return csv_parse(lines, platform=platform, tz=tz, kind=kind)
    if fmt == "jsonl":
        return jsonl_parse(lines, platform=platform, tz=tz, kind=kind)
    if fmt == "edgelist":
        if kind is None or occurred_at is None:
            raise ValueError("edge lists need a kind and an occurred_at")
        return edgelist_parse(lines, platform=platform, kind=kind, occurred_at=occurred_at)
    raise ValueError(f"unknown format {fmt!r}")


def csv_parse(
    lines: Iterable[str], *, platform: str, tz: tzinfo, kind: EventKind | None = None
) -> Iterator[Parsed]:
    """Rows of a CSV file with a header line (see ``csv_records``)."""
    required = [c for c in REQUIRED_COLUMNS if not (c == "kind" and kind)]
    records = csv_records(
        lines,
        required=required,
        need=", ".join(REQUIRED_COLUMNS),
        optional="post_id, weight, event_id",
    )
    for line_no, record in records:
        if isinstance(record, RowError):
            yield line_no, record
        else:
            yield line_no, _record_event(line_no, record, platform=platform, tz=tz, kind=kind)


def jsonl_parse(
    lines: Iterable[str], *, platform: str, tz: tzinfo, kind: EventKind | None = None
) -> Iterator[Parsed]:
    """One JSON object a line (blank lines skipped); ids may be strings or integers."""
    for line_no, record in jsonl_records(lines):
        if isinstance(record, RowError):
            yield line_no, record
        else:
            yield line_no, _record_event(line_no, record, platform=platform, tz=tz, kind=kind)


def edgelist_parse(
    lines: Iterable[str], *, platform: str, kind: EventKind, occurred_at: datetime
) -> Iterator[Parsed]:
    """``source target [weight]`` lines separated by whitespace (SNAP style).

    Blank lines and lines starting with ``#`` are skipped. Every edge gets
    ``occurred_at``; its key does not depend on it (see the module docstring).
    """
    if occurred_at.tzinfo is None:
        raise ValueError("occurred_at must be timezone-aware")
    occurred_at = occurred_at.astimezone(UTC)
    for line_no, line in enumerate(lines, start=1):
        fields = line.split()
        if not fields or fields[0].startswith("#"):
            continue
        try:
            if len(fields) not in (2, 3):
                raise _Reject(
                    "edgelist_field_count",
                    f"wrong number of fields: expected 'source target [weight]', "
                    f"got {len(fields)} field(s)",
                    got=len(fields),
                )
            source = _account_id(fields[0], "source")
            target = _account_id(fields[1], "target")
            weight = _weight(fields[2] if len(fields) == 3 else None)
        except _Reject as exc:
            yield line_no, exc.row_error(line_no)
            continue
        yield (
            line_no,
            EventData(
                kind=kind,
                key=derived_key(platform, "edgelist", kind, source, target, weight),
                source_external_id=source,
                target_external_id=target,
                occurred_at=occurred_at,
                weight=weight,
            ),
        )


def _record_event(
    line_no: int,
    record: Mapping[str, object],
    *,
    platform: str,
    tz: tzinfo,
    kind: EventKind | None,
) -> EventData | RowError:
    """One CSV row or JSON object as an event, or the first reason it is rejected."""
    try:
        row_kind = _kind(record.get("kind"), default=kind)
        source = _account_id(record.get("source"), "source")
        target = _account_id(record.get("target"), "target")
        when = _occurred_at(record.get("occurred_at"), tz=tz)
        post_id = _optional_id(record.get("post_id"), "post_id", MAX_ID_LENGTH)
        weight = _weight(record.get("weight"))
        event_id = _optional_id(record.get("event_id"), "event_id", MAX_KEY_LENGTH)
    except _Reject as exc:
        return exc.row_error(line_no)
    if event_id:
        key = f"{platform}:{row_kind}:{event_id}"
        if len(key) > MAX_KEY_LENGTH:
            return row_error(
                line_no,
                "too_long",
                f"event_id is too long: the key {platform}:{row_kind}:<event_id> "
                f"must fit in {MAX_KEY_LENGTH} characters",
                field="event_id",
                max=MAX_KEY_LENGTH - len(f"{platform}:{row_kind}:"),
            )
    else:
        key = derived_key(platform, row_kind, source, target, when.isoformat(), post_id, weight)
    return EventData(
        kind=row_kind,
        key=key,
        source_external_id=source,
        target_external_id=target,
        occurred_at=when,
        weight=weight,
        post_external_id=post_id,
    )


def _kind(value: object, *, default: EventKind | None) -> EventKind:
    if value is None or (isinstance(value, str) and not value.strip()):
        if default is None:
            raise _Reject("missing_kind", "missing kind (expected repost or mention)")
        return default
    text = value.strip().lower() if isinstance(value, str) else value
    if text not in KINDS:
        raise _Reject(
            "unknown_kind", f"unknown kind {value!r} (expected repost or mention)", value=value
        )
    return cast(EventKind, text)


def _id_text(value: object, name: str) -> str:
    """An id as text: JSON may give integers; booleans and floats are refused."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _Reject(
            "not_an_id",
            f"{name} must be a string or an integer, got {value!r}",
            field=name,
            value=value,
        )
    return str(value).strip()


def _account_id(value: object, name: str) -> str:
    text = _id_text(value, name)
    if not text:
        raise _Reject("missing_value", f"missing {name} id", field=name)
    _check_text(text, name, MAX_ID_LENGTH)
    return text


def _optional_id(value: object, name: str, max_length: int) -> str:
    text = _id_text(value, name)
    if text:
        _check_text(text, name, max_length)
    return text


def _check_text(text: str, name: str, max_length: int) -> None:
    if len(text) > max_length:
        raise _Reject(
            "too_long", f"{name} is longer than {max_length} characters", field=name, max=max_length
        )
    if _BAD_CHARS.search(text):
        raise _Reject(
            "bad_characters",
            f"{name} contains control characters or bytes that are not UTF-8",
            field=name,
        )


def _occurred_at(value: object, *, tz: tzinfo) -> datetime:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise _Reject("missing_value", "missing occurred_at", field="occurred_at")
    if not isinstance(value, str):
        raise _Reject(
            "not_a_timestamp",
            f"bad occurred_at: expected an ISO 8601 string, got {value!r}",
            field="occurred_at",
            value=value,
        )
    try:
        return datetime_parse(value, tz=tz)
    except ValueError as exc:
        raise _Reject(
            "not_a_timestamp", f"bad occurred_at: {exc}", field="occurred_at", value=value
        ) from None


def _weight(value: object) -> int:
    """A whole number ≥ 1; absent or empty means 1. ``"2.0"`` and ``2.5`` are refused."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 1
    if isinstance(value, int) and not isinstance(value, bool):
        weight = value
    elif isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        weight = int(value.strip())
    else:
        raise _Reject(
            "not_a_count",
            f"weight must be a whole number ≥ 1, got {value!r}",
            field="weight",
            value=value,
            min=1,
        )
    if weight < 1:
        raise _Reject(
            "not_a_count",
            f"weight must be a whole number ≥ 1, got {value!r}",
            field="weight",
            value=value,
            min=1,
        )
    if weight > MAX_WEIGHT:
        raise _Reject(
            "too_large",
            f"weight {weight} is larger than {MAX_WEIGHT}",
            field="weight",
            value=weight,
            max=MAX_WEIGHT,
        )
    return weight
