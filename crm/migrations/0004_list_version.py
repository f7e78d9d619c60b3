"""PostgreSQL: ``crm_list_version``, a counter bumped once, at commit, by every
transaction that writes a table the blogger-list filters read (see
``crm.selectors.blogger_count``). Nothing on other databases.

Each write statement on a watched table runs a statement trigger that, the
first time in a transaction, inserts a row into ``crm_list_version_mark``; that
row's deferred trigger bumps the counter (and deletes the row) at commit. So
the counter row is locked only while committing, and a bulk write costs one
trigger call per statement, not per row."""

from django.db import migrations

# table → the columns whose UPDATE matters (None: any); inserts, deletes and
# TRUNCATE always count.
WATCHED = {
    "crm_blogger": None,
    "crm_blogger_topics": None,
    "crm_territory": ("parent_id",),
    "crm_socialaccount": ("blogger_id", "platform", "kind", "screen_name", "display_name"),
    "crm_interaction": ("blogger_id", "occurred_at"),
    "crm_followup": ("blogger_id", "status", "due_date"),
}

FORWARDS = [
    "CREATE TABLE crm_list_version (id smallint PRIMARY KEY CHECK (id = 1), "
    "epoch uuid NOT NULL DEFAULT gen_random_uuid(), n bigint NOT NULL DEFAULT 0)",
    "INSERT INTO crm_list_version (id) VALUES (1)",
    "CREATE TABLE crm_list_version_mark (id bigserial PRIMARY KEY)",
    """
    CREATE FUNCTION crm_list_version_mark() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        -- Once per transaction (the setting is undone with a rolled-back savepoint,
        -- as is the row).
        IF current_setting('crm.list_version_marked', true) IS DISTINCT FROM 'on' THEN
            PERFORM set_config('crm.list_version_marked', 'on', true);
            INSERT INTO crm_list_version_mark DEFAULT VALUES;
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE FUNCTION crm_list_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE crm_list_version SET n = n + 1 WHERE id = 1;
        DELETE FROM crm_list_version_mark WHERE id = NEW.id;
        RETURN NULL;
    END $$
    """,
    "CREATE CONSTRAINT TRIGGER crm_list_version_bump AFTER INSERT ON crm_list_version_mark "
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION crm_list_version_bump()",
    *(
        f"CREATE TRIGGER {table}_list_version AFTER INSERT OR "
        f"UPDATE {'' if columns is None else 'OF ' + ', '.join(columns) + ' '}"
        f"OR DELETE OR TRUNCATE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION crm_list_version_mark()"
        for table, columns in WATCHED.items()
    ),
]

BACKWARDS = [
    *(f"DROP TRIGGER IF EXISTS {table}_list_version ON {table}" for table in WATCHED),
    "DROP TABLE IF EXISTS crm_list_version_mark",
    "DROP FUNCTION IF EXISTS crm_list_version_bump()",
    "DROP FUNCTION IF EXISTS crm_list_version_mark()",
    "DROP TABLE IF EXISTS crm_list_version",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("crm", "0003_blogger_list_index")]

    operations = [migrations.RunPython(run(FORWARDS), run(BACKWARDS))]
