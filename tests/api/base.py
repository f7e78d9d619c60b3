"""Uniform API test cases (NetBox's ``APIViewTestCases``, pytest flavour).

A resource test class mixes in the cases it needs and supplies a little data:

    class TestTopics(APIViewTestCases):
        basename = "topic"
        model = Topic
        def make_objects(self): ...        # at least three objects
        def create_data(self): ...         # a valid POST body
        def update_data(self, obj): ...    # a valid PATCH body

and gets, for every endpoint × role: anonymous → 401, viewer/analyst read
only (403 on writes), officer and admin write; ``?brief=1`` returns exactly
the brief fields; the list makes the same number of SQL queries for 3 rows as
for 20 (``list_query_limit`` caps it).
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from backend import roles

ALL_ROLES = (roles.VIEWER, roles.ANALYST, roles.OFFICER, roles.ADMIN)
WRITE_ROLES = (roles.OFFICER, roles.ADMIN)


def assert_error_shape(response: Any, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, (response.status_code, response.content[:500])
    body = response.json()
    assert set(body) == {"error"}, body
    error = body["error"]
    assert isinstance(error["code"], str) and error["code"]
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["fields"], dict)
    if code is not None:
        assert error["code"] == code, error
    return error


class APIResourceCase:
    basename: ClassVar[str]
    model: ClassVar[Any]
    read_roles: ClassVar[tuple[str, ...]] = ALL_ROLES
    write_roles: ClassVar[tuple[str, ...]] = WRITE_ROLES
    list_query_limit: ClassVar[int] = 10

    def make_objects(self) -> list[Any]:
        raise NotImplementedError

    def create_data(self) -> dict[str, Any]:
        raise NotImplementedError

    def update_data(self, obj: Any) -> dict[str, Any]:
        raise NotImplementedError

    def list_url(self) -> str:
        return reverse(f"api:{self.basename}-list")

    def detail_url(self, obj: Any) -> str:
        return reverse(f"api:{self.basename}-detail", args=[obj.pk])

    def allowed(self, role: str, write: bool) -> bool:
        return role in (self.write_roles if write else self.read_roles)


class ListObjectsTests(APIResourceCase):
    @pytest.mark.parametrize("role", [None, *ALL_ROLES])
    def test_list_objects(self, role, client_for):
        objects = self.make_objects()
        response = client_for(role).get(self.list_url())
        if role is None:
            assert_error_shape(response, 401, "not_authenticated")
            return
        if not self.allowed(role, write=False):
            assert_error_shape(response, 403, "permission_denied")
            return
        assert response.status_code == 200, response.content[:500]
        body = response.json()
        assert set(body) == {"count", "next", "previous", "results"}
        assert body["count"] == self.model.objects.count() >= len(objects)
        returned = {row["id"] for row in body["results"]}
        assert {o.pk for o in objects} <= returned

    def test_list_brief(self, client_for):
        self.make_objects()
        serializer = self.serializer_brief_fields()
        response = client_for(self.read_roles[-1]).get(self.list_url(), {"brief": 1})
        assert response.status_code == 200
        for row in response.json()["results"]:
            assert list(row) == serializer

    def serializer_brief_fields(self) -> list[str]:
        from api.urls import router

        viewset = next(vs for _, vs, name in router.registry if name == self.basename)
        return list(viewset.serializer_class.Meta.brief_fields)

    def test_list_pagination_limits_page_size(self, client_for):
        self.make_objects()
        client = client_for(self.read_roles[-1])
        response = client.get(self.list_url(), {"page_size": 1})
        body = response.json()
        assert len(body["results"]) == 1 and body["next"]
        assert client.get(self.list_url(), {"page_size": 100000}).status_code == 200
        assert_error_shape(client.get(self.list_url(), {"page": 9999}), 404, "not_found")

    def test_list_query_count_is_bounded(self, client_for):
        client = client_for(self.read_roles[-1])
        self.make_objects()
        client.get(self.list_url())  # warm-up: session, role and content-type caches
        with CaptureQueriesContext(connection) as few:
            assert client.get(self.list_url(), {"page_size": 500}).status_code == 200
        for _ in range(6):
            self.make_objects()
        with CaptureQueriesContext(connection) as many:
            response = client.get(self.list_url(), {"page_size": 500})
        assert response.status_code == 200
        assert len(response.json()["results"]) >= 18
        assert len(many) == len(few), [q["sql"] for q in many.captured_queries]
        assert len(many) <= self.list_query_limit, [q["sql"] for q in many.captured_queries]


class GetObjectTests(APIResourceCase):
    @pytest.mark.parametrize("role", [None, *ALL_ROLES])
    def test_get_object(self, role, client_for):
        obj = self.make_objects()[0]
        response = client_for(role).get(self.detail_url(obj))
        if role is None:
            assert_error_shape(response, 401, "not_authenticated")
            return
        if not self.allowed(role, write=False):
            assert_error_shape(response, 403)
            return
        assert response.status_code == 200
        assert response.json()["id"] == obj.pk

    def test_get_missing_object(self, client_for):
        response = client_for(self.read_roles[-1]).get(
            reverse(f"api:{self.basename}-detail", args=[987654321])
        )
        assert_error_shape(response, 404, "not_found")


class CreateObjectTests(APIResourceCase):
    @pytest.mark.parametrize("role", [None, *ALL_ROLES])
    def test_create_object(self, role, client_for):
        self.make_objects()
        before = self.model.objects.count()
        data = self.create_data()
        response = client_for(role).post(self.list_url(), data, format="json")
        if role is None:
            assert_error_shape(response, 401)
        elif not self.allowed(role, write=True):
            assert_error_shape(response, 403, "permission_denied")
        else:
            assert response.status_code == 201, response.content[:800]
            created = self.model.objects.get(pk=response.json()["id"])
            self.check_written(created, data)
            assert self.model.objects.count() == before + 1
            return
        assert self.model.objects.count() == before

    def test_create_invalid_names_the_field(self, client_for):
        response = client_for(self.write_roles[0]).post(self.list_url(), {}, format="json")
        error = assert_error_shape(response, 400, "invalid")
        assert error["fields"], error

    def check_written(self, obj: Any, data: dict[str, Any]) -> None:
        for name, value in data.items():
            stored = getattr(obj, f"{name}_id", None) if hasattr(obj, f"{name}_id") else None
            stored = stored if stored is not None else getattr(obj, name, None)
            if isinstance(stored, str | int | bool | float) or stored is None:
                assert stored == value, (name, stored, value)


class UpdateObjectTests(APIResourceCase):
    @pytest.mark.parametrize("role", [None, *ALL_ROLES])
    def test_update_object(self, role, client_for):
        obj = self.make_objects()[0]
        data = self.update_data(obj)
        response = client_for(role).patch(self.detail_url(obj), data, format="json")
        obj.refresh_from_db()
        if role is None:
            assert_error_shape(response, 401)
        elif not self.allowed(role, write=True):
            assert_error_shape(response, 403, "permission_denied")
        else:
            assert response.status_code == 200, response.content[:800]
            self.check_updated(obj, data)
            return
        for name, value in data.items():
            assert getattr(obj, name) != value, f"{name} changed by a role without rights"

    def check_updated(self, obj: Any, data: dict[str, Any]) -> None:
        for name, value in data.items():
            assert getattr(obj, name) == value, (name, getattr(obj, name), value)


class DeleteObjectTests(APIResourceCase):
    @pytest.mark.parametrize("role", [None, *ALL_ROLES])
    def test_delete_object(self, role, client_for):
        obj = self.deletable_object()
        response = client_for(role).delete(self.detail_url(obj))
        exists = self.model.objects.filter(pk=obj.pk).exists()
        if role is None:
            assert_error_shape(response, 401)
            assert exists
        elif not self.allowed(role, write=True):
            assert_error_shape(response, 403, "permission_denied")
            assert exists
        else:
            assert response.status_code == 204
            assert not exists

    def deletable_object(self) -> Any:
        return self.make_objects()[-1]


class APIViewTestCases(
    ListObjectsTests, GetObjectTests, CreateObjectTests, UpdateObjectTests, DeleteObjectTests
):
    """Every standard endpoint of a resource."""


class PersonalDataTests(APIResourceCase):
    """For resources whose model has fields in ``crm.personal_data``: the viewer
    never receives them (list, detail, brief), the other roles do."""

    personal_fields: ClassVar[tuple[str, ...]]

    @pytest.mark.parametrize("role", ALL_ROLES)
    def test_personal_data_visibility(self, role, client_for):
        obj = self.make_objects()[0]
        client = client_for(role)
        detail = client.get(self.detail_url(obj)).json()
        rows = client.get(self.list_url(), {"page_size": 500}).json()["results"]
        row = next(r for r in rows if r["id"] == obj.pk)
        for payload in (detail, row):
            present = set(self.personal_fields) & set(payload)
            if role == roles.VIEWER:
                assert present == set(), f"viewer received personal data {present}"
            else:
                assert present == set(self.personal_fields)
                assert any(payload[f] for f in self.personal_fields)
