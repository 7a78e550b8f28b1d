"""The page tree every Kinship site starts from, and the two staff roles.

Home (/) with the module library (/learn/) and the workshop index (/workshops/) below it;
groups "Clinicians" (author pages, images, documents) and "Program staff" (admin access;
cohort permissions arrive with the workshops app). Wagtail's sample "Moderators" and
"Editors" groups are removed so that no role exists that nobody designed.
"""

from django.db import migrations

CLINICIANS = "Clinicians"
PROGRAM_STAFF = "Program staff"


def _content_type(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def _permission(apps, app_label, model, codename, name):
    Permission = apps.get_model("auth", "Permission")
    content_type = _content_type(apps, app_label, model)
    return Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})[0]


def build_site_tree(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("cms", "HomePage")
    LibraryPage = apps.get_model("learning", "LibraryPage")
    WorkshopIndexPage = apps.get_model("workshops", "WorkshopIndexPage")

    locale = Locale.objects.order_by("pk").first()
    Site.objects.all().delete()
    Page.objects.filter(depth__gt=1).delete()
    root = Page.objects.get(depth=1)

    home = HomePage.objects.create(
        title="Home",
        draft_title="Home",
        slug="home",
        content_type=_content_type(apps, "cms", "homepage"),
        path=root.path + "0001",
        depth=2,
        numchild=2,
        url_path="/home/",
        locale=locale,
        live=True,
        intro=(
            "<p>When someone you love is in treatment for addiction or a mental health "
            "condition, you need support too. Learn at your own pace, any time of day, "
            "and join a small group led by our clinicians.</p>"
        ),
    )
    LibraryPage.objects.create(
        title="Learn",
        draft_title="Learn",
        slug="learn",
        content_type=_content_type(apps, "learning", "librarypage"),
        path=home.path + "0001",
        depth=3,
        numchild=0,
        url_path="/home/learn/",
        locale=locale,
        live=True,
        intro="<p>Short lessons you can read in a few minutes, on any device. No account needed.</p>",
    )
    WorkshopIndexPage.objects.create(
        title="Workshops",
        draft_title="Workshops",
        slug="workshops",
        content_type=_content_type(apps, "workshops", "workshopindexpage"),
        path=home.path + "0002",
        depth=3,
        numchild=0,
        url_path="/home/workshops/",
        locale=locale,
        live=True,
        intro="<p>Small groups that meet online for a few weeks, led by our clinicians.</p>",
    )
    root.numchild = 1
    root.save(update_fields=["numchild"])
    Site.objects.create(hostname="localhost", port=80, site_name="Kinship", root_page=home, is_default_site=True)


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    Group.objects.filter(name__in=["Moderators", "Editors"], user__isnull=True).delete()
    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")

    clinicians, _ = Group.objects.get_or_create(name=CLINICIANS)
    staff, _ = Group.objects.get_or_create(name=PROGRAM_STAFF)
    clinicians.permissions.add(access_admin)
    staff.permissions.add(access_admin)

    page_permissions = [
        _permission(apps, "wagtailcore", "page", f"{action}_page", f"Can {action} page")
        for action in ("add", "change", "publish")
    ]
    for section in Page.objects.filter(url_path__in=["/home/learn/", "/home/workshops/"]):
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=clinicians, page=section, permission=permission)

    root_collection = Collection.objects.get(depth=1)
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for action in ("add", "change", "choose"):
            permission = _permission(apps, app_label, model, f"{action}_{model}", f"Can {action} {model}")
            GroupCollectionPermission.objects.get_or_create(
                group=clinicians, collection=root_collection, permission=permission
            )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_home_page_and_site_settings"),
        ("learning", "0001_initial"),
        ("workshops", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.RunPython(build_site_tree, migrations.RunPython.noop),
        migrations.RunPython(create_roles, migrations.RunPython.noop),
    ]
