"""The blogger list cuts its page from the matching ids, then reads only that
page's rows: they must be what ``BloggerSerializer`` gives for each blogger
(for every role, also for awkward values), and pages must keep the list's
order and filters."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.db.models import F
from django.utils import timezone
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from api.serializers.crm import BloggerSerializer
from crm.models import Blogger
from crm.selectors import blogger_base_queryset
from tests.api.test_crm_resources import full_blogger
from tests.factories import (
    BloggerFactory,
    FollowUpFactory,
    InteractionFactory,
    SocialAccountFactory,
    TopicFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def serializer_rows(user, ids):
    """What BloggerSerializer gives for ``ids`` (through JSON, as the API sends it)."""
    request = Request(APIRequestFactory().get("/api/v1/bloggers/"))
    request.user = user
    context = {"request": request}
    queryset = blogger_base_queryset().in_bulk(ids)
    data = BloggerSerializer([queryset[pk] for pk in ids], many=True, context=context).data
    return json.loads(json.dumps(data, default=str))


def varied_bloggers():
    """Rows with and without every optional part: territory, owner (with and
    without a full name), topics, several accounts, interactions, open, overdue
    and done tasks, scores, import key, merged-into, personal data."""
    full = full_blogger(import_key="ext-1", description="о себе", notes="заметка")
    Blogger.objects.filter(pk=full.pk).update(
        influence_score=12.5, influence_rank=7, influence_rank_delta=-3
    )
    full.owner.first_name, full.owner.last_name = "Иван", "Петров"
    full.owner.save()
    full.topics.add(TopicFactory(name="Аяя"), TopicFactory(name="Яяя"))
    SocialAccountFactory(blogger=full, platform="telegram", external_id="", screen_name="zz")
    SocialAccountFactory(blogger=full, platform="vk", external_id="", screen_name="aa")
    FollowUpFactory(blogger=full)
    FollowUpFactory(blogger=full, status="done", due_date=timezone.localdate() - timedelta(9))
    InteractionFactory(blogger=full, occurred_at=timezone.now() - timedelta(days=400))
    bare = BloggerFactory(display_name="Без всего", territory=None, owner=None, stance="unknown")
    nameless_owner = BloggerFactory(owner=UserFactory(first_name="", last_name=""))
    merged = BloggerFactory(merged_into=bare)
    whole_number = BloggerFactory()
    Blogger.objects.filter(pk=whole_number.pk).update(influence_score=100, influence_rank=1)
    return [full, bare, nameless_owner, merged, whole_number]


@pytest.mark.parametrize("role", ["viewer", "officer"])
def test_list_rows_equal_the_serializer(role, client_for, role_users):
    varied_bloggers()
    response = client_for(role).get("/api/v1/bloggers/", {"ordering": "display_name"})
    assert response.status_code == 200
    rows = response.json()["results"]
    assert len(rows) == 5
    expected = serializer_rows(role_users[role], [row["id"] for row in rows])
    for row, want in zip(rows, expected, strict=True):
        assert row == want
        assert list(row) == list(want)  # same key order
    personal = {"real_name", "phone", "email"}
    assert (personal <= set(rows[0])) is (role == "officer")


def test_pages_cut_from_ids_keep_order_and_filters(client_for):
    bloggers = [BloggerFactory(display_name=f"b{i:02d}", stance="neutral") for i in range(12)]
    BloggerFactory(display_name="b99", stance="critical")
    for i, blogger in enumerate(bloggers):
        Blogger.objects.filter(pk=blogger.pk).update(influence_score=i % 4 or None)
    client = client_for("viewer")
    params = {"stance": "neutral", "ordering": "-influence_score", "page_size": 5}
    pages = [client.get("/api/v1/bloggers/", {**params, "page": n}).json() for n in (1, 2, 3)]
    ids = [row["id"] for page in pages for row in page["results"]]
    everything = client.get("/api/v1/bloggers/", {**params, "page_size": 50}).json()
    assert ids == [row["id"] for row in everything["results"]]
    assert [p["count"] for p in pages] == [12, 12, 12] and len(set(ids)) == 12
    scores = [row["influence_score"] for row in everything["results"]]
    assert scores == sorted(scores, key=lambda s: (s is None, -(s or 0)))
    # equal scores are ordered by id, bloggers without a score come last
    assert pages[2]["next"] is None and pages[0]["previous"] is None


def test_brief_list_keeps_the_brief_rows(client_for):
    varied_bloggers()
    rows = client_for("viewer").get("/api/v1/bloggers/", {"brief": 1}).json()["results"]
    assert [list(row) for row in rows] == [list(BloggerSerializer.Meta.brief_fields)] * 5


@pytest.mark.parametrize(
    "ordering", ["-open_task_count", "overdue_task_count", "-last_interaction_at", "tier"]
)
def test_pages_ordered_by_figures_follow_the_list_order(ordering, client_for):
    """A page is read inside the rows statement on PostgreSQL: its order must be
    the list's, also when ordered by a computed figure."""
    for i in range(7):
        blogger = BloggerFactory(display_name=f"b{i}", tier="ABC"[i % 3])
        for _ in range(i % 3):
            FollowUpFactory(blogger=blogger, due_date=timezone.localdate() - timedelta(days=i))
        if i % 2:
            InteractionFactory(blogger=blogger, occurred_at=timezone.now() - timedelta(days=i))
    client = client_for("viewer")
    params = {"ordering": ordering, "page_size": 3}
    pages = [client.get("/api/v1/bloggers/", {**params, "page": n}).json() for n in (1, 2, 3)]
    ids = [row["id"] for page in pages for row in page["results"]]
    expected = list(
        blogger_base_queryset()
        .order_by(
            F(ordering.lstrip("-")).desc(nulls_last=True)
            if ordering.startswith("-")
            else F(ordering).asc(nulls_last=True),
            "pk",
        )
        .values_list("pk", flat=True)
    )
    assert ids == expected
    assert [row["id"] for row in pages[1]["results"]] == expected[3:6]


