"""Database helpers shared by the apps."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import connection


@contextmanager
def server_binding_cursor() -> Iterator[Any]:
    """A raw psycopg cursor on Django's PostgreSQL connection (so inside its
    transaction, errors translated like Django's) that binds parameters on the server.

    Django's psycopg cursors bind on the client: every parameter is quoted into the
    SQL text by Python code (seconds for arrays of 100k values). With this cursor,
    ``%b`` placeholders send values in PostgreSQL's binary format. Not logged: bulk
    writes pass arrays of many thousand values.
    """
    import psycopg

    connection.ensure_connection()
    with connection.wrap_database_errors, psycopg.Cursor(connection.connection) as cursor:
        yield cursor


@contextmanager
def binary_result_cursor() -> Iterator[Any]:
    """``server_binding_cursor`` that also receives results in PostgreSQL's binary
    format, wrapped like Django's own cursors (logged when queries are logged,
    errors translated).

    Django's psycopg cursors read text results, which psycopg then parses value by
    value (timestamps in Python); binary results of a wide statement arrive about 20%
    faster. ``%s`` placeholders work as usual, but a parameter's type must be clear
    from its value or a cast.
    """
    import psycopg

    with server_binding_cursor() as raw:
        raw.format = psycopg.pq.Format.BINARY
        # As Django's own cursor(): logged when queries are logged (DEBUG, tests).
        cursor = (
            connection.make_debug_cursor(raw)
            if connection.queries_logged
            else connection.make_cursor(raw)
        )
        yield cursor
