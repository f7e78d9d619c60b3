"""The built web frontend is served by Django: files by WhiteNoise, routes by the SPA fallback."""

from pathlib import Path

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

INDEX = '<!doctype html><html lang="ru"><div id="root"></div></html>'


@pytest.fixture
def dist(tmp_path: Path, settings) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(INDEX, encoding="utf-8")
    (tmp_path / "assets" / "index-Bx7Yq2Zk.js").write_text("console.log(1)", encoding="utf-8")
    (tmp_path / "favicon.svg").write_text("<svg/>", encoding="utf-8")
    settings.FRONTEND_DIST = tmp_path
    settings.WHITENOISE_ROOT = str(tmp_path)
    return tmp_path


@pytest.mark.parametrize("path", ["/", "/bloggers/12", "/graph?focus=3", "/rankings/runs/7/"])
def test_client_routes_get_index_html(dist, path):
    response = Client().get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert response.content.decode() == INDEX
    assert response["Cache-Control"] == "no-cache"
    # The SPA finds the CSRF cookie already set for its first POST (login).
    assert "csrftoken" in response.cookies


def test_hashed_assets_are_served_and_cached_forever(dist):
    response = Client().get("/assets/index-Bx7Yq2Zk.js")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"console.log(1)"
    assert "immutable" in response["Cache-Control"]
    favicon = Client().get("/favicon.svg")
    assert favicon.status_code == 200
    assert "immutable" not in favicon.get("Cache-Control", "")


def test_api_admin_and_static_are_not_swallowed_by_the_fallback(dist):
    client = Client()
    assert client.get("/api/v1/no-such-endpoint/").status_code == 404
    assert client.get("/api/").status_code == 404
    admin = client.get("/admin/")
    assert admin.status_code == 302 and "/admin/login/" in admin["Location"]
    assert client.get("/static/no-such-file.css").status_code == 404


def test_unsafe_methods_are_refused(dist):
    assert Client().post("/bloggers/12").status_code in {403, 405}


def test_missing_build_says_how_to_build(settings, tmp_path):
    settings.FRONTEND_DIST = tmp_path / "missing"
    response = Client().get("/bloggers/")
    assert response.status_code == 503
    assert "make run" in response.content.decode()
