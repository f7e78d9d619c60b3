"""The media types of file downloads (CSV, XLSX), for content negotiation."""

from __future__ import annotations

from typing import Any

from rest_framework import renderers


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


class DOCXRenderer(FileRenderer):
    media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    format = "docx"


class PDFRenderer(FileRenderer):
    media_type = "application/pdf"
    format = "pdf"
