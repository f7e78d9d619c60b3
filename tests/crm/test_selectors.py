"""Blogger filters (``blogger_filter``) and list annotations."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from backend import roles
from crm.models import Territory
from crm.selectors import blogger_base_queryset, blogger_filter
from tests.factories import (
    BloggerFactory,
    FollowUpFactory,
    InteractionFactory,
    RegionFactory,
    SocialAccountFactory,
    TerritoryFactory,
    TopicFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def blogger_list(filters=None, user=None):
    """List rows filtered as ``user`` may filter them (``None``: no personal-data search)."""
    return blogger_filter(queryset=blogger_base_queryset(), filters=filters, user=user)


def names(queryset):
    return sorted(b.display_name for b in queryset)


def test_territory_filter_includes_children():
    region = RegionFactory()
    district = TerritoryFactory(parent=region, kind="municipal_district", name="Район")
    village = TerritoryFactory(parent=district, kind="settlement", name="Село")
    other = TerritoryFactory(parent=region, name="Другой округ")
    BloggerFactory(display_name="районный", territory=district)
    BloggerFactory(display_name="сельский", territory=village)
    BloggerFactory(display_name="чужой", territory=other)
    assert set(Territory.objects.subtree(district.pk)) == {district, village}
    assert names(blogger_list(filters={"territory": district.pk})) == ["районный", "сельский"]
    assert len(blogger_list(filters={"territory": region.pk})) == 3


def test_enum_filters_accept_several_values():
    BloggerFactory(display_name="a", stance="critical", stage="new", tier="a")
    BloggerFactory(display_name="b", stance="supportive", stage="partner", tier="b")
    BloggerFactory(display_name="c", stance="neutral", stage="partner", tier="c")
    assert names(blogger_list(filters={"stance": ["critical", "neutral"]})) == ["a", "c"]
    assert names(blogger_list(filters={"stage": "partner"})) == ["b", "c"]
    assert names(blogger_list(filters={"tier": "a"})) == ["a"]


def test_topic_owner_and_platform_filters():
    roads = TopicFactory(name="дороги")
    owner = UserFactory()
    with_topic = BloggerFactory(display_name="дорожник", owner=owner)
    with_topic.topics.add(roads, TopicFactory(name="ЖКХ"))
    tg = BloggerFactory(display_name="телеграм")
    SocialAccountFactory(blogger=tg, platform="telegram", external_id="", screen_name="tg_chan")
    SocialAccountFactory(blogger=tg, platform="vk")
    SocialAccountFactory(blogger=with_topic, platform="vk")
    assert names(blogger_list(filters={"topic": [roads.pk]})) == ["дорожник"]
    assert names(blogger_list(filters={"owner": owner.pk})) == ["дорожник"]
    assert names(blogger_list(filters={"platform": "telegram"})) == ["телеграм"]
    # one row per blogger even when several accounts match
    assert names(blogger_list(filters={"platform": ["vk", "telegram"]})) == ["дорожник", "телеграм"]


def test_search_covers_names_screen_names_and_notes():
    BloggerFactory(display_name="Марина из Заречья")
    b = BloggerFactory(display_name="Иван", notes="Пишет про ремонт мостов")
    c = BloggerFactory(display_name="Анон")
    SocialAccountFactory(blogger=c, screen_name="podslushano_zar", external_id="")
    SocialAccountFactory(blogger=c, screen_name="podslushano_zar2", platform="telegram")
    assert names(blogger_list(filters={"q": "марина"})) == ["Марина из Заречья"]
    assert names(blogger_list(filters={"q": "мостов"})) == [b.display_name]
    assert names(blogger_list(filters={"q": "@podslushano"})) == ["Анон"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("real_name", "Петрова Анна"), ("phone", "+7 900 111-22-33"), ("email", "anna@example.org")],
)
def test_search_matches_personal_data_only_for_users_who_may_see_it(
    field, value, django_user_model
):
    BloggerFactory(display_name="Аня", **{field: value})
    officer = django_user_model.objects.create_user("officer-1")
    officer.groups.add(Group.objects.get(name=roles.OFFICER))
    viewer = django_user_model.objects.create_user("viewer-1")
    viewer.groups.add(Group.objects.get(name=roles.VIEWER))
    term = value[2:10]
    assert names(blogger_list(filters={"q": term}, user=officer)) == ["Аня"]
    assert names(blogger_list(filters={"q": term}, user=viewer)) == []
    assert names(blogger_list(filters={"q": term}, user=None)) == []


def test_no_contact_days_and_overdue_tasks():
    now = timezone.now()
    recent = BloggerFactory(display_name="недавний")
    InteractionFactory(blogger=recent, occurred_at=now - timedelta(days=3))
    stale = BloggerFactory(display_name="давний")
    InteractionFactory(blogger=stale, occurred_at=now - timedelta(days=90))
    BloggerFactory(display_name="никогда")
    FollowUpFactory(blogger=stale, due_date=timezone.localdate() - timedelta(days=1))
    FollowUpFactory(
        blogger=recent, due_date=timezone.localdate() - timedelta(days=1), status="done"
    )
    assert names(blogger_list(filters={"no_contact_days": 30})) == ["давний", "никогда"]
    assert names(blogger_list(filters={"has_overdue_tasks": True})) == ["давний"]
    assert names(blogger_list(filters={"has_overdue_tasks": False})) == ["недавний", "никогда"]


def test_archived_hidden_by_default():
    BloggerFactory(display_name="живой")
    BloggerFactory(display_name="архивный", is_archived=True)
    assert names(blogger_list()) == ["живой"]
    assert names(blogger_list(filters={"archived": True})) == ["архивный"]


def test_invalid_filter_value_names_the_parameter():
    with pytest.raises(ValueError, match="stance"):
        list(blogger_list(filters={"stance": "angry"}))


def test_list_rows_carry_annotations_without_extra_queries(django_assert_max_num_queries):
    for i in range(5):
        blogger = BloggerFactory(display_name=f"b{i}")
        blogger.topics.add(TopicFactory(name=f"t{i}"))
        SocialAccountFactory(blogger=blogger)
        InteractionFactory(blogger=blogger)
        FollowUpFactory(blogger=blogger, due_date=timezone.localdate() - timedelta(days=2))
        FollowUpFactory(blogger=blogger)
    with django_assert_max_num_queries(3):  # bloggers, topics, accounts
        rows = [
            (
                b.territory,
                b.owner,
                list(b.topics.all()),
                list(b.accounts.all()),
                b.open_task_count,
                b.overdue_task_count,
                b.last_interaction_at,
            )
            for b in blogger_list()
        ]
    assert len(rows) == 5
    assert {(r[4], r[5]) for r in rows} == {(2, 1)}
    assert all(r[6] is not None for r in rows)
