"""Watch topics («темы мониторинга»): which posts a topic catches.

A topic is a set of keywords and phrases with exclusions, an optional territory
scope and a severity weight. Everything is compared as lemmas, so a keyword
matches in any inflection («отопление» catches «без отопления», «отоплению»):

- a **keyword** of one word matches a post with a word that may have its lemma
  (any of the word's parses: «ямы» may be «яма»); a keyword not typed in its
  dictionary form may mean any of its lemmas too (``keyword_variants``);
- a **phrase** matches when all its words occur close together, in any order:
  within ``len(phrase) + PHRASE_SLACK`` consecutive words («нет воды» catches
  «воды нет» and «нет горячей воды»);
- an **exclusion** (a word or phrase, matched the same way) anywhere in the post
  vetoes the topic;
- a **territory scope** restricts the topic to posts routed to one of its territory
  ids (the caller passes a subtree's ids when it means the subtree).

Pure Python, no Django: ``TopicRule`` is built from the stored topic's raw
strings, ``TopicMatcher`` holds all rules of a process and matches an ``Analysis``
from ``monitoring.text``; ``validate_keywords`` gives the messages an API returns
for a topic's keywords.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice, product
from pathlib import Path
from typing import NamedTuple

from monitoring.text import Analysis
from monitoring.text.normalise import clean
from monitoring.text.words import Word, words_of

MAX_PHRASE_WORDS = 6
# A keyword whose words each have several lemmas is kept as this many lemma
# sequences at most.
MAX_VARIANTS = 8
# How many other words may sit among a phrase's words.
PHRASE_SLACK = 2
COMMON_LEMMAS_FILE = Path(__file__).parent / "data" / "common_lemmas.txt"

Phrase = tuple[str, ...]


@cache
def common_lemmas() -> frozenset[str]:
    """Lemmas too common in regional posts to be a topic on their own
    (``data/common_lemmas.txt``)."""
    lines = COMMON_LEMMAS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().replace("ё", "е") for line in lines if line.strip() and line[0] != "#"
    )


def _lemma_choices(word: Word) -> list[str]:
    # A word typed in its dictionary form means that word («сталь» stays «сталь»,
    # though «стали» may also be «стать»); any other form may mean any of its
    # lemmas, the likeliest first («холодные» → «холодное», «холодный»).
    if word.text in word.info.lemmas:
        return [word.text]
    return [word.info.lemma, *sorted(word.info.lemmas - {word.info.lemma})]


def _variants(words: Sequence[Word]) -> tuple[Phrase, ...]:
    if not words:
        return ()
    variants = product(*(_lemma_choices(w) for w in words))
    return tuple(tuple(v) for v in islice(variants, MAX_VARIANTS))


def lemmatise_keyword(text: str) -> Phrase:
    """A keyword or phrase as lemmas, the likeliest lemma of each word: «Отопления» →
    ("отопление",), «нет горячей воды» → ("нет", "горячий", "вода"). Cleaned like a
    post (look-alike letters, «ё», hashtags), so «ЖKХ» with a Latin K is ("жкх",).
    Empty when there is no word in it."""
    variants = keyword_variants(text)
    return variants[0] if variants else ()


def keyword_variants(text: str) -> tuple[Phrase, ...]:
    """Every lemma sequence a keyword may mean, ``lemmatise_keyword``'s first (at
    most ``MAX_VARIANTS``): «ямы» → ("ям",), ("яма",); «батареи холодные» →
    ("батарея", "холодное"), ("батарея", "холодный"). A keyword in its dictionary
    form has one. A topic matches any of them."""
    return _variants(words_of(clean(text)))


@dataclass(frozen=True, slots=True)
class TopicRule:
    """One watch topic as the matcher needs it.

    ``keywords`` and ``exclusions`` are lemma sequences; ``labels`` says, for each
    keyword, what a match reports (the keyword as the user typed it; by default its
    lemmas). ``territory_ids``: the topic only catches posts routed to one of them
    (None: anywhere). ``weight``: the topic's severity, passed on with each match.
    """

    id: int
    keywords: tuple[Phrase, ...]
    exclusions: tuple[Phrase, ...] = ()
    territory_ids: frozenset[int] | None = None
    weight: float = 1.0
    labels: tuple[str, ...] = ()

    @classmethod
    def from_strings(
        cls,
        id: int,
        keywords: Iterable[object],
        exclusions: Iterable[object] = (),
        *,
        territory_ids: Iterable[int] | None = None,
        weight: float = 1.0,
    ) -> TopicRule:
        """Lemmatise a topic's raw keywords and exclusions, each as all its
        ``keyword_variants``. Empty ones are dropped and repeats kept once
        (``validate_keywords`` tells the user about both)."""
        labelled = _lemmatise_all(keywords)
        return cls(
            id=id,
            keywords=tuple(labelled),
            exclusions=tuple(_lemmatise_all(exclusions)),
            territory_ids=None if territory_ids is None else frozenset(territory_ids),
            weight=weight,
            labels=tuple(labelled.values()),
        )

    def label(self, index: int) -> str:
        """What a match of ``keywords[index]`` reports."""
        return self.labels[index] if index < len(self.labels) else " ".join(self.keywords[index])


def _lemmatise_all(texts: Iterable[object]) -> dict[Phrase, str]:
    """Each lemma sequence of ``texts`` and the text it came from (the first one)."""
    labelled: dict[Phrase, str] = {}
    for raw in texts:
        if isinstance(raw, str):
            text = " ".join(raw.split())
            for phrase in keyword_variants(text):
                labelled.setdefault(phrase, text)
    return labelled


class TopicMatch(NamedTuple):
    """A topic a post matched: the keywords found (their labels, in the order they
    first occur) and where their words are in the original text, in text order."""

    topic_id: int
    weight: float
    terms: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


class TopicMatcher:
    """All the watch topics of a process, indexed for matching many posts.

    Building is linear in the keywords. Matching a post costs a dictionary look-up
    per distinct lemma of the post plus a check per candidate phrase, whatever the
    number of topics: 100 topics and thousands of posts are cheap. Immutable once
    built.
    """

    def __init__(self, rules: Iterable[TopicRule]) -> None:
        self.rules = tuple(rules)
        # lemma → (rule index, keyword index): one-word keywords by their lemma,
        # phrases by their first lemma.
        self._words: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._phrases: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for index, rule in enumerate(self.rules):
            for k, keyword in enumerate(rule.keywords):
                if keyword:
                    index_by = self._words if len(keyword) == 1 else self._phrases
                    index_by[keyword[0]].append((index, k))

    def match(self, analysis: Analysis) -> list[TopicMatch]:
        """The topics ``analysis`` matches, in the order the rules were given."""
        lemma_set = analysis.lemma_set
        found: dict[int, set[int]] = defaultdict(set)
        for lemma in lemma_set:
            for index, k in self._words.get(lemma, ()):
                found[index].add(k)
            for index, k in self._phrases.get(lemma, ()):
                if all(part in lemma_set for part in self.rules[index].keywords[k]):
                    found[index].add(k)
        if not found:
            return []
        positions = _positions(analysis)
        matches = []
        for index in sorted(found):
            rule = self.rules[index]
            if rule.territory_ids is not None and not (rule.territory_ids & analysis.territory_ids):
                continue
            if any(_find(positions, lemma_set, exclusion) for exclusion in rule.exclusions):
                continue
            located = sorted(
                (words, rule.label(k))
                for k in found[index]
                if (words := _find(positions, lemma_set, rule.keywords[k]))
            )
            if located:
                matches.append(
                    TopicMatch(
                        topic_id=rule.id,
                        weight=rule.weight,
                        terms=tuple(dict.fromkeys(label for _, label in located)),
                        spans=tuple(
                            analysis.spans[i] for i in sorted({i for ws, _ in located for i in ws})
                        ),
                    )
                )
        return matches


def _positions(analysis: Analysis) -> dict[str, list[int]]:
    positions: dict[str, list[int]] = defaultdict(list)
    for i, options in enumerate(analysis.lemma_options):
        for lemma in options:
            positions[lemma].append(i)
    return positions


def _find(
    positions: Mapping[str, list[int]], lemma_set: frozenset[str], keyword: Phrase
) -> list[int]:
    """The word positions where ``keyword`` occurs: every occurrence of a one-word
    keyword; the first close-enough group of a phrase's words; [] when absent."""
    if not all(part in lemma_set for part in keyword):
        return []
    if len(keyword) == 1:
        return positions[keyword[0]]
    window = _window(positions, keyword, len(keyword) + PHRASE_SLACK)
    return [] if window is None else window


