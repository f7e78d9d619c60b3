"""POST /bloggers/{id}/merge/: preview (dry run) and merge of a duplicate."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from crm.models import Blogger, CampaignParticipant
from tests.api.base import assert_error_shape
from tests.factories import (
    BloggerFactory,
    CampaignFactory,
    FollowUpFactory,
    InteractionFactory,
    ParticipantFactory,
    SocialAccountFactory,
    TerritoryFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def merge_url(blogger: Blogger) -> str:
    return reverse("api:blogger-merge", args=[blogger.pk])


@pytest.fixture
def duplicates():
    """A personal page and a channel of one person, entered as two bloggers."""
    target = BloggerFactory(display_name="Марина Котова")
    source = BloggerFactory(
        display_name="Канал Марины", territory=TerritoryFactory(), notes="Пишет о дорогах"
    )
    SocialAccountFactory(blogger=target, screen_name="marina")
    SocialAccountFactory(blogger=source, screen_name="marina_channel")
    SocialAccountFactory(blogger=source, screen_name="marina_club")
    InteractionFactory.create_batch(3, blogger=source)
    FollowUpFactory(blogger=source)
    FollowUpFactory(blogger=source, status="done")
    shared = CampaignFactory(title="Дороги-2026")
    ParticipantFactory(campaign=shared, blogger=target, status="invited")
    mine = ParticipantFactory(campaign=shared, blogger=source, status="published")
    mine.publications.create(url="https://vk.com/wall-5_1")
    ParticipantFactory(campaign=CampaignFactory(title="Парки"), blogger=source, status="agreed")
    source.topics.add(TopicFactory(name="дороги"))
    return source, target


def test_dry_run_tells_what_moves_and_writes_nothing(client_for, duplicates):
    source, target = duplicates
    response = client_for("officer").post(
        merge_url(source), {"into": target.pk, "dry_run": True}, format="json"
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["dry_run"] is True
    assert (body["source"]["id"], body["target"]["id"]) == (source.pk, target.pk)
    assert sorted(a["screen_name"] for a in body["accounts"]) == ["marina_channel", "marina_club"]
    assert (body["interactions"], body["followups"], body["open_followups"]) == (3, 2, 1)
    campaigns = {c["title"]: c for c in body["campaigns"]}
    assert campaigns["Дороги-2026"]["shared"] is True
    assert campaigns["Дороги-2026"]["publications"] == 1
    assert campaigns["Парки"]["shared"] is False
    assert body["fields_filled"] == ["territory"]
    assert body["topics_added"] == ["дороги"]
    assert body["notes_appended"] is True
    source.refresh_from_db()
    assert not source.is_archived and source.merged_into_id is None
    assert source.accounts.count() == 2 and source.interactions.count() == 3


def test_merge_moves_everything_archives_the_duplicate_and_keeps_history(
    client_for, duplicates, role_users
):
    source, target = duplicates
    preview = client_for("officer").post(
        merge_url(source), {"into": target.pk, "dry_run": True}, format="json"
    )
    response = client_for("officer").post(merge_url(source), {"into": target.pk}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["dry_run"] is False
    # The merge moves what its preview announced.
    assert {k: v for k, v in body.items() if k not in ("dry_run", "source", "target")} == {
        k: v for k, v in preview.json().items() if k not in ("dry_run", "source", "target")
    }
    source.refresh_from_db()
    target.refresh_from_db()
    assert source.is_archived and source.merged_into_id == target.pk
    assert target.accounts.count() == 3
    assert target.interactions.count() == 3 and target.followups.count() == 2
    assert CampaignParticipant.objects.filter(blogger=target).count() == 2
    assert target.territory_id is not None and "Пишет о дорогах" in target.notes
    latest = source.history.latest()
    assert latest.history_user == role_users["officer"]
    assert latest.history_change_reason == f"merge: blogger {source.pk} into {target.pk}"
    assert source.history.earliest().merged_into_id is None
    # The archived duplicate still answers, pointing at the kept record.
    card = client_for("viewer").get(reverse("api:blogger-detail", args=[source.pk]))
    assert card.json()["merged_into"] == target.pk


@pytest.mark.parametrize("role", ["viewer", "analyst"])
def test_roles_without_crm_edit_cannot_merge_nor_preview(client_for, duplicates, role):
    source, target = duplicates
    for dry_run in (True, False):
        response = client_for(role).post(
            merge_url(source), {"into": target.pk, "dry_run": dry_run}, format="json"
        )
        assert_error_shape(response, 403, "permission_denied")
    assert not Blogger.objects.get(pk=source.pk).is_archived


def test_anonymous_is_refused(client_for, duplicates):
    source, target = duplicates
    response = client_for(None).post(merge_url(source), {"into": target.pk}, format="json")
    assert_error_shape(response, 401, "not_authenticated")


def test_refusals_use_the_error_shape(client_for, duplicates):
    source, target = duplicates
    client = client_for("admin")
    error = assert_error_shape(
        client.post(merge_url(source), {"into": source.pk}, format="json"), 400, "merge_self"
    )
    assert "into" in error["fields"]
    error = assert_error_shape(client.post(merge_url(source), {}, format="json"), 400)
    assert "into" in error["fields"]
    assert_error_shape(client.post(merge_url(source), {"into": 987654}, format="json"), 400)
    assert client.post(merge_url(source), {"into": target.pk}, format="json").status_code == 200
    assert_error_shape(
        client.post(merge_url(source), {"into": target.pk}, format="json"),
        400,
        "merge_already_merged",
    )
    other = BloggerFactory()
    assert_error_shape(
        client.post(merge_url(other), {"into": source.pk}, format="json"),
        400,
        "merge_target_merged",
    )


def test_preview_query_count_does_not_grow_with_the_rows(client_for):
    client = client_for("officer")

    def measure(rows: int) -> int:
        source, target = BloggerFactory(), BloggerFactory()
        for _ in range(rows):
            SocialAccountFactory(blogger=source)
            ParticipantFactory(blogger=source).publications.create(url="https://vk.com/wall-1_1")
            InteractionFactory(blogger=source)
        client.post(merge_url(source), {"into": target.pk, "dry_run": True}, format="json")
        with CaptureQueriesContext(connection) as queries:
            response = client.post(
                merge_url(source), {"into": target.pk, "dry_run": True}, format="json"
            )
        assert response.status_code == 200
        return len(queries)

    assert measure(2) == measure(12)
