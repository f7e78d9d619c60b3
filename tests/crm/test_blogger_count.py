"""Blogger list counts remembered per (filters, list version) on PostgreSQL
(``crm.selectors.blogger_count``): a count is reused only while no committed
write could have changed it, whatever wrote (ORM, bulk, raw SQL, TRUNCATE)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.db.models import QuerySet
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient

from api.filtersets import BloggerFilterSet
from crm.models import Blogger, Interaction, SocialAccount, Territory
from crm.selectors import (
    blogger_base_queryset,
    blogger_count,
    blogger_filter,
    blogger_list_version,
    territory_descendant_ids,
    territory_subtree_ids,
)
from tests.factories import (
    BloggerFactory,
    InteractionFactory,
    SocialAccountFactory,
    TerritoryFactory,
    TopicFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


def counted_in(queries: CaptureQueriesContext) -> bool:
    """Whether the list was counted: Django's count or ``blogger_count``'s
    (list rows count tasks too, in subqueries of their own)."""
    return any(
        '"__count"' in q["sql"] or "COUNT(*) FROM (" in q["sql"] for q in queries.captured_queries
    )


def matching(filters: dict) -> QuerySet[Blogger]:
    """The API list's query set for ``filters``."""
    data = QueryDict(mutable=True)
    data.update(filters)
    filterset = BloggerFilterSet(data, queryset=blogger_base_queryset())
    assert filterset.is_valid(), filterset.errors
    return filterset.qs


def count(filters: dict) -> tuple[int, bool]:
    """(the count, whether the database counted it)."""
    key = tuple(sorted((k, str(v)) for k, v in filters.items()))
    with CaptureQueriesContext(connection) as queries:
        value = blogger_count(queryset=matching(filters), key=key)
    assert value == matching(filters).count()  # always the exact figure
    return value, counted_in(queries)


def version() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT n FROM crm_list_version")
        return cursor.fetchone()[0]


def test_a_count_is_reused_until_a_write_changes_what_filters_read(postgres):
    region = TerritoryFactory(name="Область", kind="region")
    district = TerritoryFactory(name="Район", kind="municipal_district", parent=region)
    other = TerritoryFactory(name="Другая", kind="region")
    topic = TopicFactory()
    bloggers = [BloggerFactory(stance="neutral", territory=district) for _ in range(3)]
    cases = {
        "stance": {"stance": "neutral"},
        "territory": {"territory": region.pk},
        "topic": {"topic": topic.pk},
        "platform": {"platform": "telegram"},
        "last contact": {"last_interaction_after": "2020-01-01T00:00:00Z"},
        "q": {"q": "особое"},
    }
    assert {name: count(f) for name, f in cases.items()} == {
        "stance": (3, True), "territory": (3, True), "topic": (0, True),
        "platform": (0, True), "last contact": (0, True), "q": (0, True),
    }  # fmt: skip
    assert {name: count(f) for name, f in cases.items()} == {
        "stance": (3, False), "territory": (3, False), "topic": (0, False),
        "platform": (0, False), "last contact": (0, False), "q": (0, False),
    }  # fmt: skip

    # A bulk update (no signals, no save()).
    Blogger.objects.filter(pk=bloggers[0].pk).update(stance="critical")
    assert count(cases["stance"]) == (2, True)
    assert count(cases["stance"]) == (2, False)
    # Raw SQL.
    with connection.cursor() as cursor:
        cursor.execute("UPDATE crm_blogger SET stance = 'neutral' WHERE id = %s", [bloggers[0].pk])
    assert count(cases["stance"]) == (3, True)
    # Topics (the m2m table), accounts, interactions, the territory tree.
    Blogger.topics.through.objects.bulk_create(
        [Blogger.topics.through(blogger_id=b.pk, topic_id=topic.pk) for b in bloggers[:2]]
    )
    assert count(cases["topic"]) == (2, True)
    SocialAccountFactory(blogger=bloggers[1], platform="telegram")
    assert count(cases["platform"]) == (1, True)
    SocialAccount.objects.filter(blogger=bloggers[1]).update(screen_name="osoboe")
    assert count({"q": "osoboe"}) == (1, True)
    Interaction.objects.bulk_create(
        [Interaction(blogger=bloggers[2], type="call", direction="out", occurred_at=timezone.now())]
    )
    assert count(cases["last contact"]) == (1, True)
    Territory.objects.filter(pk=district.pk).update(parent=other)
    assert count(cases["territory"]) == (0, True)
    Blogger.objects.filter(pk=bloggers[2].pk).update(display_name="Особое имя")
    assert count(cases["q"]) == (1, True)
    assert count(cases["q"]) == (1, False)


def test_the_version_is_bumped_once_per_committed_transaction(postgres):
    before = version()
    with transaction.atomic():
        bloggers = [BloggerFactory() for _ in range(5)]
        Blogger.objects.filter(pk__in=[b.pk for b in bloggers]).update(stage="contacted")
    assert version() == before + 1
    with transaction.atomic():
        BloggerFactory()
        transaction.set_rollback(True)
    assert version() == before + 1  # rolled back: nothing to recount
    # Writes elsewhere (an account's audience, a topic) leave counts alone.
    account = SocialAccountFactory(blogger=None)
    assert version() == before + 2
    SocialAccount.objects.filter(pk=account.pk).update(followers=5)
    TopicFactory()
    assert version() == before + 2
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE crm_followup")
    assert version() == before + 3
    with transaction.atomic():
        with transaction.atomic():  # a savepoint rolled back...
            BloggerFactory()
            transaction.set_rollback(True)
        BloggerFactory()  # ...then a write that stays
    assert version() == before + 4


