"""What each row of the attendance sheet shows, as plain text for its template.

Why here and not in the template: a sheet has 200 rows, and six translated phrases and three
formatted times per row through {% blocktranslate %} and |date made the page several times slower
than the rest of it put together. The words are translated once per page and filled in with %;
the template still escapes every value.

The five radio buttons of a row are the same for every member but for the row's number and
which one is checked: sheet_choices.html renders them once per page for each mark (and for
none), with a stand-in for the number that each row replaces by its own (an integer). Rendering
them per row was two thirds of the sheet's time.
"""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from cms.dates import local_datetime, local_time, machine_datetime
from workshops.attendance.forms import was_value
from workshops.models import AttendanceStatus

CHOICES_TEMPLATE = "workshops/attendance/admin/includes/sheet_choices.html"
ROW_STAND_IN = "kinship-sheet-row-7d1c4e"  # in no translation, class name or mark


def _choices_by_mark() -> dict[str, SafeString]:
    """A row's radio buttons for each stored mark ("" and any other value: none checked)."""
    template = get_template(CHOICES_TEMPLATE)
    choices = [(value, str(label)) for value, label in AttendanceStatus.choices]
    return {
        checked: template.render({"id": ROW_STAND_IN, "choices": [(v, label, v == checked) for v, label in choices]})
        for checked in ["", *AttendanceStatus.values]
    }


@dataclass(frozen=True)
class SheetWords:
    mark_for: str
    note_for: str
    checked_in: str
    pressed_join: str
    accept: str
    choices: dict[str, SafeString]  # a row's radio buttons for each mark (_choices_by_mark)

    @classmethod
    def translated(cls) -> "SheetWords":
        return cls(
            mark_for=_("Mark for %(name)s"),
            note_for=_("Note for %(name)s"),
            checked_in=_("Checked in %(at)s"),
            pressed_join=_("Pressed Join %(at)s"),
            accept=_("Accept: %(mark)s"),
            choices=_choices_by_mark(),
        )


def _time(moment: datetime, zone: ZoneInfo) -> str:
    return local_time(localtime(moment, zone))


def _choices_for(words: SheetWords, *, status: str, row_id: int) -> SafeString:
    # The template's own escaped output with an integer put in: still safe.
    return mark_safe(words.choices.get(status, words.choices[""]).replace(ROW_STAND_IN, str(int(row_id))))


def sheet_row(row, *, status: str, note: str, error: str, words: SheetWords, zone: ZoneInfo) -> dict:
    """One row of the sheet template, flat: what the form shows, the member's signs and their
    phrases, each a single lookup for the template."""
    apology = row.apology
    return {
        "id": str(row.enrollment_id),  # text: an int would go through number formatting each time
        "name": row.name,
        "relationship": row.relationship,
        "status": status,
        "note": note,
        "was": was_value(row.status, row.note),
        "error": error,
        "choices": _choices_for(words, status=status, row_id=row.enrollment_id),
        "mark_for": words.mark_for % {"name": row.name},
        "note_for": words.note_for % {"name": row.name},
        "apology": apology is not None,
        "apology_note": apology.note if apology else "",
        "apology_iso": machine_datetime(localtime(apology.created_at, zone)) if apology else "",
        "apology_at": local_datetime(localtime(apology.created_at, zone), "day") if apology else "",
        "checked_in": words.checked_in % {"at": _time(row.checked_in_at, zone)} if row.checked_in_at else "",
        "pressed_join": words.pressed_join % {"at": _time(row.joined_at, zone)} if row.joined_at else "",
        "marked_by_apology": row.marked_by_apology,
        "suggestion": row.suggestion,
        "accept": words.accept % {"mark": row.suggestion_label} if row.suggestion else "",
    }
