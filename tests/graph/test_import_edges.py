"""``manage.py import_edges``: formats, rejected rows, idempotent re-imports, crash recovery."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.models import F
from django.utils import timezone

from crm.models import Platform, SocialAccount
from graph.ingest.edges import RowError, csv_parse, datetime_parse, format_from_path, jsonl_parse
from graph.ingest.ledger import derived_key
from graph.models import Mention, Post, Repost
from tests.conftest import shared_file
from tests.factories import BloggerFactory, SocialAccountFactory

CSV_HEADER = "kind,source,target,occurred_at,post_id,weight,event_id\n"
GOOD_ROWS = [
    # kind, source, target, occurred_at, post_id, weight, event_id
    ("repost", "1", "2", "2024-05-01T10:00:00Z", "77", "", ""),
    ("mention", "2", "3", "2024-05-01T12:30:00+03:00", "", "4", ""),
    ("mention", "3", "3", "2024-05-02T08:15:00", "", "1", ""),  # naive; a self-loop
    ("repost", "-5", "1", "2024-05-03", "", "2", "wall-5_10"),
]


@dataclass
class Run:
    out: str
    err: str
    error: CommandError | None

    def count(self, label: str) -> int:
        """A figure of the summary, e.g. ``run.count("created")``."""
        match = re.search(rf"^\s*{label}\s+([\d,]+)", self.out, re.MULTILINE)
        assert match, f"no {label!r} line in the summary:\n{self.out}"
        return int(match.group(1).replace(",", ""))


def import_edges(*args: object, **options: object) -> Run:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_edges", *map(str, args), stdout=out, stderr=err, **options)
    except CommandError as exc:
        return Run(out.getvalue(), err.getvalue(), exc)
    return Run(out.getvalue(), err.getvalue(), None)


def csv_file(tmp_path: Path, rows, name: str = "edges.csv", header: str = CSV_HEADER) -> Path:
    path = tmp_path / name
    path.write_text(header + "".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    return path


def jsonl_file(tmp_path: Path, records, name: str = "edges.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def ledger_rows() -> dict[str, list[dict]]:
    """Every column of every ledger row (ids and timestamps included)."""
    return {
        model.__name__: list(model.objects.order_by("pk").values())
        for model in (SocialAccount, Post, Repost, Mention)
    }


def ledger_events() -> set[tuple]:
    """The ledger's observations independent of primary keys and ingestion time."""
    ext = dict(SocialAccount.objects.values_list("pk", "external_id"))
    posts = dict(Post.objects.values_list("pk", "external_id"))
    reposts = {
        (
            "repost",
            r.key,
            ext[r.reposter_id],
            ext[r.author_id],
            r.occurred_at,
            r.weight,
            posts.get(r.original_post_id, ""),
        )
        for r in Repost.objects.all()
    }
    mentions = {
        (
            "mention",
            m.key,
            ext[m.source_id],
            ext[m.target_id],
            m.occurred_at,
            m.weight,
            posts.get(m.source_post_id, ""),
        )
        for m in Mention.objects.all()
    }
    return reposts | mentions


def ledger_accounts() -> set[tuple[str, str, int | None]]:
    return set(SocialAccount.objects.values_list("platform", "external_id", "blogger_id"))


def ledger_clear() -> None:
    """Empty the ledger (plain DELETEs: the ORM's cascade collection takes seconds here)."""
    with connection.cursor() as cursor:
        for model in (Mention, Repost, Post, SocialAccount):
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")


# --- formats and stored values ------------------------------------------------------


