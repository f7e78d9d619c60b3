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
