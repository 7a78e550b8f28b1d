"""Attendance screens in the Wagtail admin, for program staff and each cohort's facilitators.

Thin: they read the request, check who may see the cohort, call the attendance selectors
and services, and answer refusals with a message (4xx), never a server error.
"""

from datetime import date, datetime, time, timedelta
from http import HTTPStatus
from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Min
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from workshops.admin_views import cohort_tabs, cohort_url
from workshops.attendance import reports, selectors, services
from workshops.attendance.forms import parse_sheet
from workshops.attendance.permissions import attendance_cohorts, facilitates_any, is_program_staff, may_take_attendance
from workshops.attendance.sheet_rows import SheetWords, sheet_row
from workshops.models import AttendanceStatus, Cohort, CohortSession, CohortStatus
from workshops.practice.selectors import practice_counts_before
from workshops.selectors import cohorts_matching

URL_NAMESPACE = "attendance"
COHORTS_PER_PAGE = 25


def attendance_url(name: str, *args) -> str:
    return reverse(f"{URL_NAMESPACE}:{name}", args=args)


def _local_day_bounds(day: date, zone: str) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min, tzinfo=ZoneInfo(zone))
    return start, start + timedelta(days=1)


class AttendanceView(WagtailAdminTemplateMixin, TemplateView):
    """Any attendance screen: program staff, or facilitators of at least one cohort (403 for others)."""

    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        self.check_access()
        return super().dispatch(request, *args, **kwargs)

    def check_access(self) -> None:
        user = self.request.user
        if not (is_program_staff(user) or facilitates_any(user)):
            raise PermissionDenied

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items, {"url": attendance_url("index"), "label": gettext_lazy("Attendance")}]
        return [*items, *self.extra_breadcrumbs(), {"url": "", "label": self.get_page_title()}]

    def extra_breadcrumbs(self) -> list[dict]:
        return []


class AttendanceIndexView(AttendanceView):
    """Today's sessions first (what a facilitator opens during a call), then every cohort."""

    template_name = "workshops/attendance/admin/index.html"
    page_title = gettext_lazy("Attendance")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        cohorts = attendance_cohorts(user=user).exclude(status=CohortStatus.DRAFT)
        # The admin search for facilitators lands here: their own groups, by group or member name.
        query = self.request.GET.get("q", "")[:100].strip()
        start, end = _local_day_bounds(timezone.localdate(timezone=ZoneInfo(user.time_zone)), user.time_zone)
        context["today"] = list(
            CohortSession.objects.filter(cohort__in=cohorts, starts_at__gte=start, starts_at__lt=end)
            .select_related("cohort")
            .order_by("starts_at", "pk")
        )
        page = Paginator(
            cohorts_matching(cohorts, query)
            .select_related("workshop")
            .annotate(first_session_at=Min("sessions__starts_at"))  # as the cohort list shows it
            .order_by("-first_session_on", "name", "pk"),
            COHORTS_PER_PAGE,
        ).get_page(self.request.GET.get("p"))
        context.update(cohorts=page, time_zone=user.time_zone, is_program_staff=is_program_staff(user), query=query)
        return context


class CohortScopedMixin:
    """One cohort's screens: 404 for an unknown one, 403 for anyone neither program staff nor its facilitator."""

    def scoped_cohort(self) -> Cohort | None:
        raise NotImplementedError

    def check_access(self) -> None:
        cohort = self.scoped_cohort()
        if cohort is None:
            raise Http404
        if not may_take_attendance(user=self.request.user, cohort=cohort):
            raise PermissionDenied

    def cohort_breadcrumb(self, cohort: Cohort) -> dict:
        return {"url": attendance_url("cohort", cohort.pk), "label": cohort.name}


class SessionSheetView(CohortScopedMixin, AttendanceView):
    """One session: every enrolled member, a mark each, notes, suggestions; saved in one request."""

    template_name = "workshops/attendance/admin/sheet.html"

    @cached_property
    def session(self) -> CohortSession | None:
        """The session with its cohort (one query)."""
        return selectors.sheet_session(self.kwargs["pk"])

    @cached_property
    def sheet(self):
        return selectors.attendance_sheet(session=self.session)

    def scoped_cohort(self):
        return self.session.cohort if self.session else None

    def check_access(self) -> None:
        # A save checks who may take attendance itself, with the session locked; reading the
        # whole roster first would cost queries for nothing. Refusals come back from the service.
        if self.request.method != "POST":
            super().check_access()

    def get_page_title(self):
        return _("Attendance: session %(number)s") % {"number": self.session.number}

    def get_page_subtitle(self):
        return self.session.title

    def extra_breadcrumbs(self):
        return [self.cohort_breadcrumb(self.session.cohort)]

    def get_context_data(self, *, submitted=None, **kwargs):
        context = super().get_context_data(**kwargs)
        all_present = self.request.GET.get("all") == AttendanceStatus.PRESENT
        words, zone = SheetWords.translated(), ZoneInfo(self.sheet.cohort.time_zone)
        rows = []
        for row in self.sheet.rows:
            shown = (row.status, row.note)
            if submitted is not None and row.enrollment_id in submitted.values:
                shown = submitted.values[row.enrollment_id]
            elif all_present and row.apology is None:
                shown = (AttendanceStatus.PRESENT.value, row.note)
            error = submitted.errors.get(row.enrollment_id, "") if submitted is not None else ""
            rows.append(sheet_row(row, status=shown[0], note=shown[1], error=error, words=words, zone=zone))
        context.update(
            sheet=self.sheet,
            rows=rows,
            statuses=AttendanceStatus.choices,
            note_max=services.NOTE_MAX,
            errors=submitted.errors if submitted is not None else {},
            all_present=all_present,
            practice=practice_counts_before(session=self.session),
        )
        return context

    def post(self, request, *args, **kwargs):
        submission = parse_sheet(request.POST)
        if not submission.is_valid:
            return self.refuse(submission, _("Nothing was saved. Please correct the rows marked below."))
        try:
            saved = services.attendance_sheet_save(
                session_id=self.kwargs["pk"], by=request.user, marks=submission.changed
            )
        except services.AttendanceRefused as error:
            return self.refuse(submission, error.message, status=error.status)
        if saved.changed:
            messages.success(
                request,
                _("Attendance saved: %(count)s changed.") % {"count": saved.changed},
            )
        else:
            messages.success(request, _("Attendance saved. Nothing had changed."))
        if saved.skipped:
            messages.warning(
                request,
                _("%(count)s row(s) were not saved: those members have left the group.")
                % {"count": len(saved.skipped)},
            )
        return HttpResponseRedirect(attendance_url("sheet", self.kwargs["pk"]))

    def refuse(self, submission, message: str, *, status: HTTPStatus = HTTPStatus.BAD_REQUEST):
        """The sheet again with what was typed and the message; only for those who may see it."""
        super().check_access()
        messages.error(self.request, message)
        return self.render_to_response(self.get_context_data(submitted=submission), status=status)


