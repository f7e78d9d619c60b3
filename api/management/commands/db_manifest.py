"""Print every table's row count and a checksum of its rows as JSON: what
scripts/backup stores beside the dump and scripts/restore compares after restoring."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand
from django.db import connection


def db_manifest() -> dict[str, dict[str, Any]]:
    """``{table: {"rows": n, "checksum": md5}}`` for every table of the database.
    The checksum (PostgreSQL) is the md5 of the sorted md5s of the rows' text, so it
    does not depend on the physical order; on SQLite only counts are given."""
    tables = sorted(connection.introspection.table_names())
    manifest: dict[str, dict[str, Any]] = {}
    with connection.cursor() as cursor:
        for table in tables:
            name = connection.ops.quote_name(table)
            if connection.vendor == "postgresql":
                cursor.execute(
                    f"SELECT count(*), md5(coalesce(string_agg(h, '' ORDER BY h), '')) "
                    f"FROM (SELECT md5(t::text) AS h FROM {name} t) rows"
                )
                count, checksum = cursor.fetchone()
            else:
                cursor.execute(f"SELECT count(*) FROM {name}")
                count, checksum = cursor.fetchone()[0], None
            manifest[table] = {"rows": count, "checksum": checksum}
    return manifest


class Command(BaseCommand):
    help = "Print each table's row count and checksum (JSON), for backups and restores."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(json.dumps(db_manifest(), indent=1, sort_keys=True))
