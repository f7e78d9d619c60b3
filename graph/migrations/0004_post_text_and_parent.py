"""Posts keep their whole text (the excerpt becomes the text), and a comment is a
post with a parent."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("graph", "0003_edge_import_jobs")]

    operations = [
        migrations.RenameField(model_name="post", old_name="text_excerpt", new_name="text"),
        migrations.AlterField(
            model_name="post",
            name="text",
            field=models.TextField(blank=True, verbose_name="текст"),
        ),
        migrations.AddField(
            model_name="post",
            name="parent",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="replies",
                to="graph.post",
                verbose_name="ответ на",
            ),
        ),
    ]
