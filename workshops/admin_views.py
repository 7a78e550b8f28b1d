"""Staff screens in the Wagtail admin: the cohort list, a cohort's roster and its sessions.

Views only read the request and call workshops.services; every refusal comes back as a
message the staff member can act on, never a server error.
"""

from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from cms.handouts.responses import stored_pdf_response
from cms.models import SiteSettings
from workshops import selectors, services
from workshops.forms import AddMemberForm, SessionRescheduleForm
from workshops.handouts import services as handout_services
from workshops.models import Cohort, CohortSession, WorkshopPage
from workshops.practice.selectors import with_practice_counts
from workshops.staff_home import selectors as staff_home_selectors

URL_NAMESPACE = "cohorts"


def cohort_url(name: str, *args) -> str:
    return reverse(f"{URL_NAMESPACE}:{name}", args=args)


# --- the ModelViewSet's own views ------------------------------------------------------------


class CohortIndexView(generic.IndexView):
    """The cohort list: every figure comes from the one annotated query, whatever the row count."""

    def get_base_queryset(self):
        return selectors.staff_cohort_queryset()

    def search_queryset(self, queryset):
        # Group, workshop or member name: the list is program staff's, who may see every roster.
        return selectors.cohorts_matching(queryset, self.search_query) if self.is_searching else queryset

    def get_edit_url(self, instance):
        # A cohort's name opens its overview, the page with every tool as a tab; Settings is one of them.
        if self.user_has_permission("change"):
            return cohort_url("overview", instance.pk)
        return None

    def get_list_more_buttons(self, instance):
        overview = self.get_edit_url(instance)
        buttons = [button for button in super().get_list_more_buttons(instance) if button.url != overview]
        if overview:
            buttons += [
                MenuItem(tab["label"], url=tab["url"], icon_name=icon, priority=priority)
                for tab, icon, priority in zip(
                    cohort_tabs(instance, current="")[1:],
                    ["group", "date", "tasks", "doc-full", "cog"],
                    range(11, 16),
                    strict=True,
                )
            ]
        return buttons


class CohortCreateView(generic.CreateView):
    def get_initial_form_instance(self):
        # "New cohort" on a workshop page in the admin links here with ?workshop=<id>.
        instance = super().get_initial_form_instance()
        workshop_id = self.request.GET.get("workshop", "")
        instance = instance or self.model()
        if workshop_id.isdigit() and WorkshopPage.objects.filter(pk=workshop_id).exists():
            instance.workshop_id = int(workshop_id)
        # New groups meet in the program's time zone unless staff choose another.
        instance.time_zone = SiteSettings.for_request(self.request).time_zone
        return instance

    def get_success_url(self):
        # Next step after creating a cohort is to generate its sessions.
        return cohort_url("sessions", self.object.pk)


