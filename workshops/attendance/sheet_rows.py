"""What each row of the attendance sheet shows, as plain text for its template.

Why here and not in the template: a sheet has 200 rows, and six translated phrases and three
formatted times per row through {% blocktranslate %} and |date made the page several times slower
than the rest of it put together. The words are translated once per page and filled in with %;
the template still escapes every value.
"""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from cms.dates import local_datetime, local_time, machine_datetime
from workshops.attendance.forms import was_value
from workshops.models import AttendanceStatus


@dataclass(frozen=True)
class SheetWords:
    mark_for: str
    note_for: str
    checked_in: str
    pressed_join: str
    accept: str
    choices: list[tuple[str, str]]

    @classmethod
    def translated(cls) -> "SheetWords":
        return cls(
            mark_for=_("Mark for %(name)s"),
            note_for=_("Note for %(name)s"),
            checked_in=_("Checked in %(at)s"),
            pressed_join=_("Pressed Join %(at)s"),
            accept=_("Accept: %(mark)s"),
            choices=[(value, str(label)) for value, label in AttendanceStatus.choices],
        )


def _time(moment: datetime, zone: ZoneInfo) -> str:
    return local_time(localtime(moment, zone))


def sheet_row(row, *, status: str, note: str, error: str, words: SheetWords, zone: ZoneInfo) -> dict:
    """One row of the sheet template: the member's row, what the form shows, and its phrases."""
    apology = row.apology
    return {
        "row": row,
        "status": status,
        "note": note,
        "was": was_value(row.status, row.note),
        "error": error,
        "choices": [(value, label, value == status) for value, label in words.choices],
        "mark_for": words.mark_for % {"name": row.name},
        "note_for": words.note_for % {"name": row.name},
        "apology_iso": machine_datetime(localtime(apology.created_at, zone)) if apology else "",
        "apology_at": local_datetime(localtime(apology.created_at, zone), "day") if apology else "",
        "checked_in": words.checked_in % {"at": _time(row.checked_in_at, zone)} if row.checked_in_at else "",
        "pressed_join": words.pressed_join % {"at": _time(row.joined_at, zone)} if row.joined_at else "",
        "accept": words.accept % {"mark": row.suggestion_label} if row.suggestion else "",
    }
