"""Clusters of similar texts among posts that match no topic (monitoring.clusters)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from monitoring.bursts import BurstParams, scan
from monitoring.clusters import cluster_counts, cluster_posts, shingles

T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


# Lemmas, as the text pipeline gives them.
WATER = [
    ("w1", at(0), "нет вода на улица ленин с утро"),
    ("w2", at(20), "с утро на ленин отключить вода нет вода"),
    ("w3", at(45), "улица ленин опять нет вода с утро"),
    ("w4", at(120), ["вода", "нет", "на", "ленин", "весь", "утро"]),
]
BUS = [
    ("b1", at(50), "на остановка школа не ходить автобус"),
    ("b2", at(60), "автобус не ходить к школа уже час"),
]
UNRELATED = [
    ("u1", at(30), "поздравлять весь с день город"),
    ("u2", at(180), "в город нет свет"),
    ("u3", at(181), "в школа нет учитель"),
    ("u4", at(5), "спасибо"),
    ("u5", at(7), "спасибо спасибо"),
]
POSTS = WATER + BUS + UNRELATED


def test_paraphrased_duplicates_form_clusters_and_unrelated_posts_none():
    clusters = cluster_posts(POSTS)
    assert [c.post_ids for c in clusters] == [("w1", "w2", "w3", "w4"), ("b1", "b2")]
    water = clusters[0]
    assert (water.size, water.first_at, water.last_at) == (4, at(0), at(120))


def test_membership_does_not_depend_on_input_order_and_runs_repeat():
    expected = [c.post_ids for c in cluster_posts(POSTS)]
    for seed in range(5):
        shuffled = POSTS[:]
        random.Random(seed).shuffle(shuffled)
        assert [c.post_ids for c in cluster_posts(shuffled)] == expected


def test_posts_further_apart_than_the_window_are_not_joined():
    same_text = "во двор не вывозить мусор неделя"
    posts = [("a", at(0), same_text), ("b", at(60 * 49), same_text)]
    assert cluster_posts(posts) == []
    assert [c.post_ids for c in cluster_posts(posts, window=timedelta(hours=50))] == [("a", "b")]


def test_a_stricter_threshold_splits_looser_paraphrases():
    (water,) = cluster_posts(POSTS, threshold=0.7)  # the bus paraphrases share 0.44
    assert {"w1", "w2", "w3"} <= set(water.post_ids)


def test_word_shingles():
    assert shingles("Нет воды нет") == {"нет", "воды"}
    assert shingles(["нет", "вода", "на", "ленин"], size=2) == {"нет вода", "вода на", "на ленин"}
    assert shingles("") == set()


def test_threshold_must_be_a_similarity():
    with pytest.raises(ValueError):
        cluster_posts(POSTS, threshold=0)


def test_a_cluster_becomes_an_hourly_series_that_the_burst_test_reads():
    flood = [(f"p{i}", at(6 * i), "дом номер пять нет отопление холодно") for i in range(10)]
    quiet = [
        ("q1", at(0), "дом номер пять нет отопление"),
        ("q2", at(400), "нет отопление дом пять"),
    ]
    clusters = cluster_posts(flood + quiet)
    assert len(clusters) == 1 and clusters[0].size == 12
    start = T0 - timedelta(hours=47)  # the 48 h before the end of the first hour
    counts = cluster_counts(clusters, start=start, hours=48)
    assert counts[0, -1] == 11  # ten in the flood hour plus q1; q2 is after the range
    assert counts.sum() == 11
    (burst,) = scan(counts, params=BurstParams())
    assert burst.series == 0 and burst.observed == 11
