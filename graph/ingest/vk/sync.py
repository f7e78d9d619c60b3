"""Collecting one VK account into the ledger, incrementally and idempotently.

``VkCollector.account_sync`` walks the account's wall from the newest post
down to its cursor (``execute`` pages of up to 25 × 100 posts, fewer when VK
refuses the response as too big; the size that fitted is kept per account,
see ``batch.WallBatch``), stores each
batch right away (posts with counters, reposts from ``copy_history``, reposts
of its posts from ``wall.getReposts``, mentions in the texts), then searches
``newsfeed.search`` for mentions of it elsewhere, window by window. Every
store goes through ``graph.ingest.ledger`` (natural keys, ``ON CONFLICT``), so
re-running stores nothing twice; cursors move only over what was stored.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext

from backend.errors import DomainError, ValidationFailed
from crm.models import Platform, SocialAccount
from crm.services import account_add_from_url, account_attach_external_id
from crm.social_urls import AccountURLError, parse_account_url
from graph.ingest.ledger import (
    EventData,
    PostData,
    accounts_upsert,
    events_ingest,
    posts_upsert,
)
from graph.ingest.vk import parse
from graph.ingest.vk.batch import WallBatch, calls_execute
from graph.ingest.vk.client import (
    ACCESS_STATES,
    RETRY_CODES,
    TOKEN_CODES,
    VkAccessDenied,
    VkApiFailure,
    VkClient,
    VkError,
    VkTokenInvalid,
)
from graph.models import VkSearchCursor, VkSyncState

log = logging.getLogger(__name__)
VK = Platform.VK
SEARCH_PAGE = 200  # newsfeed.search maximum
COMMENTS_PAGE = 100  # wall.getComments maximum
COMMENTS_PER_POST = 1000  # newest first; older ones are rarely what needs an answer
THREAD_ITEMS = 10  # replies per comment thread returned with it (VK's maximum)
SEARCH_CAP = 1000  # newsfeed.search returns at most this many results per query
MIN_SEARCH_WINDOW = timedelta(minutes=10)
USER_FIELDS = "screen_name,followers_count,city,verified"
GROUP_FIELDS = "members_count,city,verified"

# One execute: up to 25 wall.get pages of up to 100 posts, stopping at the cursor.
# ``count`` is the wall's size when ``offset`` was taken: when posts appeared or
# vanished since (another page, an earlier sync), the offset moves by the
# difference and the page is asked again, so no post is passed over.
_WALL_SCRIPT = """
var owner = %(owner)d, offset = %(offset)d, count = %(count)s, stop_id = %(stop_id)d,
    since = %(since)d, floor = %(floor)d, per_page = %(per_page)d,
    calls = 0, items = [], more = true, r, ri, diff, last;
