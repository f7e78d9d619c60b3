"""The needs-response classifier: how negative a resident's post is and whether
an officer should answer it.

Pure Python (no Django, no database). Two predictors with one interface:

- ``Lexicon`` — the baseline and the fallback: Russian lemma lists written in the
  project (``monitoring/data/lexicon_*.txt``) and a documented formula
  (``Lexicon.score``). Always available.
- ``TrainedModel`` — TF-IDF of lemma words and of character n-grams, plus the
  lexicon's own verdict as features → logistic regression, trained by ``train``
  from the officers' own labels («нужен ответ», «не по теме», «позитив») once
  there are enough of them (``training_blocker``), cross-validated with
  near-duplicates kept together, versioned, stored by the caller as bytes.

``classifier_for(trained)`` picks the model when there is one, else the lexicon.

Inputs are a post's lemmas in text order — stopwords kept, the particle «не» in
particular, since negation is read from it — and its raw text (punctuation and
capitals are weak signals; character n-grams are taken from it).
"""

from __future__ import annotations

import hashlib
import io
import json
import pickle
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np
import sklearn
from scipy import sparse
from scipy.sparse.csgraph import connected_components
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedGroupKFold, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer
from threadpoolctl import ThreadpoolController

NEEDS_RESPONSE = "needs_response"
OFF_TOPIC = "off_topic"
POSITIVE = "positive"
LABELS = (NEEDS_RESPONSE, OFF_TOPIC, POSITIVE)
LABEL_NAMES = {NEEDS_RESPONSE: "нужен ответ", OFF_TOPIC: "не по теме", POSITIVE: "позитив"}

MIN_LABELS = 30
MIN_PER_LABEL = 8

DATA_DIR = Path(__file__).resolve().parent / "data"
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


@dataclass(frozen=True, slots=True)
class CrossValidation:
    """Out-of-fold quality of a trained model's decisions (``folds`` folds;
    near-duplicate posts and posts of one ``Example.group`` always share a
    fold). ``needs_response_f1`` and ``macro_f1`` (of the three labels) judge
    each fold at the operating point chosen on the other folds, so no figure
    has seen its own fold."""

    folds: int
    macro_f1: float
    needs_response_f1: float


