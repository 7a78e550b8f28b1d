"""Wires workshops into the Wagtail admin: the cohort screens, audit-log labels, page buttons.

Hooks only connect things; rules live in workshops.services and workshops.selectors.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permissions import policy_registry

from cms.dates import in_zone, local_date
from workshops import admin_search, admin_views
from workshops.attendance import hooks as attendance_hooks  # noqa: F401 - registers the attendance screens
from workshops.certificates import admin_views as certificate_admin_views
from workshops.certificates import hooks as certificate_hooks  # noqa: F401 - registers the certificate screens
from workshops.forms import CohortAdminForm
from workshops.models import Cohort, WorkshopPage
from workshops.outcomes import hooks as outcome_hooks  # noqa: F401 - registers the outcome report
from workshops.staff_home.panels import staff_home_panels, writes_no_content


def _seats(cohort: Cohort) -> str:
    return f"{cohort.enrolled_count + cohort.pending_count} / {cohort.capacity}"


def first_session_date(at, zone: str) -> str:
    """The first session's date as every staff screen shows it: in the viewer's own zone, as a
    date (a relative "in 2 weeks" misleads for future dates)."""
    if at is None:
        return "—"
    return local_date(in_zone(at, zone), "weekday_date")


class FirstSessionColumn(Column):
    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        zone = getattr(getattr(request, "user", None), "time_zone", "") or instance.time_zone
        context["value"] = first_session_date(instance.first_session_at, zone)
        return context


class CohortViewSet(ModelViewSet):
    model = Cohort
    name = admin_views.URL_NAMESPACE
    icon = "group"
    menu_label = _("Cohorts")
    menu_order = 220
    add_to_admin_menu = True
    copy_view_enabled = False
    # The certificate-aware views add a Certificates link, and issue them when a cohort is finished.
    index_view_class = admin_views.CohortIndexView
    add_view_class = admin_views.CohortCreateView
    edit_view_class = certificate_admin_views.CohortEditView
    edit_template_name = "workshops/admin/cohort_edit.html"  # the form under the cohort's tabs

    list_display = [
        "name",
        "workshop",
        "status",
        "language",
        FirstSessionColumn("first_session_at", label=_("First session"), sort_key="first_session_at"),
        Column("seats", label=_("Seats taken"), accessor=_seats),
        Column("waitlisted_count", label=_("Waitlist"), sort_key="waitlisted_count"),
        Column("pending_count", label=_("To approve"), sort_key="pending_count"),
    ]
    list_filter = ["status", "workshop", "language", "requires_approval"]
    search_fields = ["name"]
    search_backend_name = None  # plain database search on the name
    ordering = ["-first_session_on", "name"]
    list_per_page = 25

    edit_handler = ObjectList(
        [
            FieldPanel("workshop", widget=forms.Select),  # a plain list of live workshops
            FieldPanel("name"),
            FieldPanel("language"),
            FieldPanel("status"),
            FieldPanel("facilitators"),
            MultiFieldPanel(
                [
                    FieldPanel("time_zone"),
                    FieldRowPanel([FieldPanel("first_session_on"), FieldPanel("weekday")]),
                    FieldRowPanel([FieldPanel("local_start_time"), FieldPanel("session_minutes")]),
                ],
                heading=_("Weekly schedule"),
                help_text=_("After saving, open Sessions to generate one session per session in the workshop outline."),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("capacity"),
                    FieldPanel("requires_approval"),
                    FieldRowPanel([FieldPanel("enrollment_opens_at"), FieldPanel("enrollment_closes_at")]),
                ],
                heading=_("Sign-up"),
            ),
            MultiFieldPanel([FieldPanel("meeting_url"), FieldPanel("location")], heading=_("Where the group meets")),
        ],
        base_form_class=CohortAdminForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("overview/<int:pk>/", admin_views.CohortOverviewView.as_view(), name="overview"),
            path("members/<int:pk>/", admin_views.CohortRosterView.as_view(), name="roster"),
            path("sessions/<int:pk>/", admin_views.CohortSessionsView.as_view(), name="sessions"),
            path("handouts/<int:pk>/", admin_views.CohortHandoutPackView.as_view(), name="handouts"),
            path(
                "sessions/<int:pk>/<int:session_pk>/",
                admin_views.SessionEditView.as_view(),
                name="session_edit",
            ),
        ]


cohort_viewset = CohortViewSet()


@hooks.register("register_admin_viewset")
def register_cohort_viewset():
    return cohort_viewset


@hooks.register("register_admin_search_area")
def register_cohort_search_area():
    return admin_search.cohort_search_area()


@hooks.register("register_admin_search_area")
def register_own_groups_search_area():
    return admin_search.own_groups_search_area()


@hooks.register("register_admin_urls")
def register_admin_search_url():
    return [path("search/", admin_search.admin_search, name="kinship_admin_search")]


@hooks.register("register_log_actions")
def register_workshop_log_actions(actions):
    actions.register_action("workshops.enrollment_approved", _("Approve sign-up"), _("Sign-up approved"))
    actions.register_action("workshops.enrollment_declined", _("Decline sign-up"), _("Sign-up declined"))
    actions.register_action("workshops.enrollment_added", _("Add member"), _("Member added by staff"))
    actions.register_action(
        "workshops.enrollment_moved_in", _("Move member in"), _("Member moved in from another cohort")
    )
    actions.register_action("workshops.enrollment_moved_out", _("Move member out"), _("Member moved to another cohort"))
    actions.register_action("workshops.sessions_generated", _("Generate sessions"), _("Sessions generated"))
    actions.register_action("workshops.session_rescheduled", _("Reschedule session"), _("Session rescheduled"))
    actions.register_action("workshops.session_cancelled", _("Cancel session"), _("Session cancelled"))
    actions.register_action("workshops.cohort_cancelled", _("Cancel cohort"), _("Cohort cancelled; members told"))


def _may_add_cohort(user) -> bool:
    return policy_registry.get_by_type(Cohort).user_has_permission(user, "add")


@hooks.register("register_page_header_buttons")
def new_cohort_button(page, user, view_name, next_url=None):
    """'New cohort' on a workshop's admin page: staff start a run of the curriculum from it."""
    if page.specific_class is WorkshopPage and _may_add_cohort(user):
        yield Button(
            _("New cohort"),
            url=admin_views.cohort_url("add") + f"?workshop={page.pk}",
            icon_name="group",
            priority=40,
        )


