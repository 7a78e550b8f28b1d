"""Spanish: the `es` locale and Spanish translations of the site's fixed pages.

/es/ (home), /es/learn/ (the module library) and /es/workshops/ (the workshop index) are
Wagtail translations of the English pages (same translation_key), so clinicians translate
modules and lessons below them with Wagtail's "Translate" action. The Spanish library gets
the same "Clinical review" workflow and the same group permissions as the English one: a
Spanish lesson is a draft until another clinician approves it. Clinicians may submit
translations (wagtail.contrib.simple_translation).
"""

from django.db import migrations

HOME = {
    "title": "Inicio",
    "intro_heading": "No estás solo. Aprende a ayudar a tu ser querido, y a ti mismo.",
    "intro": (
        "<p>Cuando alguien que quieres está en tratamiento por una adicción o un problema de "
        "salud mental, tú también necesitas apoyo. Aprende a tu ritmo, a cualquier hora, y únete "
        "a un grupo pequeño guiado por nuestro equipo clínico.</p>"
    ),
    "learn_call_to_action": "Empieza a aprender",
    "workshops_call_to_action": "Únete a un taller",
}
LIBRARY = {
    "title": "Aprender",
    "intro": "<p>Lecciones cortas que puedes leer en pocos minutos, en cualquier dispositivo. No necesitas una cuenta.</p>",
}
WORKSHOPS = {
    "title": "Talleres",
    "intro": "<p>Grupos pequeños que se reúnen en línea durante unas semanas, guiados por nuestro equipo clínico.</p>",
}


def _content_type(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def _next_child_path(parent, Page):
    last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
    step = int(last.path[-4:], 36) + 1 if last else 1
    return parent.path + _base36(step).rjust(4, "0")


def _base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if number == 0:
            return out


def _translate(apps, model, source, *, parent, slug, url_path, locale, fields):
    Page = apps.get_model("wagtailcore", "Page")
    existing = model.objects.filter(translation_key=source.translation_key, locale=locale).first()
    if existing is not None:
        return existing
    page = model.objects.create(
        **fields,
        draft_title=fields["title"],
        slug=slug,
        content_type=source.content_type,
        path=_next_child_path(parent, Page),
        depth=parent.depth + 1,
        numchild=0,
        url_path=url_path,
        locale=locale,
        translation_key=source.translation_key,
        live=True,
        show_in_menus=source.show_in_menus,
    )
    parent.numchild = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).count()
    parent.save(update_fields=["numchild"])
    return page


def forwards(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    HomePage = apps.get_model("cms", "HomePage")
    LibraryPage = apps.get_model("learning", "LibraryPage")
    WorkshopIndexPage = apps.get_model("workshops", "WorkshopIndexPage")

    english_home = HomePage.objects.order_by("path").first()
    if english_home is None:
        return
    spanish, _ = Locale.objects.get_or_create(language_code="es")
    root = Page.objects.get(depth=1)

    home = _translate(
        apps, HomePage, english_home, parent=root, slug="home-es", url_path="/home-es/", locale=spanish, fields=HOME
    )
    pairs = []
    for model, fields in ((LibraryPage, LIBRARY), (WorkshopIndexPage, WORKSHOPS)):
        source = model.objects.filter(locale=english_home.locale).order_by("path").first()
        if source is None:
            continue
        translated = _translate(
            apps,
            model,
            source,
            parent=Page.objects.get(pk=home.pk),
            slug=source.slug,
            url_path=f"{home.url_path}{source.slug}/",
            locale=spanish,
            fields=fields,
        )
        pairs.append((source, translated))

    # Same permissions and workflow below the Spanish sections as below the English ones.
    for source, translated in pairs:
        for grant in GroupPagePermission.objects.filter(page_id=source.pk):
            GroupPagePermission.objects.get_or_create(
                group_id=grant.group_id, page_id=translated.pk, permission_id=grant.permission_id
            )
        workflow_page = WorkflowPage.objects.filter(page_id=source.pk).first()
        if workflow_page is not None:
            WorkflowPage.objects.update_or_create(page_id=translated.pk, defaults={"workflow": workflow_page.workflow})

    submit = Permission.objects.get_or_create(
        content_type=_content_type(apps, "simple_translation", "simpletranslation"),
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )[0]
    clinicians = Group.objects.filter(name="Clinicians").first()
    if clinicians is not None:
        clinicians.permissions.add(submit)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0005_email_sender_name"),
        ("learning", "0005_clinicians_edit_topics"),
        ("workshops", "0007_left_early_can_count"),
        ("wagtailcore", "0098_apitoken"),
        ("simple_translation", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
