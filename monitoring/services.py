"""Monitoring writes: analysing the ledger's posts (text pipeline, watch topics,
the needs-response classifier), officers' labels and the classifier's training.
Scans for bursts and the incidents they open are in ``monitoring.signals``."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from crm.models import Territory
from graph.models import Post
from monitoring.classifier import (
    Example,
    IncompatibleModel,
    NotEnoughLabels,
    Predictor,
    TrainedModel,
    classifier_for,
    train,
    training_blocker,
)
from monitoring.models import ClassifierVersion, PostAnalysis, PostLabel, WatchTopic
from monitoring.text import Gazetteer, TextPipeline
from monitoring.topics import TopicMatcher, TopicRule

log = logging.getLogger(__name__)

# Bump when the pipeline's output changes: posts analysed by an older one are
# analysed again by ``posts_analyse(reanalyse_old=True)``.
PIPELINE_VERSION = 1
ANALYSE_BATCH = 1000

_pipelines: dict[tuple, TextPipeline] = {}
_classifiers: dict[str, Predictor] = {}


def territory_names() -> tuple[tuple[int, str], ...]:
    """``(id, name)`` for every territory below the region and every alias: what the
    gazetteer routes posts to (the region's own name would catch ordinary words,
    «Заречная улица», and routing a post to the whole region says nothing)."""
    pairs: list[tuple[int, str]] = []
    rows = Territory.objects.exclude(kind=Territory.Kind.REGION).values_list(
        "id", "name", "aliases"
    )
    for pk, name, aliases in rows.order_by("id"):
        pairs.append((pk, name))
        pairs.extend((pk, alias) for alias in aliases or () if isinstance(alias, str) and alias)
    return tuple(pairs)


def text_pipeline() -> TextPipeline:
    """The process's text pipeline for the current territories (rebuilt when they
    change; building parses every name word once)."""
    names = territory_names()
    pipeline = _pipelines.get(names)
    if pipeline is None:
        _pipelines.clear()
        pipeline = _pipelines[names] = TextPipeline(Gazetteer(names))
    return pipeline


def topic_matcher() -> TopicMatcher:
    """The active watch topics, each scoped to its territory and everything inside it."""
    rules = []
    for topic in WatchTopic.objects.filter(is_active=True).order_by("id"):
        scope = None
        if topic.territory_id is not None:
            scope = Territory.objects.subtree(topic.territory_id).values_list("pk", flat=True)
        rules.append(
            TopicRule.from_strings(
                topic.pk,
                topic.keywords,
                topic.exclusions,
                territory_ids=None if scope is None else list(scope),
                weight=topic.weight,
            )
        )
    return TopicMatcher(rules)


def active_classifier() -> Predictor:
    """The newest active trained model, or the lexicon when there is none (or it
    cannot be loaded: a model of another scikit-learn version is skipped)."""
    latest = ClassifierVersion.objects.filter(is_active=True).first()
    if latest is None:
        return classifier_for(None)
    predictor = _classifiers.get(latest.version)
    if predictor is None:
        try:
            predictor = TrainedModel.from_bytes(bytes(latest.model))
        except IncompatibleModel as exc:
            log.warning("classifier %s not loaded (%s): the lexicon classifies", latest, exc)
            return classifier_for(None)
        _classifiers.clear()
        _classifiers[latest.version] = predictor
    return predictor


@dataclass(frozen=True)
class AnalyseReport:
    analysed: int
    with_topics: int
    needs_response: int


def posts_analyse(
    *, post_ids: Iterable[int] | None = None, reanalyse_old: bool = False
) -> AnalyseReport:
    """Analyse the ledger's posts that have a text and no analysis yet (or only
    ``post_ids``; ``reanalyse_old``: also those analysed by an older pipeline):
    lemmas, territory (the one the text names, else the post it answers, else the
    author's blogger's, else where the author usually writes about), watch topics,
    negativity and whether it needs a response.

    Idempotent and safe to re-run: each batch of ``ANALYSE_BATCH`` posts replaces
    its analyses in one transaction.
    """
    pending = Post.objects.exclude(text="")
    if post_ids is not None:
        pending = pending.filter(pk__in=list(post_ids))
    elif reanalyse_old:
        pending = pending.filter(
            Q(analysis__isnull=True) | Q(analysis__pipeline_version__lt=PIPELINE_VERSION)
        )
    else:
        pending = pending.filter(analysis__isnull=True)
    # Oldest first: a post is analysed before the comments that answer it.
    ids = list(pending.order_by("published_at", "pk").values_list("pk", flat=True))
    pipeline, matcher, classifier = text_pipeline(), topic_matcher(), active_classifier()
    analysed = with_topics = needs = 0
    for start in range(0, len(ids), ANALYSE_BATCH):
        batch = _analyse_batch(ids[start : start + ANALYSE_BATCH], pipeline, matcher, classifier)
        analysed += len(batch)
        with_topics += sum(1 for a in batch if a[1])
        needs += sum(1 for a in batch if a[0].needs_response)
    return AnalyseReport(analysed, with_topics, needs)


def _usual_territories(accounts: set[int]) -> dict[int, int]:
    """Where each author usually writes about: the territory most of their analysed
    posts were routed to (residents mostly write about their own town)."""
    rows = (
        PostAnalysis.objects.filter(post__account_id__in=accounts)
        .exclude(territory=None)
        .values_list("post__account_id", "territory_id")
        .annotate(n=Count("pk"))
        .order_by("post__account_id", "-n", "territory_id")
    )
    usual: dict[int, int] = {}
    for account, territory, _ in rows:
        usual.setdefault(account, territory)
    return usual


def _analyse_batch(
    ids: Sequence[int], pipeline: TextPipeline, matcher: TopicMatcher, classifier: Predictor
) -> list[tuple[PostAnalysis, list[int]]]:
    position = {pk: n for n, pk in enumerate(ids)}
    posts = sorted(
        Post.objects.filter(pk__in=ids).values(
            "pk",
            "text",
            "published_at",
            "fetched_at",
            "parent_id",
            "account_id",
            "account__blogger__territory_id",
        ),
        key=lambda p: position[p["pk"]],
    )
    usual = _usual_territories({p["account_id"] for p in posts})
    territories: dict[int, int | None] = dict(
        PostAnalysis.objects.filter(post_id__in={p["parent_id"] for p in posts if p["parent_id"]})
        .exclude(territory=None)
        .values_list("post_id", "territory_id")
    )
    texts = [pipeline.analyse(p["text"]) for p in posts]
    predictions = classifier.predict_many((t.lemmas, t.text) for t in texts)
    rows: list[tuple[PostAnalysis, list[int]]] = []
    for post, text, prediction in zip(posts, texts, predictions, strict=True):
        territory: int | None
        if text.territories:
            territory = text.territories[0].territory_id
            usual.setdefault(post["account_id"], territory)
        else:
            territory = (
                territories.get(post["parent_id"])
                or post["account__blogger__territory_id"]
                or usual.get(post["account_id"])
            )
        territories[post["pk"]] = territory
        # Topics scoped to a territory see the post's territory, however it was found.
        routed = text
        if territory is not None and territory not in text.territory_ids:
            routed = replace(text, territory_ids=text.territory_ids | {territory})
        matches = matcher.match(routed)
        analysis = PostAnalysis(
            post_id=post["pk"],
            published_at=post["published_at"] or post["fetched_at"],
            language=text.language,
            lemmas=" ".join(text.lemmas),
            territory_id=territory,
            matched_terms=sorted({term for m in matches for term in m.terms}),
            negativity=prediction.negativity,
            needs_response=prediction.needs_response,
            classifier_version=classifier.version,
            pipeline_version=PIPELINE_VERSION,
        )
        rows.append((analysis, [m.topic_id for m in matches]))
    with transaction.atomic():
        PostAnalysis.objects.filter(post_id__in=ids).delete()
        PostAnalysis.objects.bulk_create([a for a, _ in rows], batch_size=ANALYSE_BATCH)
        through = PostAnalysis.topics.through
        through.objects.bulk_create(
            [
                through(postanalysis_id=a.post_id, watchtopic_id=topic)
                for a, topics in rows
                for topic in topics
            ],
            batch_size=ANALYSE_BATCH,
        )
    return rows


@transaction.atomic
def post_label_set(*, post: Post, label: str | None, user: Any) -> PostLabel | None:
    """Set (or, with ``label=None``, remove) the officers' label of ``post``; history kept."""
    existing = PostLabel.objects.filter(post=post).first()
    if label is None:
        if existing is not None:
            existing._history_user = user  # type: ignore[attr-defined]
            existing.delete()
        return None
    if existing is None:
        existing = PostLabel(post=post)
    existing.label, existing.labelled_by, existing.labelled_at = label, user, timezone.now()
    existing._history_user = user  # type: ignore[attr-defined]
    existing.save()
    return existing


