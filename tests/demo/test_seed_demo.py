"""``manage.py seed_demo``: a believable dataset that is deterministic, idempotent,
transactional, audited and consistent with the URL parser."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, time, timedelta
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from crm.models import (
    Blogger,
    Campaign,
    CampaignParticipant,
    CampaignPublication,
    FollowUp,
    Interaction,
    ParticipantStatus,
    SocialAccount,
    Stage,
    Territory,
    Topic,
)
from crm.social_urls import parse_account_url
from demo import crm_save
from demo.crm_plan import BLOGGER_COUNT, plan_demo
from demo.crm_save import CHANGE_REASON, seed_demo
from demo.vocabulary import EMAIL_DOMAINS, REGION_NAME

pytestmark = pytest.mark.django_db

TODAY = date(2026, 3, 16)  # a fixed anchor, so the tests do not depend on the day they run
ANCHOR = timezone.make_aware(datetime.combine(TODAY, time.min))


class _Rollback(Exception):
    pass


def _table_counts() -> dict[str, int]:
    """Row count of every crm table, its history table, the topics m2m and users."""
    counts = {"auth.User": get_user_model().objects.count()}
    for model in apps.get_app_config("crm").get_models():
        counts[model._meta.label] = model._default_manager.count()
    counts["crm.Blogger_topics"] = Blogger.topics.through.objects.count()
    assert {"crm.HistoricalBlogger", "crm.HistoricalBlogger_topics"} <= set(counts)
    return counts


def _snapshot() -> list[tuple[str, str, str, list[str], list[str]]]:
    """Bloggers in creation order with their territory, topics and account URLs."""
    return [
        (
            b.import_key,
            b.display_name,
            b.territory.name,
            sorted(t.name for t in b.topics.all()),
            sorted(a.url for a in b.accounts.all()),
        )
        for b in Blogger.objects.order_by("pk")
        .select_related("territory")
        .prefetch_related("topics", "accounts")
    ]


@pytest.fixture(scope="class")
def seeded(django_db_setup, django_db_blocker):
    """One seed shared by a class of read-only tests, rolled back after the class."""
    with django_db_blocker.unblock(), pytest.raises(_Rollback), transaction.atomic():
        yield seed_demo(today=TODAY)
        raise _Rollback


class TestSeededContent:
    """What one seed produces. Read-only: the tests share one seeded database."""

    def test_region_municipalities_and_topics(self, seeded):
        region = Territory.objects.get(parent=None, name=REGION_NAME)
        assert region.kind == Territory.Kind.REGION
        municipalities = list(Territory.objects.filter(parent=region))
        assert len(municipalities) == 20 == seeded["Territory"]["created"] - 1
        assert Counter(t.kind for t in municipalities) == {
            Territory.Kind.URBAN_OKRUG: 5,
            Territory.Kind.MUNICIPAL_DISTRICT: 9,
            Territory.Kind.MUNICIPAL_OKRUG: 6,
        }
        codes = [t.oktmo for t in [region, *municipalities]]
        assert all(len(code) == 11 and code.isdigit() for code in codes)
        assert len(set(codes)) == len(codes)
        assert Topic.objects.filter(name__in=["ЖКХ", "Дороги", "Здравоохранение"]).count() == 3
        assert Topic.objects.count() >= 15

    def test_bloggers(self, seeded):
        bloggers = list(
            Blogger.objects.select_related("owner").prefetch_related("accounts", "topics")
        )
        assert len(bloggers) == BLOGGER_COUNT == seeded["Blogger"]["created"]
        assert len({b.display_name for b in bloggers}) == len(bloggers)
        for blogger in bloggers:
            platforms = [a.platform for a in blogger.accounts.all()]
            assert 1 <= len(platforms) <= 3, blogger
            assert len(set(platforms)) == len(platforms), blogger
            assert 1 <= len(blogger.topics.all()) <= 3, blogger
            assert blogger.territory_id is not None
            assert blogger.import_key.startswith("demo:blogger:")
            assert not blogger.email or blogger.email.rsplit("@", 1)[1] in EMAIL_DOMAINS
            blogger.full_clean(validate_unique=False, validate_constraints=False)
        owners = {b.owner for b in bloggers}
        assert {o.username for o in owners} == {"officer1", "officer2", "officer3"}
        assert not any(o.has_usable_password() for o in owners)

        tiers = Counter(b.tier for b in bloggers)
        assert 0 < tiers["a"] < tiers["b"] < tiers["c"]
        stances = Counter(b.stance for b in bloggers)
        assert stances["neutral"] + stances["supportive"] > len(bloggers) / 2
        assert stances["critical"] > 0 and stances["unknown"] > 0
        assert set(Counter(b.stage for b in bloggers)) == set(Stage.values)
        assert sum(1 for b in bloggers if b.real_name and b.phone.startswith("+7 9")) > 10

    def test_accounts(self, seeded):
        accounts = list(SocialAccount.objects.all())
        assert len(accounts) == seeded["SocialAccount"]["created"]
        vk_share = sum(a.platform == "vk" for a in accounts) / len(accounts)
        assert 0.6 <= vk_share <= 0.8
        assert {a.platform for a in accounts} == {
            "vk",
            "telegram",
            "ok",
            "dzen",
            "youtube",
            "rutube",
        }
        followers = sorted(a.followers for a in accounts)
        assert 200 <= followers[len(followers) // 2] <= 5_000
        assert sum(200 <= f <= 5_000 for f in followers) > 0.6 * len(followers)
        assert 1 <= sum(f >= 50_000 for f in followers) <= 0.05 * len(followers)
        assert any(a.verified for a in accounts)
        assert all(a.display_name for a in accounts)

    def test_every_account_url_round_trips_through_the_parser(self, seeded):
        for account in SocialAccount.objects.all():
            parsed = parse_account_url(account.url)
            assert parsed.url == account.url
            assert parsed.platform == account.platform
            assert not parsed.kind or parsed.kind == account.kind
            assert not parsed.external_id or parsed.external_id == account.external_id
            assert not parsed.screen_name or parsed.screen_name == account.screen_name
            assert account.screen_name == account.screen_name.lower()
            assert account.external_id or account.screen_name
            account.full_clean(validate_unique=False, validate_constraints=False)
            if account.platform == "vk":
                assert int(account.external_id) != 0
                assert (int(account.external_id) < 0) == (account.kind == "community")

    def test_interactions_cover_the_last_year(self, seeded):
        interactions = Interaction.objects.all()
        assert 1_500 <= interactions.count() <= 5_000
        assert set(interactions.values_list("type", flat=True)) == set(Interaction.Type.values)
        assert set(interactions.values_list("sentiment", flat=True)) == {
            "positive",
            "neutral",
            "negative",
        }
        times = interactions.values_list("occurred_at", flat=True)
        assert ANCHOR - timedelta(days=366) <= min(times)
        assert max(times) < ANCHOR
        assert not interactions.filter(author__isnull=True).exists()
        assert not interactions.filter(summary="").exists()
        # A ``new`` blogger has had at most one contact, and not from us.
        new = interactions.filter(blogger__stage=Stage.NEW)
        per_new = Counter(new.values_list("blogger", flat=True))
        assert per_new and max(per_new.values()) == 1
        assert not new.filter(direction=Interaction.Direction.OUTBOUND).exists()
        per_blogger = {
            stage: interactions.filter(blogger__stage=stage).count()
            / Blogger.objects.filter(stage=stage).count()
            for stage in (Stage.CONTACTED, Stage.ENGAGED, Stage.PARTNER)
        }
        assert per_blogger[Stage.CONTACTED] < per_blogger[Stage.ENGAGED]
        assert per_blogger[Stage.ENGAGED] < per_blogger[Stage.PARTNER]

    def test_followups(self, seeded):
        followups = FollowUp.objects.all()
        assert 300 <= followups.count() <= 500
        open_ = followups.filter(status=FollowUp.Status.OPEN)
        assert open_.filter(due_date__lt=TODAY).exists()  # overdue
        assert open_.filter(due_date__gte=TODAY).exists()
        done = followups.filter(status=FollowUp.Status.DONE)
        assert done.exists()
        assert all(f.created_at <= f.completed_at < ANCHOR for f in done)
        assert not followups.exclude(status=FollowUp.Status.DONE).exclude(completed_at=None)
        assert followups.filter(status=FollowUp.Status.CANCELLED).exists()
        from_interaction = followups.exclude(interaction=None).select_related("interaction")
        assert from_interaction.exists()
        assert all(f.interaction.blogger_id == f.blogger_id for f in from_interaction)

    def test_campaigns(self, seeded):
        campaigns = list(Campaign.objects.order_by("import_key"))
        assert [c.import_key for c in campaigns] == ["demo:campaign:1", "demo:campaign:2"]
        assert campaigns[0].title.startswith("Народный бюджет")
        assert campaigns[1].title == "Чистый берег"
        for campaign in campaigns:
            assert campaign.starts_on < campaign.ends_on and campaign.topic and campaign.goal
            participants = list(campaign.participants.prefetch_related("publications__account"))
            assert 20 <= len(participants) <= 40
            assert {p.status for p in participants} == set(ParticipantStatus.values)
            for participant in participants:
                publications = list(participant.publications.all())
                published = participant.status == ParticipantStatus.PUBLISHED
                assert bool(publications) == published, participant
                for publication in publications:
                    account = publication.account
                    assert account and account.blogger_id == participant.blogger_id
                    assert campaign.starts_on <= timezone.localdate(publication.published_at)
                    assert publication.published_at < ANCHOR
                    if account.platform == "vk":
                        prefix = f"https://vk.com/wall{account.external_id}_"
                        assert re.fullmatch(re.escape(prefix) + r"\d+", publication.url)
            assert Interaction.objects.filter(campaign=campaign).count() == len(participants)

    def test_history_rows_carry_the_seed_reason(self, seeded):
        history = Blogger.history.filter(import_key__startswith="demo:blogger:")
        assert history.count() == BLOGGER_COUNT
        assert set(history.values_list("history_change_reason", flat=True)) == {CHANGE_REASON}
        assert set(history.values_list("history_type", flat=True)) == {"+"}
        for key in ("demo:blogger:1", f"demo:blogger:{BLOGGER_COUNT}"):
            record = history.get(import_key=key)
            blogger = Blogger.objects.get(import_key=key)
            assert {t.topic_id for t in record.topics.all()} == set(
                blogger.topics.values_list("pk", flat=True)
            )
        for model in (
            Territory,
            Topic,
            SocialAccount,
            Interaction,
            FollowUp,
            Campaign,
            CampaignParticipant,
            CampaignPublication,
        ):
            assert model.history.filter(history_change_reason=CHANGE_REASON).count() == (
                model.objects.count()
            ), model


def test_second_run_creates_nothing_and_changes_no_table():
    first = seed_demo(today=TODAY)
    before = _table_counts()

    out = StringIO()
    second = seed_demo(today=TODAY, stdout=out)

    assert _table_counts() == before
    assert all(row["created"] == 0 for row in second.values()), second
    for model, row in first.items():
        assert second[model]["existing"] == row["created"], model
    assert re.search(rf"^Blogger\s+0\s+{BLOGGER_COUNT}$", out.getvalue(), re.MULTILINE)

    # The bloggers are the seed's by key, whatever the seed: another seed adds nothing either.
    seed_demo(seed=7, today=TODAY)
    assert _table_counts() == before


def test_same_seed_gives_the_same_data():
    with pytest.raises(_Rollback), transaction.atomic():
        seed_demo(seed=42, today=TODAY)
        first = _snapshot()
        raise _Rollback
    assert Blogger.objects.count() == 0

    seed_demo(seed=42, today=TODAY)

    assert len(first) == BLOGGER_COUNT
    assert _snapshot() == first
    planned = [(b.key, b.display_name) for b in plan_demo(seed=42, today=TODAY).bloggers]
    assert planned == [(key, name) for key, name, *_ in first]


def test_plan_depends_on_the_seed_and_not_on_the_day():
    plan = plan_demo(seed=5, today=TODAY)
    assert plan == plan_demo(seed=5, today=TODAY)
    names = [b.display_name for b in plan.bloggers]
    later = plan_demo(seed=5, today=TODAY + timedelta(days=10))
    assert [b.display_name for b in later.bloggers] == names
    other = [b.display_name for b in plan_demo(seed=6, today=TODAY).bloggers]
    assert len(set(names) & set(other)) < len(names) / 2


def test_rerun_restores_a_deleted_blogger_and_relinks_its_accounts():
    seed_demo(today=TODAY)
    plan = next(
        b for b in plan_demo(today=TODAY).bloggers if b.interactions and b.stage == Stage.PARTNER
    )
    blogger = Blogger.objects.get(import_key=plan.key)
    urls = sorted(blogger.accounts.values_list("url", flat=True))
    participations = blogger.participations.count()
    counts = _table_counts()
    blogger.delete()  # interactions and tasks go with it; accounts stay, unassigned

    result = seed_demo(today=TODAY)

    restored = Blogger.objects.get(import_key=plan.key)
    assert restored.display_name == blogger.display_name == plan.display_name
    assert sorted(restored.accounts.values_list("url", flat=True)) == urls
    assert result["Blogger"] == {"created": 1, "existing": BLOGGER_COUNT - 1}
    assert result["SocialAccount"]["created"] == 0
    assert restored.followups.count() == len(plan.followups)
    assert restored.participations.count() == participations
    assert restored.interactions.count() == len(plan.interactions) + participations
    after = _table_counts()
    for label in ("crm.Blogger", "crm.SocialAccount", "crm.Interaction", "crm.FollowUp"):
        assert after[label] == counts[label], label


def test_a_failure_leaves_nothing_behind(monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(crm_save, "_save_campaigns", explode)
    with pytest.raises(RuntimeError, match="boom"):
        seed_demo(today=TODAY)

    assert set(_table_counts().values()) == {0}


def test_command_seeds_with_the_given_seed_and_prints_a_summary():
    out = StringIO()
    call_command("seed_demo", "--seed", "7", "--no-graph", stdout=out)

    output = out.getvalue()
    assert "seed=7" in output
    assert re.search(rf"^Blogger\s+{BLOGGER_COUNT}\s+0$", output, re.MULTILINE), output
    assert "seed_demo_graph" not in output
    expected = [b.display_name for b in plan_demo(seed=7).bloggers]
    assert list(Blogger.objects.order_by("pk").values_list("display_name", flat=True)) == expected
