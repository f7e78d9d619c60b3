"""Serializers of the CRM resources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from rest_framework import serializers

from api.serializers.base import BaseModelSerializer, NestedRelatedField
from crm.models import (
    Blogger,
    Campaign,
    CampaignParticipant,
    CampaignPublication,
    FollowUp,
    Interaction,
    SocialAccount,
    Territory,
    Topic,
)

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
        fields = ["id", "name", "kind", "parent", "oktmo", "aliases", "blogger_count"]
        brief_fields = ["id", "name", "kind"]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        parent = attrs.get("parent", getattr(self.instance, "parent", None))
        if self.instance is not None and parent is not None:
            node: Territory | None = parent
            while node is not None:
                if node.pk == self.instance.pk:
                    raise serializers.ValidationError(
                        {"parent": [_("Территория не может входить сама в себя.")]}
                    )
                node = node.parent
        kind = attrs.get("kind", getattr(self.instance, "kind", None))
        if parent is None and kind != Territory.Kind.REGION:
            raise serializers.ValidationError(
                {"parent": [_("Только регион может не входить в другую территорию.")]}
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
        if isinstance(user, Mapping):  # plain values (crm.selectors.blogger_rows)
            return str(user["full_name"])
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
            "id",
            "platform",
            "kind",
            "external_id",
            "screen_name",
            "url",
            "display_name",
            "followers",
            "verified",
            "last_synced_at",
            "blogger",
            "influence_score",
            "influence_rank",
            "influence_rank_delta",
            "community_label",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["last_synced_at", "created_at", "updated_at"]
        brief_fields = ["id", "platform", "screen_name", "external_id", "url", "display_name"]
        # The partial unique constraints are checked by validate() / the database.
        validators: list = []

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        def value(name: str) -> str:
            return str(attrs.get(name, getattr(self.instance, name, "")) or "")

        if not value("external_id").strip() and not value("screen_name").strip():
            message = _("Укажите ID на платформе или короткое имя.")
            raise serializers.ValidationError({"external_id": [message], "screen_name": [message]})
        others = SocialAccount.objects.all()
        if self.instance is not None:
            others = others.exclude(pk=self.instance.pk)
        for name in ("external_id", "screen_name"):
            if value(name) and others.filter(platform=value("platform"), **{name: value(name)}):
                raise serializers.ValidationError(
                    {name: [_("Такой аккаунт на этой платформе уже есть.")]}
                )
        return attrs


class AccountFromURLSerializer(serializers.Serializer):
    url = serializers.CharField(max_length=500)
    blogger = serializers.PrimaryKeyRelatedField(
        queryset=Blogger.objects.all(), required=False, allow_null=True
    )


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
    merged_into = serializers.IntegerField(source="merged_into_id", read_only=True, allow_null=True)
    account_urls = serializers.ListField(
        child=serializers.CharField(max_length=500),
        write_only=True,
        required=False,
        help_text="Ссылки на аккаунты блогера (только при создании).",
    )

    class Meta:
        model = Blogger
        fields = [
            "id",
            "display_name",
            "real_name",
            "phone",
            "email",
            "description",
            "territory",
            "topics",
            "stance",
            "stage",
            "tier",
            "owner",
            "notes",
            "is_archived",
            "import_key",
            "influence_score",
            "influence_rank",
            "influence_rank_delta",
            "last_interaction_at",
            "open_task_count",
            "overdue_task_count",
            "accounts",
            "merged_into",
            "created_at",
            "updated_at",
            "account_urls",
        ]
        read_only_fields = ["created_at", "updated_at"]
        brief_fields = ["id", "display_name", "territory", "influence_score", "influence_rank"]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if self.instance is not None and "account_urls" in attrs:
            raise serializers.ValidationError(
                {"account_urls": [_("Аккаунты добавляются через /accounts/add-by-url/.")]}
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
            "id",
            "blogger",
            "type",
            "direction",
            "occurred_at",
            "summary",
            "outcome",
            "sentiment",
            "campaign",
            "author",
            "created_at",
            "followup_title",
            "followup_due",
        ]
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
            "id",
            "blogger",
            "title",
            "due_date",
            "assignee",
            "status",
            "interaction",
            "notes",
            "completed_at",
            "created_at",
            "is_overdue",
        ]
        read_only_fields = ["completed_at", "created_at"]
        brief_fields = ["id", "title", "due_date", "status"]


class CampaignSerializer(BaseModelSerializer):
    topic = NestedRelatedField(serializer=TopicSerializer, allow_null=True, required=False)
    created_by = NestedRelatedField(serializer=UserSerializer, read_only=True, allow_null=True)
    participant_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Campaign
        fields = [
            "id",
            "title",
            "description",
            "topic",
            "starts_on",
            "ends_on",
            "goal",
            "goal_publications",
            "goal_reposts",
            "goal_mentions",
            "goal_reach",
            "import_key",
            "created_by",
            "created_at",
            "participant_count",
        ]
        read_only_fields = ["created_at"]
        brief_fields = ["id", "title", "starts_on", "ends_on"]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        starts = attrs.get("starts_on", getattr(self.instance, "starts_on", None))
        ends = attrs.get("ends_on", getattr(self.instance, "ends_on", None))
        if starts and ends and ends < starts:
            raise serializers.ValidationError(
                {"ends_on": [_("Окончание не может быть раньше начала.")]}
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


class CampaignPublicationSerializer(BaseModelSerializer):
    participant = NestedRelatedField(serializer=CampaignParticipantSerializer)
    account = NestedRelatedField(
        serializer=SocialAccountSerializer,
        queryset=SocialAccount.objects.all(),
        allow_null=True,
        required=False,
        help_text="Аккаунт, где вышла публикация; по умолчанию — аккаунт участника из ссылки.",
    )
    campaign = serializers.IntegerField(source="participant.campaign_id", read_only=True)
    blogger = BloggerSerializer.brief()(source="participant.blogger", read_only=True)

    class Meta:
        model = CampaignPublication
        fields = ["id", "participant", "campaign", "blogger", "url", "account", "published_at"]
        brief_fields = ["id", "url", "published_at"]
        # (participant, url) is unique: checked by the service, which answers 409.
        validators: list = []


class CampaignGoalSerializer(serializers.Serializer):
    metric = serializers.ChoiceField(choices=["publications", "reposts", "mentions", "reach"])
    goal = serializers.IntegerField(allow_null=True)
    value = serializers.IntegerField()
    progress = serializers.FloatField(allow_null=True, help_text="value / goal")


class CampaignTotalsSerializer(serializers.Serializer):
    publications = serializers.IntegerField()
    matched = serializers.IntegerField(help_text="Публикации, найденные в данных графа.")
    reposts = serializers.IntegerField()
    reposters = serializers.IntegerField()
    mentions = serializers.IntegerField()
    reach = serializers.IntegerField()
    views = serializers.IntegerField()


class CampaignPublicationResultSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    url = serializers.CharField()
    published_at = serializers.DateTimeField(allow_null=True)
    blogger = BloggerSerializer.brief()(read_only=True)
    account = SocialAccountSerializer.brief()(read_only=True, allow_null=True)
    post = serializers.IntegerField(allow_null=True, help_text="Запись в данных графа.")
    views = serializers.IntegerField(allow_null=True)
    likes = serializers.IntegerField(allow_null=True)
    reposts = serializers.IntegerField()
    reposters = serializers.IntegerField()
    reach = serializers.IntegerField()


class CampaignParticipantCountsSerializer(serializers.Serializer):
    invited = serializers.IntegerField()
    agreed = serializers.IntegerField()
    published = serializers.IntegerField()
    declined = serializers.IntegerField()


class CampaignResultsSerializer(serializers.Serializer):
    campaign = serializers.IntegerField()
    participants = CampaignParticipantCountsSerializer()
    totals = CampaignTotalsSerializer()
    goals = CampaignGoalSerializer(many=True)
    mentions_since = serializers.DateTimeField()
    mentions_until = serializers.DateTimeField()
    publications = CampaignPublicationResultSerializer(many=True)


class ErasureSerializer(serializers.Serializer):
    blogger = serializers.IntegerField()
    fields = serializers.ListField(child=serializers.CharField())
    erased_at = serializers.DateTimeField()
    erased_by = serializers.CharField()


class MergeIntoSerializer(serializers.Serializer):
    into = serializers.PrimaryKeyRelatedField(
        queryset=Blogger.objects.all(),
        help_text="Запись, которая остаётся; блогер из адреса переходит в неё и уходит в архив.",
    )
    dry_run = serializers.BooleanField(
        default=False, help_text="Только показать, что переместится; ничего не менять."
    )


class MergeCampaignSerializer(serializers.Serializer):
    campaign = serializers.IntegerField(source="campaign_id")
    title = serializers.CharField()
    status = serializers.ChoiceField(choices=CampaignParticipant._meta.get_field("status").choices)
    shared = serializers.BooleanField(help_text="Оба участвуют: записи объединяются.")
    publications = serializers.IntegerField()


class BloggerMergeSerializer(serializers.Serializer):
    """What a merge moves (``dry_run``: would move) from ``source`` into ``target``."""

    dry_run = serializers.BooleanField()
    source = BloggerSerializer.brief()(read_only=True)
    target = BloggerSerializer.brief()(read_only=True)
    accounts = SocialAccountSerializer.brief()(many=True, read_only=True)
    interactions = serializers.IntegerField()
    followups = serializers.IntegerField()
    open_followups = serializers.IntegerField()
    campaigns = MergeCampaignSerializer(many=True)
    fields_filled = serializers.ListField(child=serializers.CharField())
    topics_added = serializers.ListField(child=serializers.CharField())
    notes_appended = serializers.BooleanField()
