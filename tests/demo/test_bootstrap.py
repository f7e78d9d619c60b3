"""`make run`'s first-run set-up and its last words."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command


def test_welcome_says_where_to_go_and_how_to_log_in(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    (tmp_path / "demo-credentials.txt").write_text("demo\nsecret-pass\n", encoding="utf-8")
    out = StringIO()
    call_command("demo_welcome", "http://127.0.0.1:8000", stdout=out)
    lines = [line for line in out.getvalue().splitlines() if line.strip("= ")]
    assert "http://127.0.0.1:8000/" in lines[0]
    assert "«demo»" in lines[1] and "demo-credentials.txt" in lines[1]
    assert "secret-pass" not in out.getvalue()  # the terminal log does not keep the password


def test_welcome_without_credentials_file_says_so(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    out = StringIO()
    call_command("demo_welcome", "http://127.0.0.1:9000/", stdout=out)
    assert "http://127.0.0.1:9000/admin/" in out.getvalue()
    assert "missing" in out.getvalue()


@pytest.mark.django_db
def test_bootstrap_keeps_the_password_in_var(settings, tmp_path, monkeypatch):
    import demo.management.commands.bootstrap_demo as bootstrap

    settings.VAR_DIR = tmp_path
    monkeypatch.setattr(bootstrap, "call_command", lambda *a, **k: None)  # no seeding here
    call_command("bootstrap_demo", stdout=StringIO())
    name, password = (tmp_path / "demo-credentials.txt").read_text().splitlines()
    assert name == "demo" and len(password) >= 12
    assert (tmp_path / "demo-credentials.txt").stat().st_mode & 0o777 == 0o600