@pytest.mark.django_db
def test_csv_rows_become_ledger_events(tmp_path, settings):
    settings.TIME_ZONE = "Asia/Yekaterinburg"  # UTC+5: naive times are read in it

    run = import_edges(csv_file(tmp_path, GOOD_ROWS))

    assert run.error is None, run.err
    assert (run.count("rows read"), run.count("created"), run.count("rejected")) == (4, 4, 0)
    assert run.count("already present") == 0
    assert run.count("new accounts") == 4
    assert ledger_events() == {
        (
            "repost",
            derived_key("vk", "repost", "1", "2", "2024-05-01T10:00:00+00:00", "77", 1),
            "1",
            "2",
            datetime(2024, 5, 1, 10, 0, tzinfo=UTC),
            1,
            "77",
        ),
        (
            "mention",
            derived_key("vk", "mention", "2", "3", "2024-05-01T09:30:00+00:00", "", 4),
            "2",
            "3",
            datetime(2024, 5, 1, 9, 30, tzinfo=UTC),
            4,
            "",
        ),
        (
            "mention",
            derived_key("vk", "mention", "3", "3", "2024-05-02T03:15:00+00:00", "", 1),
            "3",
            "3",
            datetime(2024, 5, 2, 3, 15, tzinfo=UTC),
            1,
            "",
        ),
        (
            "repost",
            "vk:repost:wall-5_10",
            "-5",
            "1",
            datetime(2024, 5, 2, 19, 0, tzinfo=UTC),
            2,
            "",
        ),
    }
    # The repost's original post belongs to the reposted account (the target).
    assert Post.objects.get().account.external_id == "2"
    assert set(Repost.objects.values_list("origin", flat=True)) == {"import:csv"}
    assert set(SocialAccount.objects.values_list("platform", "blogger_id")) == {("vk", None)}


@pytest.mark.django_db
def test_existing_accounts_are_reused_and_platform_is_respected(tmp_path):
    blogger = BloggerFactory()
    vk = SocialAccountFactory(external_id="1", blogger=blogger, display_name="Марина")
    telegram = SocialAccountFactory(platform=Platform.TELEGRAM, external_id="2")

    run = import_edges(csv_file(tmp_path, GOOD_ROWS[:1]), "--platform", "telegram")

    assert run.error is None, run.err
    assert run.count("new accounts") == 1  # "1" on Telegram is new; "2" exists there
    repost = Repost.objects.get()
    assert repost.author_id == telegram.pk
    assert repost.reposter.platform == "telegram"
    assert repost.key.startswith("telegram:")
    vk.refresh_from_db()
    assert (vk.blogger_id, vk.display_name) == (blogger.pk, "Марина")


@pytest.mark.django_db
def test_jsonl_import_equals_csv_import(tmp_path):
    records = [
        {
            "kind": k,
            "source": int(s),
            "target": t,
            "occurred_at": when,
            "post_id": p or None,
            "weight": int(w) if w else None,
            "event_id": e,
        }
        for k, s, t, when, p, w, e in GOOD_ROWS
    ]
    csv_path = csv_file(tmp_path, GOOD_ROWS)
    jsonl_path = jsonl_file(tmp_path, records)

    assert import_edges(csv_path).error is None
    from_csv, accounts_from_csv = ledger_events(), ledger_accounts()
    again = import_edges(jsonl_path)
    assert again.error is None, again.err
    assert (again.count("created"), again.count("already present")) == (0, 4)

    ledger_clear()
    fresh = import_edges(jsonl_path)

    assert fresh.error is None, fresh.err
    assert fresh.count("created") == 4
    assert ledger_events() == from_csv
    assert ledger_accounts() == accounts_from_csv


@pytest.mark.django_db
def test_reimporting_a_file_changes_nothing(tmp_path):
    path = csv_file(tmp_path, GOOD_ROWS)
    assert import_edges(path).error is None
    before = ledger_rows()

    run = import_edges(path, "--batch-size", 3)

    assert run.error is None
    assert (run.count("created"), run.count("already present")) == (0, 4)
    assert run.count("new accounts") == 0
    assert ledger_rows() == before


@pytest.mark.django_db
def test_the_same_instant_written_differently_is_one_observation(tmp_path, settings):
    settings.TIME_ZONE = "Europe/Moscow"
    rows = [
        ("mention", "1", "2", "2024-05-01T12:00:00", "", "", ""),
        ("mention", "1", "2", "2024-05-01T09:00:00Z", "", "", ""),
        ("mention", "1", "2", "2024-05-01 14:00:00+05:00", "", "", ""),
    ]

    run = import_edges(csv_file(tmp_path, rows))

    assert (run.count("created"), run.count("already present")) == (1, 2)
    assert Mention.objects.get().occurred_at == datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


