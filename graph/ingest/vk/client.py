"""The VK API client: vk-api pinned to 5.199, a requests session with timeouts
pointed at ``VK_API_BASE_URL``, a token pool paced by a shared limiter, and the
error policy of the collector.

Error policy (per VK error code):

* 6 (too many requests), 10 (internal error), HTTP 5xx, network errors and
  timeouts: back off and retry, at most ``VK_MAX_RETRIES`` times, then
  ``VkUnavailable``;
* 9 (flood control) and 29 (quota): pause that token for that method
  (``VK_FLOOD_PAUSE`` / ``VK_QUOTA_PAUSE``) and go on with another token;
  ``VkPaused`` when none is left;
* 14 (captcha): stop that token (``VK_CAPTCHA_PAUSE``) with an error-level log
  (the alert) and go on with another token;
* the same codes inside ``execute`` (``execute_errors``, see ``VkClient.execute``):
  the token is paused as above and the caller repeats the failed calls, which
  then go out with another token; 6 and 10 are repeated after a backoff;
* 5 (authorization failed): ``VkTokenInvalid`` — the run stops, the token is
  named by its position in ``VK_TOKENS``, never by its value;
* 15, 30 (private), 18 (deleted or banned), 203 (closed community):
  ``VkAccessDenied`` with the account state, for the caller to record and skip;
* anything else: ``VkApiFailure``.

Tokens never appear in messages or logs: they travel only in request bodies.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

import requests
import vk_api
from django.conf import settings
from jconfig.memory import MemoryConfig
from vk_api.exceptions import ApiError, ApiHttpError

from backend.errors import DomainError
from graph.ingest.vk.ratelimit import Limiter, limiter_from_settings, token_key

log = logging.getLogger(__name__)

API_VERSION = "5.199"
# Where vk-api sends requests (11.10.1; older releases used api.vk.com).
LIBRARY_ENDPOINTS = ("https://api.vk.ru/method/", "https://api.vk.com/method/")

RETRY_CODES = {6, 10}
TOKEN_CODES = {9, 14, 29}  # the token rests; the work moves to another one
ACCESS_STATES = {15: "private", 30: "private", 18: "deleted", 203: "closed"}


class VkError(DomainError):
    code = "vk_error"


class VkNotConfigured(VkError):
    code = "vk_not_configured"


class VkTokenInvalid(VkError):
    code = "vk_token_invalid"


class VkPaused(VkError):
    """Every token is paused for this method (flood control, quota or captcha)."""

    code = "vk_paused"


class VkUnavailable(VkError):
    """VK kept failing (errors 6/10, HTTP errors, timeouts) after the retries."""

    code = "vk_unavailable"


class VkAccessDenied(VkError):
    code = "vk_access_denied"

    def __init__(self, message: str, *, state: str, error_code: int) -> None:
        super().__init__(message)
        self.state = state
        self.error_code = error_code


class VkApiFailure(VkError):
    code = "vk_api_error"

    def __init__(self, message: str, *, error_code: int, detail: str = "") -> None:
        super().__init__(message)
        self.error_code = error_code
        self.detail = detail  # VK's error_msg

    @property
    def too_big(self) -> bool:
        """Error 13 about the size of an ``execute`` response: a smaller request fits."""
        return self.error_code == 13 and "size" in self.detail.lower()


class _Session(requests.Session):
    """Sends vk-api's requests to ``base_url`` with connect/read timeouts."""

    def __init__(self, *, base_url: str, timeout: tuple[float, float]) -> None:
        super().__init__()
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.timeout = timeout

    def request(self, method, url, *args, **kwargs):  # type: ignore[override]
        for prefix in LIBRARY_ENDPOINTS:
            if isinstance(url, str) and url.startswith(prefix):
                url = self.base_url + url[len(prefix) :]
                break
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, url, *args, **kwargs)


