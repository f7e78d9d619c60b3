"""The text pipeline in one call: ``TextPipeline(gazetteer).analyse(text)``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from monitoring.text.normalise import clean
from monitoring.text.places import (
    Gazetteer,
    TerritoryMatch,
    extend_over_place_types,
    natasha_locations,
    place_cue,
)
from monitoring.text.words import Word, words_of

# text → (start, stop) of each place in it
LocationFinder = Callable[[str], Sequence[tuple[int, int]]]


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the pipeline read in one post.

    ``words``, ``lemmas``, ``lemma_options`` and ``spans`` are parallel: one entry
    per word, in order. ``lemmas`` holds each word's most probable lemma,
    ``lemma_options`` every lemma it may have, ``lemma_set`` all of those; ``spans``
    point into the original text. ``language`` is ``"ru"`` when at least half of the
    letters are Cyrillic, ``"other"`` otherwise and ``""`` without words; ``is_empty``
    says there are no words (blank, only emoji, links or numbers). ``ner_used``
    says NER ran on this post.
    """

    text: str
    words: tuple[str, ...]
    lemmas: tuple[str, ...]
    lemma_options: tuple[frozenset[str], ...]
    spans: tuple[tuple[int, int], ...]
    lemma_set: frozenset[str]
    hashtags: tuple[str, ...]
    links: tuple[str, ...]
    mentions: tuple[str, ...]
    emoji_count: int
    territories: tuple[TerritoryMatch, ...]
    territory_ids: frozenset[int]
    language: str
    is_empty: bool
    truncated: bool
    ner_used: bool


class TextPipeline:
    """Turns a post into an ``Analysis``.

    ``gazetteer`` routes posts to territories (``None``: no routing). NER is the
    fallback: it runs only when the gazetteer found nothing *and* the post shows a
    place cue (``place_cue``: a geographical name, an unknown capitalised word, a
    capitalised word after «в», «из», «с.»…). The places it marks are matched more
    loosely than the gazetteer dares on ordinary words (``Gazetteer.match_place``),
    which catches «в Луговом», «в Боровлянах», «в Красном Бору». ``use_ner=False``
    turns it off; ``ner`` replaces natasha (``natasha_locations``) with any
    ``text → [(start, stop)]`` function.

    Cost on one core for a short post (``bench/text_pipeline.py``): ≈ 0.25 ms for
    cleaning, words and lemmas (razdel takes half of it), ≈ 0.1 ms more for routing
    and topic matching; NER ≈ 2 ms more on the posts it runs on, after ≈ 1–2 s and
    ≈ 180 MB to load it once per process. ``analyse`` never raises on text: ``None``,
    empty, huge, emoji-only or mixed-script posts all give an ``Analysis``.
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        use_ner: bool = True,
        ner: LocationFinder | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.use_ner = use_ner
        self.ner: LocationFinder = ner or natasha_locations

    def analyse(self, text: str | None) -> Analysis:
        """Analyse one post; the same text always gives the same ``Analysis``."""
        cleaned = clean(text)
        words = words_of(cleaned)
        territories: list[TerritoryMatch] = []
        ner_used = False
        if self.gazetteer:
            for ids, first, last, how in self.gazetteer.match(words):
                first, last = extend_over_place_types(words, first, last)
                start, stop = cleaned.original(words[first].start, words[last - 1].stop)
                territories.extend(TerritoryMatch(t, start, stop, how) for t in sorted(ids))
            if not territories and self.use_ner and place_cue(words):
                ner_used = True
                for a, b in self.ner(cleaned.chars):
                    inside = [w for w in words if w.start < b and w.stop > a]
                    ids = self.gazetteer.match_place(inside) if inside else frozenset()
                    start, stop = cleaned.original(a, b)
                    territories.extend(TerritoryMatch(t, start, stop, "ner") for t in sorted(ids))
        options = tuple(w.info.lemmas for w in words)
        normalised = cleaned.normalised
        return Analysis(
            text=normalised.text,
            words=tuple(w.text for w in words),
            lemmas=tuple(w.info.lemma for w in words),
            lemma_options=options,
            spans=tuple(cleaned.original(w.start, w.stop) for w in words),
            lemma_set=frozenset().union(*options),
            hashtags=normalised.hashtags,
            links=normalised.links,
            mentions=normalised.mentions,
            emoji_count=normalised.emoji_count,
            territories=tuple(territories),
            territory_ids=frozenset(t.territory_id for t in territories),
            language=_language(words),
            is_empty=not words,
            truncated=normalised.truncated,
            ner_used=ner_used,
        )


def _language(words: Sequence[Word]) -> str:
    letters = cyrillic = 0
    for word in words:
        for ch in word.text:
            if ch.isalpha():
                letters += 1
                cyrillic += "а" <= ch <= "я"
    if not letters:
        return ""
    return "ru" if 2 * cyrillic >= letters else "other"
