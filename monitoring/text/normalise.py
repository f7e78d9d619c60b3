"""Steps 1–2 of the text pipeline: cleaning and markup, keeping every character's
place in the original text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

# Only this many characters of a post are analysed: a 100 KB paste (a document, a
# spam wall) costs at most as much as a long post, and its start says what it is about.
MAX_CHARS = 20_000

# Format characters that only shape how a word is shown: removed, so «ото\xadпление»
# reads as one word (and a zero-width space slipped into a word to dodge keyword
# filters does not split it). A zero-width joiner is kept only inside an emoji.
_PICTOGRAPH = (
    "[\u231a\u231b\u23e9-\u23f3\u23f8-\u23fa\u2600-\u27bf\u2934\u2935\u2b05-\u2b07"
    "\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]"
)
_INVISIBLE = re.compile(
    "[\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
    f"|\u200d(?!{_PICTOGRAPH})"
)
# Control characters, and halves of surrogate pairs left by a broken decoding
# (they cannot be encoded, and the dictionaries look words up in UTF-8).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

_TLD = r"(?:ru|рф|su|com|net|org|info|me|io|pro|online|site|club|biz|tv|gov)"
# Each pattern that repeats a character class starts only where a run of that
# class starts (the look-behinds): else a 20,000-letter "word" costs quadratic time.
_MARKUP = re.compile(
    rf"(?P<url>(?:https?://|www\.)[^\s<>«»\"]+"
    rf"|(?<![\w@.-])(?:[a-zа-я0-9-]+\.)+{_TLD}(?![\w-])(?:/[^\s<>«»\"]*)?)"
    r"|(?P<email>(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<vk>\[(?:id|club|public|event)\d+\|(?P<vkname>[^\]\[|\n]{1,100})\])"
    r"|(?P<mention>(?<![\w.])@[A-Za-z0-9_.]{2,64})"
    r"|(?P<hashtag>(?<![\w#])#[^\W\d_]\w*)"
    r"|(?P<flag>[\U0001f1e6-\U0001f1ff]{2})"
    rf"|(?P<emoji>{_PICTOGRAPH}(?:[\ufe0f\u20e3\U0001f3fb-\U0001f3ff]|\u200d{_PICTOGRAPH})*)"
    r"|(?P<joiner>[\ufe0e\ufe0f\u200d\u20e3])",
    re.IGNORECASE,
)
_URL_TAIL = ".,;:!?)]}»\"'"
# Where a hashtag written in CamelCase splits into words: #ОтоплениеЗаречье.
CAMEL_BOUNDARY = re.compile(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])")

# Latin letters that look like Cyrillic ones, and back.
_LATIN_LOOK_ALIKES, _CYRILLIC_LOOK_ALIKES = "AaBCcEeHKkMmOoPpTXxYy", "АаВСсЕеНКкМмОоРрТХхУу"
_LATIN_TO_CYRILLIC = str.maketrans(_LATIN_LOOK_ALIKES, _CYRILLIC_LOOK_ALIKES)
_CYRILLIC_TO_LATIN = str.maketrans(_CYRILLIC_LOOK_ALIKES, _LATIN_LOOK_ALIKES)
_LOOK_ALIKE = frozenset(_LATIN_LOOK_ALIKES + _CYRILLIC_LOOK_ALIKES)
_LETTERS = re.compile(r"[A-Za-zА-Яа-яЁё]+")
_HAS_LATIN = re.compile(r"[A-Za-z]")
_HAS_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# Removed markup leaves a space before punctuation («[id1|Иван], …» → «Иван , …»);
# ``Normalised.text`` closes it up.
_SPACE_BEFORE_PUNCTUATION = re.compile(r" ([,.;:!?)»])")


@dataclass(frozen=True, slots=True)
class Normalised:
    """A post made readable for matching.

    ``text``: links, handles and emoji removed, hashtags as words, whitespace
    collapsed, «ё» as «е», look-alike letters fixed. ``hashtags``: their words in
    lower case (``"жкх заречье"``). ``mentions``: VK display names and ``@handles``.
    ``truncated``: only the first ``MAX_CHARS`` characters were read.
    """

    text: str
    links: tuple[str, ...]
    hashtags: tuple[str, ...]
    mentions: tuple[str, ...]
    emoji_count: int
    truncated: bool


class Cleaned(NamedTuple):
    """``normalised`` plus what the later steps need: ``chars``, the cleaned text
    before whitespace is collapsed, where ``chars[i]`` comes from
    ``original[origin[i]]`` (``origin`` is None when they are the same), and the
    ``(start, stop)`` of each hashtag in ``chars``."""

    normalised: Normalised
    chars: str
    origin: list[int] | None
    hashtag_ranges: list[tuple[int, int]]

    def original(self, start: int, stop: int) -> tuple[int, int]:
        """The span of ``chars[start:stop]`` in the original text."""
        if self.origin is None:
            return start, stop
        return self.origin[start], max(self.origin[stop], self.origin[stop - 1] + 1)


def _nfkc_with_origin(text: str) -> tuple[str, list[int]]:
    """Drop invisible characters and NFKC one base character with its combining
    marks at a time (so a decomposed «й» becomes one letter), remembering where
    every output character came from. The list ends with ``len(text)``."""
    dropped = {m.start() for m in _INVISIBLE.finditer(text)}
    pieces: list[str] = []
    origin: list[int] = []
    i, n = 0, len(text)
    while i < n:
        if i in dropped:
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(text[j]) and j not in dropped:
            j += 1
        piece = unicodedata.normalize("NFKC", text[i:j])
        pieces.append(piece)
        origin.extend([i] * len(piece))
        i = j
    origin.append(n)
    return "".join(pieces), origin


def _fix_homoglyphs(match: re.Match[str]) -> str:
    """A word mixing scripts is written in one: the script of a letter that has no
    look-alike in the other («Ж» in «ЖKX», «V» in «Vоdоkanal»), else the script of
    most of its letters. «VK» or «WiFi» stay Latin."""
    word = match.group()
    latin = sum(1 for ch in word if ch < "\u0080")
    if latin == 0 or latin == len(word):
        return word
    if any(ch not in _LOOK_ALIKE for ch in word if ch >= "\u0080"):
        cyrillic = True
    elif any(ch not in _LOOK_ALIKE for ch in word if ch < "\u0080"):
        cyrillic = False
    else:
        cyrillic = latin <= len(word) - latin
    return word.translate(_LATIN_TO_CYRILLIC if cyrillic else _CYRILLIC_TO_LATIN)


def _hashtag_words(tag: str) -> str:
    return " ".join(CAMEL_BOUNDARY.sub(" ", tag).split()).lower()


def clean(text: str | None) -> Cleaned:
    """Steps 1–2 of the pipeline on ``text``; ``None`` or a non-string reads as ""."""
    text = text if isinstance(text, str) else ""
    truncated = len(text) > MAX_CHARS
    text = text[:MAX_CHARS]
    origin: list[int] | None = None
    if not text.isascii() and (
        _INVISIBLE.search(text) or not unicodedata.is_normalized("NFKC", text)
    ):
        text, origin = _nfkc_with_origin(text)
    # From here on every change keeps the length, so offsets stay valid.
    chars = list(_CONTROL.sub(" ", text))
    links: list[str] = []
    mentions: list[str] = []
    hashtag_ranges: list[tuple[int, int]] = []
    emoji = 0

    def blank(start: int, stop: int) -> None:
        chars[start:stop] = " " * (stop - start)

    for match in _MARKUP.finditer(text):
        kind, start, stop = match.lastgroup, match.start(), match.end()
        if kind in ("url", "email"):
            value = match.group().rstrip(_URL_TAIL)
            links.append(value)
            blank(start, start + len(value))
        elif kind == "vk":  # [id1|Иван Петров] → Иван Петров
            mentions.append(match.group("vkname").strip())
            blank(start, match.start("vkname"))
            blank(stop - 1, stop)
        elif kind == "mention":
            mentions.append(match.group())
            blank(start, stop)
        elif kind == "hashtag":
            hashtag_ranges.append((start, stop))
            blank(start, start + 1)
            for i in range(start, stop):
                if chars[i] == "_":
                    chars[i] = " "
        else:  # emoji, flags and stray emoji joiners
            emoji += kind in ("emoji", "flag")
            blank(start, stop)
    cleaned = "".join(chars).replace("ё", "е").replace("Ё", "Е")
    if _HAS_LATIN.search(cleaned) and _HAS_CYRILLIC.search(cleaned):
        cleaned = _LETTERS.sub(_fix_homoglyphs, cleaned)
    shown = cleaned
    for start, stop in reversed(hashtag_ranges):
        shown = shown[:start] + CAMEL_BOUNDARY.sub(" ", shown[start:stop]) + shown[stop:]
    normalised = Normalised(
        text=_SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(shown.split())),
        links=tuple(links),
        hashtags=tuple(_hashtag_words(cleaned[a:b]) for a, b in hashtag_ranges),
        mentions=tuple(mentions),
        emoji_count=emoji,
        truncated=truncated,
    )
    return Cleaned(normalised, cleaned, origin, hashtag_ranges)


def normalise(text: str | None) -> Normalised:
    """Clean ``text`` for matching. Never raises: ``None`` or a non-string reads as
    an empty text."""
    return clean(text).normalised
