"""Pure functions from VK API objects to ledger rows. No database, no network.

Ids: a VK account is its owner id as a string — users positive, communities
negative (``"-200300001"``), as ``wall.get`` uses them. A post is
``(owner id, post id)``. Observation keys start with ``vk:api:`` so they never
collide with keys of imported files or demo data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from crm.social_urls import AccountURLError, parse_account_url
from graph.ingest.ledger import AccountData, EventData, PostData

ORIGIN = "vk"

# [id123|Name], [club123|Name], [public123|Name], [event123|Name]
_BRACKET = re.compile(r"\[(id|club|public|event)(\d+)(?::[^|\]]*)?\|[^\]]*\]")
# @screen_name (not inside an e-mail address); VK names: latin letters, digits, "_" and "."
_AT = re.compile(r"(?<![\w.@])@([A-Za-z0-9_.]{2,64})")
# Links: vk.com / vk.ru / m.vk.com (with or without scheme and www.)
_LINK = re.compile(
    r"(?<![\w.])(?:https?://)?(?:www\.)?(?:m\.)?vk\.(?:com|ru)/([A-Za-z0-9_.]{2,64})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    """A mention in a text: by id (``external_id``) or by screen name (to resolve)."""

    external_id: str = ""
    screen_name: str = ""


def _name_mention(raw: str) -> Mention | None:
    name = raw.rstrip(".").lower()  # screen names never end with a dot: it is punctuation
    if not name:
        return None
    try:
        parsed = parse_account_url(f"vk.com/{name}")
    except AccountURLError:
        return None
    return Mention(external_id=parsed.external_id, screen_name=parsed.screen_name)


def mentions_in_text(text: str) -> list[Mention]:
    """Every account mentioned in ``text``, in order, without repeats.

    Recognises ``[id…|…]``, ``[club…|…]``, ``[public…|…]``, ``[event…|…]``,
    ``@screen_name`` (also ``@id123``/``@club123``) and links to vk.com, vk.ru
    and m.vk.com. Trailing punctuation is not part of a name; links to posts,
    photos or site sections are not mentions.
    """
    found: list[tuple[int, Mention]] = []
    for match in _BRACKET.finditer(text or ""):
        prefix, number = match.groups()
        external_id = number if prefix == "id" else f"-{number}"
        found.append((match.start(), Mention(external_id=external_id)))
    for pattern in (_AT, _LINK):
        for match in pattern.finditer(text or ""):
            mention = _name_mention(match.group(1))
            if mention is not None:
                found.append((match.start(), mention))
    result: list[Mention] = []
    for _, mention in sorted(found, key=lambda item: item[0]):
        if mention not in result:
            result.append(mention)
    return result


def moment(unixtime: int | None) -> datetime | None:
    return datetime.fromtimestamp(unixtime, tz=UTC) if unixtime else None


def post_author(post: dict[str, Any]) -> str:
    """Who wrote the post: ``from_id`` (a visitor on someone's wall), else the owner."""
    return str(post.get("from_id") or post["owner_id"])


def post_url(owner_id: int | str, post_id: int | str) -> str:
    return f"https://vk.com/wall{owner_id}_{post_id}"


def post_data(post: dict[str, Any]) -> PostData:
    """The ledger row of a post with its counters (on its owner's wall)."""
    views = (post.get("views") or {}).get("count")
    return PostData(
        account_external_id=str(post["owner_id"]),
        external_id=str(post["id"]),
        published_at=moment(post.get("date")),
        url=post_url(post["owner_id"], post["id"]),
        text=post.get("text") or "",
        likes=int((post.get("likes") or {}).get("count") or 0),
        reposts=int((post.get("reposts") or {}).get("count") or 0),
        comments=int((post.get("comments") or {}).get("count") or 0),
        views=int(views) if views is not None else None,
    )


def repost_events(post: dict[str, Any]) -> list[EventData]:
    """Reposts in ``post``'s ``copy_history`` chain.

    ``copy_history[0]`` is the post directly reposted, ``copy_history[-1]`` the
    original. The post's author gets an edge to the original's author, with
    the direct parent's author as ``via`` when the chain is longer than one.
    Each link of the chain is itself a repost (``copy_history[i]`` reposted
    ``copy_history[-1]``) and is recorded too. Keys are the reposting posts,
    so seeing the same repost from either side stores it once.
    """
    chain = post.get("copy_history") or []
    if not chain:
        return []
    root = chain[-1]
    root_author = str(root["owner_id"])
    events: list[EventData] = []
    reposters = [post, *chain[:-1]]
    for position, reposting in enumerate(reposters):
        parent = chain[position]
        source = post_author(reposting) if position == 0 else str(reposting["owner_id"])
        via = str(parent["owner_id"]) if parent is not root else ""
        when = moment(reposting.get("date")) or moment(root.get("date"))
        if when is None:
            continue
        events.append(
            EventData(
                kind="repost",
                key=f"vk:api:r:{reposting['owner_id']}_{reposting['id']}",
                source_external_id=source,
                target_external_id=root_author,
                occurred_at=when,
                post_external_id=str(root["id"]),
                via_external_id=via if via not in {source, root_author} else "",
                own_post_external_id=str(reposting["id"]),
            )
        )
    return events


def mention_event(post: dict[str, Any], target_external_id: str) -> EventData | None:
    """The mention of ``target`` by the author of ``post`` (None for a self-mention)."""
    source = post_author(post)
    when = moment(post.get("date"))
    if source == target_external_id or when is None:
        return None
    return EventData(
        kind="mention",
        key=f"vk:api:m:{post['owner_id']}_{post['id']}:{target_external_id}",
        source_external_id=source,
        target_external_id=target_external_id,
        occurred_at=when,
        post_external_id=str(post["id"]),
    )


def posts_with_texts(post: dict[str, Any]) -> list[dict[str, Any]]:
    """The post and the posts of its repost chain: each text has its own author."""
    return [post, *(post.get("copy_history") or [])]


@dataclass
class AccountInfo:
    """What VK says about an account (users.get / groups.getById / extended lists)."""

    external_id: str
    kind: str  # "person" | "community"
    name: str
    screen_name: str
    followers: int | None
    city: str
    state: str  # "active" | "private" | "closed" | "deleted" | "banned"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return (
            f"https://vk.com/{self.screen_name}"
            if self.screen_name
            else default_url(self.external_id)
        )

    def as_account_data(self) -> AccountData:
        return AccountData(
            external_id=self.external_id,
            kind=self.kind,
            screen_name=self.screen_name,
            display_name=self.name[:300],
            url=self.url,
            followers=self.followers,
            verified=bool(self.extra["verified"]) if "verified" in self.extra else None,
        )


