from django.contrib import admin

from reports.models import DigestDelivery


@admin.register(DigestDelivery)
class DigestDeliveryAdmin(admin.ModelAdmin):
    list_display = ("day", "user", "channel", "state", "attempts", "sent_at")
    list_filter = ("channel", "state", "day")
    readonly_fields = [f.name for f in DigestDelivery._meta.fields]
