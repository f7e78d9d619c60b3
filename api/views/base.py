"""The viewset every resource uses: a queryset, a serializer, a FilterSet and
the orderable columns (see api/README.md)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import mixins, status, viewsets
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from api.filters import NullsLastOrderingFilter
from api.renderers import FileRenderer
from api.serializers.base import BaseModelSerializer, request_wants_brief


class ReadOnlyBaseViewSet(viewsets.ReadOnlyModelViewSet):
    """List and retrieve: the filters, ordering, ``?brief=1`` and error shape every
    resource shares. Extra ``@action``s may still accept POST (e.g. a label): there
    is no create, so ``POST`` on the list is 405."""

    filter_backends = [DjangoFilterBackend, NullsLastOrderingFilter]
    ordering_fields: list[str] = []
    # Query-set work only the full representation needs (skipped for ?brief=1).
    brief_queryset: Any = None

    def get_serializer_class(self) -> type[BaseModelSerializer]:
        serializer_class = super().get_serializer_class()
        if self.request is not None and request_wants_brief(self.request):
            return serializer_class.brief()
        return serializer_class

    def filter_queryset(self, queryset: Any) -> Any:
        # List filters (and their defaults, such as hiding archived bloggers) never
        # hide an object addressed by its id.
        if getattr(self, "detail", False):
            return queryset
        return super().filter_queryset(queryset)

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> Any:
        # Errors always answer in the one JSON error shape, also where the action
        # negotiated a file type (exports) or no type could be agreed (406).
        response = super().finalize_response(request, response, *args, **kwargs)
        if getattr(response, "exception", False) and isinstance(
            response.accepted_renderer, FileRenderer
        ):
            response.accepted_renderer = JSONRenderer()
            response.accepted_media_type = JSONRenderer.media_type
            response.renderer_context = self.get_renderer_context()
        return response

    def get_queryset(self) -> Any:
        if (
            self.brief_queryset is not None
            and self.request is not None
            and request_wants_brief(self.request)
        ):
            return self.brief_queryset.all()
        return super().get_queryset()


class BaseViewSet(
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    ReadOnlyBaseViewSet,
):
    """A resource with writes. Create and update answer with the object re-read
    through ``get_queryset``, so annotated columns are present as in lists."""

    def _respond_with(self, instance: Any, status_code: int) -> Response:
        fresh = self.get_queryset().get(pk=instance.pk)
        return Response(self.get_serializer(fresh).data, status=status_code)

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        # A savepoint: a constraint violation (409) leaves the connection usable.
        with transaction.atomic():
            self.perform_create(serializer)
        return self._respond_with(serializer.instance, status.HTTP_201_CREATED)

    def update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        partial = kwargs.pop("partial", False)
        serializer = self.get_serializer(self.get_object(), data=request.data, partial=partial)
        serializer.is_valid(raise_exception=True)
        with transaction.atomic():
            self.perform_update(serializer)
        return self._respond_with(serializer.instance, status.HTTP_200_OK)

    def destroy(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        with transaction.atomic():
            return super().destroy(request, *args, **kwargs)
