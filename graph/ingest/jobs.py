"""Import jobs: an uploaded file of edges or posts imported by a Celery worker, with
progress, counts and the rejected rows (line number and reason) kept for the API."""

from __future__ import annotations

import io
import logging
from datetime import datetime
from typing import IO, Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from backend.errors import ValidationFailed
from backend.queue import enqueue_on_commit
from graph.ingest.edges import FORMATS, KINDS, RowError, edges_parse, format_from_path
from graph.ingest.importer import EdgeImporter, ImportAborted
from graph.ingest.ledger import BATCH_SIZE
from graph.ingest.posts import POST_FORMATS, PostImporter, posts_parse
from graph.models import EdgeImportError, EdgeImportJob
from graph.signals import posts_stored

log = logging.getLogger(__name__)


def edge_import_job_create(
    *,
    file: IO[bytes],
    filename: str,
    platform: str,
    fmt: str | None = None,
    kind: str | None = None,
    occurred_at: datetime | None = None,
    user: Any = None,
    enqueue: bool = True,
    data: str = EdgeImportJob.Data.EDGES,
) -> EdgeImportJob:
    """Store an uploaded file of edges (or of posts: ``data="posts"``) as a pending
    job and (after commit) queue its import.

    The format is guessed from ``filename`` when not given. Raises
    ``ValidationFailed`` naming the field for an unknown format, a missing
    ``kind`` for an edge list, an empty or too large file.
    """
    fmt = fmt or format_from_path(filename)
    formats = POST_FORMATS if data == EdgeImportJob.Data.POSTS else FORMATS
    if fmt not in formats:
        raise ValidationFailed(
            _("Не удалось определить формат файла."),
            fields={
                "format": [
                    _("Укажите один из форматов: %(formats)s.") % {"formats": ", ".join(formats)}
                ]
            },
        )
    if kind and kind not in KINDS:
        raise ValidationFailed(
            _("Неизвестный тип связей."),
            fields={"kind": [_("Один из: %(kinds)s.") % {"kinds": ", ".join(KINDS)}]},
        )
    if fmt == "edgelist" and not kind:
        raise ValidationFailed(
            _("Для списка рёбер нужен тип связей."),
            fields={"kind": [_("Обязателен для формата edgelist (repost или mention).")]},
        )
    limit = settings.EDGE_IMPORT_MAX_BYTES
    content = file.read(limit + 1)
    if len(content) > limit:
        raise ValidationFailed(
            _("Файл слишком большой."),
            fields={
                "file": [_("Не больше %(limit)s байт.") % {"limit": f"{limit:,}".replace(",", " ")}]
            },
        )
    if not content:
        raise ValidationFailed(_("Файл пуст."), fields={"file": [_("Файл пуст.")]})
    if fmt == "edgelist" and occurred_at is None:
        occurred_at = timezone.now().replace(second=0, microsecond=0)
    with transaction.atomic():
        job = EdgeImportJob.objects.create(
            data=data,
            filename=filename[:255],
            format=fmt,
            platform=platform,
            kind=kind or "",
            occurred_at=occurred_at,
            content=content,
            size=len(content),
            created_by=user if getattr(user, "is_authenticated", False) else None,
        )
        if enqueue:
            from graph.tasks import edge_import_task  # graph.tasks imports this module

            enqueue_on_commit(
                edge_import_task,
                job.pk,
                on_failure=lambda reason: edge_import_job_fail(job_id=job.pk, error=reason),
            )
    return job


