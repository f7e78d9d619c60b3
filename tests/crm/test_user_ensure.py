"""user_ensure: staff logins with one role, password from the environment (never argv)."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_creates_then_updates_one_role(monkeypatch):
    monkeypatch.setenv("REZONANS_USER_PASSWORD", "first-password-123")
    out = io.StringIO()
    call_command("user_ensure", "olga", role="officer", full_name="Ольга Петрова", stdout=out)
    user = get_user_model().objects.get(username="olga")
    assert "created" in out.getvalue()
    assert (user.first_name, user.last_name) == ("Ольга", "Петрова")
    assert list(user.groups.values_list("name", flat=True)) == ["officer"]
    assert user.check_password("first-password-123")

    monkeypatch.setenv("REZONANS_USER_PASSWORD", "second-password-456")
    call_command("user_ensure", "olga", role="viewer", stdout=io.StringIO())
    user.refresh_from_db()
    assert list(user.groups.values_list("name", flat=True)) == ["viewer"]
    assert user.check_password("second-password-456")
    assert get_user_model().objects.filter(username="olga").count() == 1


def test_password_from_stdin_and_too_short_refused(monkeypatch):
    monkeypatch.delenv("REZONANS_USER_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("stdin-password-789\n"))
    call_command("user_ensure", "ivan", role="analyst", stdout=io.StringIO())
    assert get_user_model().objects.get(username="ivan").check_password("stdin-password-789")

    monkeypatch.setenv("REZONANS_USER_PASSWORD", "short")
    with pytest.raises(CommandError, match="12\\+ characters"):
        call_command("user_ensure", "petr", role="viewer", stdout=io.StringIO())
    assert not get_user_model().objects.filter(username="petr").exists()


def test_the_same_password_again_keeps_the_sessions(monkeypatch, client):
    monkeypatch.setenv("REZONANS_USER_PASSWORD", "first-password-123")
    call_command("user_ensure", "olga", role="officer", stdout=io.StringIO())
    assert client.login(username="olga", password="first-password-123")
    assert client.get("/api/v1/auth/me/").status_code == 200
    call_command("user_ensure", "olga", role="officer", stdout=io.StringIO())
    assert client.get("/api/v1/auth/me/").status_code == 200  # scripts/stack up runs it each time
    monkeypatch.setenv("REZONANS_USER_PASSWORD", "second-password-456")
    call_command("user_ensure", "olga", role="officer", stdout=io.StringIO())
    assert client.get("/api/v1/auth/me/").status_code in {401, 403}