@dataclass(frozen=True)
class TrainedModel:
    """A model trained by ``train``; see there for the features, the blend and
    the threshold."""

    pipeline: Pipeline
    lexicon: Lexicon
    blend: float  # weight of P(needs_response) against the lexicon's negativity
    threshold: float
    cv: CrossValidation
    version: str
    n_examples: int
    label_counts: Mapping[str, int]
    trained_at: datetime

    def predict(self, lemmas: Sequence[str], text: str) -> Prediction:
        """The verdict on one post (``predict_many`` of one)."""
        return self.predict_many([(lemmas, text)])[0]

    def predict_many(self, docs: Iterable[tuple[Sequence[str], str]]) -> list[Prediction]:
        """Verdicts for many (lemmas, text) pairs in one vectorised pass:
        negativity = blend·P(needs_response) + (1 − blend)·lexicon negativity;
        needs_response when negativity ≥ threshold; otherwise the label is the
        likelier of off_topic and positive. Evidence: the lexicon's matches, then
        up to three lemma n-grams that pushed the post towards needs_response.
        A post with neither lemmas nor text is off_topic with negativity 0."""
        docs = list(docs)
        if not docs:
            return []
        matrix, lexical = _design(docs, self.lexicon)
        with _single_threaded():
            probabilities = _by_label(self.pipeline, self.pipeline.predict_proba(matrix))
            scores = _blend(self.blend, probabilities[:, 0], lexical)
            # nothing written, nothing to judge (the model would answer its prior)
            blank = (matrix[:, 0] == "") & (matrix[:, 1] == "")
            scores[blank] = 0.0
            labels = _decide(scores >= self.threshold, probabilities)
            labels[blank] = OFF_TOPIC
            terms = self._needs_terms(matrix, labels == NEEDS_RESPONSE)
        return [
            Prediction(
                negativity=round(float(scores[row]), 4),
                needs_response=bool(labels[row] == NEEDS_RESPONSE),
                label=str(labels[row]),
                evidence=tuple(dict.fromkeys((*lexical[row].evidence, *terms[row]))),
            )
            for row in range(len(docs))
        ]

    def _needs_terms(self, matrix: np.ndarray, needs: np.ndarray) -> list[tuple[str, ...]]:
        """For each post judged needs_response, the lemma n-grams with the largest
        positive contribution to its needs_response logit."""
        terms: list[tuple[str, ...]] = [() for _ in range(len(matrix))]
        rows = np.flatnonzero(needs)
        if not len(rows):
            return terms
        features: ColumnTransformer = self.pipeline.named_steps["features"]
        words: TfidfVectorizer = features.named_transformers_["words"]
        estimator: LogisticRegression = self.pipeline.named_steps["model"]
        vocabulary = words.get_feature_names_out()
        # the word features come first in the union's output
        weights = estimator.coef_[list(estimator.classes_).index(NEEDS_RESPONSE)]
        weights = weights[: len(vocabulary)]
        x = words.transform(matrix[rows, 0]).tocsr()
        for at, row in enumerate(rows):
            start, end = x.indptr[at], x.indptr[at + 1]
            columns = x.indices[start:end]
            contributions = x.data[start:end] * weights[columns]
            best = np.argsort(-contributions, kind="stable")[:MODEL_EVIDENCE_TERMS]
            terms[row] = tuple(str(vocabulary[columns[b]]) for b in best if contributions[b] > 0)
        return terms

    def to_bytes(self) -> bytes:
        """The model as bytes for the caller to store: a marker line, a JSON
        header line (format, scikit-learn version, model version), a pickle."""
        header = {"format": BYTES_FORMAT, "sklearn": sklearn.__version__, "version": self.version}
        buffer = io.BytesIO()
        buffer.write(BYTES_MAGIC)
        buffer.write(json.dumps(header).encode() + b"\n")
        pickle.dump(self, buffer, protocol=pickle.HIGHEST_PROTOCOL)
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> TrainedModel:
        """The model ``to_bytes`` wrote. The payload is a pickle, which runs code
        when loaded: only bytes this product trained and stored itself are ever
        passed here — never a file from a user, an upload or another system.
        Raises ``IncompatibleModel`` when the header names another format or
        another scikit-learn (the pickle is then not opened) or the payload does
        not load with this code."""
        if not data.startswith(BYTES_MAGIC):
            raise IncompatibleModel("not a needs-response model")
        header_line, _, payload = data[len(BYTES_MAGIC) :].partition(b"\n")
        try:
            header = json.loads(header_line)
        except ValueError as exc:
            raise IncompatibleModel("unreadable model header") from exc
        if header.get("format") != BYTES_FORMAT:
            raise IncompatibleModel(
                f"model format {header.get('format')!r}, expected {BYTES_FORMAT}"
            )
        if header.get("sklearn") != sklearn.__version__:
            raise IncompatibleModel(
                f"model trained with scikit-learn {header.get('sklearn')}, "
                f"running {sklearn.__version__}: retrain"
            )
        try:
            model = pickle.loads(payload)
        except Exception as exc:  # a model of older code: any unpickling error
            raise IncompatibleModel(f"model does not load: {exc}") from exc
        if not isinstance(model, cls):
            raise IncompatibleModel("payload is not a TrainedModel")
        return model


@lru_cache(maxsize=1)
def _threadpools() -> ThreadpoolController:
    return ThreadpoolController()


def _single_threaded() -> AbstractContextManager[object]:
    """BLAS on one thread while the model trains or predicts: its matrices are
    small, and OpenBLAS threads spinning for cores that other processes hold slow
    a fit down by an order of magnitude on a busy two-core worker. Costs
    microseconds."""
    return _threadpools().limit(limits=1, user_api="blas")


def _lexicon_columns(x: np.ndarray) -> np.ndarray:
    """The lexicon's features as floats, scaled to weigh against TF-IDF rows."""
    return np.asarray(x, dtype=float) * LEXICON_FEATURE_SCALE


