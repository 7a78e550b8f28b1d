"""Program staff run cohorts: they may add, change and view cohorts, sessions and enrollments.

Nobody but a superuser deletes them (a cohort is cancelled, an enrollment withdrawn or
declined), so the history of who took part stays intact.
"""

from django.db import migrations

PROGRAM_STAFF = "Program staff"
MODELS = {"cohort": "cohort", "cohortsession": "session", "enrollment": "enrollment"}
ACTIONS = ("add", "change", "view")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    staff, _ = Group.objects.get_or_create(name=PROGRAM_STAFF)
    for model, label in MODELS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="workshops", model=model)
        for action in ACTIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {label}"}
            )
            staff.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0002_workshops_cohorts_enrollment"),
        ("cms", "0003_site_tree_and_roles"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
