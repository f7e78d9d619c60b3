from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.models import ApiToken
from backend import roles

User = get_user_model()


class PermissionsSerializer(serializers.Serializer):
    edit_crm = serializers.BooleanField()
    run_rerank = serializers.BooleanField()
    import_edges = serializers.BooleanField()
    export = serializers.BooleanField()
    view_personal_data = serializers.BooleanField()
    manage_tokens = serializers.BooleanField()
    work_incidents = serializers.BooleanField()


class MeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()
    full_name = serializers.SerializerMethodField()
    role = serializers.SerializerMethodField()
    permissions = serializers.SerializerMethodField()

    def get_full_name(self, user: Any) -> str:
        return str(user.get_full_name())

    @extend_schema_field(serializers.ChoiceField(choices=roles.ROLES))
    def get_role(self, user: Any) -> str | None:
        return roles.user_role(user)

    @extend_schema_field(PermissionsSerializer)
    def get_permissions(self, user: Any) -> dict[str, bool]:
        return roles.user_permissions(user)


class LoginSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=4096, trim_whitespace=False, write_only=True)


class LoginResponseSerializer(serializers.Serializer):
    user = MeSerializer()


class CsrfSerializer(serializers.Serializer):
    csrfToken = serializers.CharField()


class ApiTokenSerializer(serializers.ModelSerializer):
    user = serializers.PrimaryKeyRelatedField(
        queryset=User.objects.filter(is_active=True),
        required=False,
        help_text="Владелец токена (по умолчанию — текущий пользователь).",
    )
    username = serializers.CharField(source="user.username", read_only=True)
    is_active = serializers.BooleanField(read_only=True)

    class Meta:
        model = ApiToken
        fields = [
            "id",
            "user",
            "username",
            "name",
            "key_prefix",
            "created_at",
            "last_used_at",
            "expires_at",
            "revoked_at",
            "is_active",
        ]
        read_only_fields = ["key_prefix", "created_at", "last_used_at", "revoked_at"]


class ApiTokenCreatedSerializer(ApiTokenSerializer):
    key = serializers.CharField(read_only=True, help_text="Ключ показывается только один раз.")

    class Meta(ApiTokenSerializer.Meta):
        fields = [*ApiTokenSerializer.Meta.fields, "key"]
