"""Syncing accounts from a fake VK served over HTTP: what lands in the ledger."""

from __future__ import annotations

import pytest
from django.db import models

from crm.models import SocialAccount
from graph.ingest.vk import VkCollector
from graph.models import Mention, Post, Repost, VkSyncState
from tests.factories import BloggerFactory
from tests.graph.vk.conftest import NOW, make_client
from tests.graph.vk.fakevk import make_post

pytestmark = pytest.mark.django_db
ANNA, IGOR, MARIA = "700100001", "700100002", "700100003"
NEWS, COFFEE = "-200300001", "-200300002"


def anna(**kwargs) -> SocialAccount:
    return SocialAccount.objects.create(
        platform="vk", external_id=ANNA, blogger=BloggerFactory(), **kwargs
    )


def ledger() -> dict:
    """The whole ledger by natural keys (no database ids, no fetch times)."""
    ext = dict(SocialAccount.objects.values_list("pk", "external_id"))
    return {
        "accounts": sorted(
            SocialAccount.objects.values_list(
                "external_id", "screen_name", "display_name", "kind", "followers", "url"
            )
        ),
        "posts": sorted(
            (ext[a], e, str(p), u, t, lk, r, c, v)
            for a, e, p, u, t, lk, r, c, v in Post.objects.values_list(
                "account_id",
                "external_id",
                "published_at",
                "url",
                "text",
                "likes",
                "reposts",
                "comments",
                "views",
            )
        ),
        "reposts": sorted(
            (k, ext[r], ext[a], ext.get(v), o, str(t), w)
            for k, r, a, v, o, t, w in Repost.objects.values_list(
                "key",
                "reposter_id",
                "author_id",
                "via_id",
                "repost_post_external_id",
                "occurred_at",
                "weight",
            )
        ),
        "mentions": sorted(
            (k, ext[s], ext[t], str(at))
            for k, s, t, at in Mention.objects.values_list(
                "key", "source_id", "target_id", "occurred_at"
            )
        ),
        "state": sorted(
            VkSyncState.objects.values_list(
                "account__external_id", "status", "wall_cursor", "mentions_until"
            )
        ),
    }


def edges(model) -> set[tuple[str, str]]:
    if model is Repost:
        rows = model.objects.values_list("reposter__external_id", "author__external_id")
    else:
        rows = model.objects.values_list("source__external_id", "target__external_id")
    return set(rows)


def test_sync_fills_ledger_from_wall_reposts_and_search(collector, fake_vk):
    account = anna()
    report = collector.account_sync(account)

    assert report.errors == [] and report.skipped == []
    # wall (4 posts incl. the pinned one) + 2 reposts of post 512 + 2 search hits
    assert Post.objects.filter(account__external_id=ANNA).count() == 4
    wall_post = Post.objects.get(account__external_id=ANNA, external_id="512")
    assert (wall_post.likes, wall_post.reposts, wall_post.comments, wall_post.views) == (
        342,
        27,
        41,
        9120,
    )
    assert wall_post.url == "https://vk.com/wall700100001_512"
    # copy_history chain: Anna reposted Igor's repost of the news post → edge to the original
    # author, Igor kept as the chain's intermediate; Igor's own repost is recorded too.
    chain = Repost.objects.get(key="vk:api:r:700100001_511")
    assert (chain.reposter.external_id, chain.author.external_id, chain.via.external_id) == (
        ANNA,
        NEWS,
        IGOR,
    )
    assert chain.original_post.external_id == "4410"
    link = Repost.objects.get(key="vk:api:r:700100002_388")
    assert (link.reposter.external_id, link.author.external_id, link.via) == (IGOR, NEWS, None)
    # wall.getReposts: Igor and the coffee community reposted post 512
    assert edges(Repost) == {(ANNA, NEWS), (IGOR, NEWS), (IGOR, ANNA), (COFFEE, ANNA)}
    assert Repost.objects.get(key="vk:api:r:-200300002_1201").original_post == wall_post
    # mentions: [club…], [id…] + @lesk_travel. (one event), vk.com/coffee_tver (same target
    # as [club…]), a visitor's [public…] on Anna's wall, Igor's [id…] in his reposted post,
    # and mentions of Anna found by newsfeed.search ([id…]/@name and a vk.com link).
    assert edges(Mention) == {
        (ANNA, COFFEE),
        (ANNA, IGOR),
        (MARIA, NEWS),
        (IGOR, ANNA),
        (NEWS, ANNA),
        ("700109005", ANNA),
    }
    assert Mention.objects.count() == 6
    assert report.reposts == 4 and report.mentions == 6
    # accounts met on the way enter the ledger unassigned, with what VK told about them
    igor = SocialAccount.objects.get(external_id=IGOR)
    assert (igor.blogger, igor.screen_name, igor.display_name, igor.followers) == (
        None,
        "lesk_travel",
        "Игорь Лесков",
        5310,
    )
    account.refresh_from_db()
    assert (account.screen_name, account.followers, account.kind) == (
        "anna_svetlova_tver",
        12840,
        "person",
    )
    state = VkSyncState.objects.get(account=account)
    assert (state.status, state.wall_cursor, state.mentions_until) == ("active", 512, NOW)
    # each screen name (lesk_travel, coffee_tver, tver_today_news) asked once, in one execute
    assert fake_vk.inner.count("utils.resolveScreenName") == 3
    pooled = [r for r in fake_vk.requests("execute") if "resolveScreenName" in r.params["code"]]
    assert len(pooled) == 1


