"""GET /api/v1/reports/weekly/: every role downloads the report as DOCX or PDF;
a bad week or format is a 400 naming the field; anonymous is a 401."""

from __future__ import annotations

import io

import pytest
from docx import Document

from alerts.models import Subscription
from backend import roles
from tests.api.base import ALL_ROLES, assert_error_shape
from tests.reports.data import build_region

pytestmark = pytest.mark.django_db
URL = "/api/v1/reports/weekly/"


@pytest.mark.parametrize("role", ALL_ROLES)
def test_every_role_downloads_the_docx(client_for, role):
    build_region()
    response = client_for(role).get(URL, {"week": "2026-W46", "format": "docx"})
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="rezonans-weekly-2026-W46.docx"' in response["Content-Disposition"]
    document = Document(io.BytesIO(response.content))
    assert any("2026-W46" in p.text for p in document.paragraphs)
    topics = next(t for t in document.tables if t.rows[0].cells[0].text == "Тема")
    assert topics.rows[1].cells[0].text == "ЖКХ"


def test_the_pdf_is_the_default_format(client_for):
    response = client_for(roles.VIEWER).get(URL, {"week": "2026-W46"}, HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content[:5] == b"%PDF-" and len(response.content) > 1000


def test_without_a_week_the_last_complete_one(client_for):
    response = client_for(roles.VIEWER).get(URL, {"format": "docx"})
    assert response.status_code == 200
    assert "rezonans-weekly-" in response["Content-Disposition"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"week": "2026-46"}, "week"),
        ({"week": "2025-W53"}, "week"),
        ({"week": "2999-W01"}, "week"),
        ({"week": "2026-W46", "format": "xls"}, "format"),
    ],
)
def test_bad_parameters_are_400_by_field(client_for, params, field):
    response = client_for(roles.OFFICER).get(URL, params)
    error = assert_error_shape(response, 400, "invalid")
    assert set(error["fields"]) == {field}
    assert response["Content-Type"].startswith("application/json")


def test_anonymous_is_401(client_for):
    assert_error_shape(client_for(None).get(URL, {"week": "2026-W46"}), 401)


def test_the_subscription_api_takes_the_opt_in(client_for):
    client = client_for("viewer")
    created = client.post(
        "/api/v1/alert-subscriptions/",
        {"daily_digest": True, "telegram_chat_id": "42"},
        format="json",
    )
    assert created.status_code == 201, created.content
    assert created.json()["daily_digest"] is True
    assert Subscription.objects.get().daily_digest is True
    assert client.get("/api/v1/alert-subscriptions/").json()["results"][0]["daily_digest"]
