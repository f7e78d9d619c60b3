"""``backend.db.binary_result_cursor``: the same values as Django's cursor,
logged like its queries, errors translated like its errors."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from backend.db import binary_result_cursor
from crm import selectors
from crm.models import FollowUp
from tests.api.test_blogger_list_rows import varied_bloggers

pytestmark = pytest.mark.django_db


def test_values_are_those_of_djangos_cursor(postgres):
    moment = timezone.now() - timedelta(days=3, microseconds=7)
    sql = (
        "SELECT %s::timestamptz, %s::date, %s::bigint[], %s, %s::float8, %s::numeric(6, 3), "
        "NULL::text, true, json_build_object('a', 'я')::text, 'текст'::varchar(20)"
    )
    params = [moment, moment.date(), [1, 2], 5, 0.1, "12.340"]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        expected = cursor.fetchone()
    with CaptureQueriesContext(connection) as queries, binary_result_cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    assert row == expected
    assert row[0] == moment and row[0].utcoffset() == timedelta(0)
    # logged as any query (with the placeholders the server saw)
    (logged,) = queries.captured_queries
    assert logged["sql"].startswith("SELECT $1::timestamptz, $2::date, $3::bigint[], $4, ")


def test_the_blogger_list_rows_are_those_of_djangos_cursor(postgres):
    ids = [b.pk for b in varied_bloggers()]
    sql = selectors._BLOGGER_JSON_ROWS_SQL.replace(selectors.PAGE_IDS, "%s::bigint[]")
    open_ = FollowUp.Status.OPEN
    params = [selectors._WHITESPACE, open_, open_, timezone.localdate(), ids]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        expected = cursor.fetchall()
    with binary_result_cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    assert len(rows) == len(ids) >= 3
    assert rows == expected


def test_errors_are_djangos(postgres):
    with pytest.raises(DatabaseError), binary_result_cursor() as cursor:
        cursor.execute("SELECT no_such_column FROM crm_blogger")
