"""The clinician home in the Wagtail admin: their drafts, lessons waiting for their review
(never their own), what was published lately, and a short "how to write a lesson".

Each list is one capped query (two for the review list: the workflow rows, then their pages),
whatever the size of the library.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from cms.roles import CLINICIANS, has_role
from learning.models import LessonPage, LibraryPage, ModulePage

ROWS_PER_LIST = 8


def _learning_pages():
    return Page.objects.type(LessonPage, ModulePage).only(
        "title", "draft_title", "latest_revision_created_at", "last_published_at", "live", "depth", "path"
    )


def clinician_drafts(*, user) -> list[Page]:
    """Lessons and modules this clinician owns that have changes not yet published."""
    return list(
        _learning_pages()
        .filter(owner=user, has_unpublished_changes=True)
        .order_by("-latest_revision_created_at", "pk")[:ROWS_PER_LIST]
    )


def lessons_to_review(*, user) -> list[Page]:
    """Lessons and modules in clinical review, asked for by someone else: nobody reviews their own."""
    object_ids = list(
        WorkflowState.objects.active()
        .exclude(requested_by=user)
        .order_by("-created_at")
        .values_list("object_id", flat=True)[: ROWS_PER_LIST * 4]
    )
    ids = [int(value) for value in object_ids if value.isdigit()]
    return list(_learning_pages().filter(pk__in=ids).order_by("-latest_revision_created_at", "pk")[:ROWS_PER_LIST])


def recently_published() -> list[Page]:
    return list(_learning_pages().live().filter(last_published_at__isnull=False).order_by("-last_published_at")[:5])


class ClinicianPanel(Component):
    name = ""
    heading = ""
    template_name = "learning/clinician_home/pages_panel.html"
    order = 100
    empty = ""

    def __init__(self, request):
        self.request = request

    def pages(self) -> list[Page]:
        raise NotImplementedError

    def get_context_data(self, parent_context=None):
        return {"panel": self, "pages": self.pages(), "time_zone": self.request.user.time_zone}


class DraftsPanel(ClinicianPanel):
    name = "kinship_drafts"
    heading = _("Your drafts")
    empty = _("No drafts. Start a lesson from the library.")
    order = 12

    def pages(self):
        return clinician_drafts(user=self.request.user)


class ReviewPanel(ClinicianPanel):
    name = "kinship_review"
    heading = _("Lessons waiting for your review")
    empty = _("Nothing waits for your review.")
    order = 11

    def pages(self):
        return lessons_to_review(user=self.request.user)


class PublishedPanel(ClinicianPanel):
    name = "kinship_published"
    heading = _("Recently published")
    empty = _("Nothing published yet.")
    order = 13

    def pages(self):
        return recently_published()


class HowToWritePanel(Component):
    name = "kinship_how_to_write"
    template_name = "learning/clinician_home/how_to_write.html"
    order = 14

    def get_context_data(self, parent_context=None):
        library = LibraryPage.objects.live().only("pk").first()
        return {"library": library}


def clinician_home_panels(request) -> list[Component]:
    if not has_role(request.user, CLINICIANS):
        return []
    return [ReviewPanel(request), DraftsPanel(request), PublishedPanel(request), HowToWritePanel()]
