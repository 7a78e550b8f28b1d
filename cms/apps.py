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