def default_url(external_id: str) -> str:
    if external_id.startswith("-"):
        return f"https://vk.com/club{external_id[1:]}"
    return f"https://vk.com/id{external_id}"


def _screen_name(obj: dict[str, Any], default: str) -> str:
    """The real short name; VK echoes ``id123``/``club123`` when there is none."""
    name = (obj.get("screen_name") or "").lower()
    return "" if not name or name == default else name


def user_info(user: dict[str, Any]) -> AccountInfo:
    deactivated = user.get("deactivated")
    if deactivated in {"deleted", "banned"}:
        state = deactivated
    elif user.get("is_closed") and not user.get("can_access_closed"):
        state = "private"
    else:
        state = "active"
    name = " ".join(p for p in (user.get("first_name"), user.get("last_name")) if p).strip()
    followers = user.get("followers_count")
    extra = {"verified": user["verified"]} if "verified" in user else {}
    return AccountInfo(
        external_id=str(user["id"]),
        kind="person",
        name=name,
        screen_name=_screen_name(user, f"id{user['id']}"),
        followers=int(followers) if followers is not None else None,
        city=(user.get("city") or {}).get("title", ""),
        state=state,
        extra=extra,
    )


def group_info(group: dict[str, Any]) -> AccountInfo:
    deactivated = group.get("deactivated")
    if deactivated in {"deleted", "banned"}:
        state = deactivated
    elif group.get("is_closed") and not group.get("is_member"):
        state = "closed" if group.get("is_closed") == 1 else "private"
    else:
        state = "active"
    members = group.get("members_count")
    extra = {"verified": group["verified"]} if "verified" in group else {}
    extra["type"] = group.get("type", "")
    return AccountInfo(
        external_id=f"-{group['id']}",
        kind="community",
        name=group.get("name", ""),
        screen_name=_screen_name(group, f"club{group['id']}"),
        followers=int(members) if members is not None else None,
        city=(group.get("city") or {}).get("title", ""),
        state=state,
        extra=extra,
    )


def extended_infos(response: dict[str, Any]) -> dict[str, AccountInfo]:
    """Accounts described in an ``extended=1`` response (``profiles``, ``groups``)."""
    infos = [user_info(p) for p in response.get("profiles") or []]
    infos += [group_info(g) for g in response.get("groups") or []]
    return {info.external_id: info for info in infos}


def comment_url(owner_id: int | str, post_id: int | str, comment_id: int | str) -> str:
    return f"https://vk.com/wall{owner_id}_{post_id}?reply={comment_id}"


def comment_external_id(owner_id: int | str, comment_id: int | str) -> str:
    """A comment's id in the ledger, under its author: VK numbers comments per wall,
    so the wall is part of it (``"-200300001_9031"``); never equal to a post id."""
    return f"{owner_id}_{comment_id}"


def comment_data(
    comment: dict[str, Any], *, owner_id: int, post_id: int, top: dict[str, Any] | None = None
) -> PostData | None:
    """The ledger row of a comment under post ``post_id`` of wall ``owner_id``: a post
    by the comment's author whose parent is the post or, for a reply in a thread,
    the thread's ``top`` comment. None for a deleted comment or one without an author."""
    author = comment.get("from_id")
    if not author or comment.get("deleted"):
        return None
    parent: tuple[str, str] = (str(owner_id), str(post_id))
    if top is not None and top.get("from_id"):
        parent = (str(top["from_id"]), comment_external_id(owner_id, top["id"]))
    return PostData(
        account_external_id=str(author),
        external_id=comment_external_id(owner_id, comment["id"]),
        published_at=moment(comment.get("date")),
        url=comment_url(owner_id, post_id, comment["id"]),
        text=comment.get("text") or "",
        parent=parent,
        likes=int((comment.get("likes") or {}).get("count") or 0),
    )


def comments_with_threads(
    items: list[dict[str, Any]],
) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """``wall.getComments`` items and the replies in their threads, each with its
    thread's top comment (None for a top comment)."""
    flat: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    for item in items:
        flat.append((item, None))
        for reply in (item.get("thread") or {}).get("items") or []:
            flat.append((reply, item))
    return flat
