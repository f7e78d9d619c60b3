"""Two workers sharing one token never exceed the configured rate, measured on the
arrival times of their requests at the (fake) VK server."""

from __future__ import annotations

import threading

import pytest

from graph.ingest.vk import VkClient
from graph.ingest.vk.ratelimit import LocalLimiter, RedisLimiter, token_key
from tests.graph.vk.conftest import TOKENS

RATE = 5.0  # requests per second per token
SAFETY = 0.1
PER_WORKER = 12


def run_workers(fake_vk, make_limiter) -> list[float]:
    """Two workers, each its own client (as two Celery processes would be), one token."""
    errors: list[BaseException] = []

    def worker() -> None:
        client = VkClient(TOKENS[:1], base_url=fake_vk.url, limiter=make_limiter())
        try:
            for _ in range(PER_WORKER):
                client.call("users.get", user_ids="700100001")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    return sorted(r.at for r in fake_vk.requests("users.get"))


def assert_rate_held(times: list[float]) -> None:
    assert len(times) == 2 * PER_WORKER
    per_window = int(RATE)
    # any ``RATE + 1`` consecutive requests span more than one second
    spans = [times[i + per_window] - times[i] for i in range(len(times) - per_window)]
    assert min(spans) > 1.0, f"{per_window + 1} requests within {min(spans):.3f} s"
    # and the limiter is not needlessly slow: the whole run takes about (n − 1) / rate
    total = times[-1] - times[0]
    assert total < (len(times) - 1) * (1 + SAFETY) / RATE + 1.0


def test_shared_token_rate_holds_across_workers_with_redis(redis_url, fake_vk):
    import redis

    connection = redis.Redis.from_url(redis_url)
    connection.delete(f"rezonans:vk:slot:{token_key(TOKENS[0])}")
    times = run_workers(
        fake_vk, lambda: RedisLimiter(redis.Redis.from_url(redis_url), rate=RATE, safety=SAFETY)
    )
    assert_rate_held(times)


def test_shared_token_rate_holds_across_threads_in_process(fake_vk):
    shared = LocalLimiter(rate=RATE, safety=SAFETY)
    times = run_workers(fake_vk, lambda: shared)
    assert_rate_held(times)


def test_without_a_shared_limiter_the_rate_is_exceeded(fake_vk):
    """The check above can fail: separate limiters per worker let the token run at 2×."""
    times = run_workers(fake_vk, lambda: LocalLimiter(rate=RATE, safety=SAFETY))
    spans = [times[i + int(RATE)] - times[i] for i in range(len(times) - int(RATE))]
    assert min(spans) < 1.0


@pytest.mark.parametrize("kind", ["local", "redis"])
def test_pauses_expire_and_are_scoped_to_the_method(kind, request):
    if kind == "redis":
        import redis

        limiter = RedisLimiter(
            redis.Redis.from_url(request.getfixturevalue("redis_url")), rate=RATE
        )
    else:
        limiter = LocalLimiter(rate=RATE)
    key = token_key("pause-test-token")
    limiter.pause(key, "newsfeed.search", 0.3, "flood control (9)")
    assert limiter.paused(key, "newsfeed.search") == "flood control (9)"
    assert limiter.paused(key, "wall.get") is None
    limiter.pause(key, "*", 0.3, "captcha (14)")
    assert limiter.paused(key, "wall.get") == "captcha (14)"
    import time

    time.sleep(0.45)
    assert limiter.paused(key, "newsfeed.search") is None
    assert limiter.paused(key, "wall.get") is None
