"""Blogger services: creation with accounts, duplicate refusal, merge."""

from datetime import timedelta

import pytest
from django.utils import timezone

from backend.errors import Duplicate, ValidationFailed
from crm.models import Blogger, CampaignParticipant, CampaignPublication, SocialAccount, Stage
from crm.services import (
    account_add_from_url,
    account_attach_external_id,
    blogger_create,
    blogger_merge,
    blogger_update,
)
from tests.factories import (
    BloggerFactory,
    CampaignFactory,
    FollowUpFactory,
    InteractionFactory,
    ParticipantFactory,
    SocialAccountFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def test_blogger_create_links_accounts_from_urls(user):
    blogger = blogger_create(
        display_name="Марина из Заречья",
        account_urls=["https://vk.com/marina_z", "t.me/marina_z_channel"],
        actor=user,
    )
    accounts = {(a.platform, a.screen_name) for a in blogger.accounts.all()}
    assert accounts == {("vk", "marina_z"), ("telegram", "marina_z_channel")}


def test_blogger_create_reuses_an_unassigned_account_seen_in_the_graph(user):
    seen = SocialAccountFactory(platform="vk", external_id="-123", kind="community", blogger=None)
    blogger = blogger_create(display_name="Новости", account_urls=["vk.com/club123"], actor=user)
    seen.refresh_from_db()
    assert seen.blogger == blogger
    assert SocialAccount.objects.filter(platform="vk", external_id="-123").count() == 1


def test_creating_a_blogger_whose_account_exists_is_refused_with_a_pointer(user):
    existing = blogger_create(display_name="Первый", account_urls=["https://vk.com/durov"])
    with pytest.raises(Duplicate) as excinfo:
        blogger_create(
            display_name="Второй", account_urls=["https://m.vk.com/Durov?x=1"], actor=user
        )
    assert excinfo.value.existing == existing
    assert f"id {existing.pk}" in excinfo.value.message
    assert list(excinfo.value.fields) == ["account_urls"]
    assert not Blogger.objects.filter(display_name="Второй").exists()


def test_blogger_create_rejects_bad_urls_naming_each_one():
    with pytest.raises(ValidationFailed) as excinfo:
        blogger_create(
            display_name="X",
            account_urls=["https://vk.com/durov", "https://example.com/a", "t.me/+x"],
        )
    assert list(excinfo.value.fields) == ["account_urls"]  # the input's name
    errors = excinfo.value.fields["account_urls"]
    assert [e.split(" ")[0] for e in errors] == ["[1]", "[2]"]  # positions in the list
    assert "https://example.com/a" in errors[0] and "t.me/+x" in errors[1]
    assert Blogger.objects.count() == 0
    assert SocialAccount.objects.count() == 0


def test_blogger_create_requires_a_display_name():
    with pytest.raises(ValidationFailed) as excinfo:
        blogger_create(display_name="  ")
    assert "display_name" in excinfo.value.fields


def test_account_add_from_url_is_idempotent_and_refuses_other_bloggers_account():
    first, second = BloggerFactory(), BloggerFactory()
    account, created = account_add_from_url(url="https://ok.ru/group/777", blogger=first)
    again, created_again = account_add_from_url(url="ok.ru/group/777/", blogger=first)
    assert (created, created_again) == (True, False)
    assert again.pk == account.pk
    with pytest.raises(Duplicate) as excinfo:
        account_add_from_url(url="https://ok.ru/group/777", blogger=second)
    assert excinfo.value.existing == first


def test_account_add_from_url_reports_malformed_url_on_the_url_field():
    with pytest.raises(ValidationFailed) as excinfo:
        account_add_from_url(url="https://vk.com/wall-1_2")
    assert "url" in excinfo.value.fields


def test_account_attach_external_id_sets_the_id_when_no_other_row_has_it():
    account = SocialAccountFactory(external_id="", screen_name="lesk_travel")
    attached = account_attach_external_id(account=account, external_id="7001")
    assert attached.pk == account.pk
    assert SocialAccount.objects.get(pk=account.pk).external_id == "7001"


def test_account_attach_external_id_folds_the_name_only_row_into_the_one_with_the_id():
    blogger = BloggerFactory()
    by_name = SocialAccountFactory(external_id="", screen_name="lesk_travel", blogger=blogger)
    by_id = SocialAccountFactory(external_id="7001", screen_name="")
    publication = CampaignPublication.objects.create(
        participant=ParticipantFactory(blogger=blogger),
        url="https://vk.com/wall7001_1",
        account=by_name,
    )
    kept = account_attach_external_id(account=by_name, external_id="7001")
    assert kept.pk == by_id.pk
    assert not SocialAccount.objects.filter(pk=by_name.pk).exists()
    kept.refresh_from_db()
    assert (kept.external_id, kept.screen_name, kept.blogger) == ("7001", "lesk_travel", blogger)
    publication.refresh_from_db()
    assert publication.account_id == by_id.pk


def test_account_attach_external_id_refuses_rows_of_two_bloggers():
    by_name = SocialAccountFactory(external_id="", screen_name="lesk", blogger=BloggerFactory())
    owner = BloggerFactory()
    SocialAccountFactory(external_id="7001", blogger=owner)
    with pytest.raises(ValidationFailed) as excinfo:
        account_attach_external_id(account=by_name, external_id="7001")
    assert f"id {owner.pk}" in excinfo.value.fields["url"][0]
    assert SocialAccount.objects.get(pk=by_name.pk).external_id == ""


def test_blogger_update_writes_history_only_when_something_changed(user):
    blogger = BloggerFactory(stage=Stage.NEW)
    before = blogger.history.count()
    blogger_update(blogger=blogger, actor=user, stage=Stage.NEW)
    assert blogger.history.count() == before
    blogger_update(blogger=blogger, actor=user, stage=Stage.ENGAGED)
    latest = blogger.history.latest()
    assert blogger.history.count() == before + 1
    assert (latest.stage, latest.history_user) == (Stage.ENGAGED, user)


def test_blogger_update_rejects_unknown_fields():
    with pytest.raises(ValidationFailed) as excinfo:
        blogger_update(blogger=BloggerFactory(), pk=5)
    assert "pk" in excinfo.value.fields


class TestMerge:
    def test_moves_everything_and_archives_the_source(self, user):
        target = BloggerFactory(display_name="Марина", phone="")
        source = BloggerFactory(
            display_name="Марина (дубль)", phone="+79001234567", notes="Пишет про дороги"
        )
        health, roads = TopicFactory(name="здравоохранение"), TopicFactory(name="дороги")
        target.topics.add(health)
        source.topics.add(roads)
        SocialAccountFactory(blogger=source)
        SocialAccountFactory(blogger=source)
        SocialAccountFactory(blogger=target)
        interactions = InteractionFactory.create_batch(3, blogger=source)
        FollowUpFactory.create_batch(2, blogger=source)
        only_source = ParticipantFactory(blogger=source, status="agreed")

        report = blogger_merge(source=source, target=target, actor=user)

        source.refresh_from_db()
        target.refresh_from_db()
        assert (report.accounts, report.interactions, report.followups) == (2, 3, 2)
        assert target.accounts.count() == 3
        assert set(target.interactions.values_list("pk", flat=True)) == {i.pk for i in interactions}
        assert target.followups.count() == 2
        only_source.refresh_from_db()
        assert only_source.blogger == target
        assert set(target.topics.all()) == {health, roads}
        assert target.phone == "+79001234567"
        assert "Пишет про дороги" in target.notes
        assert source.is_archived and source.merged_into == target
        assert source.accounts.count() == source.interactions.count() == 0

    def test_keeps_history_of_both_records_and_of_moved_rows(self, user):
        target, source = BloggerFactory(), BloggerFactory()
        account = SocialAccountFactory(blogger=source)
        interaction = InteractionFactory(blogger=source)

        blogger_merge(source=source, target=target, actor=user)

        assert Blogger.objects.filter(pk=source.pk).exists()  # never deleted
        source_history = list(source.history.all())
        assert source_history[0].merged_into_id == target.pk
        assert source_history[0].history_user == user
        assert source_history[-1].merged_into_id is None  # the pre-merge state is still there
        account_history = account.history.order_by("history_date")
        assert [h.blogger_id for h in account_history] == [source.pk, target.pk]
        moved = interaction.history.latest()
        assert (moved.blogger_id, moved.history_user, moved.history_change_reason) == (
            target.pk,
            user,
            f"merge: blogger {source.pk} into {target.pk}",
        )

    def test_shared_campaign_keeps_furthest_status_and_all_publications(self, user):
        target, source = BloggerFactory(), BloggerFactory()
        campaign = CampaignFactory()
        mine = ParticipantFactory(campaign=campaign, blogger=target, status="invited")
        theirs = ParticipantFactory(campaign=campaign, blogger=source, status="published")
        theirs.publications.create(url="https://vk.com/wall-1_10")
        mine.publications.create(url="https://vk.com/wall-1_11")

        blogger_merge(source=source, target=target, actor=user)

        mine.refresh_from_db()
        assert mine.status == "published"
        assert set(mine.publications.values_list("url", flat=True)) == {
            "https://vk.com/wall-1_10",
            "https://vk.com/wall-1_11",
        }
        assert CampaignParticipant.objects.filter(campaign=campaign, blogger=target).count() == 1

    def test_refuses_self_merge_and_double_merge(self):
        first, second, third = BloggerFactory(), BloggerFactory(), BloggerFactory()
        with pytest.raises(ValidationFailed):
            blogger_merge(source=first, target=first)
        blogger_merge(source=first, target=second)
        with pytest.raises(ValidationFailed):
            blogger_merge(source=first, target=third)


def test_history_rows_written_on_change_of_each_crm_model(user):
    blogger = BloggerFactory()
    interaction = InteractionFactory(blogger=blogger)
    followup = FollowUpFactory(blogger=blogger, due_date=timezone.localdate() - timedelta(days=1))
    for obj, field, value in [
        (blogger, "notes", "Новая заметка"),
        (interaction, "outcome", "Договорились"),
        (followup, "status", "done"),
    ]:
        setattr(obj, field, value)
        obj._history_user = user
        obj.save()
        latest = obj.history.latest()
        assert (getattr(latest, field), latest.history_type, latest.history_user) == (
            value,
            "~",
            user,
        )


def test_merge_preview_matches_what_the_merge_moves(user):
    from crm.selectors import blogger_merge_preview

    target = BloggerFactory(phone="")
    source = BloggerFactory(phone="+79001112233", email="a@example.org")
    target.email = "kept@example.org"
    target.save()
    SocialAccountFactory(blogger=source)
    InteractionFactory.create_batch(2, blogger=source)
    FollowUpFactory(blogger=source)
    ParticipantFactory(blogger=source)

    preview = blogger_merge_preview(source=source, target=target)
    report = blogger_merge(source=source, target=target, actor=user)

    assert len(preview.accounts) == report.accounts == 1
    assert preview.interactions == report.interactions == 2
    assert preview.followups == report.followups == 1
    assert len(preview.campaigns) == report.participations == 1
    assert preview.fields_filled == ["phone"]
    assert set(report.fields_filled) == {"phone"}


def test_merge_into_a_merged_record_is_refused():
    first, second, third = BloggerFactory(), BloggerFactory(), BloggerFactory()
    blogger_merge(source=first, target=second)
    with pytest.raises(ValidationFailed) as excinfo:
        blogger_merge(source=third, target=first)
    assert excinfo.value.code == "merge_target_merged"


def test_publication_record_and_update_follow_the_link_to_the_participants_account(user):
    from crm.services import publication_record, publication_update

    blogger = BloggerFactory()
    page = SocialAccountFactory(blogger=blogger, external_id="9001")
    group = SocialAccountFactory(blogger=blogger, external_id="-9002")
    SocialAccountFactory(external_id="-9003")  # someone else's community
    participant = ParticipantFactory(blogger=blogger, status="invited")

    publication = publication_record(
        participant=participant, url="https://vk.com/wall9001_1", actor=user
    )
    assert publication.account == page
    participant.refresh_from_db()
    assert participant.status == "published"
    assert participant.history.latest().history_user == user

    publication_update(publication=publication, url="https://vk.com/wall-9002_5", actor=user)
    assert CampaignPublication.objects.get(pk=publication.pk).account == group
    publication_update(publication=publication, url="https://vk.com/wall-9003_5", actor=user)
    assert CampaignPublication.objects.get(pk=publication.pk).account is None
    with pytest.raises(Duplicate):
        publication_record(participant=participant, url="https://vk.com/wall-9003_5")


def test_first_outbound_contact_moves_a_new_blogger_on_without_overwriting_a_newer_stage(user):
    from crm.services import interaction_create

    fresh = BloggerFactory(stage="new")
    interaction_create(blogger=fresh, type="call", direction="out", summary="Позвонили", actor=user)
    fresh.refresh_from_db()
    assert fresh.stage == "contacted"

    # The caller read the blogger while still "new"; someone has since made them a partner.
    stale = BloggerFactory(stage="new")
    Blogger.objects.filter(pk=stale.pk).update(stage="partner")
    interaction_create(blogger=stale, type="call", direction="out", summary="Позвонили", actor=user)
    assert stale.stage == "partner"
    stale.refresh_from_db()
    assert stale.stage == "partner"

    incoming = BloggerFactory(stage="new")
    interaction_create(blogger=incoming, type="call", direction="in", summary="Звонил", actor=user)
    incoming.refresh_from_db()
    assert incoming.stage == "new"