def _design(
    docs: Sequence[tuple[Sequence[str], str]], lexicon: Lexicon
) -> tuple[np.ndarray, list[Prediction]]:
    """The model's input — an object array with a row per post: normalised
    lemmas joined by spaces, normalised text, then the lexicon's features
    (``LEXICON_FEATURES``) — and the lexicon's predictions."""
    matrix = np.empty((len(docs), 2 + len(LEXICON_FEATURES)), dtype=object)
    predictions = []
    for row, (lemmas, text) in enumerate(docs):
        signals, prediction = lexicon.judge(lemmas, text)
        matrix[row, 0] = " ".join(normalise_lemmas(lemmas))
        matrix[row, 1] = normalise_text(text)
        matrix[row, 2:] = (
            prediction.negativity,
            float(prediction.needs_response),
            min(signals.negative, 3.0) / 3.0,
            min(signals.positive, 3.0) / 3.0,
            signals.appeal / APPEAL_CAP,
            float(signals.asks),
        )
        predictions.append(prediction)
    return matrix, predictions


def _pipeline() -> Pipeline:
    words = TfidfVectorizer(
        token_pattern=r"\S+", lowercase=False, ngram_range=(1, 2), sublinear_tf=True
    )
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(3, 5), lowercase=False, sublinear_tf=True, min_df=2
    )
    lexical = FunctionTransformer(_lexicon_columns)
    features = ColumnTransformer(
        [
            ("words", words, 0),
            ("chars", chars, 1),
            ("lexicon", lexical, list(range(2, 2 + len(LEXICON_FEATURES)))),
        ]
    )
    model = LogisticRegression(
        C=5.0, class_weight="balanced", max_iter=2000, random_state=RANDOM_STATE
    )
    return Pipeline([("features", features), ("model", model)])


def _by_label(pipeline: Pipeline, probabilities: np.ndarray) -> np.ndarray:
    """Probability columns in the order of ``LABELS``."""
    classes = list(pipeline.classes_)
    return probabilities[:, [classes.index(label) for label in LABELS]]


def _blend(
    blend: float, needs_probability: np.ndarray, lexical: Sequence[Prediction]
) -> np.ndarray:
    lexicon_negativity = np.array([p.negativity for p in lexical])
    return blend * needs_probability + (1 - blend) * lexicon_negativity


def _decide(needs: np.ndarray, probabilities: np.ndarray) -> np.ndarray:
    """needs_response where ``needs``, elsewhere the likelier of the other labels
    (``probabilities`` in the order of ``LABELS``)."""
    others = np.array(LABELS[1:])[probabilities[:, 1:].argmax(axis=1)]
    return np.where(needs, NEEDS_RESPONSE, others)


