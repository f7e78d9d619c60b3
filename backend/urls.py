from django.contrib import admin
from django.urls import include, path, re_path

from api.health import healthz, readyz
from backend.spa import spa_index

admin.site.site_header = "Резонанс"
admin.site.site_title = "Резонанс"
admin.site.index_title = "Управление данными"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    # Everything else outside /api/, /admin/ and /static/ is a route of the web frontend.
    re_path(r"^(?!api/|api$|admin/|static/).*$", spa_index, name="spa"),
]
