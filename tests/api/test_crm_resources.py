"""Bloggers, accounts, interactions, follow-ups, campaigns and participants:
the uniform cases for every endpoint × role, then each resource's own rules."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from crm.models import (
    Blogger,
    Campaign,
    CampaignParticipant,
    FollowUp,
    Interaction,
    SocialAccount,
)
from tests.api.base import APIViewTestCases, PersonalDataTests, assert_error_shape
from tests.factories import (
    BloggerFactory,
    CampaignFactory,
    FollowUpFactory,
    InteractionFactory,
    ParticipantFactory,
    RegionFactory,
    SocialAccountFactory,
    TerritoryFactory,
    TopicFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def full_blogger(**kwargs):
    """A blogger with everything a list row shows (territory, owner, topics,
    accounts, interactions, tasks), so query-count tests see every relation."""
    blogger = BloggerFactory(
        territory=TerritoryFactory(),
        owner=UserFactory(),
        real_name="Иванов Иван",
        phone="+79990001122",
        email="ivanov@example.org",
        **kwargs,
    )
    blogger.topics.add(TopicFactory(), TopicFactory())
    SocialAccountFactory(blogger=blogger)
    InteractionFactory(blogger=blogger)
    FollowUpFactory(blogger=blogger, due_date=timezone.localdate() - timedelta(days=2))
    return blogger


class TestBloggerAPI(APIViewTestCases, PersonalDataTests):
    basename = "blogger"
    model = Blogger
    personal_fields = ("real_name", "phone", "email")

    def make_objects(self):
        return [full_blogger(), full_blogger(), full_blogger()]

    def create_data(self):
        return {
            "display_name": "Новый блогер",
            "stance": "neutral",
            "territory": TerritoryFactory().pk,
            "topics": [TopicFactory().pk],
            "account_urls": ["https://vk.com/new_blogger_page"],
            "phone": "+79991234567",
        }

    def check_written(self, obj, data):
        assert obj.display_name == "Новый блогер" and obj.territory_id == data["territory"]
        assert [t.pk for t in obj.topics.all()] == data["topics"]
        assert [a.screen_name for a in obj.accounts.all()] == ["new_blogger_page"]
        assert obj.phone == "+79991234567"

    def update_data(self, obj):
        return {"stage": "engaged", "notes": "договорились о встрече"}

    def test_delete_object(self, client_for):  # DELETE archives instead of deleting
        obj = self.make_objects()[0]
        assert_error_shape(client_for("viewer").delete(self.detail_url(obj)), 403)
        assert client_for("officer").delete(self.detail_url(obj)).status_code == 204
        obj.refresh_from_db()
        assert obj.is_archived
        assert obj.history.latest().history_user.username == "officer-user"


def test_blogger_row_carries_influence_stage_and_task_figures(client_for):
    blogger = full_blogger(stage="engaged", stance="critical")
    Blogger.objects.filter(pk=blogger.pk).update(
        influence_score=71.5, influence_rank=3, influence_rank_delta=-2
    )
    FollowUpFactory(blogger=blogger)  # open, not overdue
    FollowUpFactory(blogger=blogger, status="done")
    latest = InteractionFactory(blogger=blogger, occurred_at=timezone.now() + timedelta(hours=1))
    row = client_for("viewer").get("/api/v1/bloggers/").json()["results"][0]
    assert row["influence_score"] == 71.5 and row["influence_rank"] == 3
    assert row["influence_rank_delta"] == -2
    assert row["stage"] == "engaged" and row["stance"] == "critical"
    assert row["territory"]["id"] == blogger.territory_id
    assert row["owner"]["username"] == blogger.owner.username
    assert row["open_task_count"] == 2 and row["overdue_task_count"] == 1
    # The same instant (rendered in the server's time zone, so not the UTC date string).
    assert datetime.fromisoformat(row["last_interaction_at"]) == latest.occurred_at
    assert len(row["topics"]) == 2 and len(row["accounts"]) == 1


def _ids(client, **params):
    response = client.get("/api/v1/bloggers/", params)
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_blogger_filters(client_for):
    region = RegionFactory()
    district = TerritoryFactory(parent=region, kind="municipal_district")
    village = TerritoryFactory(parent=district, kind="settlement")
    quiet = BloggerFactory(display_name="Тихий", territory=village, stance="critical")
    InteractionFactory(blogger=quiet, occurred_at=timezone.now() - timedelta(days=90))
    busy = BloggerFactory(display_name="Активный", territory=district, stance="supportive")
    InteractionFactory(blogger=busy)
    FollowUpFactory(blogger=busy, due_date=timezone.localdate() - timedelta(days=1))
    far = BloggerFactory(display_name="Другой", territory=TerritoryFactory(parent=region))
    Blogger.objects.filter(pk=quiet.pk).update(influence_score=80, influence_rank=1)
    Blogger.objects.filter(pk=busy.pk).update(influence_score=40, influence_rank=2)
    client = client_for("viewer")

    assert sorted(_ids(client, territory=district.pk)) == sorted([quiet.pk, busy.pk])
    assert sorted(_ids(client, no_contact_days=30)) == sorted([quiet.pk, far.pk])
    assert _ids(client, has_overdue_tasks="true") == [busy.pk]
    assert _ids(client, score_min=50) == [quiet.pk]
    assert _ids(client, influence_score__lte=50) == [busy.pk]
    assert _ids(client, rank_max=2, ordering="-influence_score") == [quiet.pk, busy.pk]
    assert _ids(client, stance__n="critical", ordering="display_name") == [busy.pk, far.pk]
    assert _ids(client, display_name__istartswith="тих") == [quiet.pk]
    # Bloggers without a score come last whichever the direction.
    assert _ids(client, ordering="-influence_score") == [quiet.pk, busy.pk, far.pk]
    assert _ids(client, ordering="influence_score") == [busy.pk, quiet.pk, far.pk]
    assert _ids(client, ordering="-last_interaction_at")[0] == busy.pk
    error = assert_error_shape(client.get("/api/v1/bloggers/", {"stance": "angry"}), 400)
    assert "stance" in error["fields"]
    error = assert_error_shape(client.get("/api/v1/bloggers/", {"no_contact_days": -1}), 400)
    assert "no_contact_days" in error["fields"]


def test_search_does_not_reveal_personal_data_to_viewer(client_for):
    blogger = BloggerFactory(display_name="Псевдоним", real_name="Секретная Фамилия")
    assert _ids(client_for("officer"), q="секретная") == [blogger.pk]
    assert _ids(client_for("viewer"), q="секретная") == []
    assert _ids(client_for("viewer"), q="псевдо") == [blogger.pk]


def test_blogger_list_query_count_with_filters_is_bounded(
    client_for, django_assert_max_num_queries
):
    for _ in range(30):
        full_blogger()
    client = client_for("viewer")
    client.get("/api/v1/auth/me/")
    params = {"page_size": 500, "ordering": "-influence_score", "has_overdue_tasks": "true"}
    with django_assert_max_num_queries(9):
        response = client.get("/api/v1/bloggers/", params)
    assert len(response.json()["results"]) == 30


def test_creating_a_blogger_with_someone_elses_account_is_a_conflict(client_for):
    owner = BloggerFactory(display_name="Владелец")
    SocialAccountFactory(blogger=owner, external_id="", screen_name="taken_page")
    response = client_for("officer").post(
        "/api/v1/bloggers/",
        {"display_name": "Дубль", "account_urls": ["https://vk.com/taken_page"]},
    )
    error = assert_error_shape(response, 409, "duplicate")
    assert response.json()["error"]["existing_id"] == owner.pk
    assert list(error["fields"]) == ["account_urls"]
    assert not Blogger.objects.filter(display_name="Дубль").exists()


def test_bad_account_url_names_the_field_and_the_element(client_for):
    response = client_for("officer").post(
        "/api/v1/bloggers/",
        {"display_name": "X", "account_urls": ["https://vk.com/fine", "https://example.com/x"]},
    )
    fields = assert_error_shape(response, 400, "validation_failed")["fields"]
    assert list(fields) == ["account_urls"]  # the field the request sent
    (message,) = fields["account_urls"]
    assert message.startswith("[1] https://example.com/x: ")


class TestSocialAccountAPI(APIViewTestCases):
    basename = "account"
    model = SocialAccount

    def make_objects(self):
        return [SocialAccountFactory(blogger=BloggerFactory()) for _ in range(3)]

    def create_data(self):
        return {"platform": "telegram", "screen_name": "regional_news", "kind": "channel"}

    def update_data(self, obj):
        return {"display_name": "Новое название", "followers": 1234}


def test_add_account_by_url_is_idempotent_and_refuses_foreign_accounts(client_for):
    blogger = BloggerFactory()
    client = client_for("officer")
    url = "/api/v1/accounts/add-by-url/"
    first = client.post(url, {"url": "https://t.me/s/city_channel", "blogger": blogger.pk})
    assert first.status_code == 201, first.content
    assert first.json()["platform"] == "telegram" and first.json()["screen_name"] == "city_channel"
    assert first.json()["blogger"]["id"] == blogger.pk
    again = client.post(url, {"url": "t.me/city_channel", "blogger": blogger.pk})
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"]
    other = BloggerFactory()
    assert_error_shape(client.post(url, {"url": "t.me/city_channel", "blogger": other.pk}), 409)
    error = assert_error_shape(client.post(url, {"url": "https://example.org/x"}), 400)
    assert "url" in error["fields"]
    assert_error_shape(client_for("viewer").post(url, {"url": "t.me/another"}), 403)
    assert SocialAccount.objects.count() == 1


def test_account_needs_an_id_or_screen_name(client_for):
    response = client_for("officer").post("/api/v1/accounts/", {"platform": "vk"})
    assert "external_id" in assert_error_shape(response, 400)["fields"]
    SocialAccountFactory(external_id="555")
    dup = client_for("officer").post("/api/v1/accounts/", {"platform": "vk", "external_id": "555"})
    assert "external_id" in assert_error_shape(dup, 400)["fields"]


class TestInteractionAPI(APIViewTestCases):
    basename = "interaction"
    model = Interaction

    def make_objects(self):
        campaign = CampaignFactory()
        return [InteractionFactory(campaign=campaign, author=UserFactory()) for _ in range(3)]

    def create_data(self):
        return {
            "blogger": BloggerFactory().pk,
            "type": "meeting",
            "direction": "out",
            "summary": "Встретились в администрации",
        }

    def update_data(self, obj):
        return {"outcome": "согласился на пресс-тур", "sentiment": "positive"}


def test_interaction_with_followup_and_stage_change(client_for, role_users):
    blogger = BloggerFactory(stage="new")
    due = (timezone.localdate() + timedelta(days=5)).isoformat()
    response = client_for("officer").post(
        "/api/v1/interactions/",
        {
            "blogger": blogger.pk,
            "type": "call",
            "direction": "out",
            "summary": "Позвонили",
            "followup_title": "Отправить пресс-релиз",
            "followup_due": due,
        },
    )
    assert response.status_code == 201, response.content
    assert response.json()["author"]["username"] == "officer-user"
    task = FollowUp.objects.get(blogger=blogger)
    assert task.title == "Отправить пресс-релиз" and task.due_date.isoformat() == due
    blogger.refresh_from_db()
    assert blogger.stage == "contacted"
    missing_due = client_for("officer").post(
        "/api/v1/interactions/",
        {
            "blogger": blogger.pk,
            "type": "call",
            "direction": "in",
            "summary": "x",
            "followup_title": "без срока",
        },
    )
    assert "followup_due" in assert_error_shape(missing_due, 400)["fields"]


class TestFollowUpAPI(APIViewTestCases):
    basename = "followup"
    model = FollowUp

    def make_objects(self):
        return [
            FollowUpFactory(assignee=UserFactory(), interaction=InteractionFactory())
            for _ in range(3)
        ]

    def create_data(self):
        return {
            "blogger": BloggerFactory().pk,
            "title": "Согласовать текст",
            "due_date": (timezone.localdate() + timedelta(days=2)).isoformat(),
        }

    def update_data(self, obj):
        return {"title": "Согласовать текст и фото"}


def test_followup_status_and_overdue_filter(client_for):
    late = FollowUpFactory(due_date=timezone.localdate() - timedelta(days=1))
    FollowUpFactory()
    client = client_for("officer")
    rows = client.get("/api/v1/followups/", {"overdue": "true"}).json()["results"]
    assert [r["id"] for r in rows] == [late.pk] and rows[0]["is_overdue"] is True
    done = client.patch(f"/api/v1/followups/{late.pk}/", {"status": "done"})
    assert done.status_code == 200 and done.json()["completed_at"]
    assert client.get("/api/v1/followups/", {"overdue": "true"}).json()["count"] == 0
    assert client.get("/api/v1/followups/", {"status": "done"}).json()["count"] == 1


class TestCampaignAPI(APIViewTestCases):
    basename = "campaign"
    model = Campaign

    def make_objects(self):
        campaigns = [CampaignFactory(topic=TopicFactory()) for _ in range(3)]
        ParticipantFactory(campaign=campaigns[0])
        return campaigns

    def create_data(self):
        today = timezone.localdate()
        return {
            "title": "День города",
            "starts_on": today.isoformat(),
            "ends_on": (today + timedelta(days=10)).isoformat(),
        }

    def check_written(self, obj, data):
        assert (obj.title == "День города" and obj.created_by.username == "officer-user") or (
            obj.created_by.username == "admin-user"
        )

    def update_data(self, obj):
        return {"goal": "охват 100 тысяч"}


def test_campaign_period_must_be_ordered(client_for):
    response = client_for("officer").post(
        "/api/v1/campaigns/",
        {"title": "Назад", "starts_on": "2026-05-10", "ends_on": "2026-05-01"},
    )
    assert "ends_on" in assert_error_shape(response, 400)["fields"]


class TestCampaignParticipantAPI(APIViewTestCases):
    basename = "participant"
    model = CampaignParticipant

    def make_objects(self):
        return [ParticipantFactory() for _ in range(3)]

    def create_data(self):
        return {"campaign": CampaignFactory().pk, "blogger": BloggerFactory().pk}

    def update_data(self, obj):
        return {"status": "agreed", "notes": "пост в субботу"}


def test_participant_is_unique_per_campaign(client_for):
    part = ParticipantFactory()
    response = client_for("officer").post(
        "/api/v1/campaign-participants/",
        {"campaign": part.campaign_id, "blogger": part.blogger_id},
    )
    assert_error_shape(response, 400, "invalid")


def test_users_list_for_pickers(client_for, role_users):
    rows = client_for("viewer").get("/api/v1/users/").json()["results"]
    assert {r["username"] for r in rows} >= {"viewer-user", "officer-user"}
    assert set(rows[0]) == {"id", "username", "full_name"}
    assert_error_shape(client_for("officer").post("/api/v1/users/", {"username": "x"}), 405)


def test_add_by_url_resolves_vk_pages_when_vk_is_configured(client_for, vk_settings):
    blogger = BloggerFactory()
    client = client_for("officer")
    response = client.post(
        "/api/v1/accounts/add-by-url/",
        {"url": "https://vk.com/anna_svetlova_tver", "blogger": blogger.pk},
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["external_id"] == "700100001" and body["screen_name"] == "anna_svetlova_tver"
    assert body["display_name"] == "Анна Светлова" and body["followers"] == 12840
    unknown = client.post("/api/v1/accounts/add-by-url/", {"url": "vk.com/no_such_page_xyz"})
    assert "url" in assert_error_shape(unknown, 400)["fields"]
    assert not SocialAccount.objects.filter(screen_name="no_such_page_xyz").exists()


def test_blank_import_key_is_no_key_and_a_taken_one_is_refused(client_for):
    client = client_for("officer")
    body = {"title": "К", "starts_on": "2026-01-01", "ends_on": "2026-01-02", "import_key": ""}
    assert client.post("/api/v1/campaigns/", body).status_code == 201
    assert client.post("/api/v1/campaigns/", body).status_code == 201
    assert list(Campaign.objects.values_list("import_key", flat=True)) == [None, None]
    taken = {**body, "import_key": "ext-1"}
    assert client.post("/api/v1/campaigns/", taken).status_code == 201
    assert (
        "import_key" in assert_error_shape(client.post("/api/v1/campaigns/", taken), 400)["fields"]
    )


def test_blogger_filters_never_need_select_distinct(client_for):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    roads = TopicFactory(name="дороги")
    match = full_blogger(stance="neutral")
    match.topics.add(roads)
    full_blogger(stance="neutral")  # no topic "дороги"
    full_blogger(stance="critical").topics.add(roads)
    client = client_for("viewer")
    params = {
        "stance": ["neutral", "supportive"],
        "stage__n": "declined",
        "topic": roads.pk,
        "platform": "vk",
        "ordering": "-influence_score",
    }
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/api/v1/bloggers/", params)
    assert [r["id"] for r in response.json()["results"]] == [match.pk]
    assert not [q["sql"] for q in ctx.captured_queries if "DISTINCT" in q["sql"].upper()]


def test_datetime_filters_accept_any_iso_offset(client_for):
    # Found by Schemathesis on PostgreSQL: offsets beyond ±15:59 were a 500.
    InteractionFactory()
    response = client_for("viewer").get(
        "/api/v1/interactions/", {"occurred_at__gte": "1002-12-24T14:31:09+20:33"}
    )
    assert response.status_code == 200 and response.json()["count"] == 1
