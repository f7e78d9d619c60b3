"""Per-token request pacing and pauses, shared by every worker that uses a token.

``RedisLimiter`` keeps the schedule in Redis (one key per token), so all
Celery workers and shell commands on all machines pace the same token
together; ``LocalLimiter`` does the same within one process and is used when
no Redis is configured. Tokens are identified by a hash, never by the token.

Pacing is a slot reservation (GCRA without burst): each request reserves the
next free slot ``interval`` after the previous one and sleeps until it, so
any window of ``1 s`` holds at most ``rate`` requests even when several
workers share the token. ``interval`` carries a small safety margin
(``VK_RATE_SAFETY``) because VK measures on its side, after network jitter.
"""

from __future__ import annotations

import hashlib
import threading
import time
from typing import Any, Protocol

from django.conf import settings

_KEY_PREFIX = "rezonans:vk:"

# Reserve the next slot atomically on the server's clock (no skew between workers).
_RESERVE_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, tat)
redis.call('SET', KEYS[1], string.format('%d', slot + interval), 'PX',
           math.floor((slot + interval - now) / 1000) + 1000)
return slot - now
"""


def token_key(token: str) -> str:
    """A stable, non-reversible name for a token (safe to log and to use as a key)."""
    return hashlib.sha256(token.encode()).hexdigest()[:16]


class Limiter(Protocol):
    def wait(self, key: str) -> float:
        """Block until this token may send; returns the seconds slept."""
        ...

    def pause(self, key: str, scope: str, seconds: float, reason: str) -> None:
        """Stop using the token for ``scope`` (a method name or ``*``) for ``seconds``."""
        ...

    def paused(self, key: str, scope: str) -> str | None:
        """Why the token is paused for ``scope`` (or for everything), or None."""
        ...


class LocalLimiter:
    """In-process limiter: threads of one process share it through ``local_limiter``."""

    def __init__(self, *, rate: float, safety: float = 0.0) -> None:
        self.interval = (1.0 + safety) / rate
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}
        self._pauses: dict[tuple[str, str], tuple[float, str]] = {}

    def wait(self, key: str) -> float:
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(key, 0.0))
            self._next[key] = slot + self.interval
        delay = slot - now
        if delay > 0:
            time.sleep(delay)
        return delay

    def pause(self, key: str, scope: str, seconds: float, reason: str) -> None:
        with self._lock:
            self._pauses[(key, scope)] = (time.monotonic() + seconds, reason)

    def paused(self, key: str, scope: str) -> str | None:
        now = time.monotonic()
        with self._lock:
            for s in (scope, "*"):
                entry = self._pauses.get((key, s))
                if entry and entry[0] > now:
                    return entry[1]
        return None


class RedisLimiter:
    """Limiter whose schedule and pauses live in Redis (shared by all processes)."""

    def __init__(self, client: Any, *, rate: float, safety: float = 0.0) -> None:
        self.client = client
        self.interval_us = int((1.0 + safety) / rate * 1_000_000)
        self._reserve = client.register_script(_RESERVE_LUA)

    def wait(self, key: str) -> float:
        delay = int(self._reserve(keys=[f"{_KEY_PREFIX}slot:{key}"], args=[self.interval_us]))
        seconds = delay / 1_000_000
        if seconds > 0:
            time.sleep(seconds)
        return seconds

    def pause(self, key: str, scope: str, seconds: float, reason: str) -> None:
        self.client.set(f"{_KEY_PREFIX}pause:{key}:{scope}", reason, px=max(1, int(seconds * 1000)))

    def paused(self, key: str, scope: str) -> str | None:
        values = self.client.mget(
            [f"{_KEY_PREFIX}pause:{key}:{scope}", f"{_KEY_PREFIX}pause:{key}:*"]
        )
        for value in values:
            if value:
                return value.decode() if isinstance(value, bytes) else str(value)
        return None


_local_lock = threading.Lock()
_local_limiters: dict[tuple[float, float], LocalLimiter] = {}


def local_limiter(*, rate: float, safety: float = 0.0) -> LocalLimiter:
    """The process-wide in-process limiter for this rate (shared by all clients)."""
    with _local_lock:
        limiter = _local_limiters.get((rate, safety))
        if limiter is None:
            limiter = _local_limiters[(rate, safety)] = LocalLimiter(rate=rate, safety=safety)
        return limiter


def limiter_from_settings() -> Limiter:
    """Redis-backed when ``VK_RATE_REDIS_URL`` is set, in-process otherwise."""
    rate, safety = settings.VK_RATE_PER_SECOND, settings.VK_RATE_SAFETY
    if settings.VK_RATE_REDIS_URL:
        import redis  # only when configured: the client takes ~0.3 s to import

        client = redis.Redis.from_url(settings.VK_RATE_REDIS_URL, socket_timeout=5)
        return RedisLimiter(client, rate=rate, safety=safety)
    return local_limiter(rate=rate, safety=safety)
