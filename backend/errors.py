"""Domain errors raised by services and turned into one error shape by the API.

A service raises ``DomainError`` (or a subclass) with a machine-readable
``code``, a human message and optional per-field messages; callers never parse
message text.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    code = "invalid"

    def __init__(
        self, message: str, *, code: str | None = None, fields: dict[str, list[str]] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.fields = fields or {}


class ValidationFailed(DomainError):
    code = "validation_failed"


class Duplicate(DomainError):
    """The record already exists; ``existing`` points at it."""

    code = "duplicate"

    def __init__(self, message: str, *, existing: Any, fields: dict[str, list[str]] | None = None):
        super().__init__(message, fields=fields)
        self.existing = existing


class Conflict(DomainError):
    """The request contradicts the record's current state (HTTP 409); ``extra`` is
    added to the error body (the current state and version, the allowed moves)."""

    code = "conflict"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        extra: dict[str, Any] | None = None,
        fields: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(message, code=code, fields=fields)
        self.extra = extra or {}
