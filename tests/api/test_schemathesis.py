"""Property-based API test: Schemathesis generates requests from the committed
``api/openapi.json`` and calls the app as an admin (every endpoint allowed).

No response may be a 5xx, and every response must match the schema: its
status code is documented, its content type and body conform. Runs in CI with
the rest of the suite (on PostgreSQL); derandomised so its run time is stable.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from django.contrib.auth.models import Group
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.services import api_token_create
from tests.factories import BloggerFactory, CampaignFactory, TerritoryFactory, TopicFactory

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "api" / "openapi.json"
schema = schemathesis.openapi.from_path(SCHEMA_PATH)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
# Binary downloads have no JSON body to validate; everything else does.
schema = schema.exclude(path_regex=r"(/export-(csv|xlsx)|/reports/weekly)/$")


@pytest.fixture
def keep_test_connection():
    """The WSGI handler closes "old" connections around each request; inside the
    test's transaction that would close it (Django's test client disconnects the
    same handler)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def admin_token(db, django_user_model, settings, keep_test_connection):
    settings.ALLOWED_HOSTS = ["*"]
    admin = django_user_model.objects.create_user("fuzz-admin", password="pw-fuzz-12345")
    admin.groups.add(Group.objects.get(name="admin"))
    # Some rows so ids in the generated requests sometimes exist.
    for _ in range(3):
        BloggerFactory(territory=TerritoryFactory()).topics.add(TopicFactory())
    CampaignFactory()
    return api_token_create(user=admin, name="schemathesis")[1]


_app = None


def wsgi_app():
    global _app
    if _app is None:
        _app = get_wsgi_application()
    return _app


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_committed_schema(case, admin_token):
    case.call_and_validate(
        app=wsgi_app(), headers={"Authorization": f"Token {admin_token}"}, checks=CHECKS
    )
