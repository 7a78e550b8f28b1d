from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Kinship site"
    default_auto_field = "django.db.models.BigAutoField"


class KinshipUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for Kinship's email-and-display-name user."""

    user_viewset = "cms.admin_users.KinshipUserViewSet"