class CohortEditView(generic.EditView):
    """The cohort's Settings tab."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["cohort_tabs"] = cohort_tabs(self.object, current="edit")
        return context

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        # The cohort's name leads to its overview, as on every other cohort page.
        return [
            *items[:-1],
            {"url": cohort_url("overview", self.object.pk), "label": self.object.name},
            {"url": "", "label": _("Settings")},
        ]

    def save_instance(self):
        # The form has already changed the instance in memory; the stored row still has the old status.
        previous_status = Cohort.objects.filter(pk=self.object.pk).values_list("status", flat=True).get()
        instance = super().save_instance()
        # More seats move the waitlist up at once; a cancelled group tells its members.
        services.cohort_after_edit(cohort_id=instance.pk, previous_status=previous_status, by=self.request.user)
        return instance


def attendance_report_url(cohort_pk: int) -> str:
    return reverse("attendance:cohort", args=[cohort_pk])


def cohort_tabs(cohort: Cohort, *, current: str) -> list[dict]:
    """The same tabs on every page about one cohort, in the same order, the current one marked."""
    # Imported here: the certificate screens build on these views (certificates -> this module).
    from workshops.certificates.admin_views import certificates_url

    links = [
        ("overview", _("Overview"), cohort_url("overview", cohort.pk)),
        ("roster", _("Members"), cohort_url("roster", cohort.pk)),
        ("sessions", _("Sessions"), cohort_url("sessions", cohort.pk)),
        ("attendance", _("Attendance"), attendance_report_url(cohort.pk)),
        ("certificates", _("Certificates"), certificates_url("cohort", cohort.pk)),
        ("edit", _("Settings"), cohort_url("edit", cohort.pk)),
    ]
    return [{"name": name, "label": label, "url": url, "current": name == current} for name, label, url in links]


# --- roster and sessions -------------------------------------------------------------------------


class CohortPageMixin(PermissionCheckedMixin):
    """A page about one cohort, for people who may change cohorts (program staff)."""

    model = Cohort
    permission_required = "change"
    header_icon = "group"
    current = ""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.cohort = get_object_or_404(Cohort.objects.select_related("workshop"), pk=kwargs["pk"])

    def get_page_subtitle(self):
        return f"{self.cohort.name} · {self.cohort.workshop.title}"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": cohort_url("index"), "label": gettext_lazy("Cohorts")},
            {"url": cohort_url("overview", self.cohort.pk), "label": self.cohort.name},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["cohort_tabs"] = cohort_tabs(self.cohort, current=self.current)
        return context

    def back_here(self) -> HttpResponseRedirect:
        return HttpResponseRedirect(cohort_url(self.current, self.cohort.pk))


class CohortOverviewView(CohortPageMixin, generic.WagtailAdminTemplateMixin, TemplateView):
    """Where every cohort link leads: who is in, what is next, what needs doing."""

    template_name = "workshops/admin/overview.html"
    page_title = gettext_lazy("Overview")
    current = "overview"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        overview = staff_home_selectors.cohort_overview(cohort=self.cohort, now=now)
        context.update(
            cohort=self.cohort,
            overview=overview,
            can_finish=overview.can_finish(now),
            time_zone=self.cohort.time_zone,
            states=staff_home_selectors.AttendanceState,
        )
        return context


class CohortRosterView(CohortPageMixin, generic.WagtailAdminTemplateMixin, TemplateView):
    """Who is in the group; approve, decline, move, and add members by email."""

    template_name = "workshops/admin/roster.html"
    page_title = gettext_lazy("Members")
    current = "roster"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["roster"] = selectors.cohort_roster(cohort=self.cohort)
        context["cohort"] = self.cohort
        context.setdefault("add_form", AddMemberForm())
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        enrollment_id = request.POST.get("enrollment", "")
        try:
            if action == "add":
                form = AddMemberForm(request.POST)
                if not form.is_valid():
                    return self.render_to_response(self.get_context_data(add_form=form), status=400)
                services.enrollment_add_by_email(
                    cohort_id=self.cohort.pk,
                    email=form.cleaned_data["email"],
                    relationship=form.cleaned_data["relationship"],
                    by=request.user,
                )
                messages.success(request, _("Member added. They get an email about it."))
            elif action == "approve":
                services.enrollment_approve(cohort_id=self.cohort.pk, enrollment_id=enrollment_id, by=request.user)
                messages.success(request, _("Approved. The member gets an email with the dates."))
            elif action == "decline":
                services.enrollment_decline(cohort_id=self.cohort.pk, enrollment_id=enrollment_id, by=request.user)
                messages.success(request, _("Declined. The member gets an email about it."))
            elif action == "move":
                enrollment = services.enrollment_move(
                    cohort_id=self.cohort.pk,
                    enrollment_id=enrollment_id,
                    to_cohort_id=request.POST.get("to_cohort"),
                    by=request.user,
                )
                messages.success(
                    request,
                    _("Moved to “%(name)s” (%(status)s).")
                    % {"name": enrollment.cohort.name, "status": enrollment.get_status_display()},
                )
            else:
                messages.error(request, _("Please use the buttons on this page."))
        except services.WorkshopError as error:
            messages.error(request, error.message)
        return self.back_here()


class CohortSessionsView(CohortPageMixin, generic.WagtailAdminTemplateMixin, TemplateView):
    """The cohort's sessions in its own time zone; generate them, reschedule or cancel one."""

    template_name = "workshops/admin/sessions.html"
    page_title = gettext_lazy("Sessions")
    current = "sessions"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["cohort"] = self.cohort
        context["sessions"] = with_practice_counts(selectors.cohort_sessions(cohort=self.cohort))
        context["outline_count"] = len(self.cohort.workshop.session_outlines)
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        try:
            if action == "generate":
                sessions = services.cohort_generate_sessions(cohort_id=self.cohort.pk, by=request.user)
                messages.success(request, _("%(count)s sessions are scheduled.") % {"count": len(sessions)})
            elif action == "cancel":
                services.session_cancel(
                    session_id=request.POST.get("session"), cohort_id=self.cohort.pk, by=request.user
                )
                messages.success(request, _("Session cancelled. Enrolled members get an email."))
            else:
                messages.error(request, _("Please use the buttons on this page."))
        except services.WorkshopError as error:
            messages.error(request, error.message)
        return self.back_here()


