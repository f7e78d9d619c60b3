"""API writes: token issue and revocation."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from api.models import TOKEN_PREFIX, ApiToken, token_hash
from backend.errors import ValidationFailed


def api_token_create(
    *, user: Any, name: str, created_by: Any = None, expires_at: datetime | None = None
) -> tuple[ApiToken, str]:
    """Issue a new token for ``user``; returns ``(token, key)``.

    The key is returned only here: the database keeps its SHA-256, so it can
    never be shown again.
    """
    name = name.strip()
    if not name:
        raise ValidationFailed(
            _("Укажите название токена."), fields={"name": [_("Обязательное поле.")]}
        )
    if expires_at is not None and expires_at <= timezone.now():
        raise ValidationFailed(
            _("Срок действия уже истёк."),
            fields={"expires_at": [_("Дата должна быть в будущем.")]},
        )
    key = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user,
        name=name,
        key_hash=token_hash(key),
        key_prefix=key[:10],
        created_by=created_by,
        expires_at=expires_at,
    )
    return token, key


def api_token_revoke(*, token: ApiToken) -> ApiToken:
    """Revoke ``token``; idempotent (the first revocation time is kept)."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token
