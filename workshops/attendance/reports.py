"""Attendance reports as spreadsheets and a small chart.

Exports use Wagtail's SpreadsheetExportMixin (CSV and XLSX). Every text cell goes through
`neutralise`: a value that a spreadsheet would read as a formula (it begins with =, +, -, @,
a tab or a carriage return, also after leading spaces, or their full-width forms) gets a
leading apostrophe, so a member named =HYPERLINK(...) stays a name (OWASP's advice).
"""

from collections import OrderedDict
from dataclasses import dataclass

from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from wagtail.admin.views.mixins import ExcelDateFormatter, SpreadsheetExportMixin

from cms.dates import in_zone, local_date
from workshops.attendance.selectors import CohortRate, Matrix
from workshops.attendance.selectors.rule import labels
from workshops.models import AttendanceStatus

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")

# One short symbol per mark, for the matrix on screen (with a legend) and in exports.
SYMBOLS = {
    AttendanceStatus.PRESENT: "✓",
    AttendanceStatus.LATE: "L",
    AttendanceStatus.LEFT_EARLY: "E",
    AttendanceStatus.EXCUSED: "X",
    AttendanceStatus.ABSENT: "–",
}


def neutralise(value):
    if isinstance(value, str) and (value.startswith(FORMULA_STARTS) or value.lstrip().startswith(FORMULA_STARTS)):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    """Wagtail's CSV/XLSX export of a list of rows (dicts keyed by column), formula-safe."""

    export_columns: "OrderedDict[str, str]" = OrderedDict()  # key -> heading; set per request
    # The pages show their own labelled download links; no second pair in the header menu.
    show_export_buttons = False

    def get_export_rows(self) -> list[dict]:
        raise NotImplementedError

    @property
    def list_export(self):
        return list(self.export_columns)

    def to_row_dict(self, item):
        return OrderedDict((key, item.get(key, "")) for key in self.export_columns)

    def get_heading(self, queryset, field):
        return self.export_columns[field]

    def preprocess_field_value(self, field, value, export_format):
        value = neutralise(value)
        if export_format == self.FORMAT_XLSX and isinstance(value, str):
            # XLSX cannot hold control characters; openpyxl would refuse the whole file.
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
        return super().preprocess_field_value(field, value, export_format)

    def export_response(self, export_format: str):
        return self.as_spreadsheet(self.get_export_rows(), export_format)

    def get_sheet_title(self) -> str:
        """The spreadsheet tab's name (Wagtail calls it "Sheet1")."""
        return _("Attendance")

    def write_xlsx(self, queryset, output):
        """Wagtail's XLSX writer with a named tab (at most 31 characters, none of []:*?/\\)."""
        from openpyxl import Workbook

        workbook = Workbook(write_only=True, iso_dates=True)
        worksheet = workbook.create_sheet(title=sheet_title(self.get_sheet_title()))
        worksheet.append(self.get_heading(queryset, field) for field in self.list_export)
        date_format = ExcelDateFormatter().get()
        for item in queryset:
            worksheet.append(self.generate_xlsx_row(worksheet, self.to_row_dict(item), date_format=date_format))
        workbook.save(output)


def sheet_title(text: str) -> str:
    cleaned = "".join(" " if char in "[]:*?/\\" else char for char in text).strip()
    return cleaned[:31] or "Attendance"


def session_heading(session, *, time_zone: str) -> str:
    """'Session 3 (December 7, 2026)': the date in the group's own zone, in the language's style."""
    day = local_date(in_zone(session.starts_at, time_zone))
    return _("Session %(number)s (%(date)s)") % {"number": session.number, "date": day}


CELL_TEMPLATE = "workshops/attendance/admin/includes/matrix_cell.html"


@dataclass(frozen=True)
class MatrixBodyRow:
    """One member's row of the matrix, ready to print: text only, and the row's cells."""

    name: str
    relationship: str
    cells: str  # the row's <td>s, each one of the few cells rendered once from CELL_TEMPLATE
    rate: str  # "75%", or "—" before any session was held
    attended_of_held: str  # "6/8"
    meets_rule: bool
    reason: str


def matrix_body(matrix: Matrix) -> list[MatrixBodyRow]:
    """The matrix's rows for its template. A 200 × 12 matrix has 2,400 cells but only six
    different ones (a symbol and its word per mark, or blank): each is rendered once from its
    template and repeated, so the page costs a few template nodes per member, not per cell."""
    cell_template = get_template(CELL_TEMPLATE)
    cells = {"": cell_template.render({"cell": None})}
    for value, label in labels(AttendanceStatus.choices).items():
        cells[value] = cell_template.render({"cell": {"symbol": SYMBOLS[value], "label": label}})
    return [
        MatrixBodyRow(
            name=row.name,
            relationship=row.relationship,
            # Each piece is the cell template's own (autoescaped) output, so their join is safe too;
            # format_html_join would escape-check 2,400 pieces and cost more than the rows' template.
            cells=mark_safe("".join([cells[mark] for mark in row.marks])),
            rate="—" if row.rate_percent is None else f"{row.rate_percent}%",
            attended_of_held=f"{row.attended}/{row.held}",
            meets_rule=row.completion.meets_rule,
            reason=row.completion.reason,
        )
        for row in matrix.rows
    ]