class VkClient(vk_api.VkApi):
    """A ``VkApi`` that picks a token per call, paces it and applies the error policy.

    Because the policy lives in ``method``, vk-api's helpers (``VkTools``,
    ``VkRequestsPool``, ``VkFunction``) get it too. Thread-safe.
    """

    RPS_DELAY = 0  # pacing is the shared limiter's job

    def __init__(
        self,
        tokens: Sequence[str],
        *,
        base_url: str,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        limiter: Limiter,
        max_retries: int = 4,
        backoff: float = 1.0,
        flood_pause: float = 900.0,
        quota_pause: float = 6 * 3600.0,
        captcha_pause: float = 3600.0,
    ) -> None:
        if not tokens:
            raise VkNotConfigured("Сборщик ВКонтакте не настроен: задайте VK_TOKENS.")
        session = _Session(base_url=base_url, timeout=(connect_timeout, read_timeout))
        super().__init__(api_version=API_VERSION, session=session, config=MemoryConfig)
        self.token = {"access_token": None}
        # Errors 6 and 14 are handled below, bounded; vk-api's handlers retry forever
        # (6) or fail on captcha payloads without captcha_sid (14).
        self.error_handlers: dict[int, Any] = {}
        self._tokens = list(tokens)
        self._keys = [token_key(t) for t in self._tokens]
        self._next = 0
        self.limiter = limiter
        self.max_retries = max_retries
        self.backoff = backoff
        self.flood_pause = flood_pause
        self.quota_pause = quota_pause
        self.captcha_pause = captcha_pause
        self.requests_sent = 0
        self.alerts: list[str] = []

    @classmethod
    def from_settings(cls, *, limiter: Limiter | None = None) -> VkClient:
        return cls(
            settings.VK_TOKENS,
            base_url=settings.VK_API_BASE_URL,
            connect_timeout=settings.VK_CONNECT_TIMEOUT,
            read_timeout=settings.VK_READ_TIMEOUT,
            limiter=limiter or limiter_from_settings(),
            max_retries=settings.VK_MAX_RETRIES,
            backoff=settings.VK_RETRY_BACKOFF,
            flood_pause=settings.VK_FLOOD_PAUSE,
            quota_pause=settings.VK_QUOTA_PAUSE,
            captcha_pause=settings.VK_CAPTCHA_PAUSE,
        )

    # --- token choice -----------------------------------------------------------
    def _pick(self, scopes: Sequence[str]) -> int:
        """Index of the next token paused for none of ``scopes`` (round robin)."""
        reasons = []
        for step in range(len(self._tokens)):
            index = (self._next + step) % len(self._tokens)
            reason = None
            for scope in scopes:
                reason = self.limiter.paused(self._keys[index], scope)
                if reason is not None:
                    break
            if reason is None:
                self._next = index + 1
                return index
            reasons.append(f"токен №{index + 1}: {reason}")
        what = ", ".join(scopes)
        raise VkPaused(f"Все токены VK приостановлены для {what} ({'; '.join(reasons)}).")

    def _pause_for(self, index: int, method: str, code: int) -> None:
        """Apply the policy of errors 9, 29 and 14 to token ``index``."""
        key = self._keys[index]
        if code == 9:
            self.limiter.pause(key, method, self.flood_pause, "flood control (9)")
            log.warning("VK token #%d paused for %s: flood control (9)", index + 1, method)
        elif code == 29:
            self.limiter.pause(key, method, self.quota_pause, "quota reached (29)")
            log.warning("VK token #%d paused for %s: quota reached (29)", index + 1, method)
        elif code == 14:
            self.limiter.pause(key, "*", self.captcha_pause, "captcha (14)")
            alert = (
                f"VK требует капчу для токена №{index + 1} из VK_TOKENS: токен остановлен "
                f"на {self.captcha_pause / 60:.0f} мин. Проверьте аккаунт токена."
            )
            if alert not in self.alerts:
                self.alerts.append(alert)
            log.error("ALERT: %s", alert)

    def _sleep_before_retry(self, attempt: int, method: str, what: str) -> None:
        if attempt >= self.max_retries:
            raise VkUnavailable(
                f"VK не отвечает на {method}: {what} (после {self.max_retries} повторов)."
            )
        delay = self.backoff * 2**attempt
        log.warning("VK %s: %s; retry %d in %.1f s", method, what, attempt + 1, delay)
        time.sleep(delay)

    # --- the one entry point every call goes through ---------------------------
    def method(
        self,
        method,
        values=None,
        captcha_sid=None,
        captcha_key=None,  # type: ignore[override]
        success_token=None,
        raw=False,
        with_cookies=False,
    ):
        return self._send(method, values, raw=raw, scopes=(method,))[0]

    def execute(self, code: str, *, methods: Sequence[str]) -> tuple[dict[str, Any], int]:
        """Run VKScript ``code`` whose inner calls use ``methods``; returns the raw
        body (``response`` and ``execute_errors``) and the token's index.

        The token is one paused for none of ``methods``. Errors inside the script
        follow the policy of direct calls as far as the token goes: 9 and 29 pause
        the token for that inner method, 14 stops the token with an alert. The
        failed elements are the caller's to repeat (another token will be picked)."""
        raw, index = self._send("execute", {"code": code}, raw=True, scopes=("execute", *methods))
        for error in raw.get("execute_errors") or []:
            self._pause_for(index, str(error.get("method") or "execute"), _code(error))
        return raw, index

    def _send(
        self, method: str, values: Any, *, raw: bool, scopes: Sequence[str]
    ) -> tuple[Any, int]:
        values = dict(values or {})
        attempt = 0
        while True:
            index = self._pick(scopes)
            values["access_token"] = self._tokens[index]
            key = self._keys[index]
            self.limiter.wait(key)
            self.requests_sent += 1
            try:
                return super().method(method, values, raw=raw), index
            except ApiError as exc:
                code = exc.code
                message = exc.error.get("error_msg", "")
            except ApiHttpError as exc:
                self._sleep_before_retry(attempt, method, f"HTTP {exc.response.status_code}")
                attempt += 1
                continue
            except (requests.RequestException, ValueError) as exc:
                # Timeouts, refused connections, broken bodies (ValueError: invalid JSON).
                self._sleep_before_retry(attempt, method, type(exc).__name__)
                attempt += 1
                continue
            if code in RETRY_CODES:
                self._sleep_before_retry(attempt, method, f"ошибка {code} ({message})")
                attempt += 1
                continue
            if code in TOKEN_CODES:
                self._pause_for(index, method, code)
                continue
            if code == 5:
                self.limiter.pause(key, "*", 24 * 3600, "invalid token (5)")
                raise VkTokenInvalid(
                    f"Токен №{index + 1} из VK_TOKENS недействителен или отозван (ошибка VK 5: "
                    "authorization failed). Замените его и перезапустите синхронизацию."
                ) from None
            if code in ACCESS_STATES:
                raise VkAccessDenied(
                    f"VK {method}: нет доступа ({code}: {message})",
                    state=ACCESS_STATES[code],
                    error_code=code,
                ) from None
            raise VkApiFailure(
                f"VK {method}: ошибка {code} ({message})", error_code=code, detail=message
            ) from None

    def call(self, method: str, **params: Any) -> Any:
        """``method`` with keyword parameters; returns the ``response`` part."""
        return self.method(method, params)


def _code(error: dict[str, Any]) -> int:
    try:
        return int(error.get("error_code") or 0)
    except (TypeError, ValueError):
        return 0