def _window(positions: Mapping[str, list[int]], phrase: Phrase, width: int) -> list[int] | None:
    """The first window of at most ``width`` consecutive words holding all the words
    of ``phrase`` (as many times as the phrase repeats them), in any order: the
    positions of those words, or None. Linear in their occurrences."""
    need = Counter(phrase)
    events = sorted((p, lemma) for lemma in need for p in positions.get(lemma, ()))
    have: Counter[str] = Counter()
    complete = 0
    left = 0
    for right, (position, lemma) in enumerate(events):
        have[lemma] += 1
        complete += have[lemma] == need[lemma]
        while complete == len(need):
            start, first_lemma = events[left]
            if position - start < width:
                return sorted({p for p, _ in events[left : right + 1]})
            have[first_lemma] -= 1
            complete -= have[first_lemma] == need[first_lemma] - 1
            left += 1
    return None


# ---------------------------------------------------------------------------
# Validation


def _is_broad(word: Word, lemma: str) -> bool:
    return word.info.is_function_word or lemma in common_lemmas()


def _check(terms: Sequence[object], *, exclusions: bool) -> tuple[list[str], dict[Phrase, str]]:
    """Messages for one list of keywords or exclusions, and the text of each of its
    lemma sequences."""
    what = "Исключение" if exclusions else "Ключевое слово"
    catches = (
        "такое исключение отбросит почти всё" if exclusions else "такая тема поймает почти всё"
    )
    messages: list[str] = []
    seen: dict[Phrase, str] = {}
    for raw in terms:
        text = " ".join(raw.split()) if isinstance(raw, str) else ""
        if not text:
            messages.append(f"{what} пустое.")
            continue
        words = words_of(clean(text))
        if not words:
            messages.append(f"В «{text}» нет ни одного слова: числа, знаки и эмодзи не ищутся.")
            continue
        if len(words) > MAX_PHRASE_WORDS:
            messages.append(
                f"Фраза «{text}» длиннее {MAX_PHRASE_WORDS} слов: разбейте её на фразы короче."
            )
            continue
        variants = _variants(words)
        first = next((seen[v] for v in variants if v in seen), None)
        if first is not None:
            same = first.lower() == text.lower()
            messages.append(
                f"Повторяется: «{text}»."
                if same
                else f"Повторяется: «{text}» — то же, что «{first}»."
            )
            continue
        seen.update(dict.fromkeys(variants, text))
        if all(_is_broad(word, lemma) for word, lemma in zip(words, variants[0], strict=True)):
            if len(words) == 1:
                messages.append(f"Слишком общее слово: «{text}» — {catches}.")
            else:
                messages.append(f"Во фразе «{text}» нет значимых слов — {catches}.")
    return messages, seen


