"""Territories and topics through the uniform API cases, plus their own filters."""

from __future__ import annotations

import pytest

from crm.models import Territory, Topic
from tests.api.base import APIViewTestCases, assert_error_shape
from tests.factories import BloggerFactory, RegionFactory, TerritoryFactory, TopicFactory

pytestmark = pytest.mark.django_db


class TestTerritoryAPI(APIViewTestCases):
    basename = "territory"
    model = Territory

    def make_objects(self):
        region = RegionFactory()
        district = TerritoryFactory(parent=region, kind="municipal_district")
        village = TerritoryFactory(parent=district, kind="settlement")
        return [district, village, TerritoryFactory(parent=region)]

    def create_data(self):
        return {"name": "Новый округ", "kind": "urban_okrug", "parent": RegionFactory().pk}

    def update_data(self, obj):
        return {"name": obj.name + " (переименован)", "oktmo": "12345678"}

    def deletable_object(self):
        return TerritoryFactory(parent=RegionFactory())


class TestTopicAPI(APIViewTestCases):
    basename = "topic"
    model = Topic

    def make_objects(self):
        return [TopicFactory(), TopicFactory(), TopicFactory()]

    def create_data(self):
        return {"name": "Дороги", "description": "ремонт и пробки"}

    def update_data(self, obj):
        return {"description": "новое описание"}


def test_territory_reads_parent_as_brief_object_and_counts_bloggers(client_for):
    region = RegionFactory()
    city = TerritoryFactory(parent=region, name="Город", oktmo="111")
    BloggerFactory(territory=city)
    BloggerFactory(territory=city)
    body = client_for("viewer").get(f"/api/v1/territories/{city.pk}/").json()
    assert body["parent"] == {"id": region.pk, "name": region.name, "kind": "region"}
    assert body["blogger_count"] == 2


def test_territory_filters_lookups_and_ordering(client_for):
    region = RegionFactory()
    district = TerritoryFactory(parent=region, kind="municipal_district", name="Ольховский район")
    village = TerritoryFactory(parent=district, kind="settlement", name="Ольховка")
    TerritoryFactory(parent=region, name="Заводской округ")
    client = client_for("viewer")

    def names(**params):
        response = client.get("/api/v1/territories/", params)
        assert response.status_code == 200, response.content
        return [row["name"] for row in response.json()["results"]]

    assert names(ancestor=district.pk, ordering="name") == ["Ольховка", "Ольховский район"]
    assert names(name__istartswith="ольх", ordering="-name") == ["Ольховский район", "Ольховка"]
    assert names(kind="settlement") == ["Ольховка"]
    assert sorted(names(kind__n="region")) == sorted(
        ["Ольховский район", "Ольховка", "Заводской округ"]
    )
    assert names(parent=district.pk) == [village.name]
    assert names(q="заводск") == ["Заводской округ"]
    error = assert_error_shape(client.get("/api/v1/territories/", {"kind": "planet"}), 400)
    assert "kind" in error["fields"]


def test_territory_refuses_cycles_and_rootless_municipalities(client_for):
    region = RegionFactory()
    district = TerritoryFactory(parent=region, kind="municipal_district")
    village = TerritoryFactory(parent=district, kind="settlement")
    client = client_for("officer")
    response = client.patch(f"/api/v1/territories/{district.pk}/", {"parent": village.pk})
    assert "parent" in assert_error_shape(response, 400, "invalid")["fields"]
    response = client.post("/api/v1/territories/", {"name": "Висячий", "kind": "urban_okrug"})
    assert "parent" in assert_error_shape(response, 400, "invalid")["fields"]


def test_deleting_a_territory_in_use_is_a_conflict(client_for):
    city = TerritoryFactory(parent=RegionFactory())
    BloggerFactory(territory=city)
    response = client_for("admin").delete(f"/api/v1/territories/{city.pk}/")
    assert_error_shape(response, 409, "protected")
    assert Territory.objects.filter(pk=city.pk).exists()


def test_duplicate_topic_name_is_a_field_error(client_for):
    TopicFactory(name="ЖКХ")
    response = client_for("officer").post("/api/v1/topics/", {"name": "ЖКХ"})
    assert "name" in assert_error_shape(response, 400, "invalid")["fields"]


def test_writes_are_recorded_with_the_acting_user(client_for, role_users):
    topic = TopicFactory(name="Экология")
    client_for("officer").patch(f"/api/v1/topics/{topic.pk}/", {"description": "леса"})
    assert topic.history.latest().history_user == role_users["officer"]


def test_model_validation_in_a_service_is_a_400(client_for):
    RegionFactory(name="Заречная область")
    response = client_for("officer").post(
        "/api/v1/territories/", {"name": "Заречная область", "kind": "region"}
    )
    assert_error_shape(response, 400, "invalid")
    assert Territory.objects.filter(name="Заречная область").count() == 1


def test_model_validation_error_maps_to_field_errors():
    from django.core.exceptions import ValidationError

    from api.exceptions import exception_handler

    response = exception_handler(ValidationError({"oktmo": ["Неверный код."]}), {})
    assert response.status_code == 400
    assert response.data["error"]["fields"] == {"oktmo": ["Неверный код."]}
    response = exception_handler(ValidationError("Нарушено ограничение."), {})
    assert response.data["error"]["message"] == "Нарушено ограничение."
