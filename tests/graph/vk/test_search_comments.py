"""Comments under tracked accounts' posts and region-wide searches for watch topics."""

from __future__ import annotations

import time

import pytest

from crm.models import SocialAccount
from graph.ingest.vk import VkCollector, topics_search
from graph.models import Post, VkSearchCursor
from tests.factories import BloggerFactory
from tests.graph.vk.conftest import NOW, make_client
from tests.graph.vk.fakevk import error, make_comment, make_post
from tests.graph.vk.test_sync import ANNA, IGOR, MARIA, ledger

pytestmark = pytest.mark.django_db
ANNA_ID, IGOR_ID, MARIA_ID = int(ANNA), int(IGOR), int(MARIA)
T = int(NOW.timestamp())


def anna() -> SocialAccount:
    return SocialAccount.objects.create(platform="vk", external_id=ANNA, blogger=BloggerFactory())


def collector(fake_vk) -> VkCollector:
    return VkCollector(make_client(fake_vk), now=NOW)


def test_comments_and_thread_replies_are_stored_as_posts_with_a_parent(vk_settings, fake_vk):
    top = make_comment(9001, IGOR_ID, T - 3000, "Опять нет горячей воды на Лесной")
    top["thread"] = {
        "count": 1,
        "items": [make_comment(9002, ANNA_ID, T - 2000, "Передала в управляющую компанию")],
    }
    fake_vk.comments[(ANNA_ID, 512)] = [top, make_comment(9003, MARIA_ID, T - 1000, "И у нас")]
    account = anna()

    report = collector(fake_vk).account_sync(account)

    assert report.errors == [] and report.comments == 3
    post = Post.objects.get(account=account, external_id="512")
    igor = Post.objects.get(account__external_id=IGOR, external_id=f"{ANNA}_9001")
    assert (igor.parent_id, igor.text) == (post.pk, "Опять нет горячей воды на Лесной")
    assert igor.url == f"https://vk.com/wall{ANNA}_512?reply=9001"
    reply = Post.objects.get(account=account, external_id=f"{ANNA}_9002")
    assert reply.parent_id == igor.pk  # a reply in a thread answers the thread's comment
    assert Post.objects.get(external_id=f"{ANNA}_9003").parent_id == post.pk
    # batched in execute: no direct wall.getComments request
    assert fake_vk.requests("wall.getComments") == []
    assert any("wall.getComments" in r.params["code"] for r in fake_vk.requests("execute"))

    before = ledger()
    again = collector(fake_vk).account_sync(account)
    assert again.errors == [] and ledger() == before
    assert Post.objects.filter(parent__isnull=False).count() == 3


def test_many_comments_are_paged_and_old_posts_comments_left_alone(vk_settings, fake_vk):
    vk_settings.VK_COMMENTS_DAYS = 3.0
    wall = fake_vk.walls[ANNA_ID]
    wall.insert(0, make_post(ANNA_ID, 700, T - 3600, "Свежий пост", comments={"count": 130}))
    wall.append(make_post(ANNA_ID, 90, T - 20 * 86400, "Старый пост", comments={"count": 5}))
    fake_vk.comments[(ANNA_ID, 700)] = [
        make_comment(10_000 + n, MARIA_ID, T - 3000 + n, f"комментарий {n}") for n in range(130)
    ]
    fake_vk.comments[(ANNA_ID, 90)] = [make_comment(50, MARIA_ID, T - 20 * 86400, "давно")]

    collector(fake_vk).account_sync(anna())

    fresh = Post.objects.filter(parent__external_id="700")
    assert fresh.count() == 130
    assert not Post.objects.filter(parent__external_id="90").exists()


def test_comments_that_vk_refuses_are_skipped_and_the_rest_kept(vk_settings, fake_vk):
    fake_vk.comments[(ANNA_ID, 512)] = [make_comment(9001, IGOR_ID, T - 3000, "Где автобус?")]
    fake_vk.fail("wall.getComments", error(15))  # the first post's comments are closed

    report = collector(fake_vk).account_sync(anna())

    assert report.errors == []
    assert any("комментарии недоступны (15)" in s for s in report.skipped)
    assert Post.objects.filter(account__external_id=ANNA).count() == 4


