"""``Authorization: Token <key>`` against hashed per-user tokens."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions

from api.models import ApiToken, token_hash

# last_used_at is informative; writing it on every request would cost an UPDATE per call.
LAST_USED_RESOLUTION = timedelta(minutes=5)


class TokenAuthentication(authentication.TokenAuthentication):
    """DRF's token header parsing, our hashed multi-token storage."""

    keyword = "Token"

    def authenticate_credentials(self, key: str) -> tuple[Any, ApiToken]:
        now = timezone.now()
        token = (
            ApiToken.objects.select_related("user")
            .filter(key_hash=token_hash(key), revoked_at__isnull=True)
            .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
            .first()
        )
        if token is None:
            raise exceptions.AuthenticationFailed(_("Недействительный или отозванный токен."))
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed(_("Пользователь отключён."))
        if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        return token.user, token
