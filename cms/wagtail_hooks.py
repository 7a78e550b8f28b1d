from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    actions.register_action("kinship.account_erased", _("Erase member account"), _("Member account erased on request"))
