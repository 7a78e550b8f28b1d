"""Topics every program starts with, and the "Clinical review" workflow on the module library.

Clinicians lose direct publishing under /learn/: a lesson goes live when another clinician
approves it in the workflow. Wagtail's sample "Moderators approval" workflow on the root is
retired (its Moderators group no longer exists), so pages elsewhere are not stuck waiting.
"""

from django.db import migrations

TOPICS = [
    ("addiction-basics", "Addiction basics", "How addiction, treatment and recovery work."),
    ("codependency", "Codependency", "Caring for someone without losing yourself."),
    ("enabling", "Enabling", "Helping in ways that support recovery."),
    ("communication-tools", "Communication tools", "Talking so your loved one can listen."),
    ("caregiver-coping", "Caregiver coping", "Looking after your own health and safety."),
]


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    ClinicalReviewTask = apps.get_model("learning", "ClinicalReviewTask")
    Topic = apps.get_model("learning", "Topic")

    for order, (slug, name, description) in enumerate(TOPICS, start=1):
        Topic.objects.get_or_create(slug=slug, defaults={"name": name, "description": description, "order": order})

    root = Page.objects.get(depth=1)
    for workflow_page in WorkflowPage.objects.filter(page=root):
        workflow = workflow_page.workflow
        workflow_page.delete()
        if not WorkflowPage.objects.filter(workflow=workflow).exists():
            workflow.active = False
            workflow.save(update_fields=["active"])

    clinicians = Group.objects.get(name="Clinicians")
    library = Page.objects.get(url_path="/home/learn/")
    task_type = ContentType.objects.get_or_create(app_label="learning", model="clinicalreviewtask")[0]
    task = ClinicalReviewTask.objects.create(name="Clinical review", content_type=task_type, active=True)
    task.groups.add(clinicians)
    workflow = Workflow.objects.create(name="Clinical review", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=library, defaults={"workflow": workflow})

    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.filter(group=clinicians, page=library, permission=publish).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0002_topic_clinicalreviewtask_lessonpage_modulepage_and_more"),
        ("cms", "0003_site_tree_and_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
