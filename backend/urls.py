from django.contrib import admin
from django.urls import path

admin.site.site_header = "Резонанс"
admin.site.site_title = "Резонанс"
admin.site.index_title = "Управление данными"

urlpatterns = [
    path("admin/", admin.site.urls),
]
