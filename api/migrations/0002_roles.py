"""The four role groups (see api/roles.py for what each may do)."""

from django.db import migrations

ROLES = ("admin", "officer", "analyst", "viewer")


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLES:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    # Reversing keeps the groups: users may be members.
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
