from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from learning.demo import DEMO_CONTENT_LOADED
from learning.models import Topic


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


@hooks.register("register_log_actions")
def register_demo_content_log_action(actions):
    # The page history says where a revision came from: the demo library's data files.
    actions.register_action(DEMO_CONTENT_LOADED, _("Load demo content"), _("Loaded demo content"))
