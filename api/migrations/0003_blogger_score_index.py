"""PostgreSQL index for the API's default leaderboard order: ``ORDER BY
influence_score DESC NULLS LAST, id`` reads the first page from this index
instead of sorting every matching blogger. Lives in the api app because only
the API's ordering needs it; a no-op on SQLite (small databases)."""

from django.db import migrations

INDEX = "api_blogger_score_desc_idx"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON crm_blogger "
            "(influence_score DESC NULLS LAST, id)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0002_roles"),
        ("crm", "0002_influence_denormalised"),
    ]

    operations = [migrations.RunPython(create, drop)]