def test_a_list_that_matches_nothing_is_an_empty_page(client_for):
    BloggerFactory(stance="neutral")
    client = client_for("viewer")
    body = client.get("/api/v1/bloggers/", {"stance": "critical"}).json()
    assert body == {"count": 0, "next": None, "previous": None, "results": []}
    assert client.get("/api/v1/bloggers/", {"stance": "critical", "page": 2}).status_code == 404
    assert client.get("/api/v1/bloggers/", {"id": 0}).json()["count"] == 0


def awkward_bloggers():
    """Values whose JSON form is easy to get wrong when written by hand: escapes,
    non-ASCII and JavaScript line separators, names with edge whitespace,
    floats of every shape, datetimes with and without microseconds and under
    an old (summer-time) offset of the current time zone."""
    owner = UserFactory(first_name="\u00a0Иван\t", last_name='Пе"тров\u2028 ')
    text = 'кавычки " \\ / \b\f\n\r\t \x01\x1f \x7f \u2028\u2029 😀 ё'
    topic = TopicFactory(name=f"тема {text}")
    rows = []
    moments = [
        timezone.now().replace(microsecond=0),
        timezone.now().replace(microsecond=7),
        datetime(2010, 7, 1, 12, 30, tzinfo=UTC),  # Moscow at +04:00 (summer time then)
        datetime(1990, 1, 1, 0, 0, 0, 1, tzinfo=UTC),
    ]
    scores = [100.0, 12.5, 1e-05, 0.1 + 0.2, 1e16, 1e15, 123456789.123, 0.0, -3.25, None]
    for i, score in enumerate(scores):
        blogger = BloggerFactory(
            display_name=f"{i:02d} {text}",
            real_name=text,
            notes=text,
            description=text,
            owner=owner if i % 2 else None,
            import_key=f"k{i}" if i % 3 else None,
        )
        moment = moments[i % len(moments)]
        Blogger.objects.filter(pk=blogger.pk).update(
            influence_score=score, created_at=moment, updated_at=moments[(i + 1) % len(moments)]
        )
        blogger.topics.add(topic)
        SocialAccountFactory(blogger=blogger, display_name=text, screen_name=f"s{i}")
        InteractionFactory(blogger=blogger, occurred_at=moment)
        rows.append(blogger)
    return rows


@pytest.mark.parametrize("role", ["viewer", "officer"])
def test_the_list_response_is_byte_for_byte_what_drf_renders(role, client_for, role_users):
    varied_bloggers()
    awkward_bloggers()
    client = client_for(role)
    request = Request(APIRequestFactory().get("/api/v1/bloggers/"))
    request.user = role_users[role]
    for number in (1, 2):
        params = {"ordering": "display_name", "page_size": 10, "page": number}
        response = client.get("/api/v1/bloggers/", params)
        assert response.status_code == 200
        body = response.json()
        assert body["count"] == 15 and len(body["results"]) == (10 if number == 1 else 5)
        ids = [row["id"] for row in body["results"]]
        objects = blogger_base_queryset().in_bulk(ids)
        serialized = BloggerSerializer(
            [objects[pk] for pk in ids], many=True, context={"request": request}
        ).data
        page = {"count": 15, "next": body["next"], "previous": body["previous"]}
        page["results"] = serialized
        assert response.content == JSONRenderer().render(page)
        # With an indent asked for: the same as DRF's indented rendering.
        accept = "application/json; indent=2"
        response = client.get("/api/v1/bloggers/", params, HTTP_ACCEPT=accept)
        assert response.content == JSONRenderer().render(page, accept, {"indent": 2})
        assert b'\n  "count": 15' in response.content
