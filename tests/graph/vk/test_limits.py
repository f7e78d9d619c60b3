"""The collector under VK's limits: responses too big for one ``execute`` (error 13),
errors inside ``execute`` per code, heavy walls."""

from __future__ import annotations

import json
import math

import pytest

from crm.models import SocialAccount
from graph.ingest.vk import VkCollector, accounts_sync
from graph.ingest.vk.batch import WallBatch
from graph.ingest.vk.ratelimit import LocalLimiter, token_key
from graph.models import Post, Repost, VkSyncState
from tests.factories import BloggerFactory
from tests.graph.vk.conftest import NOW, TOKENS, make_client
from tests.graph.vk.fakevk import error, fixture, heavy_post, make_post
from tests.graph.vk.test_sync import ANNA, COFFEE, ledger

pytestmark = pytest.mark.django_db
COFFEE_ID = int(COFFEE)
ANNA_ID = int(ANNA)
LIMIT = 200_000  # bytes of one execute response (VK's is larger; so are its posts)


def heavy_wall(fake_vk, posts: int) -> list[dict]:
    start = int(NOW.timestamp()) - 10 * 86400
    wall = [
        heavy_post(COFFEE_ID, n, start + n * 60, f"Новость номер {n} о жизни города")
        for n in range(posts, 0, -1)
    ]
    fake_vk.walls[COFFEE_ID] = wall
    return wall


def wall_executes(fake_vk) -> list:
    return [r for r in fake_vk.requests("execute") if "per_page" in r.params["code"]]


def fits(wall: list[dict], n: int) -> bool:
    """Whether a response with the newest ``n`` posts passes the fake's limit."""
    body = {"count": len(wall), "items": wall[:n], "offset": n, "more": True}
    return len(json.dumps(body)) <= LIMIT


def sync(fake_vk, account, tokens=None, limiter=None):
    client = make_client(fake_vk, tokens, **({"limiter": limiter} if limiter else {}))
    collector = VkCollector(client, now=NOW)
    return collector, collector.account_sync(account)


def test_heavy_wall_of_5000_posts_syncs_completely_in_the_fewest_executes_that_fit(
    vk_settings, fake_vk
):
    vk_settings.VK_SYNC_MAX_POSTS = 10_000
    wall = heavy_wall(fake_vk, 5000)
    assert not fits(wall, 2500)  # 25 × 100 posts is far too much for the limit
    fake_vk.max_response_bytes = LIMIT
    account = SocialAccount.objects.create(platform="vk", external_id=COFFEE)

    _, report = sync(fake_vk, account)

    assert report.errors == []
    assert Post.objects.filter(account=account).count() == 5000
    assert set(Post.objects.filter(account=account).values_list("external_id", flat=True)) == {
        str(n) for n in range(1, 5001)
    }
    state = VkSyncState.objects.get(account=account)
    assert state.wall_cursor == 5000
    best = state.wall_batch
    # The remembered size is the largest that fits, within the bisection's last step.
    assert fits(wall, best) and not fits(wall, math.ceil(best * 1.02) + 1)
    refused = fake_vk.refused
    assert 0 < refused <= 13  # halvings from 2500, then the bisection
    answered = len(wall_executes(fake_vk)) - refused
    assert answered <= math.ceil(5000 / best) + 2

    # Again: the remembered size works at once, nothing is refused, the ledger stays.
    before = ledger()
    fake_vk.log.clear()
    fake_vk.refused = 0
    _, again = sync(fake_vk, account)
    assert again.errors == [] and fake_vk.refused == 0
    assert ledger() == before
    assert wall_executes(fake_vk)[0].params["code"].count("per_page = ") == 1


def test_remembered_size_is_used_by_the_next_sync(vk_settings, fake_vk):
    vk_settings.VK_SYNC_MAX_POSTS = 10_000
    heavy_wall(fake_vk, 600)
    fake_vk.max_response_bytes = LIMIT
    account = SocialAccount.objects.create(platform="vk", external_id=COFFEE)
    sync(fake_vk, account)
    best = VkSyncState.objects.get(account=account).wall_batch
    assert best and best < 600
    # The cursor is reset, as for a wall read again from the start.
    VkSyncState.objects.filter(account=account).update(wall_cursor=None)
    fake_vk.log.clear()
    fake_vk.refused = 0
    _, report = sync(fake_vk, account)
    assert report.errors == [] and fake_vk.refused == 0
    pages, per_page = WallBatch(best).shape
    first = wall_executes(fake_vk)[0].params["code"]
    assert f"per_page = {per_page}," in first and f"calls < {pages})" in first


def test_a_post_too_big_even_alone_is_reported_with_its_offset_and_the_rest_kept(
    vk_settings, fake_vk
):
    vk_settings.VK_SYNC_MAX_POSTS = 10_000
    wall = heavy_wall(fake_vk, 300)
    wall[120]["text"] = "Очень длинная запись. " * 20_000  # alone larger than the limit
    fake_vk.max_response_bytes = LIMIT
    account = SocialAccount.objects.create(platform="vk", external_id=COFFEE)

    _, report = sync(fake_vk, account)

    assert len(report.errors) == 1
    assert COFFEE in report.errors[0] and "смещении 120" in report.errors[0]
    stored = set(Post.objects.filter(account=account).values_list("external_id", flat=True))
    assert stored == {str(n) for n in range(1, 301)} - {str(wall[120]["id"])}
    assert VkSyncState.objects.get(account=account).wall_cursor == 300