def matrix_columns(matrix: Matrix) -> "OrderedDict[str, str]":
    columns = OrderedDict([("name", _("Member")), ("relationship", _("Relationship"))])
    for column in matrix.columns:
        columns[f"session-{column.session.number}"] = session_heading(column.session, time_zone=matrix.cohort.time_zone)
    columns.update(
        attended=_("Sessions attended"),
        held=_("Sessions held"),
        rate=_("Attendance rate (%)"),
        meets_rule=_("Meets the completion rule"),
        reason=_("Why"),
        # Every row names its group, so exports of several groups can be put together.
        workshop=_("Workshop"),
        cohort=_("Cohort"),
    )
    return columns


def matrix_rows(matrix: Matrix) -> list[dict]:
    status_labels = labels(AttendanceStatus.choices)
    keys = [f"session-{column.session.number}" for column in matrix.columns]
    yes, no = _("Yes"), _("No")
    group = {"workshop": matrix.cohort.workshop.title, "cohort": matrix.cohort.name}
    rows = []
    for row in matrix.rows:
        cells = {key: status_labels[mark] if mark else "" for key, mark in zip(keys, row.marks, strict=True)}
        rows.append(
            {
                "name": row.name,
                "relationship": row.relationship,
                **cells,
                "attended": row.attended,
                "held": row.held,
                "rate": row.rate_percent if row.rate_percent is not None else "",
                "meets_rule": yes if row.completion.meets_rule else no,
                "reason": row.completion.reason,
                **group,
            }
        )
    turnout = {
        f"session-{column.session.number}": column.attended if column.marked else "" for column in matrix.columns
    }
    rows.append({"name": _("Turnout (members there)"), **turnout, **group})
    return rows


def program_columns() -> "OrderedDict[str, str]":
    return OrderedDict(
        [
            ("workshop", _("Workshop")),
            ("cohort", _("Cohort")),
            ("sessions", _("Sessions held")),
            ("marks", _("Marks recorded")),
            ("attended", _("Marks present, late or left early")),
            ("rate", _("Attendance rate (%)")),
        ]
    )


def program_rows(rates: list[CohortRate]) -> list[dict]:
    return [
        {
            "workshop": rate.cohort.workshop.title,
            "cohort": rate.cohort.name,
            "sessions": rate.sessions,
            "marks": rate.marks,
            "attended": rate.attended,
            "rate": rate.rate_percent if rate.rate_percent is not None else "",
        }
        for rate in rates
    ]


# --- the turnout chart (server-rendered SVG: no script, works everywhere) -----------------------


@dataclass(frozen=True)
class Bar:
    label: str
    x: int
    y: int
    height: int
    percent: int | None
    title: str


CHART_HEIGHT = 120
BAR_WIDTH = 28
BAR_GAP = 12
CHART_TOP = 16  # room for the percentage above a full bar


def turnout_chart(matrix: Matrix) -> dict:
    """Bar geometry for turnout per session: height is the share of marked members who were there."""
    bars = []
    for index, column in enumerate(matrix.columns):
        percent = column.turnout_percent
        height = round(CHART_HEIGHT * (percent or 0) / 100)
        if column.session.is_cancelled:
            title = _("Session %(number)s: cancelled") % {"number": column.session.number}
        elif percent is None:
            title = _("Session %(number)s: no marks yet") % {"number": column.session.number}
        else:
            title = _("Session %(number)s: %(attended)s of %(marked)s there (%(percent)s%%)") % {
                "number": column.session.number,
                "attended": column.attended,
                "marked": column.marked,
                "percent": percent,
            }
        bars.append(
            Bar(
                label=str(column.session.number),
                x=BAR_GAP + index * (BAR_WIDTH + BAR_GAP),
                y=CHART_TOP + CHART_HEIGHT - height,
                height=height,
                percent=percent,
                title=title,
            )
        )
    return {
        "bars": bars,
        "width": BAR_GAP + len(bars) * (BAR_WIDTH + BAR_GAP),
        "height": CHART_TOP + CHART_HEIGHT + 24,
        "baseline": CHART_TOP + CHART_HEIGHT,
        "bar_width": BAR_WIDTH,
    }
