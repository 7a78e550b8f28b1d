"""Stored names follow the one name rule (cms/names.py): bidi and zero-width characters and
control characters out, line breaks as spaces. Names already clean are not written."""

from django.db import migrations


def normalise_stored_names(apps, schema_editor):
    from cms.names import normalise_name

    User = apps.get_model("cms", "User")
    for user in User.objects.only("pk", "display_name").iterator():
        cleaned = normalise_name(user.display_name)
        if cleaned != user.display_name:
            User.objects.filter(pk=user.pk).update(display_name=cleaned)


class Migration(migrations.Migration):
    dependencies = [("cms", "0006_spanish_site_tree")]

    operations = [migrations.RunPython(normalise_stored_names, migrations.RunPython.noop)]
