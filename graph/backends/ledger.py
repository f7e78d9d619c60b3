"""Reading ledger events into numpy, shared by both graph backends."""

from __future__ import annotations

from datetime import UTC

import numpy as np
from django.db import connection
from django.db.models import BigIntegerField, QuerySet
from django.db.models.functions import Cast, Extract

from graph.backends.base import to_micros


def event_rows(queryset: QuerySet, source: str, target: str, *extra: str) -> np.ndarray:
    """``(n, 4 + len(extra))`` int64 rows ``source, target, occurred_at µs, weight,
    *extra`` of the events in ``queryset`` (a ``Repost`` or ``Mention`` queryset).

    PostgreSQL computes the exact epoch microseconds itself (``EXTRACT`` is numeric,
    so no float rounding) and the rows go straight into numpy, with no model or
    datetime objects; elsewhere the ORM reads datetimes and Python converts them.
    """
    width = 4 + len(extra)
    if connection.vendor == "postgresql":
        rows = queryset.annotate(
            at_us=Cast(Extract("occurred_at", "epoch", tzinfo=UTC) * 1_000_000, BigIntegerField())
        ).values_list(source, target, "at_us", "weight", *extra)
        sql, params = rows.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return np.array(cursor.fetchall(), dtype=np.int64).reshape(-1, width)
    data = [
        (row[0], row[1], to_micros(row[2]), *row[3:])
        for row in queryset.values_list(source, target, "occurred_at", "weight", *extra).iterator(
            chunk_size=20000
        )
    ]
    return np.array(data, dtype=np.int64).reshape(-1, width)