def edge_import_job_run(*, job_id: int, batch_size: int | None = None) -> EdgeImportJob:
    """Import the file of job ``job_id`` (the body of ``edge_import_task``).

    Claims the job first (pending → running); when it cannot, returns it
    untouched, so a redelivered task does nothing. Good rows are stored in
    batches (each its own transaction), rejected rows are recorded with their
    line numbers (the first ``EDGE_IMPORT_ERRORS_KEPT``), progress and counts
    are updated after every batch. A fatal error (unreadable header) or an
    unexpected exception marks the job failed; the batches stored before it
    stay (the import is idempotent, so uploading the file again is safe).
    """
    now = timezone.now()
    claimed = EdgeImportJob.objects.filter(pk=job_id, status=EdgeImportJob.Status.PENDING).update(
        status=EdgeImportJob.Status.RUNNING, started_at=now, heartbeat_at=now
    )
    job = EdgeImportJob.objects.get(pk=job_id)
    if not claimed:
        return job

    raw = io.BytesIO(bytes(job.content))
    stream = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
    kept = settings.EDGE_IMPORT_ERRORS_KEPT
    pending_errors: list[EdgeImportError] = []

    def reject(error: RowError) -> None:
        if importer.rejected <= kept:
            pending_errors.append(
                EdgeImportError(
                    job=job,
                    line_no=error.line_no,
                    reason=error.reason,
                    code=error.code,
                    params=error.params,
                )
            )

    def flush(importer: EdgeImporter, *, final: bool = False) -> None:
        if pending_errors:
            EdgeImportError.objects.bulk_create(pending_errors, batch_size=1000)
            pending_errors.clear()
        fields = _counts(importer)
        fields["progress"] = 100 if final else min(99, raw.tell() * 100 // max(job.size, 1))
        EdgeImportJob.objects.filter(pk=job.pk).update(**fields, heartbeat_at=timezone.now())

    posts = job.data == EdgeImportJob.Data.POSTS
    importer = (PostImporter if posts else EdgeImporter)(
        platform=job.platform,
        origin=f"import:{job.format}",
        batch_size=batch_size or BATCH_SIZE,
        on_reject=reject,
        on_batch=flush,
    )
    tz = timezone.get_default_timezone()
    try:
        if posts:
            rows = posts_parse(stream, fmt=job.format, tz=tz)  # type: ignore[arg-type]
        else:
            rows = edges_parse(
                stream,
                fmt=job.format,  # type: ignore[arg-type]  # checked at creation
                platform=job.platform,
                tz=tz,
                kind=job.kind or None,  # type: ignore[arg-type]
                occurred_at=job.occurred_at,
            )
        importer.consume(rows)
    except ImportAborted as exc:
        flush(importer)
        _finish(
            job,
            EdgeImportJob.Status.FAILED,
            error=str(exc),
            code=exc.error.code,
            params={**exc.error.params, "line": exc.error.line_no},
        )
    except Exception as exc:
        log.exception("edge import job %s failed", job.pk)
        flush(importer)
        _finish(
            job,
            EdgeImportJob.Status.FAILED,
            error=f"{type(exc).__name__}: {exc}",
            code="internal",
        )
    else:
        flush(importer, final=True)
        _finish(job, EdgeImportJob.Status.SUCCEEDED)
    if posts and importer.read > importer.rejected:
        posts_stored.send(sender=EdgeImportJob)  # analyse them and scan for bursts
    job.refresh_from_db()
    return job


def _counts(importer: EdgeImporter) -> dict[str, int]:
    c = importer.counts
    return {
        "rows_read": importer.read,
        "rows_created": c.total_created,
        "rows_present": c.total_existing,
        "rows_rejected": importer.rejected,
        "new_accounts": c.new_accounts,
    }


def _finish(
    job: EdgeImportJob,
    status: str,
    *,
    error: str = "",
    code: str = "",
    params: dict[str, str | int] | None = None,
) -> None:
    EdgeImportJob.objects.filter(pk=job.pk).update(
        status=status,
        error=error,
        error_code=code,
        error_params=params or {},
        finished_at=timezone.now(),
    )


def edge_import_job_fail(*, job_id: int, error: str) -> None:
    """Give up on a job (the worker died or retries are exhausted)."""
    EdgeImportJob.objects.filter(
        pk=job_id, status__in=[EdgeImportJob.Status.PENDING, EdgeImportJob.Status.RUNNING]
    ).update(
        status=EdgeImportJob.Status.FAILED,
        error=error,
        error_code="interrupted",
        finished_at=timezone.now(),
    )
