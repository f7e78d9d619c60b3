"""The ledger's bulk upserts: idempotent, never duplicating, never blanking fields."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crm.models import Platform, SocialAccount
from graph.ingest.ledger import (
    AccountData,
    EventData,
    PostData,
    accounts_upsert,
    events_ingest,
    posts_upsert,
)
from graph.models import Mention, Post, Repost
from tests.factories import BloggerFactory, SocialAccountFactory

pytestmark = pytest.mark.django_db

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def event(kind, source, target, n=0, **fields) -> EventData:
    fields.setdefault("key", f"vk:test:{kind}:{source}:{target}:{n}")
    fields.setdefault("occurred_at", T0 + timedelta(minutes=n))
    return EventData(kind=kind, source_external_id=source, target_external_id=target, **fields)


def ledger_rows() -> dict[str, list[dict]]:
    """Every column of every ledger row, so a comparison sees any change at all."""
    return {
        model.__name__: list(model.objects.order_by("pk").values())
        for model in (SocialAccount, Post, Repost, Mention)
    }


def account(external_id: str, platform: str = Platform.VK) -> SocialAccount:
    return SocialAccount.objects.get(platform=platform, external_id=external_id)


BATCH = [
    event("repost", "1", "2", 0, post_external_id="p1"),
    event("repost", "3", "2", 1, post_external_id="p1"),
    event("repost", "1", "4", 2),
    event("mention", "2", "1", 3),
    event("mention", "4", "4", 4, weight=3),  # a self-loop is a valid observation
]


def test_events_ingest_stores_a_batch_once_and_reports_it_as_existing_the_second_time():
    first = events_ingest(platform=Platform.VK, events=BATCH, origin="test")
    assert first.created == {"repost": 3, "mention": 2}
    assert first.existing == {"repost": 0, "mention": 0}
    assert first.new_accounts == 4
    before = ledger_rows()
    assert len(before["Repost"]) == 3
    assert len(before["Mention"]) == 2
    assert len(before["SocialAccount"]) == 4

    second = events_ingest(platform=Platform.VK, events=BATCH, origin="test")

    assert second.created == {"repost": 0, "mention": 0}
    assert second.existing == {"repost": 3, "mention": 2}
    assert second.new_accounts == 0
    assert ledger_rows() == before


def test_events_ingest_stores_observed_fields():
    events_ingest(platform=Platform.VK, events=BATCH, origin="vk-sync")

    loop = Mention.objects.get(key=BATCH[4].key)
    assert (loop.source_id, loop.target_id) == (account("4").pk, account("4").pk)
    assert loop.weight == 3
    assert loop.occurred_at == T0 + timedelta(minutes=4)
    assert loop.origin == "vk-sync"
    repost = Repost.objects.get(key=BATCH[2].key)
    assert (repost.reposter_id, repost.author_id) == (account("1").pk, account("4").pk)
    assert repost.original_post is None
    assert repost.weight == 1


def test_duplicates_within_a_batch_are_stored_once_and_counted_as_existing():
    duplicate = event("mention", "1", "2", 0, weight=5)
    batch = [event("mention", "1", "2", 0, weight=2), duplicate, event("mention", "2", "1", 0)]

    counts = events_ingest(platform=Platform.VK, events=batch, origin="test")

    assert counts.created == {"repost": 0, "mention": 2}
    assert counts.existing == {"repost": 0, "mention": 1}
    # The first occurrence wins; the duplicate does not overwrite it.
    assert Mention.objects.get(key=duplicate.key).weight == 2
    assert Mention.objects.count() == 2


def test_a_key_stored_by_an_earlier_batch_is_not_overwritten():
    events_ingest(platform=Platform.VK, events=[event("repost", "1", "2", weight=1)], origin="a")
    changed = event("repost", "1", "2", weight=9, occurred_at=T0 + timedelta(days=1))

    counts = events_ingest(platform=Platform.VK, events=[changed], origin="b")

    assert counts.existing["repost"] == 1
    stored = Repost.objects.get(key=changed.key)
    assert (stored.weight, stored.occurred_at, stored.origin) == (1, T0, "a")


def test_unknown_accounts_are_created_unassigned_and_known_ones_reused():
    blogger = BloggerFactory()
    linked = SocialAccountFactory(external_id="10", blogger=blogger, display_name="Марина")
    plain = SocialAccountFactory(external_id="20", screen_name="kotik", followers=500)
    other_platform = SocialAccountFactory(platform=Platform.TELEGRAM, external_id="30")
    linked_row = SocialAccount.objects.filter(pk=linked.pk).values().get()

    counts = events_ingest(
        platform=Platform.VK,
        events=[event("repost", "10", "20"), event("mention", "30", "10")],
        origin="test",
    )

    assert counts.new_accounts == 1
    assert SocialAccount.objects.count() == 4
    # Known accounts are reused untouched, their link to the blogger included.
    assert SocialAccount.objects.filter(pk=linked.pk).values().get() == linked_row
    assert account("20").pk == plain.pk
    assert account("20").screen_name == "kotik"
    repost = Repost.objects.get()
    assert (repost.reposter_id, repost.author_id) == (linked.pk, plain.pk)
    # "30" on VK is a different account from "30" on Telegram: created, unassigned.
    created = account("30")
    assert created.pk != other_platform.pk
    assert created.blogger_id is None
    assert (created.screen_name, created.display_name, created.kind) == ("", "", "")
    mention = Mention.objects.get()
    assert (mention.source_id, mention.target_id) == (created.pk, linked.pk)


def test_post_ids_create_post_rows_owned_by_the_repost_target_or_the_mention_source():
    batch = [
        event("repost", "1", "2", 0, post_external_id="777", own_post_external_id="900"),
        event("repost", "3", "2", 1, post_external_id="777", via_external_id="1"),
        event("mention", "1", "4", 2, post_external_id="555"),
    ]

    events_ingest(platform=Platform.VK, events=batch, origin="test")
    events_ingest(platform=Platform.VK, events=batch, origin="test")

    original = Post.objects.get(external_id="777")
    assert original.account_id == account("2").pk  # a repost's original belongs to the target
    mentioning = Post.objects.get(external_id="555")
    assert mentioning.account_id == account("1").pk  # a mentioning post belongs to the source
    assert Post.objects.count() == 2
    first, second = Repost.objects.order_by("occurred_at")
    assert first.original_post_id == second.original_post_id == original.pk
    assert first.repost_post_external_id == "900"
    assert second.via_id == account("1").pk
    assert Mention.objects.get().source_post_id == mentioning.pk


def test_the_same_post_id_under_different_accounts_is_two_posts():
    events_ingest(
        platform=Platform.VK,
        events=[
            event("repost", "1", "2", 0, post_external_id="5"),
            event("repost", "1", "3", 1, post_external_id="5"),
        ],
        origin="test",
    )

    owners = set(Post.objects.filter(external_id="5").values_list("account_id", flat=True))
    assert owners == {account("2").pk, account("3").pk}
    assert {r.original_post.account_id for r in Repost.objects.all()} == owners


def test_empty_batch_changes_nothing():
    counts = events_ingest(platform=Platform.VK, events=[], origin="test")

    assert (counts.total_created, counts.total_existing, counts.new_accounts) == (0, 0, 0)
    assert ledger_rows() == {"SocialAccount": [], "Post": [], "Repost": [], "Mention": []}


def test_accounts_upsert_fills_and_refreshes_but_never_blanks_fields():
    blogger = BloggerFactory()
    stored = SocialAccountFactory(
        external_id="42",
        kind="community",
        screen_name="gorod",
        display_name="Город",
        url="https://vk.com/gorod",
        followers=1200,
        blogger=blogger,
    )

    ids = accounts_upsert(
        platform=Platform.VK,
        accounts=[
            AccountData(external_id="42", display_name="Город N", followers=1300),
            AccountData(external_id="43", screen_name="novyi", display_name="Новый"),
        ],
    )

    assert ids == {"42": stored.pk, "43": account("43").pk}
    refreshed = account("42")
    assert (refreshed.display_name, refreshed.followers) == ("Город N", 1300)
    # Values the sparse source did not observe are kept, and so is the blogger link.
    assert (refreshed.kind, refreshed.screen_name, refreshed.url) == (
        "community",
        "gorod",
        "https://vk.com/gorod",
    )
    assert refreshed.blogger_id == blogger.pk
    assert (account("43").screen_name, account("43").display_name) == ("novyi", "Новый")


def test_accounts_upsert_with_nothing_new_leaves_rows_untouched():
    SocialAccountFactory(external_id="42", screen_name="gorod", display_name="Город")
    before = ledger_rows()

    accounts_upsert(
        platform=Platform.VK,
        accounts=[AccountData(external_id="42", screen_name="gorod", display_name="Город")],
    )

    assert ledger_rows() == before


def test_accounts_upsert_does_not_unverify_from_a_source_that_did_not_observe_it():
    SocialAccountFactory(external_id="42", verified=True)

    accounts_upsert(platform=Platform.VK, accounts=[AccountData(external_id="42", followers=7)])

    assert account("42").followers == 7
    assert account("42").verified is True


def test_posts_upsert_creates_then_refreshes_counters_in_place():
    published = T0 - timedelta(days=1)
    first = posts_upsert(
        platform=Platform.VK,
        posts=[
            PostData("1", "100", published_at=published, likes=1, url="https://vk.com/wall1_100")
        ],
    )
    pk = first[("1", "100")]

    second = posts_upsert(
        platform=Platform.VK,
        posts=[
            PostData(
                "1",
                "100",
                published_at=published,
                likes=50,
                reposts=7,
                comments=3,
                views=900,
                url="https://vk.com/wall1_100",
            ),
            PostData("2", "100", likes=2),
        ],
    )

    assert second[("1", "100")] == pk
    assert Post.objects.count() == 2
    post = Post.objects.get(pk=pk)
    assert (post.likes, post.reposts, post.comments, post.views) == (50, 7, 3, 900)
    assert post.published_at == published
    assert post.account_id == account("1").pk
    assert Post.objects.get(pk=second[("2", "100")]).account_id == account("2").pk


def test_posts_upsert_refreshes_a_bare_post_created_by_an_event():
    events_ingest(
        platform=Platform.VK,
        events=[event("repost", "1", "2", post_external_id="100")],
        origin="test",
    )
    bare = Post.objects.get()
    assert (bare.likes, bare.url) == (0, "")

    posts_upsert(
        platform=Platform.VK, posts=[PostData("2", "100", likes=12, url="https://vk.com/w")]
    )

    post = Post.objects.get()
    assert post.pk == bare.pk
    assert (post.likes, post.url) == (12, "https://vk.com/w")
    assert Repost.objects.get().original_post_id == bare.pk


def test_posts_upsert_keeps_the_whole_text_and_links_a_comment_to_its_post():
    long_text = "Опять нет горячей воды. " * 200  # longer than any excerpt
    posts_upsert(platform=Platform.VK, posts=[PostData("-5", "10", text=long_text)])
    stored = posts_upsert(
        platform=Platform.VK,
        posts=[
            PostData("7", "c10_1", text="И у нас тоже", parent=("-5", "10")),
            PostData("8", "c99_1", text="Ответ на неизвестный пост", parent=("-6", "99")),
        ],
    )
    post = Post.objects.get(account__external_id="-5", external_id="10")
    assert post.text == long_text
    comment = Post.objects.get(pk=stored[("7", "c10_1")])
    assert comment.parent_id == post.pk and comment.text == "И у нас тоже"
    # An unknown parent is created bare, under an unassigned account.
    bare = Post.objects.get(account__external_id="-6", external_id="99")
    assert Post.objects.get(pk=stored[("8", "c99_1")]).parent_id == bare.pk
    # A later observation that names no parent keeps the one stored.
    posts_upsert(platform=Platform.VK, posts=[PostData("7", "c10_1", text="И у нас тоже")])
    assert Post.objects.get(pk=comment.pk).parent_id == post.pk


def test_posts_upsert_from_a_sparse_source_keeps_what_a_fuller_one_stored():
    published = T0 - timedelta(hours=5)
    full = PostData(
        "-5",
        "10",
        published_at=published,
        url="https://vk.com/wall-5_10",
        text="Нет горячей воды третий день",
        likes=3,
        views=120,
    )
    posts_upsert(platform=Platform.VK, posts=[full])
    # Seen again where VK gives no text, no link, no date and no views (a search hit,
    # a repost's original), with newer counters; and a new post that is sparse itself.
    posts_upsert(
        platform=Platform.VK,
        posts=[PostData("-5", "10", likes=9, reposts=2), PostData("-5", "11", likes=1)],
    )
    post = Post.objects.get(account__external_id="-5", external_id="10")
    assert (post.url, post.text, post.published_at, post.views) == (
        full.url,
        full.text,
        published,
        120,
    )
    assert (post.likes, post.reposts) == (9, 2)  # counters are the latest observed
    other = Post.objects.get(account__external_id="-5", external_id="11")
    assert (other.url, other.text, other.published_at, other.likes) == ("", "", None, 1)
    # A fuller observation still replaces stored values, and a comment keeps its parent.
    posts_upsert(
        platform=Platform.VK,
        posts=[PostData("-5", "11", text="Ответ", parent=("-5", "10"), url="https://vk.com/c")],
    )
    posts_upsert(platform=Platform.VK, posts=[PostData("-5", "11", likes=4)])
    other.refresh_from_db()
    assert (other.text, other.url, other.parent_id, other.likes) == (
        "Ответ",
        "https://vk.com/c",
        post.pk,
        4,
    )
