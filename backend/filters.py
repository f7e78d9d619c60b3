"""django-filter parts shared by every list filter."""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

TRUE = frozenset({"true", "1", "yes", "on"})
FALSE = frozenset({"false", "0", "no", "off"})


class StrictBooleanField(forms.NullBooleanField):
    """``true``/``1``/``yes``/``on`` or ``false``/``0``/``no``/``off`` (any case);
    empty means no filter; anything
    else is an error naming the parameter (django's own field would read it as
    "no filter" and silently return everything)."""

    widget = forms.TextInput

    def to_python(self, value: Any) -> bool | None:  # type: ignore[override]  # the stubs say bool
        if isinstance(value, bool) or value is None:
            return value
        text = str(value).strip().lower()
        if not text:
            return None
        if text in TRUE | FALSE:
            return text in TRUE
        raise ValidationError(_("Ожидается true или false."), code="invalid")

    def validate(self, value: Any) -> None:
        pass


class BooleanFilter(django_filters.BooleanFilter):
    field_class = StrictBooleanField