def label_counts() -> dict[str, int]:
    rows = PostLabel.objects.values("label").annotate(n=Count("pk"))
    return {row["label"]: row["n"] for row in rows}


@dataclass(frozen=True)
class TrainReport:
    trained: ClassifierVersion | None
    reason: str  # why no model was trained (Russian, for the officer), or ""


def classifier_train(*, force: bool = False) -> TrainReport:
    """Train the needs-response model on every label, store it as the active version
    and re-analyse the posts. Skipped (with the reason) below the minimum number of
    labels, and when no label changed since the active version (unless ``force``)."""
    counts = label_counts()
    blocker = training_blocker(counts)
    if blocker:
        return TrainReport(None, blocker)
    latest = ClassifierVersion.objects.filter(is_active=True).first()
    newest = (
        PostLabel.objects.order_by("-labelled_at").values_list("labelled_at", flat=True).first()
    )
    if not force and latest is not None and newest is not None and latest.trained_at >= newest:
        return TrainReport(None, "Новых меток нет: модель не менялась.")
    posts_analyse()  # labelled posts not analysed yet get their lemmas
    labelled = PostLabel.objects.exclude(post__text="").values_list(
        "label", "post__text", "post__analysis__lemmas"
    )
    examples = [
        Example(lemmas=tuple((lemmas or "").split()), text=text, label=label)
        for label, text, lemmas in labelled
    ]
    try:
        model = train(examples, trained_at=timezone.now())
    except NotEnoughLabels as exc:
        return TrainReport(None, str(exc))
    with transaction.atomic():
        ClassifierVersion.objects.filter(is_active=True).update(is_active=False)
        # The same labels give the same version: trained again, it is replaced.
        version, _ = ClassifierVersion.objects.update_or_create(
            version=model.version,
            defaults=dict(
                trained_at=model.trained_at,
                examples=model.n_examples,
                metrics={
                    "folds": model.cv.folds,
                    "macro_f1": model.cv.macro_f1,
                    "needs_response_f1": model.cv.needs_response_f1,
                    "labels": dict(model.label_counts),
                    "threshold": model.threshold,
                },
                model=model.to_bytes(),
                is_active=True,
            ),
        )
    posts_analyse(post_ids=PostAnalysis.objects.values_list("post_id", flat=True))
    return TrainReport(version, "")


