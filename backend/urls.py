from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

admin.site.site_header = "Резонанс"
admin.site.site_title = "Резонанс"
admin.site.index_title = "Управление данными"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
    # Until the web frontend lands, the admin is the officer's interface.
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
]
