"""Blogger exports (CSV, XLSX) and personal-data export / erasure."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from crm.models import Blogger
from crm.services import PERSONAL_DATA_ERASED
from tests.api.base import assert_error_shape
from tests.api.test_crm_resources import full_blogger
from tests.factories import BloggerFactory

pytestmark = pytest.mark.django_db


def _csv_rows(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))


@pytest.mark.parametrize(
    ("role", "status"), [(None, 401), ("viewer", 403), ("analyst", 200), ("officer", 200)]
)
def test_export_permissions(role, status, client_for):
    full_blogger()
    for path in ("/api/v1/bloggers/export-csv/", "/api/v1/bloggers/export-xlsx/"):
        response = client_for(role).get(path)
        if status == 200:
            assert response.status_code == 200
        else:
            assert_error_shape(response, status)


def test_csv_export_honours_filters_and_ordering(client_for):
    low = full_blogger(stance="critical", display_name="Низкий")
    high = full_blogger(stance="critical", display_name="Высокий")
    full_blogger(stance="supportive", display_name="Лояльный")
    Blogger.objects.filter(pk=low.pk).update(influence_score=10, influence_rank=2)
    Blogger.objects.filter(pk=high.pk).update(influence_score=90, influence_rank=1)
    response = client_for("analyst").get(
        "/api/v1/bloggers/export-csv/", {"stance": "critical", "ordering": "-influence_score"}
    )
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment;" in response["Content-Disposition"]
    header, *rows = _csv_rows(response)
    assert header[:3] == ["ID", "Имя в сети", "ФИО"]
    assert [r[1] for r in rows] == ["Высокий", "Низкий"]
    row = dict(zip(header, rows[0]))
    assert row["ФИО"] == "Иванов Иван" and row["Позиция"] == "критичен"
    assert row["Влияние"] == "90.0" and row["Просроченных задач"] == "1"
    assert row["Аккаунты"].startswith("https://vk.com/id")


def test_xlsx_export(client_for):
    blogger = full_blogger(display_name="Табличный")
    response = client_for("officer").get("/api/v1/bloggers/export-xlsx/", {"q": "табличн"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("ID", "Имя в сети")
    assert len(rows) == 2 and rows[1][0] == blogger.pk and rows[1][1] == "Табличный"


def test_export_query_count_is_bounded(client_for, django_assert_max_num_queries):
    for _ in range(25):
        full_blogger()
    client = client_for("analyst")
    client.get("/api/v1/auth/me/")
    with django_assert_max_num_queries(10):
        rows = _csv_rows(client.get("/api/v1/bloggers/export-csv/"))
    assert len(rows) == 26


def test_personal_data_export_holds_everything(client_for):
    blogger = full_blogger()
    client = client_for("officer")
    client.patch(f"/api/v1/bloggers/{blogger.pk}/", {"notes": "важный"})
    response = client.get(f"/api/v1/bloggers/{blogger.pk}/personal-data/")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["blogger"]["real_name"] == "Иванов Иван"
    assert body["blogger"]["email"] == "ivanov@example.org"
    assert len(body["accounts"]) == 1 and len(body["interactions"]) == 1
    assert len(body["followups"]) == 1 and len(body["topics"]) == 2
    assert body["history"][-1]["user"] == "officer-user"
    assert_error_shape(
        client_for("viewer").get(f"/api/v1/bloggers/{blogger.pk}/personal-data/"), 403
    )


def test_erasure_scrubs_record_and_history_and_records_who(client_for, role_users):
    blogger = full_blogger()
    officer = client_for("officer")
    officer.patch(f"/api/v1/bloggers/{blogger.pk}/", {"phone": "+70000000000"})
    assert_error_shape(
        client_for("viewer").post(f"/api/v1/bloggers/{blogger.pk}/personal-data/erase/"), 403
    )
    assert_error_shape(
        client_for("analyst").post(f"/api/v1/bloggers/{blogger.pk}/personal-data/erase/"), 403
    )
    response = officer.post(f"/api/v1/bloggers/{blogger.pk}/personal-data/erase/")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["fields"] == ["real_name", "phone", "email"]
    assert body["erased_by"] == "officer-user" and body["erased_at"]
    blogger.refresh_from_db()
    assert (blogger.real_name, blogger.phone, blogger.email) == ("", "", "")
    assert blogger.display_name  # the public handle stays
    history = list(blogger.history.all())
    assert len(history) >= 3
    assert all((h.real_name, h.phone, h.email) == ("", "", "") for h in history)
    latest = blogger.history.latest()
    assert latest.history_change_reason == PERSONAL_DATA_ERASED
    assert latest.history_user == role_users["officer"]
    export = officer.get(f"/api/v1/bloggers/{blogger.pk}/personal-data/").json()
    assert "+70000000000" not in str(export) and "Иванов" not in str(export)
    assert export["history"][-1]["reason"] == PERSONAL_DATA_ERASED


def test_archived_blogger_is_still_reachable_by_id(client_for):
    blogger = BloggerFactory(is_archived=True)
    client = client_for("viewer")
    assert client.get(f"/api/v1/bloggers/{blogger.pk}/").status_code == 200
    assert client.get("/api/v1/bloggers/").json()["count"] == 0
    assert client.get("/api/v1/bloggers/", {"archived": "true"}).json()["count"] == 1


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EXPORTS = [("/api/v1/bloggers/export-csv/", "text/csv"), ("/api/v1/bloggers/export-xlsx/", XLSX)]


@pytest.mark.parametrize(("path", "media_type"), EXPORTS)
@pytest.mark.parametrize("accept", ["documented", "*/*", None, "browser"])
def test_exports_answer_the_media_type_they_document(client_for, path, media_type, accept):
    full_blogger()
    headers = {
        "documented": {"HTTP_ACCEPT": media_type},
        "*/*": {"HTTP_ACCEPT": "*/*"},
        None: {},
        "browser": {"HTTP_ACCEPT": "text/html,application/xhtml+xml,*/*;q=0.8"},
    }[accept]
    response = client_for("officer").get(path, **headers)
    assert response.status_code == 200, response.content[:200]
    assert response["Content-Type"].startswith(media_type)


@pytest.mark.parametrize(("path", "media_type"), EXPORTS)
def test_exports_refuse_a_type_they_cannot_produce_in_the_error_shape(client_for, path, media_type):
    response = client_for("officer").get(path, HTTP_ACCEPT="application/pdf")
    assert response["Content-Type"].startswith("application/json")
    assert_error_shape(response, 406, "not_acceptable")


@pytest.mark.parametrize(("path", "media_type"), EXPORTS)
def test_export_errors_stay_json_when_the_file_type_was_asked_for(client_for, path, media_type):
    viewer = client_for("viewer").get(path, HTTP_ACCEPT=media_type)
    assert viewer["Content-Type"].startswith("application/json")
    assert_error_shape(viewer, 403)
    bad_filter = client_for("officer").get(path, {"stance": "angry"}, HTTP_ACCEPT=media_type)
    assert "stance" in assert_error_shape(bad_filter, 400)["fields"]
