"""The demo campaigns' publications point at ledger posts, so their result is measured."""

from __future__ import annotations

import pytest

from crm.models import Campaign, CampaignPublication
from demo.campaign_links import demo_publications_link
from graph.models import Post
from graph.selectors import campaign_results
from tests.demo.test_demo_graph import crm, seeded  # noqa: F401 — shared class fixtures

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("seeded")
class TestDemoCampaigns:
    def test_publications_are_linked_to_their_authors_posts_and_measured(self):
        publications = CampaignPublication.objects.select_related("participant", "account")
        before = {p.pk: p.url for p in publications}
        changed = demo_publications_link()
        assert changed > 0
        for publication in publications.all():
            post = Post.objects.filter(url=publication.url).first()
            if before[publication.pk] != publication.url:
                assert post is not None
                assert post.account.blogger_id == publication.participant.blogger_id
                assert publication.published_at == post.published_at
        # Idempotent: a second run changes nothing.
        assert demo_publications_link() == 0
        measured = [campaign_results(campaign=c)["totals"] for c in Campaign.objects.all()]
        assert sum(t["matched"] for t in measured) == changed
        assert sum(t["reposts"] for t in measured) > 0
        assert sum(t["reach"] for t in measured) > 0
