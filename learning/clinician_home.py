"""The clinician home in the Wagtail admin: their drafts, lessons waiting for their review
(never their own), what was published lately, and a short "how to write a lesson".

Each list is one capped query (two for the review list: the workflow rows, then their pages),
whatever the size of the library.
"""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from cms.roles import CLINICIANS, has_role
from learning.models import CheckIn, LessonPage, LibraryPage, ModulePage

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


def _review_requests(user) -> list[tuple[int, str]]:
    """(base content type id, object id) of items in clinical review asked for by someone else."""
    return list(
        WorkflowState.objects.active()
        .exclude(requested_by=user)
        .order_by("-created_at")
        .values_list("base_content_type_id", "object_id")[: ROWS_PER_LIST * 4]
    )


def _ids_of(requests: list[tuple[int, str]], model) -> list[int]:
    # Pages and check-ins share the workflow table: an object id means nothing without its type.
    type_id = ContentType.objects.get_for_model(model).pk
    return [int(value) for content_type, value in requests if content_type == type_id and value.isdigit()]


def lessons_to_review(*, user, requests=None) -> list[Page]:
    """Lessons and modules in clinical review, asked for by someone else: nobody reviews their own."""
    ids = _ids_of(_review_requests(user) if requests is None else requests, Page)
    return list(_learning_pages().filter(pk__in=ids).order_by("-latest_revision_created_at", "pk")[:ROWS_PER_LIST])


def check_ins_to_review(*, user, requests=None) -> list[CheckIn]:
    """Outcome check-ins in clinical review, asked for by someone else (no query when there are none)."""
    ids = _ids_of(_review_requests(user) if requests is None else requests, CheckIn)
    return list(CheckIn.objects.filter(pk__in=ids).only("title").order_by("title")[:ROWS_PER_LIST]) if ids else []


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


def _requests_for(request) -> list[tuple[int, str]]:
    """Read once per request: the lesson and the check-in review panels share it."""
    if not hasattr(request, "_kinship_review_requests"):
        request._kinship_review_requests = _review_requests(request.user)
    return request._kinship_review_requests


class ReviewPanel(ClinicianPanel):
    name = "kinship_review"
    heading = _("Lessons waiting for your review")
    empty = _("Nothing waits for your review.")
    order = 11

    def pages(self):
        return lessons_to_review(user=self.request.user, requests=_requests_for(self.request))


class CheckInReviewPanel(Component):
    """Shown only while a check-in waits: most days there is none."""

    name = "kinship_check_in_review"
    template_name = "learning/clinician_home/check_ins_panel.html"
    order = 11

    def __init__(self, request):
        self.request = request

    def render_html(self, parent_context=None):
        check_ins = check_ins_to_review(user=self.request.user, requests=_requests_for(self.request))
        if not check_ins:
            return ""
        self._items = [
            (check_in.title, reverse("wagtailsnippets_learning_checkin:edit", args=[check_in.pk]))
            for check_in in check_ins
        ]
        return super().render_html(parent_context)

    def get_context_data(self, parent_context=None):
        return {"items": self._items}


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
    return [
        ReviewPanel(request),
        CheckInReviewPanel(request),
        DraftsPanel(request),
        PublishedPanel(request),
        HowToWritePanel(),
    ]