def test_pooled_reposts_too_big_for_one_execute_are_split_down_to_single_calls(
    vk_settings, fake_vk
):
    reposts = fixture("wall.getReposts")["response"]
    wall = fake_vk.walls[ANNA_ID]
    # Six more of Anna's posts were reposted, each answered with the same heavy list.
    for n in range(600, 606):
        post = make_post(ANNA_ID, n, 1721900000 + n, f"пост {n}")
        post["reposts"]["count"] = 2
        wall.insert(0, post)
        heavy = json.loads(json.dumps(reposts))
        for item in heavy["items"]:
            item["id"] += n * 1000
            item["copy_history"][0]["id"] = n
            item["text"] = "Репост с длинным комментарием. " * 120
        fake_vk.reposts[(ANNA_ID, n)] = heavy
    one = len(json.dumps(fake_vk.reposts[(ANNA_ID, 600)]))
    fake_vk.max_response_bytes = one * 2 + 100  # two answers fit in an execute, three do not
    account = SocialAccount.objects.create(
        platform="vk", external_id=ANNA, blogger=BloggerFactory()
    )

    collector, report = sync(fake_vk, account)

    assert report.errors == []
    assert fake_vk.refused >= 1
    assert collector.batch_sizes["wall.getReposts"] == 2
    reposters = Repost.objects.filter(author=account, original_post__external_id="603")
    assert reposters.count() == 2
    assert Repost.objects.filter(author=account).count() == 2 + 6 * 2


@pytest.mark.parametrize("code", [9, 29])
def test_flood_and_quota_inside_execute_pause_the_token_and_move_the_walk_on(
    vk_settings, fake_vk, code
):
    vk_settings.VK_SYNC_MAX_POSTS = 10_000
    start = int(NOW.timestamp()) - 5 * 86400
    fake_vk.walls[COFFEE_ID] = [
        make_post(COFFEE_ID, n, start + n * 60, f"пост {n}") for n in range(250, 0, -1)
    ]
    # The second wall.get page inside the first execute fails.
    fake_vk.fail("wall.get", None, error(code))
    limiter = LocalLimiter(rate=1000.0)
    account = SocialAccount.objects.create(platform="vk", external_id=COFFEE)

    _, report = sync(fake_vk, account, tokens=TOKENS, limiter=limiter)

    assert report.errors == []
    assert Post.objects.filter(account=account).count() == 250
    walls = wall_executes(fake_vk)
    first, other = walls[0].token, ({*TOKENS} - {walls[0].token}).pop()
    assert all(r.token == other for r in walls[1:])
    assert limiter.paused(token_key(first), "wall.get")
    assert limiter.paused(token_key(first), "users.get") is None
    # resumed where the failed page was, not from the start
    assert walls[1].params["code"].lstrip().startswith("var owner = -200300002, offset = 100,")


def test_captcha_inside_execute_stops_the_token_with_an_alert(vk_settings, fake_vk, caplog):
    fake_vk.fail("wall.get", error(14))
    limiter = LocalLimiter(rate=1000.0)
    account = SocialAccount.objects.create(
        platform="vk", external_id=ANNA, blogger=BloggerFactory()
    )
    collector = VkCollector(make_client(fake_vk, TOKENS, limiter=limiter), now=NOW)

    report = accounts_sync(accounts=[account], collector=collector)

    first = fake_vk.requests("execute")[0]
    number = TOKENS.index(first.token) + 1
    assert any("капчу" in e and f"№{number}" in e for e in report.errors)
    assert any(r.levelname == "ERROR" and "ALERT" in r.getMessage() for r in caplog.records)
    assert limiter.paused(token_key(first.token), "newsfeed.search")  # the whole token rests
    later = [r for r in fake_vk.log if r.at > first.at]
    assert later and all(r.token != first.token for r in later)
    assert Post.objects.filter(account=account).count() == 4


@pytest.mark.parametrize("code", [9, 29, 14, 6, 10])
def test_errors_inside_pooled_executes_are_repeated_not_skipped(vk_settings, fake_vk, code):
    fake_vk.fail("wall.getReposts", error(code))
    limiter = LocalLimiter(rate=1000.0)
    account = SocialAccount.objects.create(
        platform="vk", external_id=ANNA, blogger=BloggerFactory()
    )

    _, report = sync(fake_vk, account, tokens=TOKENS, limiter=limiter)

    assert report.skipped == [] and report.errors == []
    reposted = [p for p in fake_vk.walls[ANNA_ID] if p["reposts"]["count"]]
    # every reposted post answered (the fake logs only answered inner calls)
    assert fake_vk.inner.count("wall.getReposts") == len(reposted)
    assert Repost.objects.filter(author=account).count() == 2
    paused = [t for t in TOKENS if limiter.paused(token_key(t), "wall.getReposts")]
    assert len(paused) == (1 if code in {9, 29, 14} else 0)


def test_error_inside_execute_with_every_token_paused_ends_the_sync_with_a_message(
    vk_settings, fake_vk
):
    fake_vk.fail("wall.getReposts", error(9))
    account = SocialAccount.objects.create(
        platform="vk", external_id=ANNA, blogger=BloggerFactory()
    )

    _, report = sync(fake_vk, account)  # one token only

    assert len(report.errors) == 1 and "приостановлены" in report.errors[0]
    assert "wall.getReposts" in report.errors[0]
    pooled = [r for r in fake_vk.requests("execute") if "wall.getReposts" in r.params["code"]]
    assert len(pooled) == 1  # not repeated with the paused token
