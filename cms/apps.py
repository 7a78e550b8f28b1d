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
        from cms import (
            checks,  # noqa: F401  (registers the deploy checks)
            signal_handlers,
        )

        signal_handlers.connect()
        _connect_second_step_at_set_up()

        from cms.demo import load_demo_crisis_lines, register_demo_loader

        register_demo_loader(name="crisis lines", order=5, load=load_demo_crisis_lines)


class KinshipUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for Kinship's email-and-display-name user."""

    user_viewset = "cms.admin_users.KinshipUserViewSet"


def _connect_second_step_at_set_up() -> None:
    from allauth.mfa.signals import authenticator_added

    from cms.mfa import record_second_step_at_set_up

    authenticator_added.connect(record_second_step_at_set_up, dispatch_uid="cms.mfa.second_step_at_set_up")
