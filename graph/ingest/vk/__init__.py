"""The VK collector: resolve accounts and keep the ledger filled from the VK API.

Public entry points:

* ``resolve_account(url_or_name) -> AccountInfo`` — what VK says about a pasted
  link or screen name (no writes);
* ``account_resolve_from_vk(account=…, url=…) -> SocialAccount`` — fill an account
  just added by its link with what VK says (when VK is configured);
* ``vk_configured() -> bool`` — whether ``VK_TOKENS`` is set;
* ``VkCollector(...).account_sync(account) -> SyncReport`` and
  ``accounts_sync(accounts=…)`` — incremental, idempotent syncs;
* ``tracked_accounts()`` — the accounts the scheduled sync covers;
* ``topics_search(queries=…)`` — search all of VK for watch topics' keywords and
  store the posts found (the monitoring app passes the queries).

Modules: ``client`` (vk-api, session, tokens, error policy), ``ratelimit``
(shared per-token pacing), ``parse`` (pure: posts, mentions, reposts),
``sync`` (the collector).
"""

from graph.ingest.vk.client import (
    VkAccessDenied,
    VkApiFailure,
    VkClient,
    VkError,
    VkNotConfigured,
    VkPaused,
    VkTokenInvalid,
    VkUnavailable,
)
from graph.ingest.vk.parse import AccountInfo
from graph.ingest.vk.sync import (
    SyncReport,
    VkCollector,
    account_resolve_from_vk,
    accounts_sync,
    resolve_account,
    topics_search,
    tracked_accounts,
    vk_configured,
)

__all__ = [
    "AccountInfo",
    "SyncReport",
    "VkAccessDenied",
    "VkApiFailure",
    "VkClient",
    "VkCollector",
    "VkError",
    "VkNotConfigured",
    "VkPaused",
    "VkTokenInvalid",
    "VkUnavailable",
    "account_resolve_from_vk",
    "accounts_sync",
    "resolve_account",
    "topics_search",
    "tracked_accounts",
    "vk_configured",
]
