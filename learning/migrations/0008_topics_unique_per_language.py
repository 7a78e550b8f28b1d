"""Topics become translatable (3 of 3): every topic has a language and a translation_key;
names and slugs are unique per language."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("learning", "0007_spanish_topics_and_mental_health")]

    operations = [
        migrations.AlterField(
            model_name="topic",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="topic",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(name="topic", unique_together={("translation_key", "locale")}),
        migrations.AddConstraint(
            model_name="topic",
            constraint=models.UniqueConstraint(fields=("locale", "slug"), name="topic_slug_unique_per_language"),
        ),
        migrations.AddConstraint(
            model_name="topic",
            constraint=models.UniqueConstraint(fields=("locale", "name"), name="topic_name_unique_per_language"),
        ),
    ]
