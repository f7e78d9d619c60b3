"""Renderers of the API: DRF's JSON renderer, plus list results already written
as JSON; the media types of file downloads (CSV, XLSX) for content negotiation."""

from __future__ import annotations

import json
from typing import Any

from rest_framework import renderers


class RawJSONRows(list):
    """List results already written as JSON texts, one per item, in the form
    DRF's renderer gives by default (compact, non-ASCII as is)."""


class JSONRenderer(renderers.JSONRenderer):
    """DRF's JSON renderer; a paginated response whose ``results`` are
    ``RawJSONRows`` gets them written as they are (the rest of the response
    rendered as usual), which is byte for byte what DRF writes for the same
    items as data. With an indent requested, or ASCII-only or non-compact
    settings, the rows are decoded and rendered as data."""

    def render(
        self,
        data: Any,
        accepted_media_type: str | None = None,
        renderer_context: dict[str, Any] | None = None,
    ) -> bytes:
        rows = data.get("results") if isinstance(data, dict) else None
        if not isinstance(rows, RawJSONRows):
            return super().render(data, accepted_media_type, renderer_context)
        indent = self.get_indent(accepted_media_type or "", renderer_context or {})
        if indent is None and self.compact and not self.ensure_ascii:
            # "results" is the last key of a page (DRF's pagination): render the
            # page with no results, then put the rows between the brackets.
            page = super().render({**data, "results": []}, accepted_media_type, renderer_context)
            if page.endswith(b'"results":[]}'):
                # DRF's renderer escapes these two for JavaScript; so do we.
                text = ",".join(rows).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
                return page[:-2] + text.encode() + b"]}"
        decoded = {**data, "results": [json.loads(row) for row in rows]}
        return super().render(decoded, accepted_media_type, renderer_context)


class FileRenderer(renderers.BaseRenderer):
    """The media type of a file download, so content negotiation accepts a client
    asking for it (``Accept: text/csv``). The view answers with the file itself;
    an error is answered in JSON (``api.views.base.BaseViewSet.finalize_response``),
    so nothing is ever rendered here."""

    charset = None

    def render(
        self,
        data: Any,
        accepted_media_type: str | None = None,
        renderer_context: dict[str, Any] | None = None,
    ) -> bytes:
        raise TypeError(f"{type(self).__name__} only names a media type; the view writes the file")


class CSVRenderer(FileRenderer):
    media_type = "text/csv"
    format = "csv"


class XLSXRenderer(FileRenderer):
    media_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    format = "xlsx"
