"""The by-score index of 0003/0004 is now ``crm_blogger_score_cover_idx``,
declared on ``crm.Blogger.Meta`` (crm/0005)."""

from importlib import import_module

from django.db import migrations

covering = import_module("api.migrations.0004_blogger_score_covering_index")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {covering.INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0004_blogger_score_covering_index"),
        ("crm", "0005_blogger_score_index_drop_list_version"),
    ]

    operations = [migrations.RunPython(drop, covering.create)]