def validate_keywords(
    keywords: Sequence[object], exclusions: Sequence[object] = ()
) -> dict[str, list[str]]:
    """Messages, in Russian, for whatever is wrong with a topic's keywords and
    exclusions, by field (``"keywords"``, ``"exclusions"``); an empty dict when all
    is well. Refused: no keywords at all; an empty entry or one without words;
    a phrase over ``MAX_PHRASE_WORDS`` words; a repeat, also in another form
    («отопления» after «отопление»); an over-broad entry — a function word («в»,
    «нет», «наш») or a lemma from ``data/common_lemmas.txt`` («город», «житель»),
    or a phrase made only of those; an exclusion that is also a keyword."""
    errors: dict[str, list[str]] = {}
    keyword_messages, keyword_phrases = _check(keywords, exclusions=False)
    if not keywords:
        keyword_messages.insert(0, "Нужно хотя бы одно ключевое слово.")
    exclusion_messages, exclusion_phrases = _check(exclusions, exclusions=True)
    conflicts = (text for phrase, text in exclusion_phrases.items() if phrase in keyword_phrases)
    for text in dict.fromkeys(conflicts):
        exclusion_messages.append(
            f"«{text}» есть и среди ключевых слов, и среди исключений: "
            "по нему тема ничего не поймает."
        )
    if keyword_messages:
        errors["keywords"] = keyword_messages
    if exclusion_messages:
        errors["exclusions"] = exclusion_messages
    return errors