def near_duplicate_groups(examples: Sequence[Example]) -> np.ndarray:
    """A group number per example: posts joined by a chain of near-duplicates
    or sharing an ``Example.group`` get one number, so cross-validation never
    tests a post on its own copy. Near-duplicates (a repost, a copy with another
    address) have a Jaccard similarity ≥ ``NEAR_DUPLICATE_JACCARD`` of their
    content lemmas: those in at most ``CONTENT_LEMMA_SHARE`` of the posts
    (common words would make any two short posts alike, and would make the
    pairwise product dense). Sparse: memory and time grow with the pairs of
    posts that share a content lemma, not with n²."""
    n = len(examples)
    sets = [set(normalise_lemmas(example.lemmas)) for example in examples]
    frequency = Counter(lemma for lemmas in sets for lemma in lemmas)
    most = max(2, int(CONTENT_LEMMA_SHARE * n))
    vocabulary: dict[str, int] = {}
    rows, columns = [], []
    for row, lemmas in enumerate(sets):
        for lemma in lemmas:
            if frequency[lemma] <= most:
                rows.append(row)
                columns.append(vocabulary.setdefault(lemma, len(vocabulary)))
    presence = sparse.csr_matrix(
        (np.ones(len(rows)), (rows, columns)), shape=(n, max(len(vocabulary), 1))
    )
    shared = (presence @ presence.T).tocoo()
    sizes = np.asarray(presence.sum(axis=1)).ravel()
    union = sizes[shared.row] + sizes[shared.col] - shared.data
    close = shared.data >= NEAR_DUPLICATE_JACCARD * union
    edges = [(shared.row[close], shared.col[close])]
    first_of_group: dict[str, int] = {}
    for row, example in enumerate(examples):
        if example.group is not None:
            edges.append(
                (np.array([first_of_group.setdefault(example.group, row)]), np.array([row]))
            )
    sources = np.concatenate([a for a, _ in edges])
    targets = np.concatenate([b for _, b in edges])
    graph = sparse.coo_matrix((np.ones(len(sources)), (sources, targets)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def training_blocker(label_counts: Mapping[str, int]) -> str | None:
    """Why a model cannot be trained from labels counted so (a Russian sentence
    for the officer), or None when it can: at least ``MIN_LABELS`` labelled posts
    and ``MIN_PER_LABEL`` of each label."""
    total = sum(label_counts.get(label, 0) for label in LABELS)
    short = [
        f"«{LABEL_NAMES[label]}» — ещё {MIN_PER_LABEL - label_counts.get(label, 0)}"
        for label in LABELS
        if label_counts.get(label, 0) < MIN_PER_LABEL
    ]
    if total >= MIN_LABELS and not short:
        return None
    need = f"Для обучения модели нужно не меньше {MIN_LABELS} размеченных постов"
    need += f" и не меньше {MIN_PER_LABEL} каждой метки; сейчас {total}."
    if short:
        need += " Не хватает: " + ", ".join(short) + "."
    if (
        total < MIN_LABELS
        and total
        + sum(
            MIN_PER_LABEL - label_counts.get(label, 0)
            for label in LABELS
            if label_counts.get(label, 0) < MIN_PER_LABEL
        )
        < MIN_LABELS
    ):
        need += f" Всего нужно ещё {MIN_LABELS - total}."
    return need + " Пока работает словарь."


def _f1(truth: np.ndarray, decided: np.ndarray) -> np.ndarray:
    """F1 of the positive class along the last axis (0 when undefined)."""
    tp = (decided & truth).sum(axis=-1)
    denominator = decided.sum(axis=-1) + truth.sum()
    return np.where(denominator > 0, 2 * tp / np.maximum(denominator, 1), 0.0)


def _best_operating_point(
    needs_probability: np.ndarray, lexical: Sequence[Prediction], truth: np.ndarray
) -> tuple[float, float]:
    """(blend, threshold) for ``blend·P + (1 − blend)·lexicon negativity ≥
    threshold``: of the points within ``F1_TOLERANCE`` of the best needs_response
    F1, the one with the largest blend, then the threshold nearest 0.5 — F1 is
    often flat over a range of thresholds, and the exact maximum of a flat,
    noisy curve would swing with every retraining."""
    thresholds = np.array(THRESHOLDS)
    points: list[tuple[float, float, float]] = []
    for blend in BLEND_WEIGHTS:
        score = _blend(blend, needs_probability, lexical)
        f1 = _f1(truth, score[None, :] >= thresholds[:, None])
        points += zip(f1.tolist(), [blend] * len(THRESHOLDS), THRESHOLDS, strict=True)
    best = max(f1 for f1, _, _ in points)
    blend, _, threshold = max(
        (blend, -abs(threshold - 0.5), threshold)
        for f1, blend, threshold in points
        if f1 >= best - F1_TOLERANCE
    )
    return blend, threshold


def train(
    examples: Sequence[Example],
    *,
    trained_at: datetime,
    lexicon: Lexicon | None = None,
) -> TrainedModel:
    """Train a model on labelled posts. Posts with neither lemmas nor text (a
    photo alone) teach it nothing and are left out. Raises ``NotEnoughLabels``
    (with the reason) below ``MIN_LABELS`` / ``MIN_PER_LABEL`` of the rest and
    ``ValueError`` on an unknown label.

    Features: TF-IDF of the lemmas (words and word pairs) and of the character
    3–5-grams of the normalised text (``normalise_text``: robust to typos and
    endings), and the lexicon's own verdict (``LEXICON_FEATURES``), so the model
    starts from the lexicon and learns from the officers where it is wrong →
    logistic regression over the three labels, classes balanced.

    Cross-validation: stratified k-fold (k = 5, fewer when a label or the set of
    near-duplicate groups is smaller), near-duplicates kept in one fold
    (``near_duplicate_groups``), fixed seed. On the out-of-fold probabilities
    the operating point — blend weight b ∈ {0, ¼, ½, ¾, 1} and threshold t —
    maximises the F1 of needs_response for ``b·P(needs_response) + (1 − b)·
    lexicon negativity ≥ t``: a model that does no better than the lexicon on
    the officers' labels leans on it. ``cv`` judges each fold at the point
    chosen on the other folds. The final model is fitted on all examples.

    Deterministic: the same examples in the same order give the same model and
    the same ``version`` (``trained_at`` + a digest of the examples, the lexicon
    and ``MODEL_SPEC``). Seconds for a few thousand examples."""
    lexicon = lexicon or default_lexicon()
    for example in examples:
        if example.label not in LABELS:
            raise ValueError(f"unknown label {example.label!r}; expected one of {LABELS}")
    examples = [e for e in examples if normalise_lemmas(e.lemmas) or normalise_text(e.text)]
    counts = Counter(example.label for example in examples)
    blocker = training_blocker(counts)
    if blocker:
        raise NotEnoughLabels(blocker)
    groups = near_duplicate_groups(examples)
    folds = min(CV_FOLDS, min(counts.values()), len(set(groups.tolist())))
    if folds < 2:
        raise NotEnoughLabels(
            "Размеченные посты почти одинаковы: для проверки модели нужны разные."
            " Пока работает словарь."
        )

    matrix, lexical = _design([(e.lemmas, e.text) for e in examples], lexicon)
    labels = np.array([example.label for example in examples])
    truth = labels == NEEDS_RESPONSE
    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=RANDOM_STATE)
    splits = list(splitter.split(matrix, labels, groups))
    with _single_threaded():
        # columns in sorted label order, which is the order of LABELS
        probabilities = cross_val_predict(
            _pipeline(), matrix, labels, cv=splits, method="predict_proba"
        )
    decided = np.empty(len(examples), dtype=object)
    for rest, fold in splits:
        blend, threshold = _best_operating_point(
            probabilities[rest, 0], [lexical[i] for i in rest], truth[rest]
        )
        score = _blend(blend, probabilities[fold, 0], [lexical[i] for i in fold])
        decided[fold] = _decide(score >= threshold, probabilities[fold])
    cv = CrossValidation(
        folds=folds,
        macro_f1=float(f1_score(labels, decided.astype(str), average="macro")),
        needs_response_f1=float(_f1(truth, decided == NEEDS_RESPONSE)),
    )
    blend, threshold = _best_operating_point(probabilities[:, 0], lexical, truth)

    with _single_threaded():
        pipeline = _pipeline().fit(matrix, labels)
    digest = hashlib.sha256(f"{MODEL_SPEC}\n{lexicon.version}\n".encode())
    for example in examples:
        record = [example.label, example.group, list(example.lemmas), example.text]
        digest.update(json.dumps(record, ensure_ascii=False).encode() + b"\n")
    return TrainedModel(
        pipeline=pipeline,
        lexicon=lexicon,
        blend=blend,
        threshold=threshold,
        cv=cv,
        version=f"{trained_at:%Y%m%d-%H%M%S}-{digest.hexdigest()[:12]}",
        n_examples=len(examples),
        label_counts={label: counts.get(label, 0) for label in LABELS},
        trained_at=trained_at,
    )


def classifier_for(trained: TrainedModel | None) -> Predictor:
    """The predictor to use: the trained model when there is one, else the
    project's lexicon."""
    return trained if trained is not None else default_lexicon()
