"""Analysing the ledger's posts: territory routing, watch topics, the classifier;
officers' labels and training the classifier from them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crm.models import Platform, Territory
from graph.ingest.ledger import PostData, posts_upsert
from graph.models import Post
from monitoring.classifier import MIN_LABELS, MIN_PER_LABEL
from monitoring.models import ClassifierVersion, Label, PostAnalysis, PostLabel, WatchTopic
from monitoring.services import classifier_train, post_label_set, posts_analyse
from tests.factories import BloggerFactory, SocialAccountFactory, UserFactory

pytestmark = pytest.mark.django_db
T0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def region():
    root = Territory.objects.create(name="Заречная область", kind="region")
    town = Territory.objects.create(name="Городской округ Заречье", kind="urban_okrug", parent=root)
    district = Territory.objects.create(
        name="Сосновский муниципальный район",
        kind="municipal_district",
        parent=root,
        aliases=["Сосновка"],
    )
    heating = WatchTopic.objects.create(
        name="Отопление", keywords=["отопление", "горячая вода", "батарея"]
    )
    roads = WatchTopic.objects.create(name="Дороги", keywords=["яма"], territory=district)
    return {"root": root, "town": town, "district": district, "heating": heating, "roads": roads}


def store(*posts: PostData) -> dict:
    return posts_upsert(platform=Platform.VK, posts=list(posts))


def analysis(ids: dict, author: str, external_id: str) -> PostAnalysis:
    return PostAnalysis.objects.get(post_id=ids[(author, external_id)])


def test_posts_are_routed_matched_and_classified(region):
    ids = store(
        PostData("1", "10", T0, text="Опять нет горячей воды в Заречье, сколько можно?!"),
        PostData("2", "11", T0, text="В Сосновке яма на дороге у школы, пробил колесо"),
        PostData("3", "12", T0, text="С днём рождения, любимый город! Спасибо за праздник"),
        PostData("4", "13", T0, text="Яма во дворе"),  # a territory-scoped topic, no territory
    )
    report = posts_analyse()
    assert report.analysed == 4
    hot = analysis(ids, "1", "10")
    assert hot.territory == region["town"]
    assert list(hot.topics.all()) == [region["heating"]]
    assert "горячая вода" in hot.matched_terms
    assert hot.needs_response and hot.negativity >= 0.5
    assert hot.published_at == T0 and hot.language == "ru" and "вода" in hot.lemmas.split()
    pothole = analysis(ids, "2", "11")
    assert pothole.territory == region["district"]  # through the alias «Сосновка»
    assert list(pothole.topics.all()) == [region["roads"]]
    greeting = analysis(ids, "3", "12")
    assert not greeting.needs_response and greeting.negativity < 0.5
    assert list(greeting.topics.all()) == []
    assert list(analysis(ids, "4", "13").topics.all()) == []  # Дороги is Сосновка's only


def test_a_comment_takes_its_posts_territory_and_an_author_their_bloggers(region):
    blogger = BloggerFactory(territory=region["district"])
    SocialAccountFactory(blogger=blogger, platform=Platform.VK, external_id="77")
    ids = store(PostData("-1", "5", T0, text="Авария на теплотрассе в Заречье"))
    ids |= store(
        PostData("8", "c1", T0, text="И у нас батареи холодные", parent=("-1", "5")),
        PostData("77", "6", T0, text="Батареи холодные третий день"),
    )
    posts_analyse()
    assert analysis(ids, "8", "c1").territory == region["town"]
    assert analysis(ids, "77", "6").territory == region["district"]


def test_analysis_is_idempotent_and_skips_posts_without_text(region):
    store(PostData("1", "10", T0, text="Нет отопления"), PostData("1", "11", T0, text=""))
    assert posts_analyse().analysed == 1
    assert posts_analyse().analysed == 0
    assert PostAnalysis.objects.count() == 1
    assert not PostAnalysis.objects.filter(post__external_id="11").exists()
    # Asked again for one post: its analysis is replaced, not doubled.
    post = Post.objects.get(external_id="10")
    assert posts_analyse(post_ids=[post.pk]).analysed == 1
    assert PostAnalysis.objects.count() == 1


def test_bad_texts_never_break_a_batch(region):
    texts = ["", "😀😀😀", "x" * 100_000, "ЖKХ (latin K) опять отключили отопление", "\x00\x01"]
    store(*[PostData("9", str(i), T0, text=t) for i, t in enumerate(texts)])
    report = posts_analyse()
    assert report.analysed == 4  # the empty one is not a post to analyse
    homoglyph = PostAnalysis.objects.get(post__external_id="3")
    assert list(homoglyph.topics.all()) == [region["heating"]]


def _labelled(n_each: int, user) -> None:
    texts = {
        Label.NEEDS_RESPONSE: "Нет горячей воды на улице {n}, когда дадут? Обращаюсь к главе",
        Label.OFF_TOPIC: "Продам велосипед, почти новый, район {n}",
        Label.POSITIVE: "Спасибо за красивый праздник в парке {n}!",
    }
    for label, template in texts.items():
        for n in range(n_each):
            post_id = store(PostData("5", f"{label}{n}", T0, text=template.format(n=n)))
            post = Post.objects.get(pk=next(iter(post_id.values())))
            post_label_set(post=post, label=label, user=user)


def test_labels_train_a_versioned_classifier_once_there_are_enough(region):
    officer = UserFactory()
    _labelled(MIN_PER_LABEL - 1, officer)
    refused = classifier_train()
    assert refused.trained is None and "нужно" in refused.reason
    _labelled(max(MIN_PER_LABEL, MIN_LABELS // 3 + 1), officer)
    report = classifier_train()
    assert report.trained is not None, report.reason
    version = ClassifierVersion.objects.get(is_active=True)
    assert version.examples >= MIN_LABELS and 0 <= version.metrics["macro_f1"] <= 1
    # Every analysed post now carries the model's version.
    assert set(PostAnalysis.objects.values_list("classifier_version", flat=True)) == {
        version.version
    }
    assert classifier_train().trained is None  # nothing new to learn
    assert classifier_train(force=True).trained is not None


def test_a_label_is_set_changed_removed_and_kept_in_history(region):
    ids = store(PostData("1", "10", T0, text="Нет воды"))
    post = Post.objects.get(pk=ids[("1", "10")])
    officer = UserFactory()
    post_label_set(post=post, label=Label.NEEDS_RESPONSE, user=officer)
    post_label_set(post=post, label=Label.OFF_TOPIC, user=officer)
    assert PostLabel.objects.get(post=post).label == Label.OFF_TOPIC
    post_label_set(post=post, label=None, user=officer)
    assert not PostLabel.objects.filter(post=post).exists()
    assert PostLabel.history.filter(post_id=post.pk).count() == 3
    assert PostLabel.history.filter(history_user=officer).count() == 3


def test_published_time_falls_back_to_when_the_post_was_fetched(region):
    store(PostData("1", "10", None, text="Нет отопления"))
    posts_analyse()
    item = PostAnalysis.objects.get()
    assert abs(item.published_at - Post.objects.get().fetched_at) < timedelta(seconds=1)
