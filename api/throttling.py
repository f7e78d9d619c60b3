"""Rate limits that keep answering when the shared cache (Redis) is down.

DRF's throttles read and write the cache on every request; with ``CACHE_URL``
pointing at a stopped Redis that raised, and login answered 500. These classes
let the request through instead (logged): brute-force protection does not rest
on them alone — failed logins are counted in the database (``api.security``).
"""

from __future__ import annotations

import logging
from typing import Any

from rest_framework.throttling import ScopedRateThrottle

log = logging.getLogger(__name__)


class ResilientScopedRateThrottle(ScopedRateThrottle):
    def allow_request(self, request: Any, view: Any) -> bool:
        try:
            return super().allow_request(request, view)
        except Exception as exc:  # redis-py raises ConnectionError, TimeoutError, OSError…
            log.warning("throttle %s skipped: cache unavailable (%s)", self.scope, exc)
            return True
