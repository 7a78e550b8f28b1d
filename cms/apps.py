from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class CmsConfig(AppConfig):
    default = True
    name = "cms"
    verbose_name = "Kinship site"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.utils.module_loading import autodiscover_modules

        # Each app declares its personal data in <app>/privacy_register.py (see cms/privacy.py).
        autodiscover_modules("privacy_register")
        _connect_page_cache_invalidation()

        from cms.demo import load_demo_crisis_lines, register_demo_loader

        register_demo_loader(name="crisis lines", order=5, load=load_demo_crisis_lines)


def _connect_page_cache_invalidation() -> None:
    """Whatever a cached anonymous page shows (see cms/page_cache.py) drops the cache when it changes."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.images import get_image_model
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from cms.models import SiteSettings
    from cms.page_cache import invalidate_all

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate_all, dispatch_uid=f"page_cache.{id(signal)}")

    def on_page_change(sender, instance, **kwargs):
        # Also pages made in code (add_child) or saved as drafts: cheap, and never stale.
        if isinstance(instance, Page):
            invalidate_all()

    def on_settings_save(sender, created=False, **kwargs):
        # The first request of a new site creates the settings row with its defaults: nothing changed.
        if not created:
            invalidate_all()

    post_delete.connect(on_page_change, weak=False, dispatch_uid="page_cache.page_delete")
    post_save.connect(on_page_change, weak=False, dispatch_uid="page_cache.page_save")
    post_save.connect(on_settings_save, sender=SiteSettings, weak=False, dispatch_uid="page_cache.settings")
    post_delete.connect(invalidate_all, sender=SiteSettings, dispatch_uid="page_cache.settings_delete")
    for model in (Site, PageViewRestriction, get_image_model(), "learning.Topic", "cms.CrisisLine"):
        post_save.connect(invalidate_all, sender=model, dispatch_uid=f"page_cache.save.{model}")
        post_delete.connect(invalidate_all, sender=model, dispatch_uid=f"page_cache.delete.{model}")

        from django.contrib.auth import get_user_model
        from django.db.models.signals import m2m_changed

        from cms.roles import forget_group_names

        def groups_changed(sender, instance, **kwargs):
            if isinstance(instance, get_user_model()):
                forget_group_names(instance)

        m2m_changed.connect(groups_changed, sender=get_user_model().groups.through, weak=False)


class KinshipUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for Kinship's email-and-display-name user."""

    user_viewset = "cms.admin_users.KinshipUserViewSet"
