"""Steps 3–4 of the text pipeline: words (razdel) and what pymorphy3 says about each
one — its lemmas, its part of speech and, when it looks like a place name, its stem."""

from __future__ import annotations

from bisect import bisect_right
from functools import cache, lru_cache
from typing import Any, NamedTuple

from razdel import tokenize

from monitoring.text.normalise import CAMEL_BOUNDARY, Cleaned

# Longer "words" are noise (a link the markup step missed, a keyboard mash).
MAX_WORD_CHARS = 50
# Distinct words kept parsed per process (≈ 1 KB each).
WORD_CACHE_SIZE = 65_536

FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ", "PRED", "NUMR"})

# A toponym stem and whether it comes from an adjective: («заречин», True).
Stem = tuple[str, bool]
MIN_STEM = 5
ADJECTIVE_SUFFIXES = ("ский", "цкий", "ской", "цкой")
PLAIN_ADJECTIVE_ENDINGS = ("ый", "ий", "ой")
# How the nominative of a place name tends to end: Сосновка, Журавлёво, Заречье,
# Тихоречие, Ключевск.
_PLACE_NOUN_ENDINGS = ("ка", "ки", "ово", "ево", "ино", "ыно", "ье", "ие", "ья", "ия", "ск", "цк")
_VOWELS = "аеиоуыэюяьй"


class WordInfo(NamedTuple):
    """What pymorphy3 knows about one lowercase word.

    ``lemma`` is the normal form of its most probable parse, ``lemmas`` the normal
    forms of all its parses («ямы» → {«ям», «яма»}); «ё» is written «е» in both.
    ``stems`` are the toponym stems the word may carry (see ``toponym_stem``).
    """

    lemma: str
    lemmas: frozenset[str]
    pos: str
    is_function_word: bool  # preposition, conjunction, particle, pronoun (also «наш»), …
    is_place: bool  # most probably a geographical name (Geox)
    may_be_place: bool  # one of its parses is a geographical name
    is_known: bool  # in the dictionary, not guessed from its ending
    stems: tuple[Stem, ...]


@cache
def morph_analyzer() -> Any:
    """The process's one pymorphy3 ``MorphAnalyzer`` (its packaged dictionaries:
    ≈ 15 MB, 0.1 s to load)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def parses_of(word: str) -> list[Any]:
    """pymorphy3's parses of a lowercase word, the likeliest first; none for a word
    it cannot read (it looks up the Unicode name of each letter, and some letters
    have none in this Python: Tangut, private use)."""
    try:
        return list(morph_analyzer().parse(word))
    except (ValueError, UnicodeError):
        return []


def lemma_of(parse: Any) -> str:
    """The normal form of a pymorphy3 parse, «ё» written «е»."""
    return str(parse.normal_form).replace("ё", "е")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def word_info(word: str) -> WordInfo:
    """Parse one lowercase word. Cached per process: posts repeat a small working
    vocabulary, so most words cost a dictionary look-up instead of a parse."""
    parses = parses_of(word)
    if not parses:
        return WordInfo(word, frozenset({word}), "", False, False, False, False, ())
    best = parses[0]
    pos = str(best.tag.POS or "")
    return WordInfo(
        lemma=lemma_of(best),
        lemmas=frozenset(lemma_of(p) for p in parses),
        pos=pos,
        is_function_word=pos in FUNCTION_POS or "Apro" in best.tag,
        is_place="Geox" in best.tag,
        may_be_place=any("Geox" in p.tag for p in parses),
        is_known=morph_analyzer().word_is_known(word),
        stems=tuple(sorted({s for p in parses if (s := toponym_stem(p, most_probable=p is best))})),
    )


class Word(NamedTuple):
    """A word of a post: lowercase ``text`` at ``start:stop`` of the cleaned chars."""

    text: str
    start: int
    stop: int
    info: WordInfo
    capitalised: bool  # «Заречье», not «заречье» nor «ЖКХ»
    opens_sentence: bool  # first in the text or after «.», «!», «?», «…»


_SENTENCE_ENDS = ".!?…"


def _opens_sentence(chars: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and chars[i].isspace():
        i -= 1
    return i < 0 or chars[i] in _SENTENCE_ENDS


def words_of(cleaned: Cleaned) -> list[Word]:
    """The words of a cleaned text, in order: razdel tokens with a letter in them
    (punctuation and numbers are not words), hashtags split at CamelCase."""
    ranges = cleaned.hashtag_ranges  # in order, apart
    starts = [start for start, _ in ranges]
    words: list[Word] = []
    for token in tokenize(cleaned.chars):
        text = token.text
        if len(text) > MAX_WORD_CHARS or not any(ch.isalpha() for ch in text):
            continue
        pieces = [(text, token.start)]
        hashtag = bisect_right(starts, token.start) - 1
        if hashtag >= 0 and token.start < ranges[hashtag][1]:
            pieces, start = [], token.start
            for part in CAMEL_BOUNDARY.split(text):
                pieces.append((part, start))
                start += len(part)
        for piece, start in pieces:
            lower = piece.lower()
            capitalised = piece[0].isupper() and not piece.isupper()
            opens = capitalised and _opens_sentence(cleaned.chars, start)
            words.append(
                Word(lower, start, start + len(piece), word_info(lower), capitalised, opens)
            )
    return words


def noun_stem(lemma: str) -> str:
    """Сосновка → соснов, Ключевск → ключев, Заречье → зареч, Боровляны → боровлян."""
    if lemma.endswith(("ск", "цк", "ка", "ки")):
        return lemma[:-2]
    return lemma.rstrip(_VOWELS)


def adjective_stem(lemma: str) -> str:
    """тихореченский → тихоречен, луговской → лугов, красный → красн."""
    for suffix in (*ADJECTIVE_SUFFIXES, *PLAIN_ADJECTIVE_ENDINGS):
        if lemma.endswith(suffix):
            return lemma[: -len(suffix)]
    return lemma


def toponym_stem(parse: Any, *, loose: bool = False, most_probable: bool = False) -> Stem | None:
    """The stem a pymorphy3 parse would have as a place name or its adjective, or
    None (not a toponym's shape, or shorter than ``MIN_STEM`` letters).

    By default only words shaped like toponyms count — adjectives in
    -ский/-цкий/-ской, nouns ending like place names, and nouns tagged as one in their
    ``most_probable`` parse — so the surname «Михайлова» gives nothing while
    «Михайловка» does. ``loose`` (a word NER marked as a place, a territory's own
    name): any noun or adjective.
    """
    lemma, tag = lemma_of(parse), parse.tag
    if "ADJF" in tag and (loose or lemma.endswith(ADJECTIVE_SUFFIXES)):
        stem, adjective = adjective_stem(lemma), True
    elif "NOUN" in tag and (
        loose or lemma.endswith(_PLACE_NOUN_ENDINGS) or (most_probable and "Geox" in tag)
    ):
        stem, adjective = noun_stem(lemma), False
    else:
        return None
    return (stem, adjective) if len(stem) >= MIN_STEM else None