while (calls < %(pages)d) {
    calls = calls + 1;
    r = API.wall.get({"owner_id": owner, "offset": offset, "count": per_page});
    if (!r) { return {"count": count, "items": items, "offset": offset, "more": more}; }
    diff = 0;
    if (count != null) { diff = r.count - count; }
    count = r.count;
    if (diff != 0) {
        offset = offset + diff;
        if (offset < 0) { offset = 0; }
    } else {
        ri = r.items;
        items = items + ri;
        offset = offset + per_page;
        if (r.items.length < per_page || offset >= count) {
            more = false;
            calls = 99;
        } else {
            if (ri.length > 0) {
                last = ri[ri.length - 1];
                if ((last.id <= stop_id && last.date < since) || last.date < floor) { calls = 99; }
            }
        }
    }
}
return {"count": count, "items": items, "offset": offset, "more": more};
"""


SYNC_RUNNING = "синхронизация уже идёт"


@dataclass
class SyncReport:
    """What a sync did. ``reposts``/``mentions`` count observations new to the ledger."""

    accounts: int = 0
    posts: int = 0
    reposts: int = 0
    mentions: int = 0
    new_accounts: int = 0
    skipped: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: int = 0
    comments: int = 0
    found: int = 0  # posts found by searches for watch topics
    gaps: int = 0  # older parts of walls still to read
    missing: int = 0  # about how many posts they hold (at most)

    def add(self, other: SyncReport) -> None:
        self.accounts += other.accounts
        self.posts += other.posts
        self.reposts += other.reposts
        self.mentions += other.mentions
        self.new_accounts += other.new_accounts
        self.skipped += other.skipped
        self.errors += other.errors
        self.requests += other.requests
        self.comments += other.comments
        self.found += other.found
        self.gaps += other.gaps
        self.missing += other.missing

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _ts(moment: datetime) -> int:
    return int(moment.timestamp())


@dataclass
class _Walk:
    """Where a wall walk stopped and what it read."""

    offset: int = 0
    count: int | None = None
    walked: int = 0
    newest: int = 0
    lowest_id: int | None = None
    lowest_date: int = 0
    finished: bool = False  # reached its end (cursor, history window or the wall's bottom)


def _gap(walk: _Walk, *, bottom_id: int) -> dict[str, Any]:
    """The part of the wall below where ``walk`` stopped, down to ``bottom_id``
    (0: the history window). ``offset``/``count`` let the wall script resume at the
    same place though posts were added since (it shifts by the count's growth)."""
    count = walk.count or 0
    missing = max(0, count - walk.offset)
    if bottom_id and walk.lowest_id:
        missing = min(missing, max(0, walk.lowest_id - bottom_id - 1))
    return {
        "offset": walk.offset,
        "count": count,
        "top_id": walk.lowest_id,
        "bottom_id": bottom_id,
        "before": parse.moment(walk.lowest_date).isoformat() if walk.lowest_date else None,
        "missing": missing,
    }


def _label(account: SocialAccount) -> str:
    return account.url or account.screen_name or account.external_id


class VkCollector:
    """One collecting session: a client, caches of resolved names and seen accounts.

    Not thread-safe; create one per task or command. ``now`` fixes the clock
    (the sync windows are relative to it).
    """

    def __init__(self, client: VkClient | None = None, *, now: datetime | None = None) -> None:
        self.client = client or VkClient.from_settings()
        self.now = now
        self.names: dict[str, str | None] = {}  # screen name → external id (None: no account)
        self.infos: dict[str, parse.AccountInfo] = {}  # external id → what VK said about it
        self.batch_sizes: dict[str, int] = {}  # method → calls per execute that VK answered
        self._held: tuple[int, str] | None = None  # (VkSyncState pk, lock owner) of this sync

    def _now(self) -> datetime:
        return self.now or timezone.now()

    # --- accounts --------------------------------------------------------------
    def _remember(self, infos: Iterable[parse.AccountInfo]) -> None:
        for info in infos:
            self.infos[info.external_id] = info
            if info.screen_name:
                self.names[info.screen_name] = info.external_id

    def fetch_infos(self, external_ids: Sequence[str]) -> dict[str, parse.AccountInfo]:
        """Profiles of users and communities by owner id (users.get, groups.getById)."""
        users = sorted({e for e in external_ids if not e.startswith("-")})
        groups = sorted({e[1:] for e in external_ids if e.startswith("-")})
        infos: list[parse.AccountInfo] = []
        for start in range(0, len(users), 1000):
            chunk = users[start : start + 1000]
            response = self.client.call("users.get", user_ids=",".join(chunk), fields=USER_FIELDS)
            infos += [parse.user_info(u) for u in response]
        for start in range(0, len(groups), 500):
            chunk = groups[start : start + 500]
            response = self.client.call(
                "groups.getById", group_ids=",".join(chunk), fields=GROUP_FIELDS
            )
            items = response.get("groups", []) if isinstance(response, dict) else response
            infos += [parse.group_info(g) for g in items]
        self._remember(infos)
        return {info.external_id: info for info in infos}

    def resolve(self, url_or_name: str) -> parse.AccountInfo:
        """What VK knows about the account behind a pasted link or screen name.

        Raises ``ValidationFailed`` (field ``url``) when the text is not a VK
        account link or VK knows no such account; ``VkError`` subclasses when
        VK cannot be asked. Makes 1–2 API calls; writes nothing.
        """
        text = (url_or_name or "").strip().lstrip("@")
        if text and "/" not in text and "." not in text.rstrip("."):
            text = f"vk.com/{text}"
        try:
            parsed = parse_account_url(text)
        except AccountURLError as exc:
            raise ValidationFailed(str(exc), fields={"url": [str(exc)]}) from exc
        if parsed.platform != VK:
            message = gettext("«%(url)s» — не ссылка на ВКонтакте.") % {"url": url_or_name}
            raise ValidationFailed(message, fields={"url": [message]})
        external_id = parsed.external_id
        if not external_id:
            found = self.client.call("utils.resolveScreenName", screen_name=parsed.screen_name)
            if not found or found.get("type") not in {"user", "group", "page", "event"}:
                message = gettext("ВКонтакте не знает страницу «%(name)s».") % {
                    "name": parsed.screen_name
                }
                raise ValidationFailed(message, fields={"url": [message]})
            number = str(found["object_id"])
            external_id = number if found["type"] == "user" else f"-{number}"
        info = self.fetch_infos([external_id]).get(external_id)
        if info is None:
            message = gettext("ВКонтакте не вернул данные страницы «%(url)s».") % {
                "url": url_or_name
            }
            raise ValidationFailed(message, fields={"url": [message]})
        return info

    def resolve_names(self, names: Iterable[str]) -> dict[str, str | None]:
        """Screen names → owner ids, each name asked of VK at most once per session.

        Known accounts come from the ledger; the rest from ``utils.resolveScreenName``
        batched 25 to an ``execute``. Names that are no account map to None.
        """
        wanted = {n for n in names if n and n not in self.names}
        if wanted:
            stored = SocialAccount.objects.filter(platform=VK, screen_name__in=wanted).exclude(
                external_id=""
            )
            for name, external_id in stored.values_list("screen_name", "external_id"):
                self.names[name] = external_id
            missing = sorted(n for n in wanted if n not in self.names)
            if missing:
                results = calls_execute(
                    self.client,
                    "utils.resolveScreenName",
                    [{"screen_name": name} for name in missing],
                    sizes=self.batch_sizes,
                )
                for name, result in zip(missing, results, strict=True):
                    found = result.value
                    if isinstance(found, dict) and found.get("type") in {
                        "user",
                        "group",
                        "page",
                        "event",
                    }:
                        number = str(found["object_id"])
                        self.names[name] = number if found["type"] == "user" else f"-{number}"
                    elif result.error_code in RETRY_CODES:
                        continue  # transient: ask again next time
                    else:
                        self.names[name] = None
        return {n: self.names.get(n) for n in names}

    # --- observations ------------------------------------------------------------
    def _mention_targets(self, post: dict[str, Any]) -> list[str]:
        mentions = parse.mentions_in_text(post.get("text") or "")
        by_name = self.resolve_names([m.screen_name for m in mentions if m.screen_name])
        targets: list[str] = []
        for m in mentions:
            target = m.external_id or by_name.get(m.screen_name)
            if target and target not in targets:
                targets.append(target)
        return targets

    def _observe(
        self, posts: Sequence[dict[str, Any]], *, only_target: str = ""
    ) -> list[EventData]:
        """Reposts and mentions in ``posts`` (with their repost chains)."""
        # Resolve every name of the batch at once (25 per execute).
        names = [
            m.screen_name
            for post in posts
            for p in parse.posts_with_texts(post)
            for m in parse.mentions_in_text(p.get("text") or "")
            if m.screen_name
        ]
        self.resolve_names(names)
        events: list[EventData] = []
        for post in posts:
            if not only_target:
                events += parse.repost_events(post)
            for p in parse.posts_with_texts(post) if not only_target else [post]:
                for target in self._mention_targets(p):
                    if only_target and target != only_target:
                        continue
                    event = parse.mention_event(p, target)
                    if event is None:
                        continue
                    if parse.post_author(p) != str(p["owner_id"]):
                        # A visitor's post on someone's wall: the post belongs to the wall.
                        event = EventData(**{**asdict(event), "post_external_id": ""})
                    events.append(event)
        return events

    # --- storing ---------------------------------------------------------------
    def _reconcile_names(self, infos: list[parse.AccountInfo]) -> list[parse.AccountInfo]:
        """Make the accounts' screen names storable: a row known only by the name
        gets its id; a stale row holding a name VK now gives to another account
        loses it (VK screen names are unique at any moment)."""
        named = {i.screen_name: i for i in infos if i.screen_name}
        if not named:
            return infos
        for account in SocialAccount.objects.filter(platform=VK, screen_name__in=list(named)):
            info = named[account.screen_name]
            if account.external_id == info.external_id:
                continue
            if not account.external_id:
                account_attach_external_id(account=account, external_id=info.external_id)
            else:
                SocialAccount.objects.filter(pk=account.pk).update(
                    screen_name="", updated_at=timezone.now()
                )
        return infos

    def _store(
        self,
        report: SyncReport,
        *,
        posts: Sequence[dict[str, Any]] = (),
        events: Sequence[EventData] = (),
        rows: Sequence[PostData] = (),
    ) -> None:
        """Store one batch in one transaction (idempotent): VK posts, ledger rows
        (comments) and observations."""
        unique_events = list({e.key: e for e in events}.values())
        unique_posts = list({(p["owner_id"], p["id"]): p for p in posts}.values())
        unique_rows = list({(r.account_external_id, r.external_id): r for r in rows}.values())
        involved = {str(p["owner_id"]) for p in unique_posts}
        involved |= {r.account_external_id for r in unique_rows}
        for e in unique_events:
            involved |= {e.source_external_id, e.target_external_id}
            if e.via_external_id:
                involved.add(e.via_external_id)
        if not involved:
            return
        with transaction.atomic():
            known = set(
                SocialAccount.objects.filter(platform=VK, external_id__in=involved).values_list(
                    "external_id", flat=True
                )
            )
            infos = [self.infos[e] for e in sorted(involved) if e in self.infos]
            if infos:
                accounts_upsert(
                    platform=VK,
                    accounts=[i.as_account_data() for i in self._reconcile_names(infos)],
                )
            if unique_posts or unique_rows:
                posts_upsert(
                    platform=VK, posts=[*(parse.post_data(p) for p in unique_posts), *unique_rows]
                )
            counts = events_ingest(platform=VK, events=unique_events, origin=parse.ORIGIN)
        report.posts += len(unique_posts)
        report.comments += len(unique_rows)
        self._renew()
        report.reposts += counts.created["repost"]
        report.mentions += counts.created["mention"]
        report.new_accounts += len(involved - known)

    # --- one account -------------------------------------------------------------
    def account_sync(self, account: SocialAccount) -> SyncReport:
        """Sync one account; never raises for VK errors except an invalid token.

        Only one sync of an account runs at a time: one that finds the account
        held by another (``VkSyncState.lock_owner``, held until ``locked_until``
        and renewed with every stored batch) skips it with a log line. Access
        errors (private, deleted, closed) are recorded on the account's
        ``VkSyncState`` and the account is skipped; other errors end this
        account's sync (what was stored stays, cursors stay) and are reported.
        """
        report = SyncReport(accounts=1)
        sent = self.client.requests_sent
        label = _label(account)
        state, _ = VkSyncState.objects.get_or_create(account=account)
        if not self._claim(state):
            log.info("VK sync of %s skipped: another sync of it is running", label)
            report.skipped.append(f"{label}: {SYNC_RUNNING}")
            return report
        held = state
        failed = True
        try:
            info: parse.AccountInfo | None
            if not account.external_id:  # known by its link only: resolve it first
                info = self.resolve(account.screen_name)
                merged = account_attach_external_id(account=account, external_id=info.external_id)
                if merged.pk != account.pk:  # folded into the row that had the id
                    account = merged
                    state, _ = VkSyncState.objects.get_or_create(account=account)
            else:
                info = self.fetch_infos([account.external_id]).get(account.external_id)
            if info is None:
                raise VkAccessDenied(
                    f"{label}: VK не вернул страницу", state="deleted", error_code=18
                )
            self._store_profile(info)
            if info.state != VkSyncState.Status.ACTIVE:
                raise VkAccessDenied(f"{label}: {info.state}", state=info.state, error_code=0)
            self._wall(account.external_id, state, report)
            self._mentions_elsewhere(account, info, state, report)
            state.status = VkSyncState.Status.ACTIVE
            state.last_error = state.last_error_code = ""
            failed = bool(report.errors)
        except VkAccessDenied as exc:
            state.status = exc.state
            state.last_error = exc.message
            state.last_error_code = f"access_{exc.state}"
            report.skipped.append(f"{label}: {VkSyncState.Status(exc.state).label}")
            failed = False  # VK answered: the account is what it is
        except VkTokenInvalid as exc:
            state.last_error, state.last_error_code = exc.message, exc.code
            self._finish(state, report, sent, failed=True)
            self._release(held)
            raise
        except (VkError, ValidationFailed) as exc:
            report.errors.append(f"{label}: {exc.message}")
            state.last_error, state.last_error_code = exc.message, exc.code
            log.warning("VK sync of %s stopped: %s", label, exc.message)
        except BaseException:
            self._release(held)
            raise
        if failed and report.errors and not state.last_error:
            state.last_error = report.errors[0]
            state.last_error_code = "vk_partial"
        self._finish(state, report, sent, failed=failed)
        self._release(held)
        return report

    def _finish(self, state: VkSyncState, report: SyncReport, sent: int, *, failed: bool) -> None:
        """Record the outcome on the account's state: a success resets the count of
        failures in a row."""
        report.requests = self.client.requests_sent - sent
        report.gaps = len(state.gaps)
        report.missing = sum(int(g.get("missing") or 0) for g in state.gaps)
        state.last_synced_at = timezone.now()
        if failed:
            state.failures += 1
        else:
            state.failures = 0
            state.last_success_at = state.last_synced_at
        state.last_report = report.as_dict()
        state.save()
        SocialAccount.objects.filter(pk=state.account_id).update(
            last_synced_at=state.last_synced_at
        )

    # --- one sync per account -------------------------------------------------------
    def _claim(self, state: VkSyncState) -> bool:
        """Take the account for this sync: a conditional update that changes no row
        when another sync holds it and its hold has not run out."""
        now = timezone.now()
        owner = str(uuid.uuid4())
        taken = (
            VkSyncState.objects.filter(pk=state.pk)
            .filter(Q(locked_until__isnull=True) | Q(locked_until__lt=now) | Q(lock_owner=""))
            .update(
                lock_owner=owner, locked_until=now + timedelta(seconds=settings.VK_SYNC_LOCK_TTL)
            )
        )
        if not taken:
            return False
        state.lock_owner = owner
        state.locked_until = now + timedelta(seconds=settings.VK_SYNC_LOCK_TTL)
        self._held = (state.pk, owner)
        return True

    def _renew(self) -> None:
        """Keep the hold while batches are being stored (a crashed sync's hold expires)."""
        if self._held is not None:
            pk, owner = self._held
            VkSyncState.objects.filter(pk=pk, lock_owner=owner).update(
                locked_until=timezone.now() + timedelta(seconds=settings.VK_SYNC_LOCK_TTL)
            )

    def _release(self, state: VkSyncState) -> None:
        if self._held is not None:
            pk, owner = self._held
            VkSyncState.objects.filter(pk=pk, lock_owner=owner).update(
                lock_owner="", locked_until=None
            )
            self._held = None
        state.lock_owner, state.locked_until = "", None

    def _store_profile(self, info: parse.AccountInfo) -> None:
        with transaction.atomic():
            accounts_upsert(
                platform=VK, accounts=[i.as_account_data() for i in self._reconcile_names([info])]
            )

    # --- the wall ------------------------------------------------------------------
    def _wall(self, owner: str, state: VkSyncState, report: SyncReport) -> None:
        """Read the wall's new posts, then fill older gaps (oldest first), at most
        ``VK_SYNC_MAX_POSTS`` posts in all. What the limit leaves unread becomes a gap."""
        now = self._now()
        floor = now - timedelta(days=settings.VK_SYNC_HISTORY_DAYS)
        cursor = state.wall_cursor
        budget = settings.VK_SYNC_MAX_POSTS
        batch = WallBatch(state.wall_batch)
        if cursor is None:  # first sync: everything within the history window
            head = self._walk(owner, state, report, batch, floor=floor, budget=budget, since=floor)
        else:  # later: down to the cursor, re-reading recent posts for their counters
            since = now - timedelta(days=settings.VK_SYNC_REFRESH_DAYS)
            head = self._walk(
                owner, state, report, batch, floor=floor, budget=budget, stop_id=cursor, since=since
            )
        gaps = list(state.gaps)
        if not head.finished and head.lowest_id:
            # The older part, down to the old cursor (or the history window), waits.
            gaps.append(_gap(head, bottom_id=cursor or 0))
        # The newest posts are stored: the cursor moves; what is older is in the gaps.
        state.wall_cursor = max(cursor or 0, head.newest) or None
        state.gaps = gaps
        state.save(update_fields=["wall_cursor", "gaps", "updated_at"])
        budget -= head.walked
        for gap in sorted(gaps, key=lambda g: g["top_id"]):  # the oldest first
            if budget <= 0:
                break
            part = self._walk(
                owner,
                state,
                report,
                batch,
                floor=floor,
                budget=budget,
                stop_id=int(gap["bottom_id"]),
                since=None,
                offset=int(gap["offset"]),
                count=int(gap["count"]),
                below_id=int(gap["top_id"]),
            )
            budget -= part.walked
            gaps.remove(gap)
            if not part.finished and (part.lowest_id or 0) < int(gap["top_id"]):
                gaps.append(_gap(part, bottom_id=int(gap["bottom_id"])))
            elif not part.finished:
                gaps.append(gap)  # nothing new was read: keep it as it was
            state.gaps = gaps
            state.save(update_fields=["gaps", "updated_at"])

    def _walk(
        self,
        owner: str,
        state: VkSyncState,
        report: SyncReport,
        batch: WallBatch,
        *,
        floor: datetime,
        budget: int,
        since: datetime | None,
        stop_id: int = 2**62,
        offset: int = 0,
        count: int | None = None,
        below_id: int | None = None,
    ) -> _Walk:
        """Walk the wall newest-first from ``offset`` until a post older than
        ``floor``, or at most ``stop_id`` (and older than ``since``; None: any
        date), or ``budget`` posts. Posts with ids from ``below_id`` up were
        stored before and are passed over."""
        since_ts = 2**31 if since is None else _ts(since)

        def reached(post: dict[str, Any]) -> bool:
            if post.get("date", 0) < _ts(floor):
                return True
            return post["id"] <= stop_id and post.get("date", 0) < since_ts

        walk = _Walk(offset=offset, count=count)
        attempt = 0
        while True:
            pages, per_page = batch.shape
            code = _WALL_SCRIPT % {
                "owner": int(owner),
                "offset": walk.offset,
                "count": "null" if walk.count is None else walk.count,
                "stop_id": min(stop_id, 2**53),
                "since": since_ts,
                "floor": _ts(floor),
                "per_page": per_page,
                "pages": pages,
            }
            try:
                raw, _ = self.client.execute(code, methods=("wall.get",))
            except VkApiFailure as exc:
                if exc.error_code != 13:
                    raise
                if batch.refused():
                    continue  # the same range again, fewer posts per execute
                if not exc.too_big:
                    raise
                # One post alone is more than VK will send: report it, walk on.
                report.errors.append(
                    f"{owner}: запись на смещении {walk.offset} не получена — ответ VK слишком "
                    "велик даже для одной записи; пропущена"
                )
                walk.offset += 1
                batch.reset()
                continue
            batch.worked()
            if batch.best != state.wall_batch:
                state.wall_batch = batch.best
                state.save(update_fields=["wall_batch", "updated_at"])
            body = raw.get("response") or {}
            items = body.get("items") or []
            fresh = [
                p for p in items if not reached(p) and (below_id is None or p["id"] < below_id)
            ]
            done = any(reached(p) for p in items if not p.get("is_pinned"))
            self._wall_batch(owner, fresh, report)
            walk.walked += len(fresh)
            walk.newest = max([walk.newest, *(p["id"] for p in fresh)])
            dated = [p for p in fresh if not p.get("is_pinned")]
            if dated:
                lowest = min(dated, key=lambda p: p["id"])
                if walk.lowest_id is None or lowest["id"] < walk.lowest_id:
                    walk.lowest_id, walk.lowest_date = lowest["id"], lowest.get("date", 0)
            walk.offset = body.get("offset", walk.offset)
            walk.count = body.get("count", walk.count)
            errors = raw.get("execute_errors") or []
            if errors:
                error = errors[0]
                code_ = int(error.get("error_code", 0))
                if code_ in RETRY_CODES:
                    self.client._sleep_before_retry(attempt, "wall.get", f"ошибка {code_}")
                    attempt += 1
                    continue
                if code_ in TOKEN_CODES:
                    continue  # the client paused that token: the rest goes with another one
                _raise_inner(error)
            if done or not body.get("more"):
                walk.finished = True
                return walk
            if walk.walked >= budget:
                return walk

    def _wall_batch(self, owner: str, posts: list[dict[str, Any]], report: SyncReport) -> None:
        if not posts:
            return
        self._store(report, posts=posts, events=self._observe(posts))
        self._comments(owner, posts, report)
        # Who reposted these posts (where VK allows): 25 wall.getReposts per execute.
        reposted = [p for p in posts if (p.get("reposts") or {}).get("count")]
        if not reposted:
            return
        results = calls_execute(
            self.client,
            "wall.getReposts",
            [{"owner_id": int(owner), "post_id": p["id"], "count": 1000} for p in reposted],
            sizes=self.batch_sizes,
        )
        items: list[dict[str, Any]] = []
        for post, result in zip(reposted, results, strict=True):
            post_id = post["id"]
            if not result.ok:
                report.skipped.append(
                    f"wall{owner}_{post_id}: репосты недоступны ({result.error_code})"
                )
                continue
            response = result.value or {}
            self._remember(parse.extended_infos(response).values())
            items += response.get("items") or []
            offset = len(response.get("items") or [])
            while len(response.get("items") or []) == 1000:  # more than one page: rare
                response = self.client.call(
                    "wall.getReposts",
                    owner_id=int(owner),
                    post_id=post_id,
                    offset=offset,
                    count=1000,
                )
                self._remember(parse.extended_infos(response).values())
                items += response.get("items") or []
                offset += len(response.get("items") or [])
        if items:
            self._store(report, posts=items, events=self._observe(items))

    # --- comments ------------------------------------------------------------------
    def _comments(self, owner: str, posts: list[dict[str, Any]], report: SyncReport) -> None:
        """Comments under ``posts`` published within ``VK_COMMENTS_DAYS`` (complaints
        live there), with the replies in their threads: ``wall.getComments``, 25 per
        ``execute``, newest first, at most ``COMMENTS_PER_POST`` per post. Each is
        stored as a post by its author whose parent is the post (or the thread's
        top comment)."""
        since = _ts(self._now() - timedelta(days=settings.VK_COMMENTS_DAYS))
        pending = [
            (p["id"], 0)
            for p in posts
            if (p.get("comments") or {}).get("count") and p.get("date", 0) >= since
        ]
        rows: list[PostData] = []
        while pending:
            results = calls_execute(
                self.client,
                "wall.getComments",
                [
                    {
                        "owner_id": int(owner),
                        "post_id": post_id,
                        "offset": offset,
                        "count": COMMENTS_PAGE,
                        "sort": "desc",
                        "extended": 1,
                        "fields": USER_FIELDS,
                        "thread_items_count": THREAD_ITEMS,
                    }
                    for post_id, offset in pending
                ],
                sizes=self.batch_sizes,
            )
            more = []
            for (post_id, offset), result in zip(pending, results, strict=True):
                if not result.ok:
                    report.skipped.append(
                        f"wall{owner}_{post_id}: комментарии недоступны ({result.error_code})"
                    )
                    continue
                response = result.value or {}
                self._remember(parse.extended_infos(response).values())
                items = response.get("items") or []
                for comment, top in parse.comments_with_threads(items):
                    row = parse.comment_data(comment, owner_id=int(owner), post_id=post_id, top=top)
                    if row is not None:
                        rows.append(row)
                total = int(response.get("current_level_count") or response.get("count") or 0)
                following = offset + COMMENTS_PAGE
                if len(items) == COMMENTS_PAGE and following < min(total, COMMENTS_PER_POST):
                    more.append((post_id, following))
            pending = more
        if rows:
            self._store(report, rows=rows)

    # --- searches for watch topics --------------------------------------------------
    def topics_search(self, queries: Sequence[str]) -> SyncReport:
        """Search all of VK (``newsfeed.search``) for each query — a watch topic's
        keyword or phrase — from where the last search of it stopped
        (``VkSearchCursor``; the first goes ``VK_SEARCH_HISTORY_DAYS`` back), window
        by window, and store every post found with its full text (and the reposts
        and mentions in it). Idempotent; a query's cursor moves only over stored
        windows. Errors end that query's search and are reported; an invalid token
        raises ``VkTokenInvalid``."""
        report = SyncReport()
        sent = self.client.requests_sent
        now = self._now()
        window = timedelta(hours=settings.VK_SEARCH_WINDOW_HOURS)
        unique = list(dict.fromkeys(q.strip() for q in queries if q and q.strip()))
        cursors = dict(
            VkSearchCursor.objects.filter(query__in=unique).values_list("query", "searched_until")
        )
        for query in unique:
            start = cursors.get(query) or now - timedelta(days=settings.VK_SEARCH_HISTORY_DAYS)
            try:
                while start < now:
                    end = min(start + window, now)
                    self._search_window(
                        query, start, end, lambda items: self._store_found(items, report)
                    )
                    VkSearchCursor.objects.update_or_create(
                        query=query, defaults={"searched_until": end}
                    )
                    start = end
            except VkTokenInvalid:
                raise
            except VkError as exc:
                report.errors.append(f"«{query}»: {exc.message}")
                log.warning("VK search for %r stopped: %s", query, exc.message)
        report.requests = self.client.requests_sent - sent
        report.errors += [a for a in self.client.alerts if a not in report.errors]
        return report

    def _store_found(self, items: list[dict[str, Any]], report: SyncReport) -> None:
        posts = [p for p in items if p.get("id") and p.get("owner_id")]
        if posts:
            before = report.posts
            self._store(report, posts=posts, events=self._observe(posts))
            report.found += report.posts - before

    # --- mentions elsewhere ----------------------------------------------------------
    def _mentions_elsewhere(
        self,
        account: SocialAccount,
        info: parse.AccountInfo,
        state: VkSyncState,
        report: SyncReport,
    ) -> None:
        query = info.screen_name or parse.default_url(info.external_id).rsplit("/", 1)[-1]
        now = self._now()
        start = state.mentions_until or now - timedelta(days=settings.VK_SEARCH_HISTORY_DAYS)
        window = timedelta(hours=settings.VK_SEARCH_WINDOW_HOURS)
        while start < now:
            end = min(start + window, now)
            self._search_window(
                query,
                start,
                end,
                lambda items: self._store_mentions(items, info.external_id, report),
            )
            state.mentions_until = start = end  # everything up to ``end`` is stored
            state.save(update_fields=["mentions_until", "updated_at"])

    def _store_mentions(self, items: list[dict[str, Any]], target: str, report: SyncReport) -> None:
        events = self._observe(items, only_target=target)
        mentioning = {(e.source_external_id, e.post_external_id) for e in events}
        posts = [p for p in items if (parse.post_author(p), str(p["id"])) in mentioning]
        self._store(report, posts=posts, events=events)

    def _search_window(
        self,
        query: str,
        start: datetime,
        end: datetime,
        on_page: Callable[[list[dict[str, Any]]], None],
    ) -> None:
        """Every ``newsfeed.search`` result for ``query`` between ``start`` and ``end``,
        page by page (``next_from``) to ``on_page``; a window with more results than VK
        shows (1000) is searched as two halves instead."""
        params: dict[str, Any] = {
            "q": query,
            "extended": 1,
            "count": SEARCH_PAGE,
            "start_time": _ts(start),
            "end_time": _ts(end),
            "fields": USER_FIELDS,
        }
        response = self.client.method("newsfeed.search", params)
        total = int(response.get("total_count") or response.get("count") or 0)
        if total > SEARCH_CAP and end - start > MIN_SEARCH_WINDOW:
            # Past the cap VK hides results: search both halves instead.
            middle = start + (end - start) / 2
            self._search_window(query, start, middle, on_page)
            self._search_window(query, middle, end, on_page)
            return
        while True:
            self._remember(parse.extended_infos(response).values())
            items = response.get("items") or []
            on_page(items)
            next_from = response.get("next_from")
            if not next_from or not items:
                break
            response = self.client.method("newsfeed.search", {**params, "start_from": next_from})


def _raise_inner(error: dict[str, Any]) -> None:
    """Raise for an error VK reported inside ``execute`` (``execute_errors``)."""
    code = int(error.get("error_code", 0))
    message = f"VK {error.get('method', 'execute')}: ошибка {code} ({error.get('error_msg', '')})"
    if code in ACCESS_STATES:
        raise VkAccessDenied(message, state=ACCESS_STATES[code], error_code=code)
    raise VkApiFailure(message, error_code=code, detail=str(error.get("error_msg", "")))


def tracked_accounts() -> list[SocialAccount]:
    """VK accounts to sync: those linked to a blogger plus ``VK_OFFICIAL_PAGES``.

    Official pages missing from the CRM are added as unassigned accounts (by
    their link; the first sync resolves their id).
    """
    official: list[int] = []
    for page in settings.VK_OFFICIAL_PAGES:
        text = page if "/" in page else f"vk.com/{page.lstrip('@')}"
        try:
            account, _ = account_add_from_url(url=text)
        except ValidationFailed as exc:
            log.error("VK_OFFICIAL_PAGES: %s", exc.message)
            continue
        official.append(account.pk)
    return list(
        SocialAccount.objects.filter(platform=VK)
        .filter(Q(blogger__isnull=False) | Q(pk__in=official))
        .order_by("pk")
    )


def vk_configured() -> bool:
    """Whether the VK collector can run (tokens are configured)."""
    return bool(settings.VK_TOKENS)


def resolve_account(url_or_name: str) -> parse.AccountInfo:
    """Resolve a pasted VK link or screen name: id, kind, name, screen name,
    followers, city and state (active/private/closed/deleted/banned).

    Raises ``ValidationFailed`` (field ``url``) for a bad link or an unknown
    page, ``VkNotConfigured`` without ``VK_TOKENS``, other ``VkError``s when VK
    cannot be reached. Writes nothing.
    """
    return VkCollector().resolve(url_or_name)


def account_resolve_from_vk(*, account: SocialAccount, url: str) -> SocialAccount:
    """Give a VK account known only by its screen name (just added from ``url``)
    its id, name, kind and audience, when the VK collector is configured
    (``VK_TOKENS``); otherwise, and for other platforms or an account with an id,
    return it untouched.

    Merges it into a stored row that already has the id
    (``crm.services.account_attach_external_id``) and fills only empty fields.
    An unknown page raises ``ValidationFailed`` (field ``url``); when VK cannot
    be reached the account is kept as the normaliser left it and the next sync
    resolves it. Returns the row that now stands for the account.
    """
    if account.platform != VK or account.external_id or not vk_configured():
        return account
    try:
        info = resolve_account(url)
    except ValidationFailed:
        raise
    except DomainError as exc:
        log.warning("VK resolution of %s postponed: %s", account.screen_name, exc.message)
        return account
    account = account_attach_external_id(account=account, external_id=info.external_id)
    changed = []
    for name, value in (
        ("kind", info.kind),
        ("display_name", info.name[:300]),
        ("followers", info.followers),
    ):
        if value not in (None, "") and not getattr(account, name):
            setattr(account, name, value)
            changed.append(name)
    if changed:
        account.save(update_fields=[*changed, "updated_at"])
    return account


def topics_search(*, queries: Sequence[str], collector: VkCollector | None = None) -> SyncReport:
    """Search VK for the watch topics' ``queries`` and store what is found (see
    ``VkCollector.topics_search``)."""
    return (collector or VkCollector()).topics_search(queries)


def accounts_sync(
    *,
    accounts: Sequence[SocialAccount],
    collector: VkCollector | None = None,
    progress: Any = None,
) -> SyncReport:
    """Sync several accounts with one collector (shared name cache); stops only on
    an invalid token. ``progress(index, total, account, report)`` after each."""
    collector = collector or VkCollector()
    total = SyncReport()
    for index, account in enumerate(accounts, start=1):
        report = collector.account_sync(account)
        total.add(report)
        if progress is not None:
            progress(index, len(accounts), account, report)
    total.errors += [a for a in collector.client.alerts if a not in total.errors]
    return total


__all__ = [
    "SyncReport",
    "VkCollector",
    "account_resolve_from_vk",
    "accounts_sync",
    "resolve_account",
    "topics_search",
    "tracked_accounts",
    "vk_configured",
]
