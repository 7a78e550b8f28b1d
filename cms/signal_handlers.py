"""Every signal receiver of the cms app, connected once from CmsConfig.ready(), each with a
dispatch_uid so a second ready() (tests, reloads) cannot connect it twice.

Two jobs only:
- the anonymous page cache (cms/page_cache.py) starts a new generation when anything a public
  page shows changes: a publish, unpublish, move or delete of a page, the program settings, the
  site, a view restriction, an image, a document, a topic or a crisis line (the public fragments
  of signed-in pages, {% public_fragment %}, end with it);
- a user object forgets the group names it read once (cms/roles.py) when its groups change;
- stored handouts are dropped when a crisis line changes (lessons print them; cms/handouts/),
  and a deleted handout's file goes with its row.
"""

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.page_cache import invalidate_all
from cms.roles import forget_group_names


def page_changed(sender, instance, **kwargs) -> None:
    # Also pages made in code (add_child) or saved as drafts: cheap, and never stale.
    if isinstance(instance, Page):
        invalidate_all()


def settings_saved(sender, created=False, **kwargs) -> None:
    # The first request of a new site creates the settings row with its defaults: nothing changed.
    if not created:
        invalidate_all()


def crisis_lines_changed(sender, **kwargs) -> None:
    from cms.handouts.services import handouts_drop_all

    handouts_drop_all()


def groups_changed(sender, instance, **kwargs) -> None:
    if isinstance(instance, get_user_model()):
        forget_group_names(instance)


def connect() -> None:
    from cms.models import SiteSettings

    for name, signal in (("published", page_published), ("unpublished", page_unpublished), ("moved", post_page_move)):
        signal.connect(invalidate_all, dispatch_uid=f"cms.page_cache.page_{name}")
    post_save.connect(page_changed, dispatch_uid="cms.page_cache.page_saved")
    post_delete.connect(page_changed, dispatch_uid="cms.page_cache.page_deleted")
    post_save.connect(settings_saved, sender=SiteSettings, dispatch_uid="cms.page_cache.settings_saved")
    post_delete.connect(invalidate_all, sender=SiteSettings, dispatch_uid="cms.page_cache.settings_deleted")
    for model in (
        Site,
        PageViewRestriction,
        get_image_model(),
        get_document_model(),
        "learning.Topic",
        "cms.CrisisLine",
    ):
        label = model if isinstance(model, str) else model._meta.label
        post_save.connect(invalidate_all, sender=model, dispatch_uid=f"cms.page_cache.saved.{label}")
        post_delete.connect(invalidate_all, sender=model, dispatch_uid=f"cms.page_cache.deleted.{label}")
    from cms.handouts.services import delete_stored_file

    post_delete.connect(delete_stored_file, sender="cms.Handout", dispatch_uid="cms.handouts.file_deleted")
    post_save.connect(crisis_lines_changed, sender="cms.CrisisLine", dispatch_uid="cms.handouts.crisis_line_saved")
    post_delete.connect(crisis_lines_changed, sender="cms.CrisisLine", dispatch_uid="cms.handouts.crisis_line_deleted")
    m2m_changed.connect(groups_changed, sender=get_user_model().groups.through, dispatch_uid="cms.roles.groups_changed")
