"""``manage.py import_posts``: formats, authors, parents, bad rows, idempotent re-imports."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from crm.models import Platform, SocialAccount
from graph.models import Post
from tests.factories import SocialAccountFactory

pytestmark = pytest.mark.django_db

GOOD = [
    {
        "author": "101",
        "external_id": "1",
        "published_at": "2026-11-30T09:15:00+03:00",
        "text": "Опять нет горячей воды на Лесной, 12",
        "url": "https://vk.com/wall101_1",
        "likes": 4,
        "views": 120,
    },
    {
        "author": "202",
        "external_id": "7",
        "published_at": "2026-11-30T10:00:00",  # naive: settings.TIME_ZONE
        "text": "У нас тоже третий день",
        "parent": "1",
        "parent_author": "101",
    },
    {"author": "@zarechye_news", "external_id": "55", "published_at": "2026-11-30", "text": ""},
]


def run(content: str, *args: str) -> tuple[str, str, CommandError | None]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_posts", "-", *args, stdin=io.StringIO(content), stdout=out, stderr=err)
    except CommandError as exc:
        return out.getvalue(), err.getvalue(), exc
    return out.getvalue(), err.getvalue(), None


def figure(out: str, label: str) -> int:
    match = re.search(rf"^\s*{label}\s+([\d,]+)", out, re.MULTILINE)
    assert match, out
    return int(match.group(1).replace(",", ""))


def jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def test_jsonl_posts_comments_and_screen_names_are_stored_once():
    channel = SocialAccountFactory(
        platform=Platform.VK, external_id="-77", screen_name="zarechye_news"
    )
    out, err, error = run(jsonl(GOOD), "--format", "jsonl")
    assert error is None, err
    assert figure(out, "created") == 3 and figure(out, "new accounts") == 2

    post = Post.objects.get(account__external_id="101", external_id="1")
    assert post.text.startswith("Опять нет горячей воды") and post.likes == 4 and post.views == 120
    assert post.published_at == datetime(2026, 11, 30, 6, 15, tzinfo=UTC)
    comment = Post.objects.get(account__external_id="202", external_id="7")
    assert comment.parent_id == post.pk
    assert comment.published_at == datetime(2026, 11, 30, 7, 0, tzinfo=UTC)  # Moscow
    # "@zarechye_news" is the screen name of a known account: no duplicate account.
    assert Post.objects.filter(account=channel, external_id="55").exists()
    assert not SocialAccount.objects.filter(external_id="zarechye_news").exists()

    edited = [{**GOOD[0], "text": "Воду дали", "likes": 9}, *GOOD[1:]]
    out, _, error = run(jsonl(edited), "--format", "jsonl")
    assert error is None
    assert figure(out, "created") == 0 and figure(out, "already present") == 3
    assert Post.objects.count() == 3
    post.refresh_from_db()
    assert (post.text, post.likes) == ("Воду дали", 9)


def test_bad_rows_are_reported_by_line_and_the_good_ones_kept():
    lines = [
        json.dumps(GOOD[0], ensure_ascii=False),
        '{"author": "1", "external_id": "2", "published_at": "вчера вечером", "text": "x"}',
        "not json",
        '{"author": "1", "published_at": "2026-11-30", "text": "no id"}',
        '{"author": "1", "external_id": "3", "published_at": "2026-11-30", "likes": -1}',
        '{"author": "1", "external_id": "4", "published_at": "2026-11-30", "text": 5}',
        json.dumps({**GOOD[2], "author": "303"}),
    ]
    out, err, error = run("\n".join(lines) + "\n", "--format", "jsonl")
    assert error is not None and "5 of 7 row(s) rejected" in str(error)
    assert "line 2: bad published_at" in err
    assert "line 3: malformed JSON" in err
    assert "line 4: missing external_id" in err
    assert "line 5: likes must be a whole number" in err
    assert "line 6: text must be a string" in err
    assert figure(out, "created") == 2
    assert set(Post.objects.values_list("external_id", flat=True)) == {"1", "55"}


def test_csv_with_a_header_in_any_order_and_a_dry_run_that_writes_nothing():
    content = (
        "text,published_at,external_id,author,reposts\n"
        '"Яма на Мира, 3 — снова",2026-11-29T18:00:00Z,9,404,2\n'
        "ok,2026-11-29T19:00:00Z,10,404,\n"
    )
    out, _, error = run(content, "--format", "csv", "--dry-run")
    assert error is None
    assert figure(out, "would create") == 2 and Post.objects.count() == 0
    out, _, error = run(content, "--format", "csv", "--platform", "telegram")
    assert error is None and figure(out, "created") == 2
    post = Post.objects.get(external_id="9")
    assert post.account.platform == Platform.TELEGRAM and post.reposts == 2
    assert post.text == "Яма на Мира, 3 — снова"


def test_a_csv_without_the_required_columns_stops_with_a_clear_error():
    _, _, error = run("who,what\n1,2\n", "--format", "csv")
    assert error is not None and "lacks column(s) author, external_id, published_at" in str(error)


def test_the_format_is_guessed_from_the_file_name(tmp_path):
    path = tmp_path / "posts.ndjson"
    path.write_text(jsonl(GOOD[:1]), encoding="utf-8")
    call_command("import_posts", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    assert Post.objects.count() == 1
    with pytest.raises(CommandError, match=re.escape("pass --format csv|jsonl")):
        call_command("import_posts", str(tmp_path / "posts.txt"), stdout=io.StringIO())


def test_stored_posts_are_scanned_for_signals(monkeypatch):
    from graph.signals import posts_stored

    received = []

    def receiver(sender, **kwargs):
        received.append(sender)

    posts_stored.connect(receiver, dispatch_uid="test-import-posts")
    try:
        run(jsonl(GOOD[:1]), "--format", "jsonl", "--dry-run")
        assert received == []
        run(jsonl(GOOD[:1]), "--format", "jsonl")
        assert len(received) == 1
    finally:
        posts_stored.disconnect(dispatch_uid="test-import-posts")
