"""``INSERT … ON CONFLICT DO NOTHING`` for many rows at once, at database speed.

On PostgreSQL the rows travel as one array per column and are expanded with
``unnest`` on the server (one statement per batch, server-side parameter
binding), which is several times faster than ``bulk_create`` and returns the
exact number of rows inserted. Other databases fall back to ``bulk_create``
with ``ignore_conflicts`` (the count is then computed by the caller).

Columns come from the model's concrete fields, with Django defaults filled in
for fields the caller does not give, so adding a field to a model needs no
change here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import connection, models
from django.utils import timezone


def _column_values(
    model: type[models.Model], rows: Sequence[dict[str, Any]]
) -> tuple[list[str], list[str], list[list[Any]]]:
    """Column names, array casts and one list of values per column.

    Every row must give the same fields; the others get their Django default
    (``auto_now``/``auto_now_add`` fields: now), computed once per call.
    """
    given = rows[0].keys()
    now = timezone.now()
    columns, casts, arrays = [], [], []
    for field in model._meta.concrete_fields:
        if field.primary_key:
            continue
        if field.attname in given:
            values = [row[field.attname] for row in rows]
        else:
            auto = getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
            values = [now if auto else field.get_default()] * len(rows)
        columns.append(connection.ops.quote_name(field.column))
        casts.append(f"%s::{field.db_type(connection)}[]")
        arrays.append(values)
    return columns, casts, arrays


def insert_ignore(model: type[models.Model], rows: Sequence[dict[str, Any]]) -> int | None:
    """Insert ``rows`` (dicts keyed by field attname), skipping conflicting ones.

    Returns the number of rows inserted on PostgreSQL, ``None`` elsewhere
    (where it falls back to ``bulk_create(ignore_conflicts=True)``).
    """
    if not rows:
        return 0
    if connection.vendor != "postgresql":
        model.objects.bulk_create([model(**row) for row in rows], ignore_conflicts=True)
        return None
    columns, casts, arrays = _column_values(model, rows)
    sql = (
        f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({', '.join(columns)}) "
        f"SELECT * FROM unnest({', '.join(casts)}) ON CONFLICT DO NOTHING"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, arrays)
        return cursor.rowcount
