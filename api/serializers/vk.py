"""The VK collector's status per tracked account (read only)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.serializers.base import BaseModelSerializer
from crm.models import SocialAccount
from graph.selectors import vk_next_sync_at


class VkGapSerializer(serializers.Serializer):
    before = serializers.DateTimeField(
        allow_null=True, help_text="the oldest post stored above the gap"
    )
    missing = serializers.IntegerField(help_text="about how many posts it holds, at most")


class VkBloggerSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    display_name = serializers.CharField()


class VkAccountStatusSerializer(BaseModelSerializer):
    """``status``: ``never`` (not synced yet), ``active``, ``private``, ``closed``,
    ``deleted``, ``banned``. ``error_code`` names the last error for the interface
    to word (``vk_paused``, ``vk_unavailable``, ``vk_token_invalid``, ``vk_api_error``,
    ``vk_partial``, ``validation_failed``, ``access_<state>``…); ``error`` is the
    collector's own sentence (Russian)."""

    blogger = VkBloggerSerializer(allow_null=True, read_only=True)
    status = serializers.SerializerMethodField()
    last_synced_at = serializers.DateTimeField(source="vk_sync.last_synced_at", allow_null=True)
    last_success_at = serializers.DateTimeField(allow_null=True)
    next_sync_at = serializers.SerializerMethodField()
    syncing = serializers.SerializerMethodField()
    failures = serializers.IntegerField()
    failing = serializers.BooleanField()
    error_code = serializers.CharField(source="vk_sync.last_error_code", allow_null=True)
    error = serializers.CharField(source="vk_sync.last_error", allow_null=True)
    gaps = serializers.SerializerMethodField()
    missing = serializers.SerializerMethodField()

    class Meta:
        model = SocialAccount
        fields = [
            "id",
            "external_id",
            "screen_name",
            "display_name",
            "url",
            "blogger",
            "status",
            "last_synced_at",
            "last_success_at",
            "next_sync_at",
            "syncing",
            "failures",
            "failing",
            "error_code",
            "error",
            "gaps",
            "missing",
        ]
        read_only_fields = fields
        brief_fields = ["id", "screen_name", "display_name", "status", "failing"]

    @staticmethod
    def _state(obj: SocialAccount) -> Any:
        return getattr(obj, "vk_sync", None)  # none before the first sync

    def get_status(self, obj: SocialAccount) -> str:
        state = self._state(obj)
        return state.status if state is not None and state.last_synced_at else "never"

    @extend_schema_field(serializers.DateTimeField(allow_null=True))
    def get_next_sync_at(self, obj: SocialAccount) -> datetime | None:
        state = self._state(obj)
        return vk_next_sync_at(state.last_synced_at if state is not None else None)

    def get_syncing(self, obj: SocialAccount) -> bool:
        state = self._state(obj)
        return bool(state and state.locked_until and state.locked_until > timezone.now())

    @extend_schema_field(VkGapSerializer(many=True))
    def get_gaps(self, obj: SocialAccount) -> list[dict[str, Any]]:
        state = self._state(obj)
        gaps = state.gaps if state is not None else []
        rows = [
            {"before": parse_datetime(g.get("before") or ""), "missing": int(g.get("missing") or 0)}
            for g in gaps
        ]
        return list(VkGapSerializer(rows, many=True).data)

    def get_missing(self, obj: SocialAccount) -> int:
        state = self._state(obj)
        return sum(int(g.get("missing") or 0) for g in (state.gaps if state is not None else []))