def test_second_sync_of_same_responses_changes_nothing(collector, fake_vk):
    account = anna()
    collector.account_sync(account)
    before = ledger()
    again = VkCollector(make_client(fake_vk), now=NOW).account_sync(account)
    assert ledger() == before
    assert (again.reposts, again.mentions, again.new_accounts) == (0, 0, 0)
    assert again.errors == []


def test_incremental_sync_stops_at_cursor_and_pages_through_execute(vk_settings, fake_vk):
    vk_settings.VK_SYNC_REFRESH_DAYS = 1.0
    day = 86400
    start = int(NOW.timestamp()) - 300 * day
    # A community wall of 260 posts, one a day, newest first: three wall.get pages of 100.
    fake_vk.walls[-200300002] = [
        make_post(-200300002, n, start + n * day // 2, f"пост {n}") for n in range(260, 0, -1)
    ]
    account = SocialAccount.objects.create(platform="vk", external_id=COFFEE)
    collector = VkCollector(make_client(fake_vk), now=NOW)
    collector.account_sync(account)
    assert Post.objects.filter(account=account).count() == 260
    first_executes = len(fake_vk.requests("execute"))
    assert fake_vk.inner.count("wall.get") == 3  # one execute, three pages inside it
    assert VkSyncState.objects.get(account=account).wall_cursor == 260

    # Five new posts appear.
    for n in range(261, 266):
        fake_vk.walls[-200300002].insert(0, make_post(-200300002, n, int(NOW.timestamp()) - 3600))
    fake_vk.inner.clear()
    report = VkCollector(make_client(fake_vk), now=NOW).account_sync(account)
    assert Post.objects.filter(account=account).count() == 265
    assert fake_vk.inner.count("wall.get") == 1  # stopped at the cursor on the first page
    assert report.posts == 5  # only the new posts: the rest is older than the refresh window
    assert VkSyncState.objects.get(account=account).wall_cursor == 265
    assert len(fake_vk.requests("execute")) > first_executes


def test_account_known_by_link_only_is_merged_with_the_one_met_in_the_ledger(collector):
    """Igor was pasted as vk.com/lesk_travel (no id yet); the sync meets him by id."""
    from crm.services import account_add_from_url

    igor_blogger = BloggerFactory()
    account_add_from_url(url="https://vk.com/lesk_travel", blogger=igor_blogger)
    collector.account_sync(anna())
    rows = SocialAccount.objects.filter(platform="vk").filter(
        models.Q(external_id=IGOR) | models.Q(screen_name="lesk_travel")
    )
    assert rows.count() == 1
    igor = rows.get()
    assert (igor.external_id, igor.screen_name, igor.blogger) == (IGOR, "lesk_travel", igor_blogger)
    assert Repost.objects.filter(reposter=igor).count() == 2


def test_resolve_account_from_links_and_names(collector, fake_vk):
    from backend.errors import ValidationFailed

    info = collector.resolve("https://vk.com/anna_svetlova_tver")
    assert (info.external_id, info.kind, info.name, info.screen_name) == (
        ANNA,
        "person",
        "Анна Светлова",
        "anna_svetlova_tver",
    )
    assert (info.followers, info.city, info.state) == (12840, "Тверь", "active")
    group = collector.resolve("@coffee_tver")
    assert (group.external_id, group.kind, group.followers, group.state) == (
        COFFEE,
        "community",
        9120,
        "active",
    )
    closed = collector.resolve("m.vk.com/club200300003")
    assert (closed.state, closed.screen_name, closed.url) == (
        "closed",
        "",
        "https://vk.com/club200300003",
    )
    assert collector.resolve("vk.ru/id700100004").state == "deleted"
    assert collector.resolve("id700100005").state == "banned"
    assert collector.resolve("vk.com/id700100003").state == "private"
    with pytest.raises(ValidationFailed) as unknown:
        collector.resolve("vk.com/no_such_page_xx")
    assert "no_such_page_xx" in unknown.value.fields["url"][0]
    with pytest.raises(ValidationFailed):
        collector.resolve("https://t.me/some_channel")
    with pytest.raises(ValidationFailed):
        collector.resolve("https://vk.com/wall-1_2")


def test_account_resolve_from_vk_keeps_the_account_when_vk_is_off_or_unreachable(
    vk_settings, caplog
):
    from graph.ingest.vk import account_resolve_from_vk

    url = "https://vk.com/anna_svetlova_tver"
    account = SocialAccount.objects.create(platform="vk", screen_name="anna_svetlova_tver", url=url)
    vk_settings.VK_TOKENS = []
    assert account_resolve_from_vk(account=account, url=url).external_id == ""
    vk_settings.VK_TOKENS = ["tok-three-SECRET-cccccccccccccccccc"]
    vk_settings.VK_API_BASE_URL = "http://127.0.0.1:1"  # nothing listens there
    kept = account_resolve_from_vk(account=account, url=url)
    assert (kept.pk, kept.external_id, kept.display_name) == (account.pk, "", "")
    assert SocialAccount.objects.get(pk=account.pk).external_id == ""
    assert "VK resolution of anna_svetlova_tver postponed" in caplog.text


def test_resolve_account_service_needs_tokens(settings):
    from graph.ingest.vk import VkNotConfigured, resolve_account, vk_configured

    settings.VK_TOKENS = []
    assert vk_configured() is False
    with pytest.raises(VkNotConfigured):
        resolve_account("vk.com/durov")