@hooks.register("before_delete_page")
def keep_workshops_with_cohorts(request, page):
    """A workshop with cohorts cannot be deleted: members' history and certificates depend on it."""
    if page.specific_class is WorkshopPage and Cohort.objects.filter(workshop_id=page.pk).exists():
        messages.error(
            request, _("This workshop has cohorts, so it cannot be deleted. Unpublish it to hide it instead.")
        )
        return redirect("wagtailadmin_pages:edit", page.pk)


# Wagtail's home panels about pages and reviews: pages you edited, locked, sent to review, and
# items waiting for your review.
WAGTAIL_CONTENT_PANELS = {"recent_edits", "locked_pages", "user_objects_in_workflow_moderation"}
WAGTAIL_REVIEW_PANEL = "workflow_objects_to_moderate"


@hooks.register("construct_homepage_panels")
def add_staff_home_panels(request, panels):
    """Staff land where the work is: today's sessions, sign-ups, certificates, groups to finish.

    Program staff who are not clinicians write and review no pages by the roles' design (the
    cms and learning migrations give page, image and review rights to clinicians only), so
    Wagtail's four page panels, always empty for them, are left out: six queries a visit."""
    panels[:0] = staff_home_panels(request)
    if writes_no_content(request.user):
        panels[:] = [
            panel
            for panel in panels
            if getattr(panel, "name", "") not in {*WAGTAIL_CONTENT_PANELS, WAGTAIL_REVIEW_PANEL}
        ]


@hooks.register("insert_global_admin_css")
def staff_pages_css():
    """The cohort tabs and the staff home's lists (workshops/css/staff-home.css)."""
    return format_html('<link rel="stylesheet" href="{}">', static("workshops/css/staff-home.css"))
