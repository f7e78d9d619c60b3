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

from monitoring.classifier.lexicon import (
    APPEAL_BOOST,
    APPEAL_CAP,
    ASKS_MIN_APPEAL,
    BLEND_WEIGHTS,
    BYTES_FORMAT,
    BYTES_MAGIC,
    CONTENT_LEMMA_SHARE,
    CV_FOLDS,
    DATA_DIR,
    EMPHASIS_BOOST,
    F1_TOLERANCE,
    LABEL_NAMES,
    LABELS,
    LEXICON_FEATURE_SCALE,
    LEXICON_FEATURES,
    LEXICON_KINDS,
    MAX_EVIDENCE,
    MAX_LEMMAS,
    MAX_TEXT_CHARS,
    MIN_LABELS,
    MIN_PER_LABEL,
    MODEL_EVIDENCE_TERMS,
    MODEL_SPEC,
    NEAR_DUPLICATE_JACCARD,
    NEEDS_RESPONSE,
    NEEDS_RESPONSE_AT,
    NEGATED_POSITIVE_SHARE,
    NEGATION_FILLERS,
    NEGATION_REACH,
    NEGATORS,
    OFF_TOPIC,
    POSITIVE,
    RANDOM_STATE,
    SHOUT_BOOST,
    SHOUT_MIN_LETTERS,
    THRESHOLDS,
    Example,
    IncompatibleModel,
    Lexicon,
    LexiconSignals,
    NotEnoughLabels,
    Prediction,
    Predictor,
    default_lexicon,
    normalise_lemmas,
    normalise_text,
)
from monitoring.classifier.model import (
    CrossValidation,
    TrainedModel,
    classifier_for,
    near_duplicate_groups,
    train,
    training_blocker,
)

__all__ = [
    "APPEAL_BOOST",
    "APPEAL_CAP",
    "ASKS_MIN_APPEAL",
    "BLEND_WEIGHTS",
    "BYTES_FORMAT",
    "BYTES_MAGIC",
    "CONTENT_LEMMA_SHARE",
    "CV_FOLDS",
    "DATA_DIR",
    "EMPHASIS_BOOST",
    "F1_TOLERANCE",
    "LABELS",
    "LABEL_NAMES",
    "LEXICON_FEATURES",
    "LEXICON_FEATURE_SCALE",
    "LEXICON_KINDS",
    "MAX_EVIDENCE",
    "MAX_LEMMAS",
    "MAX_TEXT_CHARS",
    "MIN_LABELS",
    "MIN_PER_LABEL",
    "MODEL_EVIDENCE_TERMS",
    "MODEL_SPEC",
    "NEAR_DUPLICATE_JACCARD",
    "NEEDS_RESPONSE",
    "NEEDS_RESPONSE_AT",
    "NEGATED_POSITIVE_SHARE",
    "NEGATION_FILLERS",
    "NEGATION_REACH",
    "NEGATORS",
    "OFF_TOPIC",
    "POSITIVE",
    "RANDOM_STATE",
    "SHOUT_BOOST",
    "SHOUT_MIN_LETTERS",
    "THRESHOLDS",
    "CrossValidation",
    "Example",
    "IncompatibleModel",
    "Lexicon",
    "LexiconSignals",
    "NotEnoughLabels",
    "Prediction",
    "Predictor",
    "TrainedModel",
    "classifier_for",
    "default_lexicon",
    "near_duplicate_groups",
    "normalise_lemmas",
    "normalise_text",
    "train",
    "training_blocker",
]
