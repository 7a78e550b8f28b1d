"""Rows of the outcome report's tables made in Python: the per-cohort table has a row for every
group and language the program has run, and a template loop costs a few nodes per cell."""

from django.utils import translation
from django.utils.html import format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from workshops.outcomes.report import MIN_GROUP, CellRow


def language_name(code: str) -> str:
    """As the template filter language_name_translated says it."""
    return _(translation.get_language_info(code)["name"])


def cohort_cell_rows(cells: list[CellRow]) -> SafeString:
    """<tr> rows: the cohort and its workshop, the language, and how many answered both."""
    fewer = _("fewer than %(min)s (left out)") % {"min": MIN_GROUP}
    names = {code: language_name(code) for code in {cell.language for cell in cells}}
    return format_html_join(
        "",
        '<tr><th scope="row">{} · {}</th><td>{}</td><td>{}</td></tr>',
        (
            (
                cell.cohort.name,
                cell.cohort.workshop_title,
                names[cell.language],
                fewer if cell.answered_both.suppressed else cell.answered_both.value,
            )
            for cell in cells
        ),
    )
