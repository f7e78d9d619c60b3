from __future__ import annotations

from django.contrib import admin

from alerts.models import Alert, Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = [
        "user",
        "territory",
        "min_severity",
        "email",
        "telegram_chat_id",
        "is_active",
        "daily_digest",
    ]
    list_filter = ["is_active", "email", "daily_digest"]
    autocomplete_fields = ["user", "territory", "topics"]
    list_select_related = ["user", "territory"]


@admin.register(Alert)
class AlertAdmin(admin.ModelAdmin):
    list_display = [
        "created_at",
        "user",
        "incident",
        "event",
        "telegram_state",
        "email_state",
        "attempts",
        "last_error",
    ]
    list_filter = ["event", "telegram_state", "email_state"]
    list_select_related = ["user", "incident"]
    readonly_fields = [f.name for f in Alert._meta.fields]
    search_fields = ["incident__title", "user__username"]
