"""Login/logout/me/CSRF, API tokens, throttling and the error shape."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from rest_framework.test import APIClient

from api.exceptions import exception_handler
from api.models import ApiToken, token_hash
from graph.backends.base import GraphUnavailable
from tests.api.base import assert_error_shape

pytestmark = pytest.mark.django_db


def test_browser_login_flow_with_csrf(role_users):
    client = APIClient(enforce_csrf_checks=True)
    assert_error_shape(client.get("/api/v1/auth/me/"), 401, "not_authenticated")
    # Without the CSRF cookie and header the login is refused.
    refused = client.post(
        "/api/v1/auth/login/", {"username": "officer-user", "password": "pw-officer-12345"}
    )
    assert_error_shape(refused, 403, "permission_denied")

    csrf = client.get("/api/v1/auth/csrf/")
    assert csrf.status_code == 200
    token = csrf.json()["csrfToken"]
    assert client.cookies["csrftoken"].value
    response = client.post(
        "/api/v1/auth/login/",
        {"username": "officer-user", "password": "pw-officer-12345"},
        HTTP_X_CSRFTOKEN=token,
    )
    assert response.status_code == 200, response.content
    me = response.json()["user"]
    assert me["username"] == "officer-user" and me["role"] == "officer"
    assert me["full_name"] == "Officer"
    assert me["permissions"] == {
        "edit_crm": True,
        "run_rerank": False,
        "import_edges": False,
        "export": True,
        "view_personal_data": True,
        "manage_tokens": False,
        "work_incidents": True,
    }
    assert client.get("/api/v1/auth/me/").json()["id"] == role_users["officer"].pk

    # Session writes still need the CSRF header.
    token = client.cookies["csrftoken"].value
    assert_error_shape(client.post("/api/v1/topics/", {"name": "Без CSRF"}), 403)
    ok = client.post("/api/v1/topics/", {"name": "С CSRF"}, HTTP_X_CSRFTOKEN=token)
    assert ok.status_code == 201
    assert client.post("/api/v1/auth/logout/", HTTP_X_CSRFTOKEN=token).status_code == 204
    assert_error_shape(client.get("/api/v1/auth/me/"), 401)


def test_bad_credentials_are_401_in_the_error_shape(role_users):
    response = APIClient().post(
        "/api/v1/auth/login/", {"username": "viewer-user", "password": "no"}
    )
    error = assert_error_shape(response, 401, "authentication_failed")
    assert "парол" in error["message"]
    missing = APIClient().post("/api/v1/auth/login/", {"username": "viewer-user"})
    assert "password" in assert_error_shape(missing, 400, "invalid")["fields"]


def test_login_is_throttled(role_users, settings):
    settings.LOGIN_LOCKOUT_FAILURES = 100  # the rate limit alone (lock-out: tests/ops)
    client = APIClient()
    statuses = [
        client.post(
            "/api/v1/auth/login/", {"username": "viewer-user", "password": "bad"}
        ).status_code
        for _ in range(12)
    ]
    assert statuses[:10] == [401] * 10
    assert statuses[10:] == [429, 429]
    error = assert_error_shape(
        client.post(
            "/api/v1/auth/login/", {"username": "viewer-user", "password": "pw-viewer-12345"}
        ),
        429,
        "throttled",
    )
    assert error["message"]


@pytest.mark.parametrize(
    ("role", "expected"),
    [("viewer", "viewer"), ("analyst", "analyst"), ("officer", "officer"), ("admin", "admin")],
)
def test_me_reports_role_and_permissions(role, expected, client_for):
    body = client_for(role).get("/api/v1/auth/me/").json()
    assert body["role"] == expected
    assert body["permissions"]["manage_tokens"] is (role == "admin")
    assert body["permissions"]["view_personal_data"] is (role != "viewer")
    assert body["permissions"]["run_rerank"] is (role in {"analyst", "admin"})


def test_user_without_a_role_group_is_a_viewer(django_user_model):
    plain = django_user_model.objects.create_user("plain", password="pw-plain-12345")
    client = APIClient()
    client.force_login(plain)
    assert client.get("/api/v1/auth/me/").json()["role"] == "viewer"
    assert_error_shape(client.post("/api/v1/topics/", {"name": "x"}), 403)


def test_superuser_is_admin(django_user_model):
    boss = django_user_model.objects.create_superuser("boss", password="pw-boss-12345")
    client = APIClient()
    client.force_login(boss)
    assert client.get("/api/v1/auth/me/").json()["role"] == "admin"


@pytest.mark.parametrize("role", [None, "viewer", "analyst", "officer"])
def test_only_admin_manages_tokens(role, client_for, role_users):
    client = client_for(role)
    status = 401 if role is None else 403
    assert_error_shape(client.get("/api/v1/tokens/"), status)
    assert_error_shape(client.post("/api/v1/tokens/", {"name": "x"}), status)
    assert not ApiToken.objects.exists()


def test_admin_issues_lists_and_revokes_tokens(client_for, role_users):
    admin = client_for("admin")
    officer = role_users["officer"]
    created = admin.post("/api/v1/tokens/", {"name": "Интеграция", "user": officer.pk})
    assert created.status_code == 201, created.content
    body = created.json()
    key = body["key"]
    assert key.startswith("rz_") and body["username"] == "officer-user" and body["is_active"]
    stored = ApiToken.objects.get(pk=body["id"])
    assert stored.key_hash == token_hash(key) and key not in stored.key_hash
    assert stored.created_by == role_users["admin"]

    listed = admin.get("/api/v1/tokens/").json()["results"]
    assert [t["id"] for t in listed] == [stored.pk]
    assert "key" not in listed[0] and listed[0]["key_prefix"] == key[:10]

    consumer = APIClient()
    consumer.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert consumer.get("/api/v1/auth/me/").json()["username"] == "officer-user"
    # Token requests need no CSRF and carry the owner's role.
    assert consumer.post("/api/v1/topics/", {"name": "По токену"}).status_code == 201
    stored.refresh_from_db()
    assert stored.last_used_at is not None

    assert admin.delete(f"/api/v1/tokens/{stored.pk}/").status_code == 204
    stored.refresh_from_db()
    assert stored.revoked_at is not None and not stored.is_active
    error = assert_error_shape(consumer.get("/api/v1/auth/me/"), 401, "authentication_failed")
    assert "токен" in error["message"].lower()


def test_several_tokens_per_user_and_expiry(client_for, role_users):
    admin = client_for("admin")
    first = admin.post("/api/v1/tokens/", {"name": "one"}).json()["key"]
    second = admin.post("/api/v1/tokens/", {"name": "two"}).json()["key"]
    assert first != second
    for key in (first, second):
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
        assert client.get("/api/v1/auth/me/").json()["role"] == "admin"
    ApiToken.objects.filter(name="one").update(expires_at=timezone.now() - timedelta(seconds=1))
    expired = APIClient()
    expired.credentials(HTTP_AUTHORIZATION=f"Token {first}")
    assert_error_shape(expired.get("/api/v1/auth/me/"), 401)
    past = (timezone.now() - timedelta(days=1)).isoformat()
    response = admin.post("/api/v1/tokens/", {"name": "old", "expires_at": past})
    assert "expires_at" in assert_error_shape(response, 400)["fields"]


def test_token_endpoints_are_throttled(client_for, monkeypatch):
    from rest_framework.throttling import ScopedRateThrottle

    # The rates are read once at import (API_TOKEN_RATE); lower the token one for the test.
    monkeypatch.setattr(
        ScopedRateThrottle,
        "THROTTLE_RATES",
        {**ScopedRateThrottle.THROTTLE_RATES, "tokens": "3/min"},
    )
    admin = client_for("admin")
    statuses = [admin.get("/api/v1/tokens/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert_error_shape(admin.post("/api/v1/tokens/", {"name": "x"}), 429, "throttled")
    assert not ApiToken.objects.exists()


def test_manage_py_api_token(role_users, capsys):
    call_command("api_token", "create", "analyst-user", "--name", "отчёты")
    out = capsys.readouterr().out
    key = out.strip().rsplit(" ", 1)[-1]
    token = ApiToken.objects.get(key_hash=token_hash(key))
    assert token.user == role_users["analyst"] and token.name == "отчёты"
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get("/api/v1/auth/me/").json()["role"] == "analyst"

    call_command("api_token", "list", "analyst-user")
    listing = capsys.readouterr().out
    assert "отчёты" in listing and key not in listing and "active" in listing

    call_command("api_token", "revoke", str(token.pk))
    assert_error_shape(client.get("/api/v1/auth/me/"), 401)


def test_unknown_api_url_is_json_404(client_for):
    assert_error_shape(client_for("viewer").get("/api/v1/nothing-here/"), 404, "not_found")


def test_graph_outage_maps_to_503():
    response = exception_handler(GraphUnavailable("Граф недоступен: нет связи с Neo4j."), {})
    assert response.status_code == 503
    assert response.data["error"]["code"] == "graph_unavailable"
    assert response.data["error"]["message"].startswith("Граф недоступен")


def test_docs_and_schema_are_public_and_local(client):
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "swagger-ui" in html and "/static/drf_spectacular_sidecar/" in html
    assert "cdn" not in html.lower() and "https://" not in html
    schema = client.get("/api/schema/", {"format": "json"})
    assert schema.status_code == 200
    assert "/api/v1/territories/" in schema.json()["paths"]


def test_non_numeric_ids_and_unsafe_methods_on_unknown_urls_are_json_404(client_for):
    anonymous = APIClient(enforce_csrf_checks=True)
    for path in ("/api/v1/accounts/0.5/", "/api/v1/nope/"):
        assert_error_shape(anonymous.put(path, {"x": 1}, format="json"), 404, "not_found")
        assert_error_shape(anonymous.get(path), 404, "not_found")
    officer = client_for("officer")
    assert_error_shape(officer.get("/api/v1/bloggers/abc/"), 404, "not_found")
    assert_error_shape(officer.put("/api/v1/bloggers/abc/", {"x": 1}), 404, "not_found")


@pytest.mark.parametrize("role", ["viewer", "analyst", "officer", "admin"])
def test_every_role_can_log_out(role, role_users):
    client = APIClient(enforce_csrf_checks=True)
    token = client.get("/api/v1/auth/csrf/").json()["csrfToken"]
    login = client.post(
        "/api/v1/auth/login/",
        {"username": f"{role}-user", "password": f"pw-{role}-12345"},
        HTTP_X_CSRFTOKEN=token,
    )
    assert login.status_code == 200
    assert client.get("/api/v1/auth/me/").json()["role"] == role
    token = client.cookies["csrftoken"].value  # rotated at login
    assert client.post("/api/v1/auth/logout/", HTTP_X_CSRFTOKEN=token).status_code == 204
    assert_error_shape(client.get("/api/v1/auth/me/"), 401)


def test_logout_still_needs_the_csrf_token(role_users):
    client = APIClient(enforce_csrf_checks=True)
    client.login(username="viewer-user", password="pw-viewer-12345")
    assert_error_shape(client.post("/api/v1/auth/logout/"), 403)
    assert client.get("/api/v1/auth/me/").status_code == 200
