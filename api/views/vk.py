"""The VK collector as the officer sees it: per tracked account, when it was last
synced successfully, when the schedule reaches it next, what went wrong, what is
still missing. Every role may read."""

from __future__ import annotations

from django.conf import settings
from drf_spectacular.utils import extend_schema, extend_schema_view

from api.filters import BaseFilterSet
from api.serializers.vk import VkAccountStatusSerializer
from api.views.base import BaseViewSet
from backend.filters import BooleanFilter
from crm.models import SocialAccount
from graph.selectors import vk_account_statuses


class VkAccountStatusFilterSet(BaseFilterSet):
    failing = BooleanFilter(
        method="filter_failing", label="синхронизация не удаётся несколько раз подряд"
    )
    search_fields = ("screen_name", "display_name", "external_id")

    class Meta:
        model = SocialAccount
        fields = ["id", "blogger"]

    def filter_failing(self, queryset, name, value):
        threshold = max(1, settings.VK_SYNC_FAILURES_ALERT)
        if value:
            return queryset.filter(vk_sync__failures__gte=threshold)
        return queryset.exclude(vk_sync__failures__gte=threshold)


@extend_schema_view(
    list=extend_schema(summary="Синхронизация ВКонтакте: состояние отслеживаемых аккаунтов"),
    retrieve=extend_schema(summary="Синхронизация ВКонтакте: состояние аккаунта"),
)
class VkAccountStatusViewSet(BaseViewSet):
    queryset = vk_account_statuses()
    serializer_class = VkAccountStatusSerializer
    filterset_class = VkAccountStatusFilterSet
    ordering_fields = ["failures", "last_success_at", "screen_name", "display_name"]
    http_method_names = ["get", "head", "options"]

    def get_queryset(self):
        # Settings (the failure threshold) are read per request.
        return vk_account_statuses().order_by("-failures", "pk")
