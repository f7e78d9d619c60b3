"""Operations tests use the API's role clients; transactional tests flush the role
groups the data migration made, so they are ensured here."""

from __future__ import annotations

import pytest

from tests.api.conftest import (  # noqa: F401 - fixtures
    _fresh_throttle_counters,
    client_for,
    role_users,
)


@pytest.fixture(autouse=True)
def _role_groups(request):
    if "django_db" not in {mark.name for mark in request.node.iter_markers()}:
        return
    request.getfixturevalue("db")
    from django.contrib.auth.models import Group

    from backend import roles

    for name in (roles.ADMIN, roles.OFFICER, roles.ANALYST, roles.VIEWER):
        Group.objects.get_or_create(name=name)
