"""/api/v1/ routes. Register a new resource on ``router`` (see api/README.md)."""

from __future__ import annotations

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.permissions import AllowAny
from rest_framework.routers import SimpleRouter

from api.exceptions import not_found_view
from api.views import auth, crm

router = SimpleRouter()
router.register("territories", crm.TerritoryViewSet, basename="territory")
router.register("topics", crm.TopicViewSet, basename="topic")
router.register("tokens", auth.ApiTokenViewSet, basename="token")

v1 = [
    path("auth/csrf/", auth.CsrfView.as_view(), name="auth-csrf"),
    path("auth/login/", auth.LoginView.as_view(), name="auth-login"),
    path("auth/logout/", auth.LogoutView.as_view(), name="auth-logout"),
    path("auth/me/", auth.MeView.as_view(), name="auth-me"),
    path("", include(router.urls)),
]

app_name = "api"
urlpatterns = [
    path("v1/", include(v1)),
    path(
        "schema/",
        SpectacularAPIView.as_view(permission_classes=[AllowAny], authentication_classes=[]),
        name="schema",
    ),
    path(
        "docs/",
        SpectacularSwaggerView.as_view(
            url_name="api:schema", permission_classes=[AllowAny], authentication_classes=[]
        ),
        name="docs",
    ),
    re_path(r"^.*$", not_found_view),
]
