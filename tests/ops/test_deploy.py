"""Deployment hygiene: `check --deploy` under production settings, security headers
with a Content-Security-Policy, login lock-out and its audit, session expiry,
password rules, and the access log of personal data."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import timezone
from rest_framework.test import APIClient

from api.models import LoginEvent
from backend import roles
from crm.models import PersonalDataAccess
from tests.api.base import assert_error_shape
from tests.factories import BloggerFactory

ROOT = Path(__file__).resolve().parents[2]
V1 = "/api/v1"
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "backend.settings",
    "DEBUG": "false",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "rezonans.example.org",
}


def test_check_deploy_is_clean_under_production_settings():
    env = {k: v for k, v in os.environ.items() if k not in {"SECURE_COOKIES", "DEBUG"}}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={**env, **PRODUCTION_ENV},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {**os.environ, **PRODUCTION_ENV, "SECRET_KEY": ""}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0 and "SECRET_KEY must be set" in result.stderr


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/bloggers/12", f"{V1}/auth/csrf/", "/healthz"])
def test_security_headers(client, path):
    response = client.get(path)
    csp = response["Content-Security-Policy"]
    assert (
        "script-src 'self'" in csp
        and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    )
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_api_docs_run_no_inline_script(client):
    page = client.get(f"{V1.rsplit('/', 1)[0]}/docs/").content.decode()
    assert "<script>" not in page and "?script" in page


def test_password_rules():
    with pytest.raises(ValidationError):
        validate_password("Short1!x")  # 8 characters: too short
    with pytest.raises(ValidationError):
        validate_password("123456789012345")  # numeric
    validate_password("четыре-слова-через-дефис")


def test_sessions_expire(settings):
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    assert 0 < settings.SESSION_COOKIE_AGE <= 12 * 3600
    assert settings.SESSION_COOKIE_HTTPONLY


# --- login lock-out and audit -----------------------------------------------------------
def login(client, password, username="officer-user"):
    return client.post(f"{V1}/auth/login/", {"username": username, "password": password})


@pytest.mark.django_db
def test_login_locks_out_after_repeated_failures_and_is_audited(role_users, settings):
    settings.LOGIN_LOCKOUT_FAILURES = 3
    client = APIClient(REMOTE_ADDR="10.0.0.7")
    for _ in range(3):
        assert_error_shape(login(client, "wrong"), 401)
    locked = assert_error_shape(login(client, "pw-officer-12345"), 429, "login_locked")
    assert "попыток" in locked["message"]
    # another name from the same address is not locked by these three
    assert login(client, "pw-analyst-12345", "analyst-user").status_code == 200
    events = list(LoginEvent.objects.order_by("id").values_list("username", "outcome", "ip"))
    assert events == [
        ("officer-user", "failure", "10.0.0.7"),
        ("officer-user", "failure", "10.0.0.7"),
        ("officer-user", "failure", "10.0.0.7"),
        ("officer-user", "locked", "10.0.0.7"),
        ("analyst-user", "success", "10.0.0.7"),
    ]
    assert LoginEvent.objects.get(outcome="success").user == role_users[roles.ANALYST]
    # the window passes: the lock lifts by itself
    LoginEvent.objects.update(
        at=timezone.now() - timedelta(seconds=settings.LOGIN_LOCKOUT_SECONDS + 1)
    )
    assert login(client, "pw-officer-12345").status_code == 200


@pytest.mark.django_db
def test_a_successful_login_resets_the_count(role_users, settings):
    settings.LOGIN_LOCKOUT_FAILURES = 3
    client = APIClient()
    for password in ["wrong", "wrong", "pw-officer-12345", "wrong", "wrong"]:
        login(client, password)
    assert login(client, "pw-officer-12345").status_code == 200


@pytest.mark.django_db
def test_one_address_trying_many_names_is_locked(role_users, settings):
    settings.LOGIN_LOCKOUT_FAILURES = 2
    client = APIClient(REMOTE_ADDR="10.0.0.9")
    for index in range(8):
        login(client, "wrong", f"nobody-{index}")
    assert_error_shape(login(client, "pw-officer-12345"), 429, "login_locked")
    assert login(APIClient(REMOTE_ADDR="10.0.0.10"), "pw-officer-12345").status_code == 200


# --- the access log of personal data ----------------------------------------------------
@pytest.mark.django_db
def test_reading_personal_data_is_logged_per_blogger(client_for, role_users):
    bloggers = [BloggerFactory(real_name=f"Имя {i}", phone="+79990000000") for i in range(3)]
    officer = client_for(roles.OFFICER)
    assert officer.get(f"{V1}/bloggers/{bloggers[0].pk}/").status_code == 200
    assert officer.get(f"{V1}/bloggers/", {"page_size": 2, "ordering": "id"}).status_code == 200
    assert officer.get(f"{V1}/bloggers/export-csv/").status_code == 200
    assert officer.get(f"{V1}/bloggers/{bloggers[1].pk}/personal-data/").status_code == 200
    logged = list(
        PersonalDataAccess.objects.order_by("id").values_list("username", "action", "blogger_id")
    )
    ids = sorted(b.pk for b in bloggers)
    assert logged == [
        ("officer-user", "view", bloggers[0].pk),
        ("officer-user", "list", ids[0]),
        ("officer-user", "list", ids[1]),
        *[("officer-user", "export", pk) for pk in ids],
        ("officer-user", "subject_export", bloggers[1].pk),
    ]
    row = PersonalDataAccess.objects.order_by("id").first()
    assert row.user == role_users[roles.OFFICER] and row.path == f"{V1}/bloggers/{bloggers[0].pk}/"


@pytest.mark.django_db
def test_roles_without_personal_data_leave_no_log(client_for):
    blogger = BloggerFactory(real_name="Имя")
    viewer = client_for(roles.VIEWER)
    assert viewer.get(f"{V1}/bloggers/{blogger.pk}/").status_code == 200
    assert viewer.get(f"{V1}/bloggers/").status_code == 200
    assert not PersonalDataAccess.objects.exists()
