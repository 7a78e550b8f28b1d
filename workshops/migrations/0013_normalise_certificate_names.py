"""Printed-name choices and certificate holder names follow the one name rule (cms/names.py).
Only names that change are written; a certificate's PDF is not re-rendered (staff reissue one
if its printed name needs correcting)."""

from django.db import migrations


def normalise_certificate_names(apps, schema_editor):
    from cms.names import normalise_name

    for model_name, field in (("CertificatePreference", "printed_name"), ("Certificate", "holder_name")):
        model = apps.get_model("workshops", model_name)
        for row in model.objects.only("pk", field).iterator():
            cleaned = normalise_name(getattr(row, field), max_length=model._meta.get_field(field).max_length)
            if cleaned != getattr(row, field):
                model.objects.filter(pk=row.pk).update(**{field: cleaned})


class Migration(migrations.Migration):
    dependencies = [("workshops", "0012_practice_answers")]

    operations = [migrations.RunPython(normalise_certificate_names, migrations.RunPython.noop)]