def search_page(items: list[dict]) -> dict:
    return {"items": items, "count": len(items), "total_count": len(items), "profiles": []}


def test_topics_search_stores_found_posts_with_full_text_and_resumes_at_its_cursor(
    vk_settings, fake_vk
):
    long_text = "Третий день нет отопления в школе № 5, дети мёрзнут. " * 40
    fake_vk.search_pages["отопление"] = [
        search_page([make_post(MARIA_ID, 31, T - 7200, long_text)])
    ]
    fake_vk.search_pages["нет горячей воды"] = [
        search_page([make_post(-200300001, 4500, T - 3600, "Нет горячей воды в Заречье")])
    ]

    report = topics_search(
        queries=["отопление", "нет горячей воды", "отопление"], collector=collector(fake_vk)
    )

    assert report.errors == [] and report.found == 2
    post = Post.objects.get(account__external_id=MARIA, external_id="31")
    assert post.text == long_text and post.url == f"https://vk.com/wall{MARIA}_31"
    assert Post.objects.filter(account__external_id="-200300001", external_id="4500").exists()
    searched = [r.params["q"] for r in fake_vk.requests("newsfeed.search")]
    assert sorted(set(searched)) == ["нет горячей воды", "отопление"]
    windows = {(r.params["start_time"], r.params["end_time"]) for r in fake_vk.requests()}
    assert windows  # time-sliced: every request names its window
    cursors = dict(VkSearchCursor.objects.values_list("query", "searched_until"))
    assert cursors == {"отопление": NOW, "нет горячей воды": NOW}

    fake_vk.log.clear()
    later = VkCollector(make_client(fake_vk), now=NOW.replace(hour=13))
    topics_search(queries=["отопление"], collector=later)
    starts = {int(r.params["start_time"]) for r in fake_vk.requests("newsfeed.search")}
    assert starts == {T}  # from where the last search stopped
    assert Post.objects.count() == 2


def test_a_failing_query_is_reported_and_the_others_searched(vk_settings, fake_vk):
    fake_vk.search_pages["дороги"] = [search_page([make_post(MARIA_ID, 32, T - 60, "Яма")])]
    fake_vk.fail("newsfeed.search", error(100))

    report = topics_search(queries=["ямы", "дороги"], collector=collector(fake_vk))

    assert len(report.errors) == 1 and report.errors[0].startswith("«ямы»")
    assert Post.objects.filter(external_id="32").exists()
    assert list(VkSearchCursor.objects.values_list("query", flat=True)) == ["дороги"]


def test_the_monitoring_task_searches_the_watch_topics_and_sends_posts_stored(vk_settings, fake_vk):
    from graph.signals import posts_stored
    from monitoring.models import WatchTopic
    from monitoring.tasks import vk_topics_search_task

    now = int(time.time())
    WatchTopic.objects.create(name="Отопление", keywords=["отопление", "нет горячей воды"])
    WatchTopic.objects.create(name="Дороги", keywords=["Отопление", "яма"])
    WatchTopic.objects.create(name="Старая", keywords=["субботник"], is_active=False)
    fake_vk.search_pages["яма"] = [
        search_page([make_post(MARIA_ID, 33, now - 600, "Яма на Лесной")])
    ]
    received = []

    def receiver(sender, **kwargs):
        received.append(sender)

    posts_stored.connect(receiver)
    try:
        result = vk_topics_search_task()
    finally:
        posts_stored.disconnect(receiver)

    assert result["queries"] == 3 and result["found"] == 1
    assert sorted({r.params["q"] for r in fake_vk.requests("newsfeed.search")}) == [
        "нет горячей воды",
        "отопление",
        "яма",
    ]
    assert received == [vk_topics_search_task]
    assert Post.objects.get(external_id="33").text == "Яма на Лесной"
