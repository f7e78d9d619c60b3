"""The needs-response model trained from the officers' labels (see the package
docstring): features, cross-validation, the blend with the lexicon, bytes."""

from __future__ import annotations

import hashlib
import io
import json
import pickle
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

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

from monitoring.classifier.lexicon import (
    APPEAL_CAP,
    BLEND_WEIGHTS,
    BYTES_FORMAT,
    BYTES_MAGIC,
    CONTENT_LEMMA_SHARE,
    CV_FOLDS,
    F1_TOLERANCE,
    LABEL_NAMES,
    LABELS,
    LEXICON_FEATURE_SCALE,
    LEXICON_FEATURES,
    MIN_LABELS,
    MIN_PER_LABEL,
    MODEL_EVIDENCE_TERMS,
    MODEL_SPEC,
    NEAR_DUPLICATE_JACCARD,
    NEEDS_RESPONSE,
    OFF_TOPIC,
    RANDOM_STATE,
    THRESHOLDS,
    Example,
    IncompatibleModel,
    Lexicon,
    NotEnoughLabels,
    Prediction,
    Predictor,
    default_lexicon,
    normalise_lemmas,
    normalise_text,
)


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
