"""Alerts (in-app: the user's own, newest first, marked read) and the user's alert
subscriptions (CRUD). Every role may use them; nobody sees another user's."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from alerts.models import Alert, Subscription
from api.filters import BaseFilterSet
from api.serializers.alerts import AlertSerializer, SubscriptionSerializer
from api.views.base import BaseViewSet, ReadOnlyBaseViewSet
from backend.filters import BooleanFilter

ANY_ROLE = None  # action_permissions value: any authenticated user


class SubscriptionFilterSet(BaseFilterSet):
    class Meta:
        model = Subscription
        fields = ["id", "is_active"]


@extend_schema_view(list=extend_schema(summary="Мои подписки на оповещения"))
class SubscriptionViewSet(BaseViewSet):
    queryset = Subscription.objects.select_related("territory").prefetch_related("topics")
    serializer_class = SubscriptionSerializer
    filterset_class = SubscriptionFilterSet
    ordering_fields = ["created_at", "min_severity"]
    write_permission = ANY_ROLE

    def get_queryset(self) -> Any:
        return super().get_queryset().filter(user=self.request.user).order_by("id")

    def perform_create(self, serializer: Any) -> None:
        serializer.save(user=self.request.user)


class AlertFilterSet(BaseFilterSet):
    unread = BooleanFilter(field_name="read_at", lookup_expr="isnull")

    class Meta:
        model = Alert
        fields = ["id", "event", "incident", "created_at"]


class ReadAllSerializer(serializers.Serializer):
    marked = serializers.IntegerField()


@extend_schema_view(list=extend_schema(summary="Мои оповещения (новые сверху)"))
class AlertViewSet(ReadOnlyBaseViewSet):
    queryset = Alert.objects.select_related("incident__topic", "incident__territory")
    serializer_class = AlertSerializer
    filterset_class = AlertFilterSet
    ordering_fields = ["created_at", "severity"]
    http_method_names = ["get", "post", "head", "options"]  # POST: the read actions only
    write_permission = ANY_ROLE

    def get_queryset(self) -> Any:
        return super().get_queryset().filter(user=self.request.user).order_by("-created_at", "-id")

    @extend_schema(request=None, responses=AlertSerializer, summary="Отметить прочитанным")
    @action(detail=True, methods=["post"], filter_backends=[])
    def read(self, request: Request, pk: Any = None) -> Response:
        alert = self.get_object()
        if alert.read_at is None:
            alert.read_at = timezone.now()
            alert.save(update_fields=["read_at"])
        return Response(AlertSerializer(alert).data)

    @extend_schema(request=None, responses=ReadAllSerializer, summary="Отметить все прочитанными")
    @action(detail=False, methods=["post"], url_path="read-all", filter_backends=[])
    def read_all(self, request: Request) -> Response:
        marked = self.get_queryset().filter(read_at__isnull=True).update(read_at=timezone.now())
        return Response({"marked": marked})
