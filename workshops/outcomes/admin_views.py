"""The outcome report in the Wagtail admin, for program staff and clinicians (403 for others).

Thin: it reads the filters, calls workshops.outcomes.report, and lays the aggregates out on
screen or as a formula-safe CSV/XLSX (the attendance reports' export mixin). Only aggregates
leave: no row of the export or the page is one person's answer.
"""

from collections import OrderedDict
from http import HTTPStatus

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.forms.utils import flatatt
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from cms.roles import is_staff_member
from learning.models import ModulePage
from workshops.attendance.reports import SafeSpreadsheetExportMixin
from workshops.models import Cohort, WorkshopPage
from workshops.outcomes import tables
from workshops.outcomes.module_report import ModuleFilters, module_outcome_report
from workshops.outcomes.report import MIN_GROUP, Filters, outcome_report

URL_NAMESPACE = "outcomes"


def may_see_outcomes(user) -> bool:
    """Program staff and clinicians (and superusers): the people who answer for the program."""
    return is_staff_member(user)


class LongSelect(forms.Select):
    """A select whose options are joined in Python: Django renders each option from two templates,
    and the cohort list grows with every group the program has run."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((key, mark_safe(" selected") if str(key) in chosen else "", label) for key, label in self.choices),
        )
        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        return format_html("<select{}>{}</select>", flatatt(final_attrs), options)


class OutcomeFilterForm(forms.Form):
    workshop = forms.ChoiceField(label=gettext_lazy("Workshop"), required=False)
    cohort = forms.TypedChoiceField(
        label=gettext_lazy("Cohort"), coerce=int, empty_value=None, required=False, widget=LongSelect
    )
    language = forms.ChoiceField(label=gettext_lazy("Language"), required=False)
    start = forms.DateField(
        label=gettext_lazy("Groups starting from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=gettext_lazy("Groups starting until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    module = forms.ChoiceField(label=gettext_lazy("Module"), required=False)
    module_start = forms.DateField(
        label=gettext_lazy("Modules: “before” answered from"),
        help_text=gettext_lazy("Whole months: a date counts its whole month."),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    module_end = forms.DateField(
        label=gettext_lazy("Modules: “before” answered until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        workshops = WorkshopPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("title")
        self.fields["workshop"].choices = [("", _("All workshops"))] + [
            (str(key), title) for key, title in workshops.values_list("translation_key", "title")
        ]
        # Two workshops often run groups with the same name ("Morning group"): name the workshop too.
        # Plain (id, label) choices: every cohort the program ran, without a model instance each.
        cohorts = Cohort.objects.order_by("-first_session_on", "name").values_list("pk", "name", "workshop__title")
        self.fields["cohort"].choices = [("", _("All cohorts"))] + [
            (str(pk), cohort_label(name, title)) for pk, name, title in cohorts
        ]
        self.fields["language"].choices = [("", _("All languages")), *settings.LANGUAGES]
        modules = ModulePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("title")
        self.fields["module"].choices = [("", _("All modules"))] + [
            (str(key), title) for key, title in modules.values_list("translation_key", "title")
        ]

    def clean(self):
        cleaned = super().clean()
        for start, end in (("start", "end"), ("module_start", "module_end")):
            if cleaned.get(start) and cleaned.get(end) and cleaned[end] < cleaned[start]:
                raise forms.ValidationError(_("The end date must be on or after the start date."))
        return cleaned

    def filters(self) -> Filters:
        data = self.cleaned_data
        return Filters(
            workshop_key=data.get("workshop") or None,
            cohort_id=data.get("cohort"),
            language=data.get("language") or None,
            start=data.get("start"),
            end=data.get("end"),
        )

    def module_filters(self) -> ModuleFilters:
        data = self.cleaned_data
        return ModuleFilters(
            module_key=data.get("module") or None,
            language=data.get("language") or None,
            start=data.get("module_start"),
            end=data.get("module_end"),
        )


def _number(value, places: int = 2):
    return round(value, places) if value is not None else ""


class OutcomeReportView(SafeSpreadsheetExportMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "workshops/outcomes/admin/report.html"
    page_title = gettext_lazy("Outcomes")
    header_icon = "clipboard-list"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not may_see_outcomes(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        self.form = OutcomeFilterForm(request.GET or None)
        if request.GET and not self.form.is_valid():
            return self.render_to_response(self.get_context_data(report=None), status=HTTPStatus.BAD_REQUEST)
        filters = self.form.filters() if request.GET else Filters()
        language = (get_language() or "en")[:2]
        self.report = outcome_report(cohorts=Cohort.objects.all(), filters=filters, language=language)
        module_filters = self.form.module_filters() if request.GET else ModuleFilters()
        self.module_report = module_outcome_report(filters=module_filters, language=language)
        self.export_columns = self.columns()
        if self.is_export:
            return self.export_response(request.GET["export"])
        return self.render_to_response(
            self.get_context_data(
                report=self.report,
                module_report=self.module_report,
                cohort_rows=tables.cohort_cell_rows(self.report.cells),
            )
        )

    def columns(self) -> "OrderedDict[str, str]":
        return OrderedDict(
            [
                ("figure", _("Figure")),
                ("people", _("People")),
                ("range", _("Answer range")),
                ("mean_before", _("Mean before")),
                ("mean_after", _("Mean after")),
                ("mean_change", _("Mean change")),
                ("ci_low", _("95% CI from")),
                ("ci_high", _("95% CI to")),
                ("improved", _("Improved (%)")),
            ]
        )

    def get_export_rows(self) -> list[dict]:
        """The groups' aggregates, then the modules' (each figure named "Modules: …")."""
        return [*_aggregate_rows(self.report, modules=False), *_aggregate_rows(self.module_report, modules=True)]

    def get_filename(self):
        return f"outcomes-{timezone.localdate().isoformat()}"

    def get_sheet_title(self):
        return _("Outcomes")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(form=self.form, min_group=MIN_GROUP)
        if kwargs.get("report") is not None:
            context.update(csv_url=self.csv_export_url, xlsx_url=self.xlsx_export_url)
        return context


def _aggregate_rows(report, *, modules: bool) -> list[dict]:
    """Counts and per-question aggregates: never one person's answer or name."""
    fewer = _("fewer than %(count)s") % {"count": MIN_GROUP}

    def named(figure: str) -> str:
        return _("Modules: %(figure)s") % {"figure": figure} if modules else figure

    rows = [
        {"figure": named(_("Answered before")), "people": _shown(report.answered_before, fewer)},
        {"figure": named(_("Answered after")), "people": _shown(report.answered_after, fewer)},
        {"figure": named(_("Answered both")), "people": _shown(report.answered_both, fewer)},
        {"figure": named(_("Small groups left out")), "people": report.small_groups_left_out},
    ]
    for item in report.items:
        row = {"figure": named(item.text), "range": f"{item.low}–{item.high}"}
        if item.change is None:
            row["people"] = fewer
        else:
            change = item.change
            row.update(
                people=change.n,
                mean_before=_number(change.mean_before),
                mean_after=_number(change.mean_after),
                mean_change=_number(change.mean_change),
                ci_low=_number(change.ci_low),
                ci_high=_number(change.ci_high),
                improved=round(100 * change.share_improved),
            )
        rows.append(row)
    return rows


def cohort_label(name: str, workshop_title: str) -> str:
    return f"{name} · {workshop_title}"


def _shown(count, fewer: str):
    return fewer if count.suppressed else count.value


def outcomes_url() -> str:
    return reverse(f"{URL_NAMESPACE}:report")
