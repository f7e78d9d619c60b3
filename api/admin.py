from django.contrib import admin

from api.models import LoginEvent


@admin.register(LoginEvent)
class LoginEventAdmin(admin.ModelAdmin):
    """The audit of logins. Deleting a name's failed attempts lifts its lock-out."""

    list_display = ("at", "username", "outcome", "ip", "user_agent")
    list_filter = ("outcome", "at")
    search_fields = ("username", "ip")
    date_hierarchy = "at"

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
