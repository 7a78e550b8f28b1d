"""The attendance matrix's body rows (members x sessions) as HTML, built in Python.

Why: 200 members x 12 sessions are 2,400 cells; through the template engine that is most of
a second per page on a small server. This is the same markup in a few milliseconds. Names
and reasons go through escape(); the words are translated once per page.
"""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from workshops.attendance.selectors import Matrix
from workshops.attendance.selectors.rule import labels
from workshops.models import AttendanceStatus


def _cells(marks: list[str], cells: dict[str, str]) -> str:
    return "".join(f"<td>{cells[mark]}</td>" if mark else "<td></td>" for mark in marks)


def matrix_rows_html(matrix: Matrix, *, symbols: dict[str, str]) -> SafeString:
    """One <tr> per member: name, a cell per session, rate, and whether the completion rule is met."""
    status_labels = labels(AttendanceStatus.choices)
    cells = {
        value: f'<span class="mark" aria-hidden="true">{escape(symbols[value])}</span>'
        f'<span class="w-sr-only">{escape(label)}</span>'
        for value, label in status_labels.items()
    }
    yes = escape(_("Yes"))
    not_yet_label = escape(_("Not yet"))
    not_yet = f'<span class="attendance-rule--no">{not_yet_label}</span>'
    html = []
    for row in matrix.rows:
        rate = f"{row.rate_percent}%" if row.rate_percent is not None else "—"
        rule = yes if row.completion.meets_rule else not_yet
        html.append(
            f'<tr><th scope="row">{escape(row.name)}<br><small>{escape(row.relationship)}</small></th>'
            f"{_cells(row.marks, cells)}"
            f"<td>{rate}<br><small>{row.attended}/{row.held}</small></td>"
            f"<td>{rule}<br><small>{escape(row.completion.reason)}</small></td>"
            "</tr>\n"
        )
    return mark_safe("".join(html))  # noqa: S308 - every interpolated value above is escaped or a number
