"""Normalise a pasted link to a social account into (platform, kind, id, screen name).

Pure functions, no database. ``parse_account_url`` either returns a
``ParsedAccount`` or raises ``AccountURLError`` whose message says what was
expected, so the officer can fix the link; the message is worded in the active
language (Russian by default, English for a request in English).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# Lazy: worded in the language of the request that is refused, not at import.
SUPPORTED_FORMS = gettext_lazy(
    "vk.com/<имя>, vk.com/id123, vk.com/club123, vk.com/public123; "
    "t.me/<имя>; ok.ru/group/123, ok.ru/profile/123, ok.ru/<имя>; dzen.ru/<имя>, dzen.ru/id/<id>; "
    "youtube.com/@<имя>, youtube.com/channel/UC…; rutube.ru/channel/123"
)


class AccountURLError(ValueError):
    """The text is not a link to an account on a supported platform."""


@dataclass(frozen=True)
class ParsedAccount:
    platform: str
    kind: str  # "person" | "community" | "channel" | "" (unknown until resolved)
    external_id: str
    screen_name: str
    url: str


_HOST_PLATFORM = {
    "vk.com": "vk",
    "vk.ru": "vk",
    "m.vk.com": "vk",
    "m.vk.ru": "vk",
    "new.vk.com": "vk",
    "t.me": "telegram",
    "telegram.me": "telegram",
    "telegram.dog": "telegram",
    "ok.ru": "ok",
    "m.ok.ru": "ok",
    "odnoklassniki.ru": "ok",
    "dzen.ru": "dzen",
    "zen.yandex.ru": "dzen",
    "youtube.com": "youtube",
    "m.youtube.com": "youtube",
    "youtu.be": "youtube",
    "rutube.ru": "rutube",
}

# VK paths that are sections of the site, not accounts.
_VK_RESERVED = {
    "feed",
    "im",
    "search",
    "friends",
    "groups",
    "apps",
    "app",
    "audio",
    "audios",
    "video",
    "videos",
    "photos",
    "settings",
    "login",
    "away.php",
    "docs",
    "market",
    "services",
    "support",
    "dev",
    "about",
    "terms",
    "privacy",
    "blog",
    "clips",
    "discover",
    "games",
    "music",
    "messages",
    "notifications",
    "bookmarks",
    "mail",
    "write",
}
_VK_CONTENT = re.compile(r"^(wall|photo|video|album|topic|board|clip|story|audio|doc|market)-?\d")
_VK_NUMERIC = re.compile(r"^(id|club|public|event)(\d+)$")
_VK_NAME = re.compile(r"^[a-z][a-z0-9_.]{1,31}$")
_TG_NAME = re.compile(r"^[a-z][a-z0-9_]{3,31}$")
_TG_RESERVED = {"joinchat", "addstickers", "addemoji", "share", "proxy", "socks", "iv", "c", "s"}
_OK_NAME = re.compile(r"^[a-z0-9_.]{2,64}$")
_OK_RESERVED = {"video", "music", "games", "feed", "messages", "dk", "search", "settings", "app"}
_DZEN_NAME = re.compile(r"^[a-z0-9_.-]{2,64}$")
_DZEN_RESERVED = {"a", "b", "video", "shorts", "news", "articles", "media", "search", "feed"}
_YT_HANDLE = re.compile(r"^@[\w.\-]{3,30}$")
_YT_CHANNEL_ID = re.compile(r"^UC[A-Za-z0-9_-]{22}$")
_YT_LEGACY = re.compile(r"^[\w.\-]{1,100}$")
_RT_CHANNEL = re.compile(r"^\d{1,12}$")


def _fail(message: str) -> AccountURLError:
    return AccountURLError(message)


def parse_account_url(text: str) -> ParsedAccount:
    """Parse a pasted link to an account.

    Accepts links with or without scheme and ``www.``, any case, query strings
    and fragments. Screen names are lower-cased because every supported
    platform treats them case-insensitively. Raises ``AccountURLError`` for an
    empty, malformed or unsupported link, or a link to content instead of an
    account.
    """
    raw = (text or "").strip()
    if not raw:
        raise _fail(_("Вставьте ссылку на аккаунт, например https://vk.com/durov."))
    if any(ch.isspace() for ch in raw):
        raise _fail(_("Ссылка не должна содержать пробелов: «%(url)s».") % {"url": raw})
    candidate = raw if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", raw) else f"https://{raw}"
    try:
        parts = urlsplit(candidate)
        host = (parts.hostname or "").lower()
    except ValueError as exc:
        raise _fail(_("Не удалось разобрать ссылку «%(url)s».") % {"url": raw}) from exc
    if parts.scheme.lower() not in {"http", "https"}:
        raise _fail(_("Ожидается ссылка http(s)://…, получено «%(url)s».") % {"url": raw})
    host = host.removeprefix("www.")
    platform = _HOST_PLATFORM.get(host)
    if platform is None:
        raise _fail(
            _("Сайт «%(site)s» не поддерживается. Поддерживаемые форматы: %(forms)s.")
            % {"site": host or raw, "forms": SUPPORTED_FORMS}
        )
    if host == "youtu.be":
        raise _fail(
            _("«%(url)s» — ссылка на видео, а не на канал; ожидается youtube.com/@<имя>.")
            % {"url": raw}
        )
    segments = [unquote(s) for s in parts.path.split("/") if s]
    query = parse_qs(parts.query)
    parser = _PARSERS[platform]
    return parser(segments, query, raw)


def _vk(segments: list[str], query: dict[str, list[str]], raw: str) -> ParsedAccount:
    if not segments:
        raise _fail(
            _("В ссылке «%(url)s» нет имени страницы: ожидается vk.com/<имя> или vk.com/id123.")
            % {"url": raw}
        )
    name = segments[0].lower()
    if name in {"wall", "away.php"} or _VK_CONTENT.match(name):
        raise _fail(
            _(
                "«%(url)s» — ссылка на запись или материал, а не на страницу. "
                "Ожидается vk.com/<имя>, vk.com/id123 или vk.com/club123."
            )
            % {"url": raw}
        )
    if name in _VK_RESERVED:
        raise _fail(
            _("«%(url)s» — раздел сайта ВКонтакте, а не страница блогера или сообщества.")
            % {"url": raw}
        )
    match = _VK_NUMERIC.match(name)
    if match:
        prefix, number = match.groups()
        if int(number) == 0:
            raise _fail(_("В ссылке «%(url)s» неверный номер страницы.") % {"url": raw})
        if prefix == "id":
            return ParsedAccount("vk", "person", number, "", f"https://vk.com/id{number}")
        return ParsedAccount(
            "vk", "community", f"-{number}", "", f"https://vk.com/{prefix}{number}"
        )
    if not _VK_NAME.match(name):
        raise _fail(
            _(
                "«%(name)s» не похоже на короткое имя ВКонтакте: латиница, цифры, «_» и «.», "
                "начинается с буквы, до 32 символов."
            )
            % {"name": segments[0]}
        )
    return ParsedAccount("vk", "", "", name, f"https://vk.com/{name}")


def _telegram(segments: list[str], query: dict[str, list[str]], raw: str) -> ParsedAccount:
    if segments and segments[0] == "s":  # t.me/s/<name> is the web preview of a channel
        segments = segments[1:]
    if not segments:
        raise _fail(_("В ссылке «%(url)s» нет имени канала: ожидается t.me/<имя>.") % {"url": raw})
    name = segments[0]
    if name.startswith("+") or name.lower() in {"joinchat"}:
        raise _fail(
            _(
                "«%(url)s» — приглашение в закрытый чат; отслеживать можно только публичные "
                "каналы t.me/<имя>."
            )
            % {"url": raw}
        )
    lowered = name.lower()
    if lowered in _TG_RESERVED:
        raise _fail(
            _("«%(url)s» — служебная ссылка Telegram, ожидается t.me/<имя канала>.") % {"url": raw}
        )
    if not _TG_NAME.match(lowered):
        raise _fail(
            _(
                "«%(name)s» не похоже на имя в Telegram: 5–32 символа, латиница, цифры и «_», "
                "начинается с буквы."
            )
            % {"name": name}
        )
    return ParsedAccount("telegram", "channel", "", lowered, f"https://t.me/{lowered}")


def _ok(segments: list[str], query: dict[str, list[str]], raw: str) -> ParsedAccount:
    if not segments:
        raise _fail(
            _("В ссылке «%(url)s» нет страницы: ожидается ok.ru/group/123 или ok.ru/profile/123.")
            % {"url": raw}
        )
    head = segments[0].lower()
    if head in {"group", "profile"}:
        if len(segments) < 2 or not segments[1].isdigit():
            raise _fail(
                _("После ok.ru/%(section)s/ ожидается числовой идентификатор, получено «%(url)s».")
                % {"section": head, "url": raw}
            )
        kind = "community" if head == "group" else "person"
        number = segments[1]
        return ParsedAccount("ok", kind, number, "", f"https://ok.ru/{head}/{number}")
    if head in _OK_RESERVED:
        raise _fail(
            _("«%(url)s» — раздел Одноклассников, а не страница группы или профиля.") % {"url": raw}
        )
    if not _OK_NAME.match(head):
        raise _fail(
            _("«%(name)s» не похоже на короткое имя в Одноклассниках.") % {"name": segments[0]}
        )
    return ParsedAccount("ok", "", "", head, f"https://ok.ru/{head}")


def _dzen(segments: list[str], query: dict[str, list[str]], raw: str) -> ParsedAccount:
    if not segments:
        raise _fail(
            _("В ссылке «%(url)s» нет канала: ожидается dzen.ru/<имя> или dzen.ru/id/<id>.")
            % {"url": raw}
        )
    head = segments[0].lower()
    if head == "id":
        if len(segments) < 2 or not re.fullmatch(r"[0-9a-f]{24}", segments[1].lower()):
            raise _fail(
                _("После dzen.ru/id/ ожидается 24-значный идентификатор канала, «%(url)s».")
                % {"url": raw}
            )
        channel_id = segments[1].lower()
        return ParsedAccount("dzen", "channel", channel_id, "", f"https://dzen.ru/id/{channel_id}")
    if head in _DZEN_RESERVED:
        raise _fail(
            _("«%(url)s» — ссылка на публикацию или раздел Дзена, а не на канал.") % {"url": raw}
        )
    if not _DZEN_NAME.match(head):
        raise _fail(_("«%(name)s» не похоже на имя канала в Дзене.") % {"name": segments[0]})
    return ParsedAccount("dzen", "channel", "", head, f"https://dzen.ru/{head}")


def _youtube(segments: list[str], query: dict[str, list[str]], raw: str) -> ParsedAccount:
    if not segments:
        raise _fail(
            _("В ссылке «%(url)s» нет канала: ожидается youtube.com/@<имя>.") % {"url": raw}
        )
    head = segments[0]
    if head.lower() in {"watch", "shorts", "embed", "live", "playlist", "results"} or "v" in query:
        raise _fail(
            _("«%(url)s» — ссылка на видео, а не на канал; ожидается youtube.com/@<имя>.")
            % {"url": raw}
        )
    if head.startswith("@"):
        if not _YT_HANDLE.match(head):
            raise _fail(
                _("«%(name)s» не похоже на псевдоним канала YouTube (3–30 символов).")
                % {"name": head}
            )
        handle = head[1:].lower()
        return ParsedAccount("youtube", "channel", "", handle, f"https://www.youtube.com/@{handle}")
    if head == "channel":
        if len(segments) < 2 or not _YT_CHANNEL_ID.match(segments[1]):
            raise _fail(
                _("После youtube.com/channel/ ожидается идентификатор вида UC…, «%(url)s».")
                % {"url": raw}
            )
        channel_id = segments[1]  # case-sensitive
        return ParsedAccount(
            "youtube", "channel", channel_id, "", f"https://www.youtube.com/channel/{channel_id}"
        )
    if head in {"c", "user"}:
        if len(segments) < 2 or not _YT_LEGACY.match(segments[1]):
            raise _fail(
                _("После youtube.com/%(section)s/ ожидается имя канала, «%(url)s».")
                % {"section": head, "url": raw}
            )
        name = segments[1].lower()
        return ParsedAccount(
            "youtube", "channel", "", name, f"https://www.youtube.com/{head}/{name}"
        )
    raise _fail(
        _(
            "«%(url)s» не похоже на ссылку на канал YouTube; ожидается youtube.com/@<имя> "
            "или youtube.com/channel/UC…."
        )
        % {"url": raw}
    )


def _rutube(segments: list[str], query: dict[str, list[str]], raw: str) -> ParsedAccount:
    if len(segments) >= 2 and segments[0].lower() == "channel":
        if not _RT_CHANNEL.match(segments[1]):
            raise _fail(
                _("После rutube.ru/channel/ ожидается номер канала, «%(url)s».") % {"url": raw}
            )
        number = segments[1]
        return ParsedAccount(
            "rutube", "channel", number, "", f"https://rutube.ru/channel/{number}/"
        )
    if len(segments) >= 2 and segments[0].lower() == "u":
        name = segments[1].lower()
        if not re.fullmatch(r"[a-z0-9_.-]{2,64}", name):
            raise _fail(_("«%(name)s» не похоже на имя канала RuTube.") % {"name": segments[1]})
        return ParsedAccount("rutube", "channel", "", name, f"https://rutube.ru/u/{name}/")
    if segments and segments[0].lower() in {"video", "shorts", "play", "live"}:
        raise _fail(
            _("«%(url)s» — ссылка на видео, а не на канал; ожидается rutube.ru/channel/123.")
            % {"url": raw}
        )
    raise _fail(
        _("«%(url)s» не похоже на ссылку на канал RuTube; ожидается rutube.ru/channel/123.")
        % {"url": raw}
    )


_PARSERS = {
    "vk": _vk,
    "telegram": _telegram,
    "ok": _ok,
    "dzen": _dzen,
    "youtube": _youtube,
    "rutube": _rutube,
}


@dataclass(frozen=True)
class ParsedPost:
    """A link to one post: its platform, its author (VK owner id or a screen
    name) and the post's id on the platform, as the ledger keys posts."""

    platform: str
    owner_external_id: str
    owner_screen_name: str
    external_id: str


_VK_WALL = re.compile(r"wall(-?\d+)_(\d+)")
_TG_POST = re.compile(r"^(?:s/)?([a-z][a-z0-9_]{3,31})/(\d+)$")


def parse_post_url(text: str) -> ParsedPost | None:
    """The post a link points to (``vk.com/wall-1_2``, also inside ``?w=wall-1_2``;
    ``t.me/name/123``), or ``None`` when the link is not one we can match to the
    ledger (any other link is still a valid publication link)."""
    raw = (text or "").strip()
    candidate = raw if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", raw) else f"https://{raw}"
    try:
        parts = urlsplit(candidate)
        host = (parts.hostname or "").lower().removeprefix("www.")
    except ValueError:
        return None
    platform = _HOST_PLATFORM.get(host)
    if platform == "vk":
        match = _VK_WALL.search(unquote(f"{parts.path}?{parts.query}"))
        if match:
            return ParsedPost("vk", match.group(1), "", match.group(2))
    elif platform == "telegram":
        match = _TG_POST.match(unquote(parts.path).strip("/").lower())
        if match:
            return ParsedPost("telegram", "", match.group(1), match.group(2))
    return None
