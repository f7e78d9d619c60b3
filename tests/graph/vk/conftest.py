"""Fixtures for the VK collector: a fake VK over real HTTP and collectors pointed at it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from graph.ingest.vk import VkClient, VkCollector, ratelimit
from graph.ingest.vk.ratelimit import LocalLimiter
from tests.graph.vk.fakevk import FakeVk

# The fixtures' posts are from late July 2024; the clock of the tests is just after.
NOW = datetime(2024, 7, 27, 12, 0, tzinfo=UTC)
TOKENS = ["tok-one-SECRET-aaaaaaaaaaaaaaaaaaaa", "tok-two-SECRET-bbbbbbbbbbbbbbbbbbbb"]


@pytest.fixture
def fake_vk():
    fake = FakeVk().load_fixtures()
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture
def vk_settings(settings, fake_vk, monkeypatch):
    """Settings for a collector that talks to ``fake_vk`` quickly (fresh in-process
    limiter: pauses of one test must not leak into the next)."""
    monkeypatch.setattr(ratelimit, "_local_limiters", {})
    settings.VK_TOKENS = TOKENS[:1]
    settings.VK_API_BASE_URL = fake_vk.url
    settings.VK_RATE_REDIS_URL = ""
    settings.VK_RATE_PER_SECOND = 1000.0
    settings.VK_RETRY_BACKOFF = 0.01
    settings.VK_MAX_RETRIES = 2
    settings.VK_READ_TIMEOUT = 0.5
    settings.VK_SYNC_HISTORY_DAYS = 2000.0
    settings.VK_SEARCH_HISTORY_DAYS = 10.0
    settings.VK_SEARCH_WINDOW_HOURS = 24.0 * 30
    return settings


def make_client(fake_vk: FakeVk, tokens=None, **kwargs) -> VkClient:
    options = {
        "limiter": LocalLimiter(rate=1000.0),
        "max_retries": 2,
        "backoff": 0.01,
        "read_timeout": 0.5,
        **kwargs,
    }
    return VkClient(tokens or TOKENS[:1], base_url=fake_vk.url, **options)


@pytest.fixture
def collector(vk_settings, fake_vk) -> VkCollector:
    return VkCollector(make_client(fake_vk), now=NOW)
