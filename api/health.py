"""Health checks for load balancers and operators (no login needed, nothing secret).

- ``/healthz``: the process answers (liveness); touches no service.
- ``/readyz``: PostgreSQL (or the embedded SQLite), Redis (broker and cache, when
  configured) and Neo4j (with ``GRAPH_BACKEND=neo4j``), each reported with its own
  status; 200 when every service in use answers, else 503. Each probe is short:
  Redis with 1 s timeouts, Neo4j through the backend's down memo.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

REDIS_SCHEMES = ("redis://", "rediss://")


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _redis_urls() -> list[str]:
    urls = [settings.CELERY_BROKER_URL, settings.CACHE_URL]
    return list(dict.fromkeys(url for url in urls if url.startswith(REDIS_SCHEMES)))


def _redis() -> None:
    import redis

    for url in _redis_urls():
        client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
        try:
            client.ping()
        finally:
            client.close()


def _neo4j() -> None:
    from graph.backends import get_backend

    get_backend("neo4j").ping()


def _probe(check: Callable[[], None]) -> dict[str, Any]:
    clock = time.perf_counter()
    try:
        check()
    except Exception as exc:
        return {"status": "down", "error": type(exc).__name__, "ms": _ms(clock)}
    return {"status": "ok", "ms": _ms(clock)}


def _ms(clock: float) -> float:
    return round((time.perf_counter() - clock) * 1000, 1)


def readiness() -> dict[str, Any]:
    """Each service's status: ``ok``, ``down`` (with the error's type) or ``not_used``."""
    checks: dict[str, Any] = {"database": {**_probe(_database), "engine": connection.vendor}}
    if _redis_urls():
        checks["redis"] = _probe(_redis)
    else:
        checks["redis"] = {"status": "not_used"}
    if settings.GRAPH_BACKEND == "neo4j":
        checks["neo4j"] = _probe(_neo4j)
    else:
        checks["neo4j"] = {"status": "not_used"}
    return checks


@never_cache
@require_safe
def readyz(request: HttpRequest) -> JsonResponse:
    checks = readiness()
    ready = all(check["status"] != "down" for check in checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks}, status=200 if ready else 503
    )
