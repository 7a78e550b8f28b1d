"""Clinicians maintain the topic list (a snippet)."""

from django.db import migrations


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    topic_type = ContentType.objects.get_or_create(app_label="learning", model="topic")[0]
    clinicians = Group.objects.get(name="Clinicians")
    for action in ("add", "change", "delete", "view"):
        permission = Permission.objects.get_or_create(
            content_type=topic_type, codename=f"{action}_topic", defaults={"name": f"Can {action} topic"}
        )[0]
        clinicians.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("learning", "0004_knowledge_check_starts_with_two_answers")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