@pytest.mark.django_db
def test_event_ids_make_the_key_and_win_over_content(tmp_path):
    rows = [
        ("repost", "1", "2", "2024-05-01T10:00:00Z", "", "", "abc"),
        ("repost", "1", "2", "2024-05-01T10:00:00Z", "", "", "abd"),
        ("mention", "1", "2", "2024-05-01T10:00:00Z", "", "", "abc"),  # other kind, other key
    ]
    assert import_edges(csv_file(tmp_path, rows)).error is None

    changed = [("repost", "1", "2", "2024-06-01T10:00:00Z", "", "7", "abc")]
    run = import_edges(csv_file(tmp_path, changed, name="later.csv"))

    assert (run.count("created"), run.count("already present")) == (0, 1)
    assert set(Repost.objects.values_list("key", "weight")) == {
        ("vk:repost:abc", 1),
        ("vk:repost:abd", 1),
    }
    assert list(Mention.objects.values_list("key", flat=True)) == ["vk:mention:abc"]


@pytest.mark.django_db
def test_csv_columns_in_any_order_extra_columns_and_kind_default(tmp_path):
    path = tmp_path / "any.csv"
    path.write_text(
        "\ufeffTarget,note,Source,occurred_at\n2,hello,1,2024-05-01T10:00:00Z\n", encoding="utf-8"
    )

    missing_kind = import_edges(path)
    with_default = import_edges(path, "--kind", "repost")

    assert missing_kind.error is not None
    assert "line 1: the header lacks column(s) kind" in str(missing_kind.error)
    assert with_default.error is None, with_default.err
    repost = Repost.objects.get()
    assert (repost.reposter.external_id, repost.author.external_id) == ("1", "2")


@pytest.mark.django_db
def test_standard_input_with_explicit_format(tmp_path):
    data = '{"kind": "mention", "source": "1", "target": "2", "occurred_at": "2024-05-01"}\n'

    without_format = import_edges("-", stdin=io.StringIO(data))
    run = import_edges("-", "--format", "jsonl", stdin=io.StringIO(data))

    assert "pass --format" in str(without_format.error)
    assert run.error is None, run.err
    assert run.count("created") == 1
    assert Mention.objects.get().origin == "import:jsonl"


@pytest.mark.django_db
def test_standard_input_bytes_are_decoded_and_stdin_is_left_open(monkeypatch):
    raw = io.BytesIO(("\ufeff" + CSV_HEADER + "mention,кот,2,2024-05-01T10:00:00Z,,,\n").encode())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="latin-1"))

    run = import_edges("-", "--format", "csv")

    assert run.error is None, run.err
    assert Mention.objects.get().source.external_id == "кот"
    assert not raw.closed


@pytest.mark.django_db
def test_format_is_guessed_from_the_extension_or_refused(tmp_path):
    assert format_from_path("a/b.CSV") == "csv"
    assert format_from_path("x.ndjson") == format_from_path("x.jsonl") == "jsonl"
    assert format_from_path("x.txt") == format_from_path("x.edgelist") == "edgelist"
    odd = csv_file(tmp_path, GOOD_ROWS, name="edges.dat")

    refused = import_edges(odd)
    forced = import_edges(odd, "--format", "csv")

    assert "cannot tell the format of" in str(refused.error)
    assert forced.error is None
    assert forced.count("created") == 4


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--kind", "mention", "--batch-size", "0"], "--batch-size must be at least 1"),
        ([], "--kind (repost or mention) is required for edge lists"),
        (["--kind", "mention", "--occurred-at", "yesterday"], "--occurred-at: 'yesterday'"),
    ],
)
def test_invalid_options_are_refused_before_reading(tmp_path, arguments, message):
    path = tmp_path / "e.edgelist"
    path.write_text("1 2 1\n")

    run = import_edges(path, *arguments)

    assert message in str(run.error)
    assert Mention.objects.count() == 0


@pytest.mark.django_db
def test_occurred_at_is_for_edge_lists_only(tmp_path):
    run = import_edges(csv_file(tmp_path, GOOD_ROWS), "--occurred-at", "2024-05-01")

    assert "--occurred-at applies to edge lists only" in str(run.error)


@pytest.mark.django_db
def test_missing_file_is_a_clear_error(tmp_path):
    run = import_edges(tmp_path / "nope.csv")

    assert "cannot open" in str(run.error)
    assert "nope.csv" in str(run.error)


