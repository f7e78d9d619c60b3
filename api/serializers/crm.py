"""Serializers of the CRM resources."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from api.serializers.base import BaseModelSerializer, NestedRelatedField
from crm.models import Territory, Topic


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
