"""Step 5 of the text pipeline: which territories a post is about — a gazetteer of
territory names in all the ways residents write them, and natasha NER as a fallback."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import pairwise
from typing import Any, NamedTuple

from monitoring.text.normalise import clean
from monitoring.text.words import (
    MIN_STEM,
    PLAIN_ADJECTIVE_ENDINGS,
    Stem,
    Word,
    lemma_of,
    noun_stem,
    parses_of,
    toponym_stem,
    words_of,
)

# NER reads at most this many characters (its cost grows with the length).
NER_MAX_CHARS = 5_000

# Words that say what kind of place a name is («г. Заречье», «Тихореченский
# муниципальный район»), as written. They are not part of the name a resident uses,
# but a match extends over them when they stand next to it.
PLACE_TYPES = frozenset(
    {
        *("г", "гор", "город", "с", "село", "сельский", "сельское", "поселение"),
        *("пос", "п", "поселок", "пгт", "рп", "д", "дер", "деревня", "х", "хутор"),
        *("ст", "станица", "мкр", "микрорайон", "район", "муниципальный"),
        *("р-н", "р-на", "р-не", "р-ну", "р-ном", "рн"),
        *("муниципальное", "городской", "городское", "округ", "мо", "образование"),
        *("область", "обл", "край", "республика"),
    }
)
_BEFORE_PLACE = PLACE_TYPES | {"в", "во", "из", "на", "под", "у", "около", "возле", "близ", "до"}
_CYRILLIC = re.compile(r"[а-я]")
# Letters between a name's stem and its adjective: Заречье → заречинский, зареченский;
# Тихоречье → тихореченский; Заозёрье → заозёрный.
_LINKS = ("ин", "ен", "ян", "ан", "н")


class TerritoryMatch(NamedTuple):
    """A territory found in a post: ``start:stop`` is the span in the original text;
    ``how`` is ``"name"`` (its name in some case form), ``"derived"`` (an adjective or
    noun made from it: «заречинский»; «в Сосновке» for the Сосновский район) or
    ``"ner"`` (a place NER marked, matched by stem)."""

    territory_id: int
    start: int
    stop: int
    how: str


# (territory ids, first word, last word + 1, how) — a match over a list of words.
WordsMatch = tuple[frozenset[int], int, int, str]


class Gazetteer:
    """Territory names and the ways residents write them.

    Built from ``(territory_id, name)`` pairs; an id may come with several names
    (aliases: «Сосновский муниципальный район» and its centre «Сосновка»).

    - **Names.** The place-type words are dropped from a name («городской округ
      Заречье» → «Заречье», «Тихореченский муниципальный район» → «тихореченский»)
      and the rest becomes a sequence of lemmas. A post matches it when its words, in
      order, can have those lemmas: every case form («в Заречье», «из Заречья»,
      «Тихореченского района»), multiword names («в Красном Бору» for an alias
      «Красный Бор»). The longest name at a position wins. A name made only of
      place-type words is used whole.
    - **Derived words.** A one-word name also gives a stem of at least ``MIN_STEM``
      letters («Заречье» → «зареч», «Сосновский» → «соснов»), a two-word name a
      compound one («Красный Бор» → «краснобор»). A post's word shaped like a toponym —
      an adjective in -ский/-цкий/-ской, or a noun ending like a place name (-ка, -ово,
      -ье, -ск…) or most probably one — matches a territory with the same stem, where
      an adjective may add a linking syllable to a noun's stem (-ин-, -ен-, -н-):
      «заречинский» → Заречье, «в Сосновке» → Сосновский район, «в Тихоречье» →
      Тихореченский район. Ordinary adjectives («заречный», «береговой») are not
      derived words; a word that matched a name is not tried as one.
    - ``match_place`` reads a span NER vouches for as a place more loosely.

    Matching costs a few dictionary look-ups per word; building costs a parse per
    name word. Immutable once built: build one per process and share it.
    """

    def __init__(self, territories: Iterable[tuple[int, str]]) -> None:
        self._names: dict[str, list[tuple[tuple[str, ...], frozenset[int]]]] = {}
        self._nouns: dict[str, set[int]] = {}
        self._adjectives: dict[str, set[int]] = {}
        self._adjective_bases: dict[str, set[int]] = {}
        by_key: dict[tuple[str, ...], set[int]] = {}
        for territory_id, name in territories:
            words = words_of(clean(name))
            core = [w for w in words if w.text not in PLACE_TYPES] or words
            if not core:
                continue
            by_key.setdefault(tuple(w.info.lemma for w in core), set()).add(territory_id)
            for stem, adjective in _name_stems(core):
                if adjective:
                    self._adjectives.setdefault(stem, set()).add(territory_id)
                    for base in _without_link(stem):
                        self._adjective_bases.setdefault(base, set()).add(territory_id)
                else:
                    self._nouns.setdefault(stem, set()).add(territory_id)
        for key, ids in by_key.items():
            self._names.setdefault(key[0], []).append((key, frozenset(ids)))
        for keys in self._names.values():
            keys.sort(key=lambda item: -len(item[0]))

    def __bool__(self) -> bool:
        return bool(self._names)

    def match(self, words: Sequence[Word]) -> list[WordsMatch]:
        """The territories named in ``words``, in order; linear in the words."""
        found: list[WordsMatch] = []
        i, n = 0, len(words)
        while i < n:
            hit = self._name_at(words, i)
            if hit is not None:
                ids, length = hit
                found.append((ids, i, i + length, "name"))
                i += length
                continue
            ids = self.stem_ids(words[i].info.stems)
            if ids:
                found.append((ids, i, i + 1, "derived"))
            i += 1
        return found

    def _name_at(self, words: Sequence[Word], i: int) -> tuple[frozenset[int], int] | None:
        best: tuple[frozenset[int], int] | None = None
        for lemma in words[i].info.lemmas:
            for key, ids in self._names.get(lemma, ()):  # longest first
                length = len(key)
                if best is not None and length <= best[1]:
                    break
                if i + length <= len(words) and all(
                    key[j] in words[i + j].info.lemmas for j in range(1, length)
                ):
                    best = (ids, length)
                    break
        return best

    def stem_ids(self, stems: Iterable[Stem]) -> frozenset[int]:
        """The territories whose stem matches one of ``stems`` (see the class
        docstring: equal, or an adjective's stem = a noun's stem + a link)."""
        ids: set[int] = set()
        for stem, adjective in stems:
            if adjective:
                ids.update(self._adjectives.get(stem, ()))
                for base in _without_link(stem):
                    ids.update(self._nouns.get(base, ()))
            else:
                ids.update(self._nouns.get(stem, ()))
                ids.update(self._adjective_bases.get(stem, ()))
        return frozenset(ids)

    def match_place(self, words: Sequence[Word]) -> frozenset[int]:
        """The territories in words NER marked as one place: names and derived words
        first; failing those, the stem of any noun or adjective in it («в Луговом»,
        «в Боровлянах») and the compound of an adjective and a noun («в Красном Бору»
        → «краснобор»)."""
        strict = self.match(words)
        if strict:
            return frozenset().union(*(ids for ids, *_ in strict))
        parsed = [parses_of(w.text) for w in words]
        stems = {s for parses in parsed for p in parses if (s := toponym_stem(p, loose=True))}
        for left, right in pairwise(parsed):
            stems.update(_compounds(left, right))
        return self.stem_ids(stems)


def _without_link(stem: str) -> set[str]:
    bases = {stem}
    for link in _LINKS:
        if stem.endswith(link) and len(stem) - len(link) >= MIN_STEM:
            bases.add(stem[: -len(link)])
    return bases


def _compounds(left: Iterable[Any], right: Iterable[Any]) -> set[Stem]:
    """«Красный Бор» → «краснобор», «Белые Ключи» → «белоключ»: the base a two-word
    name gives its one-word adjective (красноборский, белоключинский)."""
    roots = {
        lemma_of(p).removesuffix(ending)
        for p in left
        if "ADJF" in p.tag
        for ending in PLAIN_ADJECTIVE_ENDINGS
        if lemma_of(p).endswith(ending)
    }
    nouns = {noun_stem(lemma_of(p)) for p in right if "NOUN" in p.tag}
    return {
        (f"{root}{link}{noun}", False)
        for root in roots
        for link in "ое"
        for noun in nouns
        if len(root) >= 2 and len(root) + 1 + len(noun) >= MIN_STEM
    }


def _name_stems(core: Sequence[Word]) -> set[Stem]:
    """The stems of a territory's name: of its one word (its adjective parses if it
    has any, else its noun parses), or the compound of its two words."""
    if len(core) == 1:
        parses = parses_of(core[0].text)
        adjectives = [p for p in parses if "ADJF" in p.tag]
        return {s for p in adjectives or parses if (s := toponym_stem(p, loose=True))}
    if len(core) == 2:
        return _compounds(parses_of(core[0].text), parses_of(core[1].text))
    return set()


def extend_over_place_types(words: Sequence[Word], first: int, last: int) -> tuple[int, int]:
    """Widen a match over up to two place-type words each side: «г. Заречье»,
    «Тихореченского муниципального района»."""
    for _ in range(2):
        if first > 0 and _is_place_type(words[first - 1]):
            first -= 1
        if last < len(words) and _is_place_type(words[last]):
            last += 1
    return first, last


def _is_place_type(word: Word) -> bool:
    return word.text in PLACE_TYPES or word.info.lemma in PLACE_TYPES


def place_cue(words: Sequence[Word]) -> bool:
    """Whether a post may name a place the gazetteer missed: a word that is most
    probably a geographical name, or may be one and does not open a sentence
    («Куда смотрит…» does not count); or a capitalised Cyrillic word that follows
    «в», «из», «у»… or a place-type word («с. Луговое»), or that the dictionary does
    not know and that does not open a sentence («Репост!» does not count)."""
    for i, word in enumerate(words):
        if word.info.is_place or (word.info.may_be_place and not word.opens_sentence):
            return True
        if word.capitalised and _CYRILLIC.match(word.text):
            if i > 0 and words[i - 1].text in _BEFORE_PLACE:
                return True
            if not word.info.is_known and not word.opens_sentence:
                return True
    return False


@cache
def _natasha_ner() -> tuple[Any, Any]:
    from natasha import NewsEmbedding, NewsNERTagger
    from threadpoolctl import ThreadpoolController

    return NewsNERTagger(NewsEmbedding()), ThreadpoolController()


def natasha_locations(text: str) -> list[tuple[int, int]]:
    """``(start, stop)`` of the places (LOC spans) natasha's news NER finds in ``text``.

    The first call loads the model from the natasha wheel (≈ 1–2 s and ≈ 180 MB once
    per process; nothing is downloaded). Then a short post takes ≈ 2 ms on one core;
    the cost grows with the length, hence ``NER_MAX_CHARS``.
    """
    tagger, threads = _natasha_ner()
    # One BLAS thread: the model multiplies small matrices, and more threads only
    # wait on each other (ten times the CPU time on a busy two-core machine).
    with threads.limit(limits=1, user_api="blas"):
        markup = tagger(text[:NER_MAX_CHARS])
    return [(span.start, span.stop) for span in markup.spans if span.type == "LOC"]
