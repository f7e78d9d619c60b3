"""Many calls of one VK method in ``execute``, within VK's limits.

``calls_execute`` sends up to 25 calls per ``execute`` (vk-api's pool script) and
returns one ``CallResult`` per call, in order:

* an ``execute`` refused as a whole with error 13 (its response too big) is split
  in halves, down to a direct call of the method, and the size that fitted is
  kept in ``sizes`` for the next batches of that method;
* errors of single calls inside ``execute`` (``execute_errors``) follow the
  client's policy: 6 and 10 are repeated after a backoff (bounded), 9, 29 and 14
  are repeated at once with another token (the client paused the one used;
  ``VkPaused`` when none is left);
* any other error is the call's result, for the caller to judge (a private wall,
  a deleted post).

``WallBatch`` finds how many wall posts one ``execute`` may carry: halving after
a refusal, then bisecting between what worked and what did not.
"""

from __future__ import annotations

import math
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any

from vk_api.requests_pool import vk_one_method

from graph.ingest.vk.client import (
    RETRY_CODES,
    TOKEN_CODES,
    VkAccessDenied,
    VkApiFailure,
    VkClient,
)

EXECUTE_CALLS = 25  # API calls per execute
WALL_PAGE = 100  # wall.get maximum
MAX_WALL_BATCH = EXECUTE_CALLS * WALL_PAGE


@dataclass
class CallResult:
    value: Any = None
    error: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def error_code(self) -> int:
        return int((self.error or {}).get("error_code") or 0)


def _direct(client: VkClient, method: str, values: dict[str, Any]) -> CallResult:
    try:
        return CallResult(value=client.method(method, values))
    except VkAccessDenied as exc:
        return CallResult(error={"error_code": exc.error_code, "error_msg": exc.message})
    except VkApiFailure as exc:
        return CallResult(error={"error_code": exc.error_code, "error_msg": exc.detail})


def calls_execute(
    client: VkClient,
    method: str,
    values: Sequence[dict[str, Any]],
    *,
    sizes: MutableMapping[str, int] | None = None,
) -> list[CallResult]:
    """Call ``method`` once per element of ``values``; one result per call, in order.

    Raises only what the client raises for the ``execute`` itself (``VkPaused``,
    ``VkUnavailable``, ``VkTokenInvalid``, a non-size ``VkApiFailure``)."""
    sizes = {} if sizes is None else sizes
    results: list[CallResult | None] = [None] * len(values)
    pending = list(range(len(values)))
    attempt = 0
    while pending:
        again: list[int] = []
        transient = False
        start = 0
        while start < len(pending):
            limit = max(1, min(EXECUTE_CALLS, sizes.get(method, EXECUTE_CALLS)))
            chunk = pending[start : start + limit]
            if len(chunk) == 1:
                results[chunk[0]] = _direct(client, method, dict(values[chunk[0]]))
                start += 1
                continue
            code = vk_one_method.compile({"method": method, "values": [values[i] for i in chunk]})
            try:
                raw, _ = client.execute(code, methods=(method,))
            except VkApiFailure as exc:
                if exc.error_code != 13:
                    raise
                sizes[method] = len(chunk) // 2  # a smaller batch fits; try it on this chunk
                continue
            errors = iter(raw.get("execute_errors") or [])
            response = raw.get("response") or []
            for position, index in enumerate(chunk):
                value = response[position] if position < len(response) else False
                if value is not False:
                    results[index] = CallResult(value=value)
                    continue
                error = next(errors, {"error_code": 0, "error_msg": "no result"})
                result = CallResult(error=error)
                if result.error_code in RETRY_CODES:
                    transient = True
                    again.append(index)
                elif result.error_code in TOKEN_CODES:
                    again.append(index)
                else:
                    results[index] = result
            start += len(chunk)
        if transient:
            client._sleep_before_retry(attempt, method, "ошибка внутри execute")
            attempt += 1
        pending = again
    return [r if r is not None else CallResult(error={"error_code": 0}) for r in results]


class WallBatch:
    """How many wall posts one ``execute`` asks for: the largest that VK answers.

    Starts from the size remembered for the account (never probing above it)
    or from 25 × 100. A refusal halves the size until one works, then bisects
    between the largest that worked and the smallest that did not; so a wall of
    uniformly heavy posts settles on the largest fitting size after about
    log2(2500) refusals, once per account.
    """

    def __init__(self, remembered: int | None) -> None:
        self.start = max(1, min(remembered or MAX_WALL_BATCH, MAX_WALL_BATCH))
        self.reset()

    def reset(self) -> None:
        self.current = self.start
        self.best = 0  # the largest size that worked
        self.ceiling = self.start  # sizes above it are known (or assumed) to fail

    @property
    def shape(self) -> tuple[int, int]:
        """(wall.get calls, posts per call) for the current size."""
        pages = math.ceil(self.current / WALL_PAGE)
        return pages, math.ceil(self.current / pages)

    def worked(self) -> None:
        self.best = max(self.best, self.current)
        self.current = (self.best + self.ceiling + 1) // 2

    def refused(self) -> bool:
        """Shrink after a refusal; False when a single post was already too much."""
        if self.current <= 1:
            return False
        self.ceiling = self.current - 1
        if self.best > self.ceiling:
            self.best = 0  # what fitted before (heavier posts now) does not any more
        if self.best:
            self.current = (self.best + self.ceiling + 1) // 2
        else:
            self.current = max(1, self.current // 2)
        return True