def test_counts_inside_a_writing_transaction_are_not_remembered(postgres):
    BloggerFactory(stance="neutral")
    assert count({"stance": "neutral"}) == (1, True)
    with transaction.atomic():
        BloggerFactory(stance="neutral")
        assert count({"stance": "neutral"}) == (2, True)
        assert count({"stance": "neutral"}) == (2, True)
        transaction.set_rollback(True)
    assert count({"stance": "neutral"}) == (1, False)


def test_the_list_counts_time_relative_filters_every_time(postgres):
    officer = UserFactory()
    officer.groups.add(Group.objects.get_or_create(name="officer")[0])
    client = APIClient()
    client.force_login(officer)
    quiet = BloggerFactory(display_name="Давно молчит")
    InteractionFactory(blogger=quiet, occurred_at=timezone.now() - timedelta(days=40))
    BloggerFactory(display_name="Без контактов")

    def list_count(params: dict) -> tuple[int, bool]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/api/v1/bloggers/", params)
        assert response.status_code == 200
        return response.json()["count"], counted_in(queries)

    assert list_count({"no_contact_days": 30}) == (2, True)
    assert list_count({"no_contact_days": 30}) == (2, True)
    assert list_count({"has_overdue_tasks": "false"}) == (2, True)
    assert list_count({"has_overdue_tasks": "false"}) == (2, True)
    assert list_count({"stance": "unknown"}) == (2, True)
    # page, size and order do not change the count: the same entry
    assert list_count({"stance": "unknown", "ordering": "-created_at", "page_size": 1}) == (
        2,
        False,
    )


def test_without_a_key_or_on_other_databases_the_count_is_exact(db):
    BloggerFactory(stance="neutral")
    queryset = blogger_filter(filters={"stance": "neutral"}, user=None)
    assert blogger_count(queryset=queryset, key=None) == 1
    assert blogger_count(queryset=blogger_base_queryset(), key=("all",)) == 1


def tree_reads(queries: CaptureQueriesContext) -> int:
    return sum("WITH RECURSIVE tree" in q["sql"] for q in queries.captured_queries)


def test_a_territory_subtree_is_reused_until_the_tree_changes(postgres):
    region = TerritoryFactory(name="Область", kind="region")
    district = TerritoryFactory(name="Район", kind="municipal_district", parent=region)

    def subtree(territory: Territory) -> tuple[list[int], int]:
        """(the subtree, how many times the database was asked for it)."""
        with CaptureQueriesContext(connection) as queries:
            ids = territory_subtree_ids(territory_id=territory.pk, version=blogger_list_version())
        assert sorted(ids) == sorted(territory_descendant_ids(territory_id=territory.pk))
        assert ids[0] == territory.pk
        return ids, tree_reads(queries)

    assert subtree(region) == ([region.pk, district.pk], 1)
    assert subtree(region) == ([region.pk, district.pk], 0)
    village = TerritoryFactory(name="Село", kind="settlement", parent=district)  # insert
    assert subtree(region) == ([region.pk, district.pk, village.pk], 1)
    assert subtree(region) == ([region.pk, district.pk, village.pk], 0)
    other = TerritoryFactory(name="Другая", kind="region")
    Territory.objects.filter(pk=district.pk).update(parent=other)  # a move, by bulk update
    assert subtree(region) == ([region.pk], 1)
    assert subtree(other) == ([other.pk, district.pk, village.pk], 1)
    Territory.objects.filter(pk=village.pk).delete()
    assert subtree(other) == ([other.pk, district.pk], 1)
    # Without a version (other databases, a transaction that has written): read every time.
    with CaptureQueriesContext(connection) as queries:
        for _ in range(2):
            assert territory_subtree_ids(territory_id=other.pk, version=None) == [
                other.pk,
                district.pk,
            ]
    assert tree_reads(queries) == 2
    with transaction.atomic():
        TerritoryFactory(name="Новое село", kind="settlement", parent=district)
        assert blogger_list_version() is None  # this transaction has written
        transaction.set_rollback(True)


def test_the_list_reads_the_version_once_and_follows_the_territory_tree(postgres):
    officer = UserFactory()
    officer.groups.add(Group.objects.get_or_create(name="officer")[0])
    client = APIClient()
    client.force_login(officer)
    region = TerritoryFactory(name="Область", kind="region")
    district = TerritoryFactory(name="Район", kind="municipal_district", parent=region)
    BloggerFactory(display_name="Районный", territory=district)
    elsewhere = TerritoryFactory(name="Село", kind="settlement")
    BloggerFactory(display_name="Сельский", territory=elsewhere)

    def listed() -> tuple[list[str], int, int]:
        """(names listed, version reads, tree reads)."""
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/api/v1/bloggers/", {"territory": region.pk})
        assert response.status_code == 200
        versions = sum(
            "pg_current_xact_id_if_assigned" in q["sql"] for q in queries.captured_queries
        )
        return (
            [r["display_name"] for r in response.json()["results"]],
            versions,
            tree_reads(queries),
        )

    assert listed() == (["Районный"], 1, 1)
    assert listed() == (["Районный"], 1, 0)
    Territory.objects.filter(pk=elsewhere.pk).update(parent=district)
    assert sorted(listed()[0]) == ["Районный", "Сельский"]
    assert listed()[1:] == (1, 0)
