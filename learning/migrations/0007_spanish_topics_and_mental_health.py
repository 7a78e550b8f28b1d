"""Topics become translatable (2 of 3): every topic gets the default language and its own
translation_key, a Spanish translation, and the new "Mental health" topic joins in both.

Names and slugs are unique per language from now on (a Spanish topic keeps its English
original's slug). The fields are added nullable, filled in, then made required, so each
existing topic gets its own translation_key.
"""

import uuid

from django.db import migrations, models

SPANISH_TOPICS = {
    "addiction-basics": ("Conceptos básicos de la adicción", "Cómo funcionan la adicción, el tratamiento y la recuperación."),
    "codependency": ("Codependencia", "Cuidar a alguien sin dejar de cuidarte."),
    "enabling": ("Ayudar sin facilitar el consumo", "Ayudar de maneras que apoyan la recuperación."),
    "communication-tools": ("Herramientas para comunicarte", "Hablar de modo que tu ser querido pueda escucharte."),
    "caregiver-coping": ("Cuidar de quien cuida", "Cuidar tu propia salud y tu seguridad."),
    "mental-health": ("Salud mental", "Entender los trastornos de salud mental y cómo apoyar la recuperación."),
}
MENTAL_HEALTH = ("mental-health", "Mental health", "Understanding mental health disorders and how to support recovery.")


def forwards(apps, schema_editor):
    Topic = apps.get_model("learning", "Topic")
    Locale = apps.get_model("wagtailcore", "Locale")
    english = Locale.objects.filter(language_code="en").first() or Locale.objects.order_by("pk").first()
    spanish = Locale.objects.filter(language_code="es").first()
    for topic in Topic.objects.filter(translation_key__isnull=True):
        topic.translation_key = uuid.uuid4()
        topic.locale = english
        topic.save(update_fields=["translation_key", "locale"])
    slug, name, description = MENTAL_HEALTH
    if not Topic.objects.filter(slug=slug).exists():
        order = (Topic.objects.aggregate(models.Max("order"))["order__max"] or 0) + 1
        Topic.objects.create(
            slug=slug, name=name, description=description, order=order, locale=english, translation_key=uuid.uuid4()
        )
    if spanish is None:
        return
    for topic in Topic.objects.filter(locale=english, slug__in=SPANISH_TOPICS):
        if Topic.objects.filter(translation_key=topic.translation_key, locale=spanish).exists():
            continue
        name, description = SPANISH_TOPICS[topic.slug]
        Topic.objects.create(
            slug=topic.slug,
            name=name,
            description=description,
            order=topic.order,
            locale=spanish,
            translation_key=topic.translation_key,
        )


def backwards(apps, schema_editor):
    Topic = apps.get_model("learning", "Topic")
    Topic.objects.exclude(locale__language_code="en").delete()


class Migration(migrations.Migration):
    dependencies = [("learning", "0006_topic_locale_fields")]

    operations = [migrations.RunPython(forwards, backwards)]
