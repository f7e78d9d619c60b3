"""The blogger list's by-score covering index, declared on ``Blogger.Meta``
(it replaces the raw-SQL ``api_blogger_score_cover_idx``, dropped by
``api/0005``); the list-version counter and triggers of 0004 are dropped (the
list counts every time)."""

from importlib import import_module

from django.conf import settings
from django.db import migrations, models

import crm.models

list_version = import_module("crm.migrations.0004_list_version")


class Migration(migrations.Migration):
    dependencies = [
        ("crm", "0004_list_version"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name="blogger",
            index=crm.models.NullsLastIndex(
                models.OrderBy(models.F("influence_score"), descending=True, nulls_last=True),
                models.F("id"),
                include=("is_archived", "stance", "stage", "territory"),
                name="crm_blogger_score_cover_idx",
            ),
        ),
        migrations.RunPython(
            list_version.run(list_version.BACKWARDS), list_version.run(list_version.FORWARDS)
        ),
    ]
