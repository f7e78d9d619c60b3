"""Who spreads an incident (ledger + latest run + CRM) and who can help answer it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crm.models import Blogger, Interaction, SocialAccount, Territory
from graph.models import InfluenceCommunity, InfluenceRun, InfluenceScore, Mention, Post, Repost
from monitoring.models import Incident
from monitoring.spread import incident_messengers, incident_spread

pytestmark = pytest.mark.django_db
T0 = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture
def world(django_user_model):
    region = Territory.objects.create(name="Заречная область", kind="region")
    town = Territory.objects.create(name="Заречье", kind="urban_okrug", parent=region)
    owner = django_user_model.objects.create_user(
        "olga", password="x-not-used-x", first_name="Ольга", last_name="Петрова"
    )

    def blogger(name, **fields):
        return Blogger.objects.create(display_name=name, territory=town, **fields)

    def account(name, followers, blogger=None):
        return SocialAccount.objects.create(
            platform="vk",
            external_id=name,
            screen_name=name,
            display_name=name,
            followers=followers,
            blogger=blogger,
        )

    b1 = blogger("Критик", stance="supportive", owner=owner)  # involved: never suggested
    Interaction.objects.create(
        blogger=b1, type="call", direction="out", occurred_at=T0 - timedelta(days=3), summary="…"
    )
    acc = {
        "r1": account("r1", 50),
        "r2": account("r2", 70),
        "a1": account("a1", 5000, b1),
        "a2": account("a2", 800),
        "m1": account("m1", 90000),
        "loyal": account("loyal", 20000, blogger("Лояльный", stance="supportive")),
        "partner": account("partner", 3000, blogger("Партнёр", stage="partner")),
        "far": account("far", 100000, blogger("Далёкий", stance="supportive")),
        "archived": account(
            "archived", 50000, blogger("Архив", stance="supportive", is_archived=True)
        ),
        "critic": account("critic", 40000, blogger("Против", stance="critical")),
    }
    run = InfluenceRun.objects.create(status="succeeded", active=False, backend="sql")
    for number, label in ((1, "Заречье"), (2, "Ключевск"), (3, "Дальние")):
        InfluenceCommunity.objects.create(run=run, number=number, label=label, size=10 * number)
    community = {"r1": 1, "r2": 1, "a1": 1, "m1": 1, "a2": 2, "loyal": 1, "partner": 2}
    community |= {"far": 3, "archived": 1, "critic": 1}
    scores = {"a1": 60.0, "a2": 20.0, "loyal": 40.0, "partner": 30.0}
    for rank, (name, number) in enumerate(community.items(), start=1):
        InfluenceScore.objects.create(
            run=run,
            account=acc[name],
            score=scores.get(name, 5.0),
            rank=rank,
            percentile=50,
            pagerank=0.1,
            hub=0.1,
            authority=0.1,
            community=number,
        )
    p1 = Post.objects.create(account=acc["r1"], external_id="1", published_at=T0, text="Нет воды")
    p2 = Post.objects.create(
        account=acc["r2"], external_id="2", published_at=T0 + timedelta(minutes=30), text="И у нас"
    )
    incident = Incident.objects.create(
        title="Нет воды",
        territory=town,
        series_key="topic:1:1",
        started_at=T0,
        detected_at=T0 + timedelta(hours=1),
        last_post_at=T0 + timedelta(minutes=30),
    )
    incident.posts.add(p1, p2)
    for n, (who, post, minutes) in enumerate([("a1", p1, 40), ("a1", p2, 70), ("a2", p1, 90)]):
        Repost.objects.create(
            key=f"r{n}",
            reposter=acc[who],
            author=post.account,
            original_post=post,
            occurred_at=T0 + timedelta(minutes=minutes),
            origin="test",
        )
    Mention.objects.create(
        key="m",
        source=acc["r2"],
        source_post=p2,
        target=acc["m1"],
        occurred_at=p2.published_at,
        origin="test",
    )
    # Noise: a repost of a post outside the incident.
    other = Post.objects.create(account=acc["m1"], external_id="9", published_at=T0)
    Repost.objects.create(
        key="x",
        reposter=acc["loyal"],
        author=acc["m1"],
        original_post=other,
        occurred_at=T0,
        origin="test",
    )
    return {
        "incident": incident,
        "acc": acc,
        "b1": b1,
        "owner": owner,
        "run": run,
        "posts": (p1, p2),
    }


def test_spread_names_the_origin_the_cascade_the_amplifiers_and_the_bloggers(world):
    acc, p1, p2 = world["acc"], *world["posts"]
    spread = incident_spread(incident=world["incident"])
    assert spread["origin"]["post"] == p1.pk and spread["origin"]["account"]["id"] == acc["r1"].pk
    assert spread["totals"] == {
        "posts": 2,
        "authors": 2,
        "reposts": 3,
        "mentions": 1,
        "reach": 50 + 70 + 5000 + 800,
    }
    cascade = [(e["kind"], e["account"]["screen_name"]) for e in spread["cascade"]]
    assert cascade == [
        ("post", "r1"),
        ("post", "r2"),
        ("mention", "r2"),
        ("repost", "a1"),
        ("repost", "a1"),
        ("repost", "a2"),
    ]
    assert spread["cascade"][2]["target"]["screen_name"] == "m1"
    assert spread["cascade"][2]["post"] == p2.pk
    assert [(h["posts"], h["reposts"], h["mentions"]) for h in spread["timeline"]] == [
        (2, 1, 1),
        (0, 2, 0),
    ]
    amplifiers = [
        (a["screen_name"], a["reposts"], a["community_label"]) for a in spread["amplifiers"]
    ]
    assert amplifiers == [("a1", 2, "Заречье"), ("a2", 1, "Ключевск")]
    assert spread["communities"] == [
        {"number": 1, "label": "Заречье", "size": 10, "involved": 4},
        {"number": 2, "label": "Ключевск", "size": 20, "involved": 1},
    ]
    (blogger,) = spread["bloggers"]
    assert blogger["id"] == world["b1"].pk and blogger["roles"] == ["amplifier"]
    assert blogger["owner"] == {
        "id": world["owner"].pk,
        "username": "olga",
        "full_name": "Ольга Петрова",
    }
    assert blogger["last_contact_at"] == T0 - timedelta(days=3)
    assert blogger["stance"] == "supportive" and blogger["accounts"] == [acc["a1"].pk]


def test_messengers_are_loyal_or_partner_bloggers_of_the_reached_communities_not_involved(world):
    report = incident_messengers(incident=world["incident"])
    assert report["basis"] == "community" and report["reached_communities"] == [1, 2]
    names = [
        (m["blogger"]["display_name"], m["reach"], m["community_label"])
        for m in report["messengers"]
    ]
    assert names == [("Лояльный", 20000, "Заречье"), ("Партнёр", 3000, "Ключевск")]
    assert (
        incident_messengers(incident=world["incident"], limit=1)["messengers"][0]["reach"] == 20000
    )


def test_without_a_run_messengers_come_from_the_incident_territory(world):
    world["run"].delete()
    report = incident_messengers(incident=world["incident"])
    assert report["basis"] == "territory"
    names = {m["blogger"]["display_name"] for m in report["messengers"]}
    assert names == {"Лояльный", "Партнёр", "Далёкий"}
    spread = incident_spread(incident=world["incident"])
    assert spread["communities"] == [] and spread["amplifiers"][0]["community"] is None


def test_an_incident_without_posts_has_an_empty_spread(world):
    empty = Incident.objects.create(
        title="Пусто", series_key="x", started_at=T0, detected_at=T0, last_post_at=T0
    )
    spread = incident_spread(incident=empty)
    assert spread["origin"] is None and spread["cascade"] == [] and spread["totals"]["posts"] == 0
    assert incident_messengers(incident=empty)["messengers"] == []
