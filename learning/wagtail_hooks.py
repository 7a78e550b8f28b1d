from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from learning.clinician_home import clinician_home_panels
from learning.demo import DEMO_CONTENT_LOADED
from learning.models import CheckIn, Topic
from learning.outcomes.permissions import ReviewedOnlyPermissionPolicy

# Before anything asks for the check-in's policy (Wagtail would make a default one then).
register_permission_policy(CheckIn, ReviewedOnlyPermissionPolicy(CheckIn))

WAGTAIL_REVIEW_PANELS = {"workflow_objects_to_moderate", "user_objects_in_workflow_moderation"}


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Topics"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "order", "locale"]
    search_fields = ["name"]
    ordering = ["order", "name"]


register_snippet(TopicViewSet)


class CheckInViewSet(SnippetViewSet):
    """Outcome check-ins: drafts and revisions, live only through clinical review (the workflow
    the learning migration assigns to this model), in English and Spanish."""

    model = CheckIn
    icon = "clipboard-list"
    menu_label = _("Check-ins")
    menu_order = 215
    add_to_admin_menu = True
    list_display = ["title", "locale", "live"]
    search_fields = ["title"]


register_snippet(CheckInViewSet)


@hooks.register("construct_snippet_action_menu")
def no_publish_button_on_check_ins(menu_items, request, context):
    # Wagtail's Publish item asks user.has_perm, not the model's policy: a superuser would see it.
    # The edit view refuses the action anyway (it asks the policy); this hides the button.
    if context.get("model") is CheckIn:
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("construct_homepage_panels")
def add_clinician_home_panels(request, panels):
    """Clinicians start with what waits for them: reviews, their drafts, what went live.

    Ours replace Wagtail's two moderation panels for them: those read each item's task and
    revision one by one (queries grow with the queue), and ours never list a clinician's own
    lesson as one to review."""
    own = clinician_home_panels(request)
    if own:
        panels[:] = [*own, *(panel for panel in panels if getattr(panel, "name", "") not in WAGTAIL_REVIEW_PANELS)]


@hooks.register("register_log_actions")
def register_demo_content_log_action(actions):
    # The page history says where a revision came from: the demo library's data files.
    actions.register_action(DEMO_CONTENT_LOADED, _("Load demo content"), _("Loaded demo content"))
