"""Workshop curricula go live through the same "Clinical review" workflow as lessons: set it on
every workshop list page (English and Spanish), so each workshop below it is reviewed."""

from django.db import migrations


def forwards(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkshopIndexPage = apps.get_model("workshops", "WorkshopIndexPage")
    workflow = Workflow.objects.filter(name="Clinical review", active=True).first()
    if workflow is None:
        return
    for index in WorkshopIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": workflow})


def backwards(apps, schema_editor):
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkshopIndexPage = apps.get_model("workshops", "WorkshopIndexPage")
    WorkflowPage.objects.filter(page_id__in=WorkshopIndexPage.objects.values("pk")).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0014_certificate_dates_not_after_issue"),
        ("learning", "0003_topics_and_clinical_review"),
        ("cms", "0006_spanish_site_tree"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
