from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.models import CrisisLine


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    actions.register_action("kinship.account_erased", _("Erase member account"), _("Member account erased on request"))


@hooks.register("register_admin_urls")
def register_cms_admin_urls():
    from django.conf import settings
    from django.urls import path

    from cms.admin_views import EmptyAdminPage, erase_member

    urls = [path("members/erase/", erase_member, name="kinship_erase_member")]
    if settings.BENCH_FLOOR:
        urls.append(path("bench-floor/", EmptyAdminPage.as_view(), name="kinship_bench_admin_floor"))
    return urls


class EraseMemberMenuItem(MenuItem):
    def is_shown(self, request):
        from cms.admin_views import can_erase_members

        return can_erase_members(request.user)


@hooks.register("register_settings_menu_item")
def register_erase_member_menu_item():
    return EraseMemberMenuItem(_("Erase a member's data"), reverse("kinship_erase_member"), icon_name="bin", order=900)


class CrisisLineViewSet(SnippetViewSet):
    """The crisis lines every page shows, one set per language (Settings > Crisis lines)."""

    model = CrisisLine
    icon = "warning"
    menu_label = _("Crisis lines")
    add_to_settings_menu = True
    list_display = ["name", "phone", "locale"]


register_snippet(CrisisLineViewSet)


def explain_review(request, page) -> None:
    """Say why Publish is missing on a page that goes live through clinical review."""
    from django.contrib import messages

    if request.method == "GET" and page.get_workflow() is not None:
        messages.info(
            request,
            _(
                "Publish is not offered here: this page goes live only after another clinician approves it. "
                "Save your draft, then choose “Submit to %(workflow)s”. "
                "In an emergency you can still unpublish a live page."
            )
            % {"workflow": page.get_workflow().name},
        )


@hooks.register("before_edit_page")
def explain_review_on_edit(request, page):
    explain_review(request, page)


@hooks.register("before_create_page")
def explain_review_on_create(request, parent_page, page_class):
    explain_review(request, parent_page)