@dataclass(frozen=True)
class TopicPreview:
    """What a topic would have caught: the matching posts' ids (newest first) with
    their matched keywords, posts per local day (every day of the range, oldest
    first) and per territory, and how many candidate posts were read."""

    post_ids: list[int]
    terms: dict[int, list[str]]
    by_day: list[tuple[date, int]]
    by_territory: dict[int | None, int]
    scanned: int


PREVIEW_MAX_CANDIDATES = 5000


def watch_topic_preview(
    *,
    keywords: Sequence[str],
    exclusions: Sequence[str] = (),
    territory_id: int | None = None,
    since: datetime,
    until: datetime,
) -> TopicPreview:
    """Which analysed posts published in [``since``, ``until``) a topic with these
    keywords would catch, matched exactly as the scan matches them (lemmas, phrases,
    exclusions, the territory with everything inside it, a post's own territory).
    Reads only; nothing is stored.

    Candidates are the posts whose stored lemmas hold a word of some keyword (the
    indexed time range, then a substring test in the database), newest first, at most
    ``PREVIEW_MAX_CANDIDATES``; only those go through the text pipeline. A post whose
    stored most-probable lemma differs from every reading of the keyword is missed
    here, though the scan (which sees every reading) would catch it: a preview, not
    a replay."""
    scope = None
    if territory_id is not None:
        scope = list(Territory.objects.subtree(territory_id).values_list("pk", flat=True))
    rule = TopicRule.from_strings(0, keywords, exclusions, territory_ids=scope)
    first_day = timezone.localtime(since).date()
    days = (timezone.localtime(until - timedelta(microseconds=1)).date() - first_day).days + 1
    per_day: Counter[date] = Counter()
    by_territory: Counter[int | None] = Counter()
    post_ids: list[int] = []
    terms: dict[int, list[str]] = {}
    words = {lemma for keyword in rule.keywords for lemma in keyword}
    candidates: list[tuple[int, str, int | None, datetime]] = []
    if words:
        has_word = Q()
        for word in words:
            has_word |= Q(lemmas__contains=word)
        candidates = list(
            PostAnalysis.objects.filter(published_at__gte=since, published_at__lt=until)
            .filter(has_word)
            .order_by("-published_at", "-post_id")
            .values_list("post_id", "post__text", "territory_id", "published_at")[
                :PREVIEW_MAX_CANDIDATES
            ]
        )
    pipeline, matcher = text_pipeline(), TopicMatcher([rule])
    for post_id, text, territory, published_at in candidates:
        analysis = pipeline.analyse(text)
        if territory is not None and territory not in analysis.territory_ids:
            analysis = replace(analysis, territory_ids=analysis.territory_ids | {territory})
        matches = matcher.match(analysis)
        if matches:
            post_ids.append(post_id)
            terms[post_id] = list(matches[0].terms)
            per_day[timezone.localtime(published_at).date()] += 1
            by_territory[territory] += 1
    return TopicPreview(
        post_ids=post_ids,
        terms=terms,
        by_day=[
            (day, per_day[day]) for day in (first_day + timedelta(days=n) for n in range(days))
        ],
        by_territory=dict(by_territory.most_common()),
        scanned=len(candidates),
    )
