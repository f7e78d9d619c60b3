"""Campaign publications (CRUD), goals and the measured result of a campaign."""

from __future__ import annotations

from datetime import timedelta
from itertools import count

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from crm.models import CampaignParticipant, CampaignPublication
from graph.models import Mention, Post, Repost
from tests.api.base import APIViewTestCases, assert_error_shape
from tests.factories import (
    BloggerFactory,
    CampaignFactory,
    ParticipantFactory,
    SocialAccountFactory,
)

pytestmark = pytest.mark.django_db
_keys = count()


def repost(post: Post, reposter, weight: int = 1) -> Repost:
    return Repost.objects.create(
        key=f"test:repost:{next(_keys)}",
        reposter=reposter,
        author=post.account,
        original_post=post,
        occurred_at=timezone.now(),
        weight=weight,
        origin="test",
    )


def mention(source, target, when) -> Mention:
    return Mention.objects.create(
        key=f"test:mention:{next(_keys)}",
        source=source,
        target=target,
        occurred_at=when,
        origin="test",
    )


class TestCampaignPublicationAPI(APIViewTestCases):
    basename = "campaign-publication"
    model = CampaignPublication

    def make_objects(self):
        return [
            ParticipantFactory(status="published").publications.create(
                url=f"https://vk.com/wall-1_{next(_keys)}"
            )
            for _ in range(3)
        ]

    def create_data(self):
        return {"participant": ParticipantFactory().pk, "url": "https://vk.com/wall-7_70"}

    def update_data(self, obj):
        return {"url": "https://vk.com/wall-7_71"}


def test_recording_a_publication_finds_its_account_and_moves_the_participant(client_for):
    blogger = BloggerFactory()
    account = SocialAccountFactory(blogger=blogger, external_id="-4242")
    participant = ParticipantFactory(blogger=blogger, status="agreed")
    response = client_for("officer").post(
        reverse("api:campaign-publication-list"),
        {"participant": participant.pk, "url": "https://vk.com/wall-4242_17"},
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["account"]["id"] == account.pk
    assert (body["campaign"], body["blogger"]["id"]) == (participant.campaign_id, blogger.pk)
    participant.refresh_from_db()
    assert participant.status == "published"
    again = client_for("officer").post(
        reverse("api:campaign-publication-list"),
        {"participant": participant.pk, "url": "https://vk.com/wall-4242_17"},
        format="json",
    )
    assert_error_shape(again, 409, "duplicate")


def test_publications_filter_by_campaign(client_for):
    first, second = ParticipantFactory(), ParticipantFactory()
    first.publications.create(url="https://vk.com/wall-1_1")
    second.publications.create(url="https://vk.com/wall-1_2")
    response = client_for("viewer").get(
        reverse("api:campaign-publication-list"), {"campaign": first.campaign_id}
    )
    assert [row["url"] for row in response.json()["results"]] == ["https://vk.com/wall-1_1"]


def test_campaign_goals_are_written_and_read(client_for):
    campaign = CampaignFactory()
    response = client_for("officer").patch(
        reverse("api:campaign-detail", args=[campaign.pk]),
        {"goal_reposts": 50, "goal_reach": 100000},
        format="json",
    )
    assert response.status_code == 200
    assert (response.json()["goal_reposts"], response.json()["goal_reach"]) == (50, 100000)


@pytest.fixture
def measured_campaign():
    """Two bloggers published for the campaign; the ledger holds their posts,
    reposts of them and mentions of the authors."""
    today = timezone.localdate()
    campaign = CampaignFactory(
        starts_on=today - timedelta(days=10),
        ends_on=today + timedelta(days=10),
        goal_publications=4,
        goal_reposts=10,
        goal_reach=None,
    )
    anna = SocialAccountFactory(blogger=BloggerFactory(), external_id="-100", followers=1000)
    boris = SocialAccountFactory(
        blogger=BloggerFactory(), platform="telegram", screen_name="boris_news", followers=500
    )
    fans = [SocialAccountFactory(followers=10 * (i + 1)) for i in range(3)]
    when = timezone.now() - timedelta(days=5)
    anna_post = Post.objects.create(
        account=anna, external_id="5", published_at=when, views=900, likes=30
    )
    boris_post = Post.objects.create(account=boris, external_id="77", published_at=when)
    Post.objects.create(account=anna, external_id="6", published_at=when)  # not a publication
    repost(anna_post, fans[0], weight=2)
    repost(anna_post, fans[1])
    repost(boris_post, fans[1])
    repost(Post.objects.get(external_id="6"), fans[2])  # not counted
    mention(fans[0], anna, when + timedelta(hours=1))
    mention(fans[2], boris, when + timedelta(hours=2))
    mention(fans[2], boris, when - timedelta(days=30))  # before the campaign: not counted
    for account, url in (
        (anna, "https://vk.com/club100?w=wall-100_5"),
        (boris, "https://t.me/boris_news/77"),
        (anna, "https://dzen.ru/a/unknown-article"),
    ):
        participant, _ = CampaignParticipant.objects.get_or_create(
            campaign=campaign, blogger=account.blogger, defaults={"status": "published"}
        )
        participant.publications.create(url=url)
    ParticipantFactory(campaign=campaign, status="invited")
    return campaign


def test_results_measure_reposts_mentions_and_reach_against_the_goal(client_for, measured_campaign):
    response = client_for("viewer").get(
        reverse("api:campaign-results", args=[measured_campaign.pk])
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["participants"] == {"invited": 1, "agreed": 0, "published": 2, "declined": 0}
    assert body["totals"] == {
        "publications": 3,
        "matched": 2,
        "reposts": 4,  # 2 + 1 of Anna's post, 1 of Boris's
        "reposters": 2,
        "mentions": 2,
        "reach": 1000 + 500 + 10 + 20,  # authors and reposters, each once
        "views": 900,
    }
    goals = {g["metric"]: g for g in body["goals"]}
    assert goals["reposts"] == {"metric": "reposts", "goal": 10, "value": 4, "progress": 0.4}
    assert goals["publications"]["progress"] == 0.75
    assert goals["reach"]["progress"] is None
    rows = {row["url"]: row for row in body["publications"]}
    vk = rows["https://vk.com/club100?w=wall-100_5"]
    assert (vk["reposts"], vk["reposters"], vk["reach"], vk["views"]) == (3, 2, 1030, 900)
    assert rows["https://t.me/boris_news/77"]["reach"] == 520
    unmatched = rows["https://dzen.ru/a/unknown-article"]
    assert (unmatched["post"], unmatched["reposts"]) == (None, 0)


def test_results_query_count_does_not_grow_with_publications(client_for, measured_campaign):
    client = client_for("viewer")
    url = reverse("api:campaign-results", args=[measured_campaign.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for n in range(8):
        account = SocialAccountFactory(blogger=BloggerFactory(), followers=5)
        post = Post.objects.create(account=account, external_id=str(n), published_at=timezone.now())
        repost(post, SocialAccountFactory())
        part = ParticipantFactory(campaign=measured_campaign, blogger=account.blogger)
        part.publications.create(url=f"https://vk.com/wall{account.external_id}_{n}")
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.json()["totals"]["matched"] == 10
    assert len(many) == len(few)


def test_results_need_a_login(client_for, measured_campaign):
    response = client_for(None).get(reverse("api:campaign-results", args=[measured_campaign.pk]))
    assert_error_shape(response, 401, "not_authenticated")
