"""Serializers of the CRM resources."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone
from rest_framework import ISO_8601, serializers
from rest_framework.settings import api_settings

from api.renderers import RawJSONRows
from api.serializers.base import BaseModelSerializer, NestedRelatedField
from crm.models import (
    Blogger,
    Campaign,
    CampaignParticipant,
    FollowUp,
    Interaction,
    SocialAccount,
    Territory,
    Topic,
)
from crm.selectors import blogger_list_json_parts, blogger_list_rows

User = get_user_model()


class TerritorySerializer(BaseModelSerializer):
    parent = NestedRelatedField(
        serializer="api.serializers.crm.TerritorySerializer",
        queryset=Territory.objects.all(),
        allow_null=True,
        required=False,
    )
    blogger_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Territory
        fields = ["id", "name", "kind", "parent", "oktmo", "blogger_count"]
        brief_fields = ["id", "name", "kind"]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        parent = attrs.get("parent", getattr(self.instance, "parent", None))
        if self.instance is not None and parent is not None:
            node: Territory | None = parent
            while node is not None:
                if node.pk == self.instance.pk:
                    raise serializers.ValidationError(
                        {"parent": ["Территория не может входить сама в себя."]}
                    )
                node = node.parent
        kind = attrs.get("kind", getattr(self.instance, "kind", None))
        if parent is None and kind != Territory.Kind.REGION:
            raise serializers.ValidationError(
                {"parent": ["Только регион может не входить в другую территорию."]}
            )
        return attrs


class TopicSerializer(BaseModelSerializer):
    blogger_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Topic
        fields = ["id", "name", "description", "blogger_count"]
        brief_fields = ["id", "name"]


class UserSerializer(BaseModelSerializer):
    full_name = serializers.SerializerMethodField()

    class Meta:
        model = User
        fields = ["id", "username", "full_name"]
        read_only_fields = fields
        brief_fields = ["id", "username", "full_name"]

    def get_full_name(self, user: Any) -> str:
        return str(user.get_full_name())


class SocialAccountSerializer(BaseModelSerializer):
    blogger = NestedRelatedField(
        serializer="api.serializers.crm.BloggerSerializer",
        queryset=Blogger.objects.all(),
        allow_null=True,
        required=False,
    )

    class Meta:
        model = SocialAccount
        fields = [
            "id", "platform", "kind", "external_id", "screen_name", "url", "display_name",
            "followers", "verified", "last_synced_at", "blogger", "influence_score",
            "influence_rank", "influence_rank_delta", "community_label", "created_at",
            "updated_at",
        ]  # fmt: skip
        read_only_fields = ["last_synced_at", "created_at", "updated_at"]
        brief_fields = ["id", "platform", "screen_name", "external_id", "url", "display_name"]
        # The partial unique constraints are checked by validate() / the database.
        validators: list = []

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        def value(name: str) -> str:
            return str(attrs.get(name, getattr(self.instance, name, "")) or "")

        if not value("external_id").strip() and not value("screen_name").strip():
            message = "Укажите ID на платформе или короткое имя."
            raise serializers.ValidationError({"external_id": [message], "screen_name": [message]})
        others = SocialAccount.objects.all()
        if self.instance is not None:
            others = others.exclude(pk=self.instance.pk)
        for name in ("external_id", "screen_name"):
            if value(name) and others.filter(platform=value("platform"), **{name: value(name)}):
                raise serializers.ValidationError(
                    {name: ["Такой аккаунт на этой платформе уже есть."]}
                )
        return attrs


class AccountFromURLSerializer(serializers.Serializer):
    url = serializers.CharField(max_length=500)
    blogger = serializers.PrimaryKeyRelatedField(
        queryset=Blogger.objects.all(), required=False, allow_null=True
    )


_DATETIME = serializers.DateTimeField(read_only=True)


def _iso_datetimes() -> bool:
    return (
        api_settings.DATETIME_FORMAT is not None
        and api_settings.DATETIME_FORMAT.lower() == ISO_8601
    )


def _datetime_writer() -> Callable[[Any], Any]:
    """``DateTimeField().to_representation`` for the current time zone and
    settings, without its per-call setting look-ups: ISO 8601 in the current
    time zone for an aware datetime (all of them here: USE_TZ)."""
    local = timezone.get_current_timezone()
    iso = _iso_datetimes()

    def when(value: Any) -> Any:
        if value is None:
            return None
        if not iso or not isinstance(value, datetime) or value.tzinfo is None:
            return _DATETIME.to_representation(value)
        text = value.astimezone(local).isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    return when


def blogger_list_row(row: dict[str, Any], *, personal: bool) -> dict[str, Any]:
    """One ``BloggerSerializer`` list row (read side) from a ``blogger_list_rows``
    dict, written out by hand: same keys, order and value formats
    (``tests/api/test_blogger_list_rows.py`` compares the two), without DRF's
    per-field machinery, which was most of a list page's time.
    ``personal``: whether the personal-data fields are included."""
    when = _datetime_writer()
    score = row["influence_score"]
    data = {
        "id": row["id"],
        "display_name": row["display_name"],
        "real_name": row["real_name"],
        "phone": row["phone"],
        "email": row["email"],
        "description": row["description"],
        "territory": row["territory"],
        "topics": row["topics"],
        "stance": row["stance"],
        "stage": row["stage"],
        "tier": row["tier"],
        "owner": row["owner"],
        "notes": row["notes"],
        "is_archived": row["is_archived"],
        "import_key": row["import_key"],
        "influence_score": None if score is None else float(score),
        "influence_rank": row["influence_rank"],
        "influence_rank_delta": row["influence_rank_delta"],
        "last_interaction_at": when(row["last_interaction_at"]),
        "open_task_count": row["open_task_count"],
        "overdue_task_count": row["overdue_task_count"],
        "accounts": row["accounts"],
        "merged_into": row["merged_into_id"],
        "created_at": when(row["created_at"]),
        "updated_at": when(row["updated_at"]),
    }
    if not personal:
        for name in BloggerSerializer.personal_fields():
            del data[name]
    return data


def blogger_list_json(*, ids: Any, personal: bool) -> list[Any]:
    """The ``BloggerSerializer`` list rows of the bloggers ``ids`` (ids or a query
    set of ids: see ``blogger_list_rows``), for a paginated response: on
    PostgreSQL already written as JSON (``RawJSONRows``, texts that
    ``api.renderers.JSONRenderer`` writes as they are, byte for byte what it
    would write for the serializer's data), elsewhere as dicts.

    On PostgreSQL the statement writes each row's JSON (``blogger_list_json_parts``)
    and Python writes only the score and the date-times into it: decoding the
    row's values, building dicts and encoding them again was a third of a list
    page's Python time. ``personal``: whether the personal-data fields are
    included."""
    if connection.vendor != "postgresql" or not _iso_datetimes():
        return [blogger_list_row(row, personal=personal) for row in blogger_list_rows(ids=ids)]
    when = _datetime_writer()  # strings (ISO 8601)
    # json.dumps writes what DRF's renderer writes for these values (floats by
    # repr, NaN refused in strict mode, non-ASCII as is).
    strict = api_settings.STRICT_JSON

    def value(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=not strict)

    rows = RawJSONRows()
    for (
        head,
        personal_part,
        middle,
        score,
        ranks,
        last_at,
        tail,
        created,
        updated,
    ) in blogger_list_json_parts(ids=ids):
        rows.append(
            f"{head}{personal_part if personal else ''}{middle}{value(score)}{ranks}"
            f"{value(when(last_at))}{tail}{value(when(created))},"
            f'"updated_at":{value(when(updated))}}}'
        )
    return rows


class BloggerSerializer(BaseModelSerializer):
    territory = NestedRelatedField(serializer=TerritorySerializer, allow_null=True, required=False)
    topics = NestedRelatedField(serializer=TopicSerializer, many=True, required=False)
    owner = NestedRelatedField(
        serializer=UserSerializer,
        queryset=User.objects.all(),
        allow_null=True,
        required=False,
    )
    accounts = SocialAccountSerializer.brief()(many=True, read_only=True)
    last_interaction_at = serializers.DateTimeField(read_only=True, allow_null=True)
    open_task_count = serializers.IntegerField(read_only=True)
    overdue_task_count = serializers.IntegerField(read_only=True)
    account_urls = serializers.ListField(
        child=serializers.CharField(max_length=500),
        write_only=True,
        required=False,
        help_text="Ссылки на аккаунты блогера (только при создании).",
    )

    class Meta:
        model = Blogger
        fields = [
            "id", "display_name", "real_name", "phone", "email", "description", "territory",
            "topics", "stance", "stage", "tier", "owner", "notes", "is_archived", "import_key",
            "influence_score", "influence_rank", "influence_rank_delta", "last_interaction_at",
            "open_task_count", "overdue_task_count", "accounts", "merged_into", "created_at",
            "updated_at", "account_urls",
        ]  # fmt: skip
        read_only_fields = ["merged_into", "created_at", "updated_at"]
        brief_fields = ["id", "display_name", "influence_score", "influence_rank"]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if self.instance is not None and "account_urls" in attrs:
            raise serializers.ValidationError(
                {"account_urls": ["Аккаунты добавляются через /accounts/add-by-url/."]}
            )
        return attrs


class InteractionSerializer(BaseModelSerializer):
    blogger = NestedRelatedField(serializer=BloggerSerializer)
    campaign = NestedRelatedField(
        serializer="api.serializers.crm.CampaignSerializer",
        queryset=Campaign.objects.all(),
        allow_null=True,
        required=False,
    )
    author = NestedRelatedField(serializer=UserSerializer, read_only=True, allow_null=True)
    followup_title = serializers.CharField(
        max_length=300, write_only=True, required=False, help_text="Создать задачу по итогам."
    )
    followup_due = serializers.DateField(write_only=True, required=False)

    class Meta:
        model = Interaction
        fields = [
            "id", "blogger", "type", "direction", "occurred_at", "summary", "outcome",
            "sentiment", "campaign", "author", "created_at", "followup_title", "followup_due",
        ]  # fmt: skip
        read_only_fields = ["created_at"]
        brief_fields = ["id", "type", "direction", "occurred_at"]


class FollowUpSerializer(BaseModelSerializer):
    blogger = NestedRelatedField(serializer=BloggerSerializer)
    assignee = NestedRelatedField(
        serializer=UserSerializer, queryset=User.objects.all(), allow_null=True, required=False
    )
    interaction = NestedRelatedField(
        serializer=InteractionSerializer, allow_null=True, required=False
    )
    is_overdue = serializers.BooleanField(read_only=True)

    class Meta:
        model = FollowUp
        fields = [
            "id", "blogger", "title", "due_date", "assignee", "status", "interaction", "notes",
            "completed_at", "created_at", "is_overdue",
        ]  # fmt: skip
        read_only_fields = ["completed_at", "created_at"]
        brief_fields = ["id", "title", "due_date", "status"]


class CampaignSerializer(BaseModelSerializer):
    topic = NestedRelatedField(serializer=TopicSerializer, allow_null=True, required=False)
    created_by = NestedRelatedField(serializer=UserSerializer, read_only=True, allow_null=True)
    participant_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Campaign
        fields = [
            "id", "title", "description", "topic", "starts_on", "ends_on", "goal", "import_key",
            "created_by", "created_at", "participant_count",
        ]  # fmt: skip
        read_only_fields = ["created_at"]
        brief_fields = ["id", "title", "starts_on", "ends_on"]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        starts = attrs.get("starts_on", getattr(self.instance, "starts_on", None))
        ends = attrs.get("ends_on", getattr(self.instance, "ends_on", None))
        if starts and ends and ends < starts:
            raise serializers.ValidationError(
                {"ends_on": ["Окончание не может быть раньше начала."]}
            )
        return attrs


class CampaignParticipantSerializer(BaseModelSerializer):
    campaign = NestedRelatedField(serializer=CampaignSerializer)
    blogger = NestedRelatedField(serializer=BloggerSerializer)

    class Meta:
        model = CampaignParticipant
        fields = ["id", "campaign", "blogger", "status", "notes", "updated_at"]
        read_only_fields = ["updated_at"]
        brief_fields = ["id", "status"]


class ErasureSerializer(serializers.Serializer):
    blogger = serializers.IntegerField()
    fields = serializers.ListField(child=serializers.CharField())
    erased_at = serializers.DateTimeField()
    erased_by = serializers.CharField()
