"""CRM resources: each viewset holds a queryset, a serializer, a FilterSet and
its orderable columns; writes go through crm.services where one exists."""

from __future__ import annotations

from typing import Any

from django.db.models import Count

from api.filtersets import TerritoryFilterSet, TopicFilterSet
from api.serializers.crm import TerritorySerializer, TopicSerializer
from api.views.base import BaseViewSet
from crm.models import Territory, Topic
from crm.services import territory_create


class TerritoryViewSet(BaseViewSet):
    queryset = Territory.objects.select_related("parent").annotate(
        blogger_count=Count("bloggers", distinct=True)
    )
    brief_queryset = Territory.objects.all()
    serializer_class = TerritorySerializer
    filterset_class = TerritoryFilterSet
    ordering_fields = ["name", "kind", "oktmo", "blogger_count"]

    def perform_create(self, serializer: Any) -> None:
        data = serializer.validated_data
        serializer.instance = territory_create(
            name=data["name"],
            kind=data["kind"],
            parent=data.get("parent"),
            oktmo=data.get("oktmo", ""),
            actor=self.request.user,
        )


class TopicViewSet(BaseViewSet):
    queryset = Topic.objects.annotate(blogger_count=Count("bloggers", distinct=True))
    brief_queryset = Topic.objects.all()
    serializer_class = TopicSerializer
    filterset_class = TopicFilterSet
    ordering_fields = ["name", "blogger_count"]
