from typing import Any

from django.core.paginator import InvalidPage
from rest_framework.exceptions import NotFound
from rest_framework.pagination import PageNumberPagination


class StandardPagination(PageNumberPagination):
    """``?page=N&page_size=M`` (default 50, at most 500)."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500

    def page_of(self, queryset: Any, request: Any) -> Any:
        """As ``paginate_queryset``, but the page is left unread: a slice of
        ``queryset`` (for a caller that reads it inside another query)."""
        self.request = request
        paginator = self.django_paginator_class(queryset, self.get_page_size(request))
        page_number = self.get_page_number(request, paginator)
        try:
            self.page = paginator.page(page_number)
        except InvalidPage as exc:
            message = self.invalid_page_message.format(page_number=page_number, message=str(exc))
            raise NotFound(message) from exc
        if paginator.num_pages > 1 and self.template is not None:
            self.display_page_controls = True
        return self.page.object_list


class Counted:
    """A query set whose length is already known: the paginator takes ``count``
    from here instead of counting again, and pages are slices of the query set."""

    def __init__(self, queryset: Any, count: int) -> None:
        self.queryset = queryset
        self._count = count

    def count(self) -> int:
        return self._count

    @property
    def ordered(self) -> bool:
        return bool(self.queryset.ordered)

    def __getitem__(self, index: Any) -> Any:
        return self.queryset[index]

    def __len__(self) -> int:
        return self._count
