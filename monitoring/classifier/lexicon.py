"""The lexicon baseline of the needs-response classifier, and what both
predictors share: labels, ``Prediction``, ``Example``, the ``Predictor`` protocol,
normalisation and the constants of the model."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

NEEDS_RESPONSE = "needs_response"
OFF_TOPIC = "off_topic"
POSITIVE = "positive"
LABELS = (NEEDS_RESPONSE, OFF_TOPIC, POSITIVE)
LABEL_NAMES = {NEEDS_RESPONSE: "нужен ответ", OFF_TOPIC: "не по теме", POSITIVE: "позитив"}

MIN_LABELS = 30
MIN_PER_LABEL = 8

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LEXICON_KINDS = ("negative", "positive", "negated", "question", "addressee", "demand")

# Beyond these a post is read no further: a 100 KB text costs what its first
# 20,000 characters cost, and the verdict on a long text rests on its opening.
MAX_TEXT_CHARS = 20_000
MAX_LEMMAS = 3_000

NEGATORS = frozenset({"не", "ни"})
# Words that may stand between «не» and the word it negates: «не очень красиво».
NEGATION_FILLERS = frozenset(
    {"очень", "слишком", "совсем", "особо", "особенно", "так", "сильно", "вообще", "то", "же"}
    | {"бы", "уж", "всегда", "всё", "все", "даже", "еще", "ещё", "больно", "шибко"}
)
NEGATION_REACH = 3  # lemmas after «не» that it can still reach

# Lexicon formula constants (see Lexicon.score); tuned on bench/classifier.py.
NEGATED_POSITIVE_SHARE = 0.5
APPEAL_CAP = 2.0
APPEAL_BOOST = 0.5
EMPHASIS_BOOST = 0.25
SHOUT_BOOST = 0.5
SHOUT_MIN_LETTERS = 12
ASKS_MIN_APPEAL = 1.0
NEEDS_RESPONSE_AT = 0.5

# The model's blend weights tried on cross-validation (see train).
BLEND_WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0)
THRESHOLDS = tuple(round(0.05 + 0.01 * i, 2) for i in range(91))
CV_FOLDS = 5
F1_TOLERANCE = 0.01
RANDOM_STATE = 0
MODEL_EVIDENCE_TERMS = 3
MAX_EVIDENCE = 12  # matches kept per post, in order of appearance
NEAR_DUPLICATE_JACCARD = 0.5
CONTENT_LEMMA_SHARE = 0.05
# The lexicon's verdict as model features, each in [0, 1], scaled to weigh as
# much as a strong TF-IDF term.
LEXICON_FEATURES = ("negativity", "needs_response", "negative", "positive", "appeal", "asks")
LEXICON_FEATURE_SCALE = 2.0
# Changes whenever the features or the estimator change: part of every version.
MODEL_SPEC = "tfidf-w12-cwb35-lexicon-logreg-c5-v1"
BYTES_MAGIC = b"rezonans-needs-response-model\n"
BYTES_FORMAT = 1

_URL = re.compile(r"https?://\S+|www\.\S+")
_DIGITS = re.compile(r"\d+")
_REPEATS = re.compile(r"(.)\1{3,}")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Prediction:
    """One post's verdict. ``negativity`` is in [0, 1]; ``label`` is one of
    ``LABELS``; ``evidence`` names what drove it (lexicon matches, «не …» for
    negated ones, then the model's strongest terms)."""

    negativity: float
    needs_response: bool
    label: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Example:
    """A post an officer labelled: its lemmas, its text, one of ``LABELS`` and
    optionally a group whose posts are kept in one cross-validation fold."""

    lemmas: Sequence[str]
    text: str
    label: str
    group: str | None = None  # e.g. the incident the post belongs to: one CV fold


class Predictor(Protocol):
    """What ``classifier_for`` returns: a ``Lexicon`` or a ``TrainedModel``."""

    @property
    def version(self) -> str:
        """Which lexicon or model judged: stored with each prediction."""
        ...

    def predict(self, lemmas: Sequence[str], text: str) -> Prediction: ...

    def predict_many(self, docs: Iterable[tuple[Sequence[str], str]]) -> list[Prediction]: ...


class NotEnoughLabels(ValueError):
    """Training refused: ``reason`` (Russian, for the officer) says what is missing."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class IncompatibleModel(ValueError):
    """Stored model bytes that this code cannot load (another format or another
    scikit-learn): keep using the lexicon and retrain."""


def normalise_lemmas(lemmas: Sequence[str]) -> list[str]:
    """Lower case, «ё» as «е», punctuation and symbols dropped, at most
    ``MAX_LEMMAS``. O(n)."""
    out = []
    for lemma in lemmas[:MAX_LEMMAS]:
        lemma = lemma.lower().replace("ё", "е")
        if any(ch.isalnum() for ch in lemma):
            out.append(lemma)
    return out


def normalise_text(text: str) -> str:
    """The text the character n-grams are taken from: its first ``MAX_TEXT_CHARS``
    characters, lower case, «ё» as «е», links as «url», numbers as «0», a letter
    repeated more than three times («ужассссс») cut to three, spaces collapsed."""
    text = text[:MAX_TEXT_CHARS].lower().replace("ё", "е")
    text = _URL.sub(" url ", text)
    text = _DIGITS.sub("0", text)
    text = _REPEATS.sub(r"\1\1\1", text)
    return _SPACES.sub(" ", text).strip()


# --------------------------------------------------------------------- lexicon


def _read_lexicon_file(path: Path) -> dict[tuple[str, ...], float]:
    entries: dict[tuple[str, ...], float] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        words = line.split("#", 1)[0].lower().replace("ё", "е").replace("\ufe0f", "").split()
        if not words:
            continue
        weight = 1.0
        try:
            weight = float(words[-1])
            words = words[:-1]
        except ValueError:
            pass
        if not words or weight <= 0:
            raise ValueError(f"{path.name}:{number}: expected «lemma [lemma…] [weight > 0]»")
        entries[tuple(words)] = weight
    return entries


@dataclass(frozen=True)
class LexiconSignals:
    """What the lexicon found in one post: summed weights per kind (a negated
    positive or service word already moved to ``negative``), the punctuation and
    capitals of the raw text, and the matches in order."""

    negative: float
    positive: float
    question: float
    addressee: float
    demand: float
    question_mark: bool
    exclamation_mark: bool
    shouting: bool
    evidence: tuple[str, ...]

    @property
    def appeal(self) -> float:
        """Question words, addressees and demands together, at most ``APPEAL_CAP``."""
        return min(self.question + self.addressee + self.demand, APPEAL_CAP)

    @property
    def asks(self) -> bool:
        """An appeal to someone in office: a demand («Просим разобраться.»), a
        question word or an addressee with a question mark («Когда откроют
        бассейн?»), an addressee with an exclamation mark («Глава, ответьте!»);
        never in a post with positive words."""
        if self.positive > 0:
            return False
        return (
            self.demand >= ASKS_MIN_APPEAL
            or (self.question_mark and self.question + self.addressee >= ASKS_MIN_APPEAL)
            or (self.exclamation_mark and self.addressee >= ASKS_MIN_APPEAL)
        )


@dataclass(frozen=True)
class Lexicon:
    """Weighted lemma phrases by kind (``LEXICON_KINDS``): ``negative``
    (problems), ``positive`` (thanks, greetings, praise), ``negated`` (neutral
    alone, a problem after «не»: «не работает»), ``question`` (question words),
    ``addressee`` (the authorities and services), ``demand`` (requests). Entries
    made of symbols only (emoji) are looked for in the raw text."""

    kinds: Mapping[str, Mapping[tuple[str, ...], float]]
    version: str = "lexicon"
    _phrases: dict[tuple[str, ...], dict[str, float]] = field(init=False, repr=False, compare=False)
    _symbols: dict[str, dict[str, float]] = field(init=False, repr=False, compare=False)
    _longest: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - set(LEXICON_KINDS)
        if unknown:
            raise ValueError(f"unknown lexicon kinds {sorted(unknown)}")
        phrases: dict[tuple[str, ...], dict[str, float]] = {}
        symbols: dict[str, dict[str, float]] = {}
        for kind, entries in self.kinds.items():
            for phrase, weight in entries.items():
                if any(ch.isalnum() for word in phrase for ch in word):
                    phrases.setdefault(phrase, {})[kind] = weight
                else:
                    symbols.setdefault("".join(phrase), {})[kind] = weight
        object.__setattr__(self, "_phrases", phrases)
        object.__setattr__(self, "_symbols", symbols)
        object.__setattr__(self, "_longest", max(map(len, phrases), default=1))

    @classmethod
    def load(cls, directory: Path = DATA_DIR) -> Lexicon:
        """Read ``lexicon_<kind>.txt`` for each kind: a lemma or a phrase of lemmas
        per line, an optional weight after it (default 1), ``#`` comments. The
        version is a digest of the files' contents."""
        digest = hashlib.sha256()
        kinds = {}
        for kind in LEXICON_KINDS:
            path = directory / f"lexicon_{kind}.txt"
            digest.update(path.read_bytes())
            kinds[kind] = _read_lexicon_file(path)
        return cls(kinds, version=f"lexicon-{digest.hexdigest()[:12]}")

    def signals(self, lemmas: Sequence[str], text: str) -> LexiconSignals:
        """The lexicon's matches in one post. Phrases are matched longest first.
        «не»/«ни» reach the next lemma that is not a filler («не очень
        красиво»), at most ``NEGATION_REACH`` lemmas on: a negated service word
        counts as a problem, a negated positive as half a problem, a negated
        problem («не проблема») as nothing. Linear in the number of lemmas."""
        words = normalise_lemmas(lemmas)
        found = dict.fromkeys(LEXICON_KINDS, 0.0)
        evidence: list[str] = []
        negation_left = 0  # lemmas that a preceding «не» still reaches
        i = 0
        while i < len(words):
            if words[i] in NEGATORS:
                negation_left = NEGATION_REACH
                i += 1
                continue
            n, kinds = 1, None
            for length in range(min(self._longest, len(words) - i), 0, -1):
                kinds = self._phrases.get(tuple(words[i : i + length]))
                if kinds:
                    n = length
                    break
            name = " ".join(words[i : i + n])
            if kinds and negation_left:
                if "negated" in kinds:
                    found["negative"] += kinds["negated"]
                elif "positive" in kinds:
                    found["negative"] += NEGATED_POSITIVE_SHARE * kinds["positive"]
                if "negated" in kinds or "positive" in kinds:
                    evidence.append(f"не {name}")
                negation_left = 0
            elif kinds:
                for kind, weight in kinds.items():
                    if kind != "negated":
                        found[kind] += weight
                if set(kinds) != {"negated"}:
                    evidence.append(name)
            elif negation_left and words[i] in NEGATION_FILLERS:
                negation_left -= 1
            else:
                negation_left = 0
            i += n
        head = text[:MAX_TEXT_CHARS]
        for symbol, kinds in self._symbols.items():
            if symbol in head:
                for kind, weight in kinds.items():
                    found[kind] += weight
                evidence.append(symbol)
        letters = [ch for ch in head if ch.isalpha()]
        capitals = sum(ch.isupper() for ch in letters)
        return LexiconSignals(
            negative=found["negative"],
            positive=found["positive"],
            question=found["question"],
            addressee=found["addressee"],
            demand=found["demand"],
            question_mark="?" in head,
            exclamation_mark="!" in head,
            shouting=len(letters) >= SHOUT_MIN_LETTERS and capitals >= 0.5 * len(letters),
            evidence=tuple(dict.fromkeys(evidence))[:MAX_EVIDENCE],
        )

    def score(self, lemmas: Sequence[str], text: str) -> Prediction:
        """The lexicon's verdict on one post (see ``judge``)."""
        return self.judge(lemmas, text)[1]

    def judge(self, lemmas: Sequence[str], text: str) -> tuple[LexiconSignals, Prediction]:
        """The lexicon's signals in one post and its verdict. With N the summed
        weights of the problem phrases (and of negated ones, see ``signals``), P
        of the positive ones, A of the question words, addressees and demands
        (at most 2), and the weak signals of the raw text::

            E = 0.25·[“?”] + 0.25·[“!”] + 0.5·[half the letters or more are capitals]
            x = N − P + [N > 0]·(E + 0.5·A)
            negativity = 1 − 2^(−x)  for x > 0, else 0

        so one problem word of weight 1 gives 0.5 and each further unit of
        evidence halves the distance to 1. Punctuation, capitals and appeals
        strengthen a complaint; they do not make one. ``needs_response`` when
        negativity ≥ 0.5 or the post asks someone in office
        (``LexiconSignals.asks``); ``label`` is needs_response, else positive
        when P > N, else off_topic. Linear in the number of lemmas."""
        s = self.signals(lemmas, text)
        x = s.negative - s.positive
        if s.negative > 0:
            x += (
                EMPHASIS_BOOST * (s.question_mark + s.exclamation_mark)
                + SHOUT_BOOST * s.shouting
                + APPEAL_BOOST * s.appeal
            )
        negativity = 1.0 - 2.0 ** (-x) if x > 0 else 0.0
        needs = negativity >= NEEDS_RESPONSE_AT or s.asks
        if needs:
            label = NEEDS_RESPONSE
        elif s.positive > s.negative:
            label = POSITIVE
        else:
            label = OFF_TOPIC
        return s, Prediction(round(negativity, 4), needs, label, s.evidence)

    def predict(self, lemmas: Sequence[str], text: str) -> Prediction:
        """``score``, under the name every predictor has."""
        return self.score(lemmas, text)

    def predict_many(self, docs: Iterable[tuple[Sequence[str], str]]) -> list[Prediction]:
        """``score`` for each (lemmas, text) pair, in order."""
        return [self.score(lemmas, text) for lemmas, text in docs]


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The project's lexicon from ``monitoring/data``, read once per process."""
    return Lexicon.load()


# ----------------------------------------------------------------------- model
