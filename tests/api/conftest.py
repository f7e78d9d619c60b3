"""API fixtures: one user per role (plus anonymous) and clients logged in as them."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from rest_framework.test import APIClient

from backend import roles
from tests.graph.vk.conftest import fake_vk, vk_settings  # noqa: F401 — VK faked over HTTP

ROLES = (roles.VIEWER, roles.ANALYST, roles.OFFICER, roles.ADMIN)


@pytest.fixture(autouse=True)
def _fresh_throttle_counters():
    # Throttle counters live in the cache; a test must not inherit another's attempts.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def role_users(db, django_user_model):
    """``{role: user}``; the groups come from the api data migration."""
    users = {}
    for role in ROLES:
        user = django_user_model.objects.create_user(
            f"{role}-user", password=f"pw-{role}-12345", first_name=role.title()
        )
        user.groups.add(Group.objects.get(name=role))
        users[role] = user
    return users


@pytest.fixture
def client_for(role_users):
    """``client_for(role)`` → an APIClient with a session for that role (None: anonymous)."""

    def make(role: str | None) -> APIClient:
        client = APIClient()
        if role is not None:
            client.force_login(role_users[role])
        return client

    return make
