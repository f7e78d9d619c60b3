"""Database helpers shared by the apps."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import connection


@contextmanager
def binary_result_cursor() -> Iterator[Any]:
    """A cursor on Django's PostgreSQL connection (inside its transaction, its
    queries logged and its errors translated like any other) that binds
    parameters on the server and receives results in PostgreSQL's binary format.

    Django's psycopg cursors bind on the client and read text results, which
    psycopg then parses value by value (timestamps in Python); binary results of
    a wide statement arrive about 20% faster. ``%s`` placeholders work as usual,
    but a parameter's type must be clear from its value or a cast.
    """
    import psycopg

    connection.ensure_connection()
    with connection.wrap_database_errors:
        raw: Any = psycopg.Cursor(connection.connection)
        raw.format = psycopg.pq.Format.BINARY
    # As Django's own cursor(): logged when queries are logged (DEBUG, tests).
    cursor = (
        connection.make_debug_cursor(raw)
        if connection.queries_logged
        else connection.make_cursor(raw)
    )
    try:
        yield cursor
    finally:
        cursor.close()