def test_datetime_parse_reads_iso_8601_in_the_given_zone():
    moscow = ZoneInfo("Europe/Moscow")
    assert datetime_parse("2024-05-01T12:00:00Z", tz=moscow) == datetime(2024, 5, 1, 12, tzinfo=UTC)
    assert datetime_parse("2024-05-01T12:00", tz=moscow) == datetime(2024, 5, 1, 9, tzinfo=UTC)
    assert datetime_parse("2024-05-01", tz=moscow) == datetime(2024, 4, 30, 21, tzinfo=UTC)
    with pytest.raises(ValueError, match="not an ISO 8601 timestamp"):
        datetime_parse("01/05/2024", tz=moscow)


# --- rejected rows --------------------------------------------------------------------

CSV_BAD_ROWS = [
    (("like", "1", "2", "2024-05-01T10:00:00Z", "", "", ""), "unknown kind 'like'"),
    (("", "1", "2", "2024-05-01T10:00:00Z", "", "", ""), "missing kind"),
    (("repost", "", "2", "2024-05-01T10:00:00Z", "", "", ""), "missing source id"),
    (("repost", "1", " ", "2024-05-01T10:00:00Z", "", "", ""), "missing target id"),
    (("repost", "1", "2", "01.05.2024", "", "", ""), "bad occurred_at: '01.05.2024'"),
    (("repost", "1", "2", "2024-13-01T10:00:00", "", "", ""), "bad occurred_at"),
    (("repost", "1", "2", "", "", "", ""), "missing occurred_at"),
    (("repost", "1", "2", "2024-05-01T10:00:00Z", "", "-2", ""), "weight must be a whole"),
    (("repost", "1", "2", "2024-05-01T10:00:00Z", "", "0", ""), "weight must be a whole"),
    (("repost", "1", "2", "2024-05-01T10:00:00Z", "", "1.5", ""), "got '1.5'"),
    (("repost", "1", "2", "2024-05-01T10:00:00Z", "", "two", ""), "got 'two'"),
    (("repost", "1", "2", "2024-05-01T10:00:00Z", "", "9999999999", ""), "is larger than"),
    (("repost", "1" * 65, "2", "2024-05-01T10:00:00Z", "", "", ""), "longer than 64"),
    (("repost", "1", "2", "2024-05-01T10:00:00Z", "p" * 65, "", ""), "post_id is longer"),
    (("repost", "1", "2", "2024-05-01T10:00:00Z", "", "", "e" * 200), "event_id is too long"),
    (("repost", "1", "2", "2024-05-01T10:00:00Z", ""), "wrong number of fields: expected 7"),
    (("repost", "1", "2", "2024-05-01T10:00:00Z", "", "", "", "x"), "got 8"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("row", "reason"), CSV_BAD_ROWS, ids=[r for _, r in CSV_BAD_ROWS])
def test_a_bad_csv_row_is_reported_with_its_line_and_the_good_rows_are_kept(tmp_path, row, reason):
    rows = [GOOD_ROWS[0], row, GOOD_ROWS[1]]

    run = import_edges(csv_file(tmp_path, rows))

    assert run.error is not None, "a rejected row must make the command fail"
    assert "1 of 3 row(s) rejected" in str(run.error)
    [message] = run.err.splitlines()
    assert message.startswith("line 3: ")
    assert reason in message
    assert (run.count("rows read"), run.count("created"), run.count("rejected")) == (3, 2, 1)
    assert Repost.objects.count() == Mention.objects.count() == 1


ROW_CODES = [
    ({"kind": "like"}, "unknown_kind", {"value": "like"}),
    ({"kind": ""}, "missing_kind", {}),
    ({"source": ""}, "missing_value", {"field": "source"}),
    (
        {"occurred_at": "вчера вечером"},
        "not_a_timestamp",
        {"field": "occurred_at", "value": "вчера вечером"},
    ),
    (
        {"occurred_at": 1714550400},
        "not_a_timestamp",
        {"field": "occurred_at", "value": 1714550400},
    ),
    ({"weight": "two"}, "not_a_count", {"field": "weight", "value": "two", "min": 1}),
    ({"weight": 2**40}, "too_large", {"field": "weight", "value": 2**40, "max": 2**31 - 1}),
    ({"source": "1" * 65}, "too_long", {"field": "source", "max": 64}),
    ({"target": True}, "not_an_id", {"field": "target", "value": "True"}),
    ({"target": "2\x00"}, "bad_characters", {"field": "target"}),
]


@pytest.mark.parametrize(("change", "code", "params"), ROW_CODES, ids=[c for _, c, _ in ROW_CODES])
def test_a_rejected_row_carries_a_code_and_parameters(change, code, params):
    record = {"kind": "repost", "source": "1", "target": "2", "occurred_at": "2024-05-01"}
    lines = [json.dumps({**record, **change})]
    [(line_no, error)] = list(jsonl_parse(lines, platform="vk", tz=UTC))
    assert isinstance(error, RowError) and line_no == error.line_no == 1
    assert (error.code, error.params) == (code, params)


def test_file_level_rejections_carry_codes():
    parsed = list(csv_parse(["kind,source\n"], platform="vk", tz=UTC))
    [(_, header)] = parsed
    assert (header.code, header.fatal) == ("missing_columns", True)
    assert header.params["missing"] == "target, occurred_at"
    rows = ["kind,source,target,occurred_at\n", "repost,1,2\n"]
    [(_, short)] = list(csv_parse(rows, platform="vk", tz=UTC))
    assert (short.code, short.params) == ("field_count", {"expected": 4, "got": 3})
    [(_, broken), (_, listed)] = list(jsonl_parse(['{"kind": ', "[1, 2]"], platform="vk", tz=UTC))
    assert (broken.code, listed.code, listed.params) == (
        "malformed_json",
        "not_an_object",
        {"type": "list"},
    )


JSONL_BAD_LINES = [
    ('{"kind": "repost", "source": "1", "target": "2"', "malformed JSON"),
    ('["repost", "1", "2"]', "expected a JSON object, got list"),
    (
        '{"kind": "quote", "source": "1", "target": "2", "occurred_at": "2024-05-01"}',
        "unknown kind 'quote'",
    ),
    (
        '{"kind": "repost", "source": null, "target": "2", "occurred_at": "2024-05-01"}',
        "missing source id",
    ),
    (
        '{"kind": "repost", "source": 1.5, "target": "2", "occurred_at": "2024-05-01"}',
        "source must be a string or an integer",
    ),
    (
        '{"kind": "repost", "source": "1", "target": true, "occurred_at": "2024-05-01"}',
        "target must be a string or an integer",
    ),
    (
        '{"kind": "repost", "source": "1", "target": "2", "occurred_at": 1714550400}',
        "expected an ISO 8601 string",
    ),
    (
        '{"kind": "repost", "source": "1", "target": "2", "occurred_at": "2024-05-01", '
        '"weight": 2.5}',
        "weight must be a whole number",
    ),
    (
        '{"kind": "repost", "source": "1", "target": "2", "occurred_at": "2024-05-01", '
        '"weight": -1}',
        "weight must be a whole number",
    ),
    (
        '{"kind": "repost", "source": "1\\u0000", "target": "2", "occurred_at": "2024-05-01"}',
        "control characters",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("line", "reason"), JSONL_BAD_LINES, ids=[r for _, r in JSONL_BAD_LINES])
def test_a_bad_jsonl_line_is_reported_with_its_line_and_the_good_rows_are_kept(
    tmp_path, line, reason
):
    good = '{"kind": "mention", "source": 1, "target": 2, "occurred_at": "2024-05-01T10:00Z"}'
    path = tmp_path / "e.jsonl"
    path.write_text(f"{good}\n\n{line}\n{good.replace('10:00', '11:00')}\n", encoding="utf-8")

    run = import_edges(path)

    assert run.error is not None
    [message] = run.err.splitlines()
    assert message.startswith("line 3: ")  # physical line numbers: blank lines count
    assert reason in message
    assert (run.count("rows read"), run.count("created"), run.count("rejected")) == (3, 2, 1)
    assert Mention.objects.count() == 2


@pytest.mark.django_db
def test_undecodable_bytes_reject_the_row_not_the_file(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(
        CSV_HEADER.encode()
        + b"mention,1,2,2024-05-01T10:00:00Z,,,\n"
        + b"mention,caf\xe9,2,2024-05-01T10:00:00Z,,,\n"
        + "mention,кот,2,2024-05-01T10:00:00Z,,,\n".encode()
    )

    run = import_edges(path)

    assert "line 3: source contains control characters or bytes that are not UTF-8" in run.err
    assert run.count("created") == 2
    assert set(SocialAccount.objects.values_list("external_id", flat=True)) == {"1", "2", "кот"}


@pytest.mark.django_db
def test_edgelist_bad_lines_are_reported_and_comments_skipped(tmp_path):
    path = tmp_path / "net.edgelist"
    path.write_text(
        "# SNAP-style comment\n"
        "1 2 3\n"
        "\n"
        "1\n"  # line 4
        "2 3\n"
        "3 4 0\n"  # line 6
        "4 5 -1\n"
        "5 6 1.0\n"
        "6 7 1 extra\n"  # line 9
        "7\t8  2\n",
        encoding="utf-8",
    )

    run = import_edges(path, "--kind", "mention")

    assert run.error is not None
    assert "5 of 8 row(s) rejected" in str(run.error)
    assert run.err.splitlines() == [
        "line 4: wrong number of fields: expected 'source target [weight]', got 1 field(s)",
        "line 6: weight must be a whole number ≥ 1, got '0'",
        "line 7: weight must be a whole number ≥ 1, got '-1'",
        "line 8: weight must be a whole number ≥ 1, got '1.0'",
        "line 9: wrong number of fields: expected 'source target [weight]', got 4 field(s)",
    ]
    stored = {(m.source.external_id, m.target.external_id, m.weight) for m in Mention.objects.all()}
    assert stored == {("1", "2", 3), ("2", "3", 1), ("7", "8", 2)}


@pytest.mark.django_db
def test_only_the_first_50_rejections_are_printed_then_a_count(tmp_path):
    path = tmp_path / "many.edgelist"
    path.write_text("1 2\n" + "x\n" * 60 + "2 3\n")

    run = import_edges(path, "--kind", "repost")

    lines = run.err.splitlines()
    assert len(lines) == 51
    assert lines[0].startswith("line 2: ")
    assert lines[49].startswith("line 51: ")
    assert lines[50] == "… and 10 more rejected row(s) not shown"
    assert run.count("rejected") == 60
    assert "60 of 62 row(s) rejected" in str(run.error)
    assert Repost.objects.count() == 2


# --- edge lists and the Higgs data ----------------------------------------------------


@pytest.mark.django_db
def test_edgelist_reimport_on_another_day_changes_nothing(tmp_path):
    path = tmp_path / "net.txt"
    path.write_text("1 2 1\n2 1\n3 3 5\n")
    first = import_edges(path, "--kind", "repost", "--occurred-at", "2024-05-01T10:00:00Z")
    before = ledger_rows()

    again = import_edges(path, "--kind", "repost", "--occurred-at", "2024-06-11T10:00:00Z")
    today = import_edges(path, "--kind", "repost")

    assert first.count("created") == 3
    assert (again.count("created"), again.count("already present")) == (0, 3)
    assert (today.count("created"), today.count("already present")) == (0, 3)
    assert ledger_rows() == before
    assert set(Repost.objects.values_list("occurred_at", flat=True)) == {
        datetime(2024, 5, 1, 10, tzinfo=UTC)
    }
    assert Repost.objects.filter(key=derived_key("vk", "edgelist", "repost", "3", "3", 5)).exists()


@pytest.mark.django_db
def test_edgelist_without_occurred_at_is_dated_now_to_the_minute(tmp_path):
    path = tmp_path / "net.edgelist"
    path.write_text("1 2\n")
    start = timezone.now().replace(second=0, microsecond=0)

    import_edges(path, "--kind", "mention")

    occurred_at = Mention.objects.get().occurred_at
    assert start <= occurred_at <= timezone.now()
    assert (occurred_at.second, occurred_at.microsecond) == (0, 0)


@pytest.fixture
def higgs_mentions() -> Path:
    return shared_file("higgs-mention_network.edgelist")


@pytest.mark.django_db
def test_higgs_mention_slice_imports_every_edge_once(tmp_path, higgs_mentions):
    with higgs_mentions.open(encoding="utf-8") as source:
        lines = [next(source) for _ in range(2000)]
    path = tmp_path / "higgs-2000.edgelist"
    path.write_text("".join(lines), encoding="utf-8")
    edges = {tuple(line.split()) for line in lines}
    nodes = {node for a, b, _ in edges for node in (a, b)}
    assert len(edges) == 2000  # the layer is aggregated: one line per (A, B)

    run = import_edges(path, "--kind", "mention", "--occurred-at", "2012-07-04T08:00:00Z")

    assert run.error is None, run.err
    assert (run.count("rows read"), run.count("created")) == (2000, 2000)
    assert run.count("new accounts") == len(nodes)
    stored = {
        (m.source.external_id, m.target.external_id, str(m.weight))
        for m in Mention.objects.select_related("source", "target")
    }
    assert stored == edges
    assert set(SocialAccount.objects.values_list("external_id", flat=True)) == nodes
    self_loops = sum(a == b for a, b, _ in edges)
    assert self_loops > 0
    assert Mention.objects.filter(source=F("target")).count() == self_loops
    before = ledger_rows()

    again = import_edges(path, "--kind", "mention", "--occurred-at", "2012-07-05T08:00:00Z")

    assert (again.count("created"), again.count("already present")) == (0, 2000)
    assert ledger_rows() == before


# --- dry run ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_dry_run_reports_what_an_import_would_do_and_writes_nothing(tmp_path):
    import_edges(csv_file(tmp_path, GOOD_ROWS[:2], name="first.csv"))
    before = ledger_rows()
    rows = [
        *GOOD_ROWS,
        GOOD_ROWS[2],  # a repeat of a row in another batch
        ("mention", "9", "1", "2024-05-04T00:00:00Z", "", "", ""),
        ("nonsense", "9", "1", "2024-05-04T00:00:00Z", "", "", ""),
    ]
    path = csv_file(tmp_path, rows)

    dry = import_edges(path, "--dry-run", "--batch-size", 2)

    assert ledger_rows() == before
    assert "nothing was written" in dry.out
    assert "line 8: unknown kind 'nonsense'" in dry.err
    assert "rows were checked" in str(dry.error)
    assert dry.count("would create") == 3
    assert dry.count("already present") == 3
    assert dry.count("rejected") == 1
    assert dry.count("new accounts") == 2  # "-5" and "9" are unknown

    real = import_edges(path, "--batch-size", 2)

    for label in ("rows read", "already present", "rejected", "new accounts"):
        assert real.count(label) == dry.count(label), label
    assert real.count("created") == dry.count("would create")


# --- crash half-way -----------------------------------------------------------------------


def _child_env() -> dict[str, str]:
    db = connection.settings_dict
    url = (
        f"postgres://{quote(db['USER'], safe='')}:{quote(db['PASSWORD'], safe='')}"
        f"@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{quote(db['NAME'], safe='')}"
    )
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "backend.test_settings",
        "PYTHONUNBUFFERED": "1",
    }


def _manage(*args: str) -> list[str]:
    return [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "import_edges", *args]


@pytest.mark.django_db(transaction=True)
def test_an_import_killed_half_way_is_completed_by_running_it_again(tmp_path, postgres):
    edges, batch = 4000, 250
    path = tmp_path / "big.edgelist"
    path.write_text("".join(f"{i % 3000} {(i * 7919) % 5003} {1 + i % 3}\n" for i in range(edges)))
    assert len(set(path.read_text().splitlines())) == edges
    arguments = [str(path), "--kind=mention", "--occurred-at=2024-05-01T00:00:00Z"]

    child = subprocess.Popen(
        _manage(*arguments, f"--batch-size={batch}", "--pause-after-batch=0.3"),
        env=_child_env(),
        cwd=settings.BASE_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while Mention.objects.count() < batch and child.poll() is None:
            assert time.monotonic() < deadline, "the first batch was never committed"
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        _, err = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, err.decode()
    stored = Mention.objects.count()
    # Killed half-way, and each batch is all-or-nothing.
    assert batch <= stored < edges
    assert stored % batch == 0

    finish = subprocess.run(
        _manage(*arguments), env=_child_env(), cwd=settings.BASE_DIR, capture_output=True
    )

    assert finish.returncode == 0, finish.stderr.decode()
    summary = finish.stdout.decode()
    assert re.search(rf"created\s+{edges - stored:,}\s", summary), summary
    assert re.search(rf"already present\s+{stored:,}\n", summary), summary
    resumed_events, resumed_accounts = ledger_events(), ledger_accounts()
    assert len(resumed_events) == edges

    ledger_clear()
    clean = import_edges(*arguments)

    assert clean.error is None, clean.err
    assert ledger_events() == resumed_events
    assert ledger_accounts() == resumed_accounts
