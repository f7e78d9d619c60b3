"""One sync per account at a time, and gaps left by VK_SYNC_MAX_POSTS filled by later runs."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from crm.models import SocialAccount
from graph.ingest.vk import VkCollector
from graph.models import Post, VkSyncState
from tests.graph.vk.conftest import NOW, make_client
from tests.graph.vk.fakevk import Delay, make_post
from tests.graph.vk.test_sync import COFFEE, ledger

COFFEE_ID = int(COFFEE)
DAY = 86400


def sync(fake_vk, account):
    return VkCollector(make_client(fake_vk), now=NOW).account_sync(account)


def wall(fake_vk, posts: int, *, newest_at: int) -> list[dict]:
    """A community wall of old posts, one an hour, newest first."""
    fake_vk.walls[COFFEE_ID] = [
        make_post(COFFEE_ID, n, newest_at - (posts - n) * 3600, f"пост {n}")
        for n in range(posts, 0, -1)
    ]
    return fake_vk.walls[COFFEE_ID]


@pytest.mark.django_db
def test_a_sync_finding_the_account_held_skips_it_with_a_log_line(vk_settings, fake_vk, caplog):
    account = SocialAccount.objects.create(platform="vk", external_id=COFFEE)
    held_until = timezone.now() + timedelta(minutes=10)
    VkSyncState.objects.create(account=account, lock_owner="other-worker", locked_until=held_until)

    report = sync(fake_vk, account)

    assert fake_vk.log == []  # VK was not asked anything
    assert report.skipped and report.skipped[0].endswith("синхронизация уже идёт")
    assert "skipped: another sync of it is running" in caplog.text
    state = VkSyncState.objects.get(account=account)
    assert (state.lock_owner, state.locked_until, state.last_synced_at) == (
        "other-worker",
        held_until,
        None,
    )
    assert Post.objects.count() == 0


@pytest.mark.django_db
def test_a_crashed_syncs_hold_runs_out_and_the_next_sync_runs(vk_settings, fake_vk):
    account = SocialAccount.objects.create(platform="vk", external_id=COFFEE)
    wall(fake_vk, 30, newest_at=int(NOW.timestamp()) - DAY)
    VkSyncState.objects.create(
        account=account,
        lock_owner="crashed-worker",
        locked_until=timezone.now() - timedelta(seconds=1),
    )

    report = sync(fake_vk, account)

    assert report.skipped == [] and report.errors == []
    assert Post.objects.filter(account=account).count() == 30
    state = VkSyncState.objects.get(account=account)
    assert (state.lock_owner, state.locked_until) == ("", None)  # released at the end
    assert state.last_success_at is not None and state.failures == 0


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_syncs_of_one_account_one_runs(vk_settings, fake_vk, postgres):
    account = SocialAccount.objects.create(platform="vk", external_id=COFFEE)
    wall(fake_vk, 30, newest_at=int(NOW.timestamp()) - DAY)
    fake_vk.fail("groups.getById", Delay(0.3), Delay(0.3))  # the winner is still at work
    reports = []
    start = threading.Barrier(2)

    def run():
        try:
            start.wait()
            reports.append(sync(fake_vk, SocialAccount.objects.get(pk=account.pk)))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(reports) == 2
    ran = [r for r in reports if not r.skipped]
    skipped = [r for r in reports if r.skipped]
    assert len(ran) == 1 and len(skipped) == 1
    assert ran[0].errors == [] and ran[0].posts == 30
    assert len(fake_vk.requests("groups.getById")) == 1
    assert Post.objects.filter(account=account).count() == 30
    assert VkSyncState.objects.get(account=account).lock_owner == ""


@pytest.mark.django_db
def test_a_gap_left_by_max_posts_is_filled_over_later_runs(vk_settings, fake_vk):
    vk_settings.VK_SYNC_MAX_POSTS = 100
    vk_settings.VK_SYNC_REFRESH_DAYS = 1.0
    now = int(NOW.timestamp())
    posts = wall(fake_vk, 250, newest_at=now - 2 * DAY)
    account = SocialAccount.objects.create(platform="vk", external_id=COFFEE)
    VkSyncState.objects.create(account=account, wall_batch=50)  # 50 posts per execute

    first = sync(fake_vk, account)

    assert Post.objects.filter(account=account).count() == 100
    state = VkSyncState.objects.get(account=account)
    assert state.wall_cursor == 250
    assert [(g["top_id"], g["bottom_id"], g["missing"]) for g in state.gaps] == [(151, 0, 150)]
    assert (first.gaps, first.missing) == (1, 150)
    assert state.last_report["missing"] == 150

    # Ten new posts arrive; the next run reads them, then goes on with the gap.
    for n in range(251, 261):
        posts.insert(0, make_post(COFFEE_ID, n, now - 3600, f"новый {n}"))
    second = sync(fake_vk, account)
    stored = set(Post.objects.filter(account=account).values_list("external_id", flat=True))
    assert {str(n) for n in range(251, 261)} <= stored
    # 100 + 10 new + two executes of 50 from the gap (the limit is checked per execute)
    assert len(stored) == 210
    state.refresh_from_db()
    assert state.wall_cursor == 260
    assert [(g["top_id"], g["bottom_id"]) for g in state.gaps] == [(51, 0)]
    assert second.missing == state.gaps[0]["missing"] == 50

    third = sync(fake_vk, account)
    state.refresh_from_db()
    assert state.gaps == [] and (third.gaps, third.missing) == (0, 0)
    assert Post.objects.filter(account=account).count() == 260
    gapped = ledger()

    # The same wall synced at once without the limit ends in the same ledger.
    SocialAccount.objects.all().delete()
    vk_settings.VK_SYNC_MAX_POSTS = 10_000
    account = SocialAccount.objects.create(platform="vk", external_id=COFFEE)
    VkSyncState.objects.create(account=account, wall_batch=50)
    assert sync(fake_vk, account).errors == []
    assert ledger() == gapped


@pytest.mark.django_db
def test_gaps_are_filled_oldest_first(vk_settings, fake_vk):
    vk_settings.VK_SYNC_MAX_POSTS = 100
    vk_settings.VK_SYNC_REFRESH_DAYS = 1.0
    now = int(NOW.timestamp())
    posts = wall(fake_vk, 200, newest_at=now - 20 * DAY)
    account = SocialAccount.objects.create(platform="vk", external_id=COFFEE)
    VkSyncState.objects.create(account=account, wall_batch=50)
    sync(fake_vk, account)  # posts 101–200; gap below 101
    for n in range(201, 351):  # 150 new posts: the next run reads 100 and leaves 50
        posts.insert(0, make_post(COFFEE_ID, n, now - 3 * DAY + (n - 200) * 600, f"новый {n}"))
    sync(fake_vk, account)
    state = VkSyncState.objects.get(account=account)
    assert sorted((g["top_id"], g["bottom_id"]) for g in state.gaps) == [(101, 0), (251, 200)]

    sync(fake_vk, account)  # nothing new: the whole budget goes to the oldest gap

    state.refresh_from_db()
    assert [(g["top_id"], g["bottom_id"]) for g in state.gaps] == [(251, 200)]
    stored = set(Post.objects.filter(account=account).values_list("external_id", flat=True))
    assert {str(n) for n in range(1, 101)} <= stored
    assert not {str(n) for n in range(201, 251)} & stored

    sync(fake_vk, account)
    state.refresh_from_db()
    assert state.gaps == []
    assert Post.objects.filter(account=account).count() == 350
