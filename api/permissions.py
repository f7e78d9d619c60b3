"""Server-side role checks for every API view.

A view says what it needs with two attributes:

- ``write_permission`` (default ``edit_crm``): needed for unsafe methods;
- ``action_permissions``: ``{action_or_method: permission | None}`` overrides,
  e.g. ``{"list": "manage_tokens"}`` or ``{"export": "export"}``.

Reads need only an authenticated user with a role (every role may read).
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy
from rest_framework import permissions

from backend import roles


def required_permission(request: Any, view: Any) -> str | None:
    overrides: dict[str, str | None] = getattr(view, "action_permissions", {})
    action = getattr(view, "action", None)
    for key in (action, request.method.lower()):
        if key in overrides:
            return overrides[key]
    if request.method in permissions.SAFE_METHODS:
        return None
    return getattr(view, "write_permission", roles.EDIT_CRM)


class RolePermission(permissions.BasePermission):
    message = gettext_lazy("Вашей роли это действие не разрешено.")

    def has_permission(self, request: Any, view: Any) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False  # DRF turns this into 401 (NotAuthenticated)
        needed = required_permission(request, view)
        return needed is None or roles.user_can(request.user, needed)
