"""Login, logout, current user, CSRF cookie, and API token management."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import authenticate, login, logout
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, mixins, status, viewsets
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.models import ApiToken, LoginEvent
from api.security import LoginLocked, client_ip, login_locked, login_record
from api.serializers.auth import (
    ApiTokenCreatedSerializer,
    ApiTokenSerializer,
    CsrfSerializer,
    LoginResponseSerializer,
    LoginSerializer,
    MeSerializer,
)
from api.services import api_token_create, api_token_revoke
from api.throttling import ResilientScopedRateThrottle
from backend import roles


def _enforce_csrf(request: Request) -> None:
    """Login is open to anonymous callers, but a browser must still prove it read
    our CSRF cookie (login CSRF); API clients in tests opt out as with DRF."""

    def no_view(request: Any) -> Any:  # pragma: no cover - never called
        return None

    check = CsrfViewMiddleware(no_view)
    check.process_request(request._request)
    reason = check.process_view(request._request, no_view, (), {})
    if reason:
        raise exceptions.PermissionDenied(f"CSRF: {reason.reason_phrase}")


class CsrfView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(responses=CsrfSerializer, summary="Выдать CSRF-токен (и cookie csrftoken)")
    def get(self, request: Request) -> Response:
        return Response({"csrfToken": get_token(request._request)})


class LoginView(APIView):
    # Default authenticators kept: the token one makes failures 401 (WWW-Authenticate).
    permission_classes = [AllowAny]
    throttle_classes = [ResilientScopedRateThrottle]
    throttle_scope = "login"

    @extend_schema(
        request=LoginSerializer, responses=LoginResponseSerializer, summary="Вход по паролю"
    )
    def post(self, request: Request) -> Response:
        _enforce_csrf(request)
        serializer = LoginSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        username = serializer.validated_data["username"]
        outcome = LoginEvent.Outcome
        django_request = request._request
        if login_locked(username=username, ip=client_ip(django_request)):
            login_record(request=django_request, username=username, outcome=outcome.LOCKED)
            raise LoginLocked()
        user = authenticate(
            django_request, username=username, password=serializer.validated_data["password"]
        )
        if user is None:
            login_record(request=django_request, username=username, outcome=outcome.FAILURE)
            raise exceptions.AuthenticationFailed(_("Неверное имя пользователя или пароль."))
        login(django_request, user)
        login_record(request=django_request, username=username, outcome=outcome.SUCCESS, user=user)
        return Response({"user": MeSerializer(user).data})


class LogoutView(APIView):
    # A POST, yet no CRM write: every signed-in user may end their session.
    action_permissions = {"post": None}

    @extend_schema(request=None, responses={204: None}, summary="Выход")
    def post(self, request: Request) -> Response:
        logout(request._request)
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeView(APIView):
    @extend_schema(responses=MeSerializer, summary="Текущий пользователь, роль и права")
    def get(self, request: Request) -> Response:
        return Response(MeSerializer(request.user).data)


class ApiTokenViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """API tokens of any user (admin only). DELETE revokes: the row stays for audit."""

    queryset = ApiToken.objects.select_related("user").order_by("-created_at", "-id")
    serializer_class = ApiTokenSerializer
    action_permissions = {
        "list": roles.MANAGE_TOKENS,
        "retrieve": roles.MANAGE_TOKENS,
        "create": roles.MANAGE_TOKENS,
        "destroy": roles.MANAGE_TOKENS,
    }
    throttle_classes = [ResilientScopedRateThrottle]
    throttle_scope = "tokens"
    filterset_fields = ["user"]

    @extend_schema(request=ApiTokenSerializer, responses={201: ApiTokenCreatedSerializer})
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        token, key = api_token_create(
            user=data.get("user") or request.user,
            name=data["name"],
            expires_at=data.get("expires_at"),
            created_by=request.user,
        )
        token.key = key  # type: ignore[attr-defined]
        body = ApiTokenCreatedSerializer(token, context=self.get_serializer_context()).data
        return Response(body, status=status.HTTP_201_CREATED)

    def perform_destroy(self, instance: ApiToken) -> None:
        api_token_revoke(token=instance)