class CohortHandoutPackView(CohortPageMixin, generic.WagtailAdminTemplateMixin, TemplateView):
    """The cohort's handout pack: every session's handout in one PDF, or "being prepared"."""

    template_name = "workshops/admin/handout_pack.html"
    page_title = gettext_lazy("Handout pack")
    current = "sessions"

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        items.insert(-1, {"url": cohort_url("sessions", self.cohort.pk), "label": _("Sessions")})
        return items

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(cohort=self.cohort, nothing_to_print=False)
        pack = handout_services.pack_request(cohort=self.cohort)
        if pack is None:
            context["nothing_to_print"] = True
            return self.render_to_response(context, status=404)
        return stored_pdf_response(
            request,
            pack,
            title=self.cohort.name,
            back_url=cohort_url("sessions", self.cohort.pk),
            template=self.template_name,
            context=context,
        )


class SessionEditView(CohortPageMixin, generic.WagtailAdminTemplateMixin, TemplateView):
    """Reschedule one session, in the cohort's local time."""

    template_name = "workshops/admin/session_edit.html"
    page_title = gettext_lazy("Reschedule session")
    current = "sessions"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.session = get_object_or_404(CohortSession, pk=kwargs["session_pk"], cohort=self.cohort)

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        items.insert(-1, {"url": cohort_url("sessions", self.cohort.pk), "label": _("Sessions")})
        return items

    def _initial(self) -> dict:
        zone = ZoneInfo(self.cohort.time_zone)
        start = self.session.starts_at.astimezone(zone)
        minutes = int((self.session.ends_at - self.session.starts_at).total_seconds() // 60)
        return {"starts_on": start.date(), "local_start_time": start.time().replace(tzinfo=None), "minutes": minutes}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(cohort=self.cohort, session=self.session)
        context.setdefault("form", SessionRescheduleForm(initial=self._initial()))
        return context

    def post(self, request, *args, **kwargs):
        form = SessionRescheduleForm(request.POST)
        if form.is_valid():
            try:
                services.session_reschedule(
                    session_id=self.session.pk,
                    starts_on=form.cleaned_data["starts_on"],
                    local_start_time=form.cleaned_data["local_start_time"],
                    minutes=form.cleaned_data["minutes"],
                    by=request.user,
                )
            except services.WorkshopError as error:
                form.add_error(None, ValidationError(error.message))
            else:
                messages.success(request, _("Session moved. Enrolled members get an email."))
                return HttpResponseRedirect(cohort_url("sessions", self.cohort.pk))
        return self.render_to_response(self.get_context_data(form=form), status=400)
