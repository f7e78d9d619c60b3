"""Alerts and alert subscriptions: each user sees and manages only their own."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from alerts.models import Alert, Subscription
from api.serializers.base import BaseModelSerializer, NestedRelatedField
from api.serializers.crm import TerritorySerializer
from api.serializers.monitoring import IncidentSerializer, WatchTopicSerializer
from crm.models import Territory
from monitoring.models import WatchTopic


@extend_schema_field(
    {"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$", "example": "22:00"}
)
class ClockField(serializers.TimeField):
    """A time of day in ``TIME_ZONE`` as ``HH:MM`` (no zone: it is local time)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%H:%M", input_formats=["%H:%M"], **kwargs)


class SubscriptionSerializer(BaseModelSerializer):
    topics = NestedRelatedField(
        serializer=WatchTopicSerializer,
        queryset=WatchTopic.objects.all(),
        many=True,
        required=False,
        help_text="пусто — все темы",
    )
    territory = NestedRelatedField(
        serializer=TerritorySerializer,
        queryset=Territory.objects.all(),
        allow_null=True,
        required=False,
        help_text="с вложенными; пусто — везде",
    )
    min_severity = serializers.FloatField(min_value=0, max_value=100, required=False)
    telegram_chat_id = serializers.RegexField(
        r"^-?[0-9]{1,20}$",
        allow_blank=True,
        required=False,
        help_text="номер чата Telegram, куда бот пишет",
    )

    quiet_from = ClockField(allow_null=True, required=False, help_text="ЧЧ:ММ, местное время")
    quiet_to = ClockField(allow_null=True, required=False, help_text="ЧЧ:ММ, местное время")

    class Meta:
        model = Subscription
        fields = [
            "id",
            "topics",
            "territory",
            "min_severity",
            "email",
            "telegram_chat_id",
            "quiet_from",
            "quiet_to",
            "is_active",
            "daily_digest",
            "created_at",
        ]
        read_only_fields = ["created_at"]
        brief_fields = ["id", "min_severity", "is_active"]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        quiet = [attrs.get(f, getattr(self.instance, f, None)) for f in ("quiet_from", "quiet_to")]
        if (quiet[0] is None) != (quiet[1] is None):
            raise serializers.ValidationError(
                {"quiet_to": ["Укажите начало и конец тихих часов или ни то ни другое."]}
            )
        return attrs


class AlertSerializer(BaseModelSerializer):
    incident = IncidentSerializer.brief()(read_only=True)

    class Meta:
        model = Alert
        fields = [
            "id",
            "incident",
            "event",
            "severity",
            "created_at",
            "read_at",
            "telegram_state",
            "email_state",
            "last_error",
        ]
        read_only_fields = fields
        brief_fields = ["id", "event", "created_at", "read_at"]
