"""Roles are Django groups (created by a data migration); this module is the
one place that says what each role may do.

A superuser is always ``admin``. A user in several role groups gets the most
powerful one. A user in no role group is a ``viewer`` (read only, no personal
data): least privilege by default.
"""

from __future__ import annotations

from typing import Any

ADMIN = "admin"
OFFICER = "officer"
ANALYST = "analyst"
VIEWER = "viewer"

# Most powerful first: the first matching group decides the role.
ROLES: tuple[str, ...] = (ADMIN, OFFICER, ANALYST, VIEWER)

EDIT_CRM = "edit_crm"
RUN_RERANK = "run_rerank"
IMPORT_EDGES = "import_edges"
EXPORT = "export"
VIEW_PERSONAL_DATA = "view_personal_data"
MANAGE_TOKENS = "manage_tokens"
WORK_INCIDENTS = "work_incidents"

PERMISSIONS: tuple[str, ...] = (
    EDIT_CRM,
    RUN_RERANK,
    IMPORT_EDGES,
    EXPORT,
    VIEW_PERSONAL_DATA,
    MANAGE_TOKENS,
    WORK_INCIDENTS,
)

ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    ADMIN: frozenset(PERMISSIONS),
    # The communications officer keeps the CRM (edits it, sees contacts, exports
    # lists) and works the incidents (takes, assigns, answers, closes, comments).
    OFFICER: frozenset({EDIT_CRM, VIEW_PERSONAL_DATA, EXPORT, WORK_INCIDENTS}),
    # Reads everything, runs the influence machinery, imports edges and exports.
    ANALYST: frozenset({VIEW_PERSONAL_DATA, RUN_RERANK, IMPORT_EDGES, EXPORT}),
    VIEWER: frozenset(),
}


def user_role(user: Any) -> str | None:
    """The role of ``user``; ``None`` for anonymous users. Cached on the user object."""
    if user is None or not user.is_authenticated:
        return None
    cached = getattr(user, "_rezonans_role", None)
    if cached is not None:
        return str(cached)
    if user.is_superuser:
        role = ADMIN
    else:
        names = set(user.groups.filter(name__in=ROLES).values_list("name", flat=True))
        role = next((r for r in ROLES if r in names), VIEWER)
    user._rezonans_role = role
    return role


def user_can(user: Any, permission: str) -> bool:
    """Whether ``user`` holds ``permission`` (one of ``PERMISSIONS``)."""
    role = user_role(user)
    return role is not None and permission in ROLE_PERMISSIONS[role]


def user_permissions(user: Any) -> dict[str, bool]:
    role = user_role(user)
    granted = ROLE_PERMISSIONS[role] if role else frozenset()
    return {name: name in granted for name in PERMISSIONS}
