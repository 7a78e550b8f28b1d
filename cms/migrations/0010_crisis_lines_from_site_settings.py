"""Crisis lines move from the program settings to translatable snippets.

Today's lines (the default site's settings, else the defaults) become English CrisisLine rows;
each line we know (988, SAMHSA's helpline, 911) also gets its Spanish translation, which says
how to reach it in Spanish. A line we do not know stays English only: Spanish pages show it in
English until a staff member translates it. The texts below are frozen for this migration.
"""

import uuid

from django.db import migrations

KNOWN_LINES = [{'en': {'name': '988 Suicide & Crisis Lifeline',
         'phone': '988',
         'text_number': '988',
         'text_keyword': '',
         'how_to_reach': 'Call, text, or chat at 988lifeline.org. For Spanish, press 2 or text AYUDA to 988.',
         'description': 'Free, confidential, 24/7'},
  'es': {'name': '988 Línea de Prevención del Suicidio y Crisis',
         'phone': '988',
         'text_number': '988',
         'text_keyword': 'AYUDA',
         'how_to_reach': 'Llama al 988 y marca 2 para hablar en español, envía AYUDA por mensaje de texto al '
                         '988 o chatea en 988lineadevida.org.',
         'description': 'Gratis y confidencial, las 24 horas, todos los días.'}},
 {'en': {'name': 'SAMHSA National Helpline',
         'phone': '1-800-662-4357',
         'text_number': '',
         'text_keyword': '',
         'how_to_reach': 'Help in English and Spanish.',
         'description': 'Free treatment referral and information, 24/7'},
  'es': {'name': 'Línea Nacional de Ayuda de SAMHSA',
         'phone': '1-800-662-4357',
         'text_number': '',
         'text_keyword': '',
         'how_to_reach': 'Llama y pide atención en español.',
         'description': 'Información y referencias a tratamiento. Gratis y confidencial, las 24 horas.'}},
 {'en': {'name': 'Emergency',
         'phone': '911',
         'text_number': '',
         'text_keyword': '',
         'how_to_reach': 'You can ask for an interpreter.',
         'description': 'If someone is in danger right now'},
  'es': {'name': 'Emergencias',
         'phone': '911',
         'text_number': '',
         'text_keyword': '',
         'how_to_reach': 'Puedes pedir un intérprete de español.',
         'description': 'Si alguien está en peligro ahora mismo.'}}]


def _digits(value):
    return "".join(ch for ch in value or "" if ch.isdigit())


def _current_lines(apps):
    """The lines the program shows today, as {name, phone, text, note} dicts."""
    SiteSettings = apps.get_model("cms", "SiteSettings")
    row = SiteSettings.objects.filter(site__is_default_site=True).first() or SiteSettings.objects.first()
    if row is None:
        return None
    return [block["value"] for block in row.crisis_lines.raw_data if block.get("type") == "line"]


def forwards(apps, schema_editor):
    CrisisLine = apps.get_model("cms", "CrisisLine")
    Locale = apps.get_model("wagtailcore", "Locale")
    if CrisisLine.objects.exists():
        return
    english = Locale.objects.filter(language_code="en").first()
    if english is None:
        return
    spanish = Locale.objects.filter(language_code="es").first()
    known = {_digits(line["en"]["phone"]): line for line in KNOWN_LINES}
    current = _current_lines(apps)
    if current is None:
        rows = [(line["en"], line) for line in KNOWN_LINES]
    else:
        rows = []
        for value in current:
            line = known.get(_digits(value.get("phone")))
            english_text = {
                "name": value.get("name", ""),
                "phone": value.get("phone", ""),
                "text_number": value.get("text", ""),
                "text_keyword": "",
                "how_to_reach": line["en"]["how_to_reach"] if line else "",
                "description": value.get("note", ""),
            }
            rows.append((english_text, line))
    for order, (english_text, line) in enumerate(rows, start=1):
        key = uuid.uuid4()
        CrisisLine.objects.create(translation_key=key, locale=english, sort_order=order, **english_text)
        if line is not None and spanish is not None:
            CrisisLine.objects.create(translation_key=key, locale=spanish, sort_order=order, **line["es"])


def backwards(apps, schema_editor):
    """Put the English lines back into the settings (the field still exists at this step)."""
    CrisisLine = apps.get_model("cms", "CrisisLine")
    SiteSettings = apps.get_model("cms", "SiteSettings")
    lines = [
        {
            "type": "line",
            "value": {"name": line.name, "phone": line.phone, "text": line.text_number, "note": line.description},
            "id": str(uuid.uuid4()),
        }
        for line in CrisisLine.objects.filter(locale__language_code="en").order_by("sort_order", "pk")
    ]
    for row in SiteSettings.objects.all():
        row.crisis_lines = lines
        row.save(update_fields=["crisis_lines"])
    CrisisLine.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0009_crisis_lines_per_language"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