class CohortReportView(CohortScopedMixin, reports.SafeSpreadsheetExportMixin, AttendanceView):
    """Members x sessions with marks, rates, turnout, a turnout chart and the completion rule; CSV and XLSX."""

    template_name = "workshops/attendance/admin/cohort_report.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.cohort = Cohort.objects.filter(pk=kwargs["pk"]).first()

    def scoped_cohort(self):
        return self.cohort

    def get(self, request, *args, **kwargs):
        self.cohort.workshop = selectors.workshop_rule(self.cohort, with_title=True)
        self.matrix = selectors.cohort_attendance_matrix(cohort=self.cohort)
        self.export_columns = reports.matrix_columns(self.matrix)
        if self.is_export:
            return self.export_response(request.GET["export"])
        return super().get(request, *args, **kwargs)

    def get_page_title(self):
        return self.cohort.name

    def get_page_subtitle(self):
        return self.cohort.workshop.title

    def get_breadcrumbs_items(self):
        return (
            [
                *self.breadcrumbs_items,
                {"url": cohort_url("index"), "label": gettext_lazy("Cohorts")},
                {"url": cohort_url("overview", self.cohort.pk), "label": self.cohort.name},
                {"url": "", "label": _("Attendance")},
            ]
            if is_program_staff(self.request.user)
            else [
                *self.breadcrumbs_items,
                {"url": attendance_url("index"), "label": gettext_lazy("Attendance")},
                {"url": "", "label": self.cohort.name},
            ]
        )

    def get_filename(self):
        # Ids and a date only: file names end up in download folders and mail attachments.
        return f"attendance-cohort-{self.cohort.pk}-{timezone.localdate().isoformat()}"

    def get_export_rows(self):
        return reports.matrix_rows(self.matrix)

    def get_sheet_title(self):
        return self.cohort.name

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            cohort=self.cohort,
            matrix=self.matrix,
            chart=reports.turnout_chart(self.matrix),
            symbols=[(reports.SYMBOLS[value], label) for value, label in AttendanceStatus.choices],
            matrix_body=reports.matrix_body(self.matrix),
            counted=[label for value, label in AttendanceStatus.choices if value in self.matrix.counted],
            csv_url=self.csv_export_url,
            xlsx_url=self.xlsx_export_url,
            # Facilitators open only this tab; program staff get the cohort's other tabs too.
            cohort_tabs=cohort_tabs(self.cohort, current="attendance") if is_program_staff(self.request.user) else [],
        )
        return context


class DateRangeForm(forms.Form):
    start = forms.DateField(label=gettext_lazy("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=gettext_lazy("To (inclusive)"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["end"] < cleaned["start"]:
            raise forms.ValidationError(_("The end date must be on or after the start date."))
        return cleaned


class ProgramReportView(reports.SafeSpreadsheetExportMixin, AttendanceView):
    """Attendance rate per cohort for sessions in a date range (the program's time zone)."""

    template_name = "workshops/attendance/admin/program_report.html"
    page_title = gettext_lazy("Attendance across the program")
    default_days = 90

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": attendance_url("index"), "label": gettext_lazy("Attendance")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, *args, **kwargs):
        today = timezone.localdate()
        data = request.GET if "start" in request.GET or "end" in request.GET else None
        self.form = DateRangeForm(data, initial={"start": today - timedelta(days=self.default_days), "end": today})
        if data is not None and not self.form.is_valid():
            return self.render_to_response(self.get_context_data(rates=None), status=HTTPStatus.BAD_REQUEST)
        values = self.form.cleaned_data if data is not None else self.form.initial
        self.start, self.end = values["start"], values["end"]
        zone = timezone.get_current_timezone()
        self.rates = selectors.program_attendance(
            cohorts=attendance_cohorts(user=request.user),
            start=datetime.combine(self.start, time.min, tzinfo=zone),
            end=datetime.combine(self.end + timedelta(days=1), time.min, tzinfo=zone),
        )
        self.export_columns = reports.program_columns()
        if self.is_export:
            return self.export_response(request.GET["export"])
        return self.render_to_response(self.get_context_data(rates=self.rates))

    def get_filename(self):
        return f"attendance-program-{self.start.isoformat()}-to-{self.end.isoformat()}"

    def get_export_rows(self):
        return reports.program_rows(self.rates)

    def get_sheet_title(self):
        return _("Program attendance")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["time_zone"] = timezone.get_current_timezone_name()
        if kwargs.get("rates") is not None:
            context.update(csv_url=self.csv_export_url, xlsx_url=self.xlsx_export_url)
        return context
