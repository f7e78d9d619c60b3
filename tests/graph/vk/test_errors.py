"""The collector's behaviour for each VK error code, timeouts and interrupted syncs."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from crm.models import SocialAccount
from graph.ingest.vk import VkCollector, VkTokenInvalid, accounts_sync
from graph.ingest.vk.ratelimit import LocalLimiter
from graph.models import Post, VkSyncState
from tests.factories import BloggerFactory
from tests.graph.vk.conftest import NOW, TOKENS, make_client
from tests.graph.vk.fakevk import Delay, Http, error, make_post
from tests.graph.vk.test_sync import ANNA, ledger

pytestmark = pytest.mark.django_db


def anna() -> SocialAccount:
    return SocialAccount.objects.create(platform="vk", external_id=ANNA, blogger=BloggerFactory())


def sync(fake_vk, account, tokens=None, limiter=None):
    client = make_client(fake_vk, tokens, **({"limiter": limiter} if limiter else {}))
    collector = VkCollector(client, now=NOW)
    return collector, collector.account_sync(account)


@pytest.mark.parametrize("code", [6, 10])
def test_transient_errors_are_retried(vk_settings, fake_vk, code):
    fake_vk.fail("users.get", error(code))
    fake_vk.fail("wall.get", error(code))  # inside the execute: retried from where it stopped
    _, report = sync(fake_vk, anna())
    assert report.errors == []
    assert len(fake_vk.requests("users.get")) == 2
    assert Post.objects.filter(account__external_id=ANNA).count() == 4


@pytest.mark.parametrize("code", [6, 10])
def test_transient_errors_give_up_after_bounded_retries(vk_settings, fake_vk, code):
    fake_vk.fail("users.get", *[error(code)] * 5)
    _, report = sync(fake_vk, anna())
    assert len(fake_vk.requests("users.get")) == 3  # first try + VK_MAX_RETRIES (2)
    assert report.errors and "users.get" in report.errors[0] and str(code) in report.errors[0]
    assert Post.objects.count() == 0
    assert VkSyncState.objects.get().last_error == report.errors[0].split(": ", 1)[1]


def test_timeout_and_http_errors_are_retried(vk_settings, fake_vk):
    fake_vk.fail("users.get", Delay(1.5), Http(502))  # read timeout is 0.5 s
    _, report = sync(fake_vk, anna())
    assert report.errors == []
    assert len(fake_vk.requests("users.get")) == 3
    assert Post.objects.filter(account__external_id=ANNA).count() == 4


@pytest.mark.parametrize("code", [9, 29])
def test_flood_and_quota_pause_the_token_for_that_method(vk_settings, fake_vk, code):
    fake_vk.fail("newsfeed.search", error(code))
    limiter = LocalLimiter(rate=1000.0)
    _, report = sync(fake_vk, anna(), tokens=TOKENS, limiter=limiter)
    assert report.errors == []
    searches = fake_vk.requests("newsfeed.search")
    first, other = searches[0].token, searches[1].token
    assert first != other
    assert all(r.token == other for r in searches[1:])
    # paused for newsfeed.search only: other methods may still use the first token
    assert limiter.paused(client_key(first), "newsfeed.search")
    assert limiter.paused(client_key(first), "wall.getReposts") is None


def client_key(token: str) -> str:
    from graph.ingest.vk.ratelimit import token_key

    return token_key(token)


@pytest.mark.parametrize("code", [9, 29])
def test_flood_with_a_single_token_moves_on_and_keeps_what_was_stored(vk_settings, fake_vk, code):
    fake_vk.fail("newsfeed.search", error(code))
    _, report = sync(fake_vk, anna())
    assert report.errors and "newsfeed.search" in report.errors[0]
    assert len(fake_vk.requests("newsfeed.search")) == 1  # no hammering
    # the wall was stored before the search failed; the search cursor did not move
    assert Post.objects.filter(account__external_id=ANNA).count() == 4
    state = VkSyncState.objects.get()
    assert state.wall_cursor == 512 and state.mentions_until is None


def test_captcha_stops_that_token_with_an_alert(vk_settings, fake_vk, caplog):
    fake_vk.fail("users.get", error(14))
    account = anna()
    collector = VkCollector(make_client(fake_vk, TOKENS), now=NOW)
    report = accounts_sync(accounts=[account], collector=collector)
    assert any("капчу" in e and "№1" in e for e in report.errors)
    assert any(r.levelname == "ERROR" and "ALERT" in r.getMessage() for r in caplog.records)
    later = fake_vk.log[1:]
    assert later and all(r.token == TOKENS[1] for r in later)
    assert Post.objects.filter(account__external_id=ANNA).count() == 4


def test_invalid_token_stops_with_a_clear_message(vk_settings, fake_vk, caplog):
    fake_vk.fail("users.get", error(5))
    with pytest.raises(VkTokenInvalid) as info:
        sync(fake_vk, anna())
    assert "№1" in info.value.message and "VK_TOKENS" in info.value.message
    assert TOKENS[0] not in info.value.message and TOKENS[0] not in str(info.value)
    assert all(TOKENS[0] not in r.getMessage() for r in caplog.records)
    assert len(fake_vk.log) == 1


@pytest.mark.parametrize(
    ("code", "state"), [(15, "private"), (18, "deleted"), (30, "private"), (203, "closed")]
)
def test_access_errors_mark_the_account_and_skip_it(vk_settings, fake_vk, code, state):
    fake_vk.fail("wall.get", error(code))
    _, report = sync(fake_vk, anna())
    assert report.errors == [] and len(report.skipped) == 1
    assert VkSyncState.objects.get().status == state
    assert Post.objects.count() == 0
    assert fake_vk.requests("newsfeed.search") == []


@pytest.mark.parametrize(
    ("external_id", "state"),
    [
        ("700100003", "private"),
        ("700100004", "deleted"),
        ("700100005", "banned"),
        ("-200300003", "closed"),
    ],
)
def test_closed_and_deleted_accounts_are_skipped_from_their_profile(
    vk_settings, fake_vk, external_id, state
):
    account = SocialAccount.objects.create(platform="vk", external_id=external_id)
    _, report = sync(fake_vk, account)
    assert VkSyncState.objects.get(account=account).status == state
    assert report.skipped and report.errors == []
    assert fake_vk.requests("execute") == []  # the wall is not even asked for


def test_interrupted_sync_rerun_ends_like_an_uninterrupted_one(vk_settings, fake_vk):
    wall = fake_vk.walls[ANNA_ID]
    for n in range(500, 300, -1):  # 200 older posts: three wall.get pages in all
        text = f"пост {n}" + (" с @lesk_travel!" if n % 10 == 0 else "")
        wall.append(make_post(ANNA_ID, n, 1721500000 - (501 - n) * 3600, text))
    account = anna()
    # page 1 arrives, page 2 fails three times: the sync stops with an error
    fake_vk.fail("wall.get", None, error(10), error(10), error(10))
    _, first = sync(fake_vk, account)
    assert first.errors
    assert 0 < Post.objects.filter(account=account).count() < 204
    assert VkSyncState.objects.get(account=account).wall_cursor is None  # cursor did not move
    _, second = sync(fake_vk, account)
    assert second.errors == []
    interrupted = ledger()

    SocialAccount.objects.all().delete()
    account = anna()
    _, clean = sync(fake_vk, account)
    assert clean.errors == []
    assert ledger() == interrupted
    assert Post.objects.filter(account=account).count() == 204


def test_newsfeed_search_pages_by_next_from(vk_settings, fake_vk):
    sync(fake_vk, anna())
    searches = fake_vk.requests("newsfeed.search")
    assert [r.params.get("start_from") for r in searches] == [
        None,
        "2/-200300001_4477:700109005_77",
    ]
    assert searches[0].params["q"] == "anna_svetlova_tver"


def test_newsfeed_search_splits_windows_past_the_result_cap(vk_settings, fake_vk):
    # More than 1000 results in any window longer than 2 days: VK would hide the rest.
    fake_vk.search_total = lambda start, end: 1500 if end - start > 2 * 86400 else 20
    sync(fake_vk, anna())
    windows = sorted(
        (int(r.params["start_time"]), int(r.params["end_time"]))
        for r in fake_vk.requests("newsfeed.search")
        if "start_from" not in r.params
    )
    searched = [w for w in windows if w[1] - w[0] <= 2 * 86400]
    start = int((NOW - timedelta(days=10)).timestamp())
    assert searched[0][0] == start and searched[-1][1] == int(NOW.timestamp())
    assert all(a[1] == b[0] for a, b in itertools.pairwise(searched))  # no gap, no overlap


ANNA_ID = int(ANNA)


def test_reposts_not_allowed_for_a_post_are_skipped_and_the_rest_kept(vk_settings, fake_vk):
    fake_vk.fail("wall.getReposts", error(15))  # inside the pooled execute
    _, report = sync(fake_vk, anna())
    assert report.errors == []
    assert any("репосты недоступны (15)" in s for s in report.skipped)
    assert Post.objects.filter(account__external_id=ANNA).count() == 4
    assert VkSyncState.objects.get().status == "active"


def test_beat_syncs_tracked_accounts_every_interval():
    from backend.schedules import beat_schedule

    entry = beat_schedule(rerank_cron="0 3 * * *", vk_sync_interval=1800)["vk-sync-tracked"]
    assert entry["task"] == "graph.vk_sync_tracked"
    assert entry["schedule"] == timedelta(seconds=1800)
    from graph.tasks import vk_sync_tracked_task

    assert vk_sync_tracked_task.name == entry["task"]
    assert entry["options"]["expires"] == 1800
