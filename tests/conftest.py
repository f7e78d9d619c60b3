"""Shared fixtures.

Tests that need a real service ask for it through ``require_service``: locally
they skip with the reason when the service is not reachable; with ``CI=true``
they fail instead, so CI can never pass by skipping. The public datasets of
``shared/data`` (beside the repository, or ``REZONANS_SHARED_DATA``) go the same
way through ``shared_file``.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.utils import translation

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
SHARED_DATA = Path(
    os.environ.get("REZONANS_SHARED_DATA")
    or Path(__file__).resolve().parents[1].parent / "shared" / "data"
)


def shared_file(name: str) -> Path:
    """A dataset of ``SHARED_DATA``; missing: a skip with the reason, a failure in CI."""
    path = SHARED_DATA / name
    if not path.is_file():
        message = f"{path} is missing (shared/data beside the repository, or REZONANS_SHARED_DATA)"
        if IN_CI:
            pytest.fail(f"{message}; CI must provide it, not skip", pytrace=False)
        pytest.skip(message)
    return path


def pytest_report_header(config):
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    return [f"rezonans: database={engine} graph_backend={settings.GRAPH_BACKEND} ci={IN_CI}"]


def pytest_sessionstart(session):
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    if IN_CI and "postgresql" not in engine:
        raise pytest.UsageError(
            f"CI=true but DATABASE_URL points at {engine}; CI must run the suite on PostgreSQL."
        )


def _reachable(url: str) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), 1):
            return True
    except OSError:
        return False


def require_service(name: str, available: bool, how: str) -> None:
    if available:
        return
    message = f"{name} is not reachable ({how})"
    if IN_CI:
        pytest.fail(f"{message}; CI must start it, not skip", pytrace=False)
    pytest.skip(message)


@pytest.fixture(autouse=True)
def _default_language():
    """Every test ends in the default language (Russian): a request with
    ``Accept-Language: en`` leaves English active in the thread, and the tests
    after it that call services directly would get English messages."""
    yield
    translation.deactivate()


@pytest.fixture
def redis_url() -> str:
    require_service("Redis", _reachable(REDIS_URL), f"REDIS_URL={REDIS_URL}")
    return REDIS_URL


@pytest.fixture
def postgres() -> None:
    require_service(
        "PostgreSQL",
        connection.vendor == "postgresql",
        "set DATABASE_URL=postgres://… or run `make test` with CI=true",
    )


@pytest.fixture
def user(db, django_user_model):
    return django_user_model.objects.create_user("officer", password="x-not-used-x")


# --- Neo4j -------------------------------------------------------------------
# Tests wipe the database they use, so they only run against NEO4J_TEST_URI
# (never NEO4J_URI): a developer's own graph is never touched by accident.
NEO4J_TEST_URI = os.environ.get("NEO4J_TEST_URI", "")
NEO4J_TEST_PASSWORD = os.environ.get("NEO4J_TEST_PASSWORD") or os.environ.get("NEO4J_PASSWORD", "")
NEO4J_TEST_DATABASE = os.environ.get("NEO4J_TEST_DATABASE", "neo4j")


@pytest.fixture(scope="session")
def neo4j_test_driver():
    available = bool(NEO4J_TEST_URI and NEO4J_TEST_PASSWORD and _reachable(NEO4J_TEST_URI))
    require_service(
        "Neo4j",
        available,
        "set NEO4J_TEST_URI and NEO4J_TEST_PASSWORD, e.g. after `scripts/neo4j start`",
    )
    from neo4j import GraphDatabase

    driver = GraphDatabase.driver(NEO4J_TEST_URI, auth=("neo4j", NEO4J_TEST_PASSWORD))
    driver.verify_connectivity()
    yield driver
    driver.close()


@pytest.fixture
def neo4j_backend(neo4j_test_driver, db):
    """A Neo4jBackend on an empty test graph (wiped before each test)."""
    from graph.backends.neo4j import Neo4jBackend

    backend = Neo4jBackend(neo4j_test_driver, database=NEO4J_TEST_DATABASE)
    backend.ensure_schema()
    backend.wipe()
    return backend
