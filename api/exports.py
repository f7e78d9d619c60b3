"""Blogger list exports (CSV and XLSX): the rows of the list endpoint, same
filters and ordering, streamed in chunks."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone
from openpyxl import Workbook

EXPORT_CHUNK = 2000

_COLUMNS: list[tuple[str, str]] = [
    ("id", "ID"),
    ("display_name", "Имя в сети"),
    ("real_name", "ФИО"),
    ("phone", "Телефон"),
    ("email", "E-mail"),
    ("territory", "Территория"),
    ("topics", "Темы"),
    ("stance", "Позиция"),
    ("stage", "Этап"),
    ("tier", "Уровень"),
    ("owner", "Ответственный"),
    ("influence_score", "Влияние"),
    ("influence_rank", "Место"),
    ("influence_rank_delta", "Изменение места"),
    ("last_interaction_at", "Последний контакт"),
    ("open_task_count", "Открытых задач"),
    ("overdue_task_count", "Просроченных задач"),
    ("accounts", "Аккаунты"),
]


def export_columns(*, personal: bool, personal_fields: Iterable[str]) -> list[tuple[str, str]]:
    hidden = set() if personal else set(personal_fields)
    return [(key, title) for key, title in _COLUMNS if key not in hidden]


def _cell(blogger: Any, key: str) -> Any:
    if key == "territory":
        return blogger.territory.name if blogger.territory else ""
    if key == "owner":
        return blogger.owner.get_username() if blogger.owner else ""
    if key == "topics":
        return ", ".join(t.name for t in blogger.topics.all())
    if key == "accounts":
        return " ".join(a.url or a.screen_name or a.external_id for a in blogger.accounts.all())
    if key in {"stance", "stage", "tier"}:
        return getattr(blogger, f"get_{key}_display")()
    value = getattr(blogger, key)
    if key == "last_interaction_at" and value is not None:
        return timezone.localtime(value).replace(tzinfo=None)
    return "" if value is None else value


def export_rows(queryset: QuerySet, columns: list[tuple[str, str]]) -> Iterator[list[Any]]:
    for blogger in queryset.iterator(chunk_size=EXPORT_CHUNK):
        yield [_cell(blogger, key) for key, _ in columns]


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_stream(queryset: QuerySet, columns: list[tuple[str, str]]) -> Iterator[str]:
    """UTF-8 with BOM and ';' so Excel in a Russian locale opens it as a table."""
    writer = csv.writer(_Echo(), delimiter=";")
    yield "\ufeff" + writer.writerow([title for _, title in columns])
    for row in export_rows(queryset, columns):
        yield writer.writerow(
            [v.strftime("%Y-%m-%d %H:%M") if hasattr(v, "strftime") else v for v in row]
        )


def xlsx_bytes(queryset: QuerySet, columns: list[tuple[str, str]]) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Блогеры")
    sheet.append([title for _, title in columns])
    for row in export_rows(queryset, columns):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
