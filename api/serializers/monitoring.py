"""Serializers of the monitoring endpoints: watch topics, analysed posts and their
labels, incidents, trends."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from rest_framework import serializers

from api.serializers.base import BaseModelSerializer, NestedRelatedField
from api.serializers.crm import (
    BloggerSerializer,
    SocialAccountSerializer,
    TerritorySerializer,
    UserSerializer,
)
from crm.models import Territory
from graph.models import Post
from monitoring.models import Incident, Label, WatchTopic
from monitoring.topics import validate_keywords

User = get_user_model()


class WatchTopicSerializer(BaseModelSerializer):
    territory = NestedRelatedField(
        serializer=TerritorySerializer,
        queryset=Territory.objects.all(),
        allow_null=True,
        required=False,
    )
    owner = NestedRelatedField(
        serializer=UserSerializer, queryset=User.objects.all(), allow_null=True, required=False
    )
    keywords = serializers.ListField(
        child=serializers.CharField(max_length=200, allow_blank=True),
        help_text="Слова и фразы в любой форме: «отопление», «горячая вода».",
    )
    exclusions = serializers.ListField(
        child=serializers.CharField(max_length=200, allow_blank=True),
        required=False,
        help_text="Запись с любым из этих слов или фраз в тему не попадает.",
    )

    class Meta:
        model = WatchTopic
        fields = [
            "id",
            "name",
            "keywords",
            "exclusions",
            "territory",
            "weight",
            "owner",
            "is_active",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]
        brief_fields = ["id", "name"]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        keywords = attrs.get("keywords", getattr(self.instance, "keywords", []))
        exclusions = attrs.get("exclusions", getattr(self.instance, "exclusions", []))
        problems = validate_keywords(keywords, exclusions)
        if problems:
            raise serializers.ValidationError(problems)
        return attrs


class PostSerializer(serializers.ModelSerializer):
    """An analysed post: author (and blogger when the author is one), text,
    counters, what the pipeline found, and the officers' label."""

    author = SocialAccountSerializer.brief()(source="account", read_only=True)
    blogger = BloggerSerializer.brief()(source="account.blogger", read_only=True, allow_null=True)
    platform = serializers.CharField(source="account.platform", read_only=True)
    parent = serializers.PrimaryKeyRelatedField(read_only=True)
    published_at = serializers.DateTimeField(source="analysis.published_at", read_only=True)
    territory = TerritorySerializer.brief()(source="analysis.territory", read_only=True)
    topics = WatchTopicSerializer.brief()(source="analysis.topics", many=True, read_only=True)
    matched_terms = serializers.ListField(
        source="analysis.matched_terms", child=serializers.CharField(), read_only=True
    )
    negativity = serializers.FloatField(source="analysis.negativity", read_only=True)
    needs_response = serializers.BooleanField(source="analysis.needs_response", read_only=True)
    label = serializers.SerializerMethodField()

    class Meta:
        model = Post
        fields = [
            "id",
            "platform",
            "author",
            "blogger",
            "external_id",
            "url",
            "parent",
            "published_at",
            "text",
            "likes",
            "reposts",
            "comments",
            "views",
            "territory",
            "topics",
            "matched_terms",
            "negativity",
            "needs_response",
            "label",
        ]
        read_only_fields = fields

    def get_label(self, post: Post) -> str | None:
        label = getattr(post, "label", None)
        return None if label is None else label.label


class PostLabelSerializer(serializers.Serializer):
    label = serializers.ChoiceField(
        choices=Label.choices,
        allow_null=True,
        help_text="needs_response («нужен ответ»), off_topic («не по теме»), positive "
        "(«позитив»); null снимает метку.",
    )


class IncidentSerializer(BaseModelSerializer):
    topic = WatchTopicSerializer.brief()(read_only=True)
    territory = TerritorySerializer.brief()(read_only=True)

    class Meta:
        model = Incident
        fields = [
            "id",
            "title",
            "topic",
            "territory",
            "state",
            "is_open",
            "started_at",
            "detected_at",
            "last_post_at",
            "severity",
            "significance",
            "negative_share",
            "reach",
            "post_count",
            "author_count",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields
        brief_fields = ["id", "title", "state", "severity", "detected_at"]


class TrendRowSerializer(serializers.Serializer):
    hour = serializers.DateTimeField()
    topic = serializers.IntegerField()
    territory = serializers.IntegerField(allow_null=True)
    count = serializers.IntegerField()
