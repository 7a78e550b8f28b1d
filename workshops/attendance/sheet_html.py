"""The attendance sheet's table rows as HTML, built in Python rather than in the template.

Why: 200 rows with five choices each are about 90,000 template lookups and 4,000 translated
blocks, some 400 ms per page on a small server, paid again after every save. This is the same
markup in a few milliseconds. Every value a person typed goes through escape(); the words are
translated once per page, with the same message ids the template used.
"""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils.dateformat import format as format_date
from django.utils.dateformat import time_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

ISO_PATTERN = "Y-m-d\\TH:i:sO"  # a machine-readable <time>, in the cohort's zone
ERROR_CLASS = ' class="attendance-row--error"'


@dataclass(frozen=True)
class _Words:
    mark_for: str
    note_for: str
    apology: str
    excused_by_apology: str
    checked_in: str
    pressed_join: str
    accept: str

    @classmethod
    def translated(cls) -> "_Words":
        return cls(
            mark_for=_("Mark for %(name)s"),
            note_for=_("Note for %(name)s"),
            apology=escape(_("Apology")),
            excused_by_apology=escape(_("Marked excused by the apology.")),
            checked_in=_("Checked in %(at)s"),
            pressed_join=_("Pressed Join %(at)s"),
            accept=_("Accept: %(mark)s"),
        )


def _at(moment: datetime, zone: ZoneInfo, pattern: str) -> str:
    return format_date(localtime(moment, zone), pattern)


def _clock(moment: datetime, zone: ZoneInfo) -> str:
    return time_format(localtime(moment, zone), "H:i")


def _choices(item: dict, statuses: list[tuple[str, str]], row_id: str) -> str:
    chosen = item["status"]
    return "".join(
        f'<label class="attendance-choice attendance-choice--{value}"><input type="radio" '
        f'id="status-{row_id}-{value}" name="status-{row_id}" value="{value}"'
        f"{' checked' if value == chosen else ''}> {label}</label>"
        for value, label in statuses
    )


def _signs(row, words: _Words, zone: ZoneInfo) -> str:
    """What the member did themselves: apology, check-in, Join, and the mark it suggests."""
    parts = []
    if row.apology is not None:
        created = row.apology.created_at
        note = f": “{escape(row.apology.note)}”" if row.apology.note else ""
        machine_time = _at(created, zone, ISO_PATTERN)
        parts.append(
            f'<p><strong>{words.apology}</strong> <time datetime="{machine_time}">'
            f"{escape(_at(created, zone, 'D j M, H:i'))}</time>{note}</p>"
        )
        if row.marked_by_apology:
            parts.append(f'<p class="help">{words.excused_by_apology}</p>')
    if row.checked_in_at:
        parts.append(
            f"<p>{escape(words.checked_in % {'at': time_format(localtime(row.checked_in_at, zone), 'H:i')})}</p>"
        )
    if row.joined_at:
        parts.append(
            f"<p>{escape(words.pressed_join % {'at': time_format(localtime(row.joined_at, zone), 'H:i')})}</p>"
        )
    if row.suggestion:
        parts.append(
            f'<button type="submit" class="button button-small button-secondary" name="accept" '
            f'value="{row.enrollment_id}:{row.suggestion}" data-accept="{row.suggestion}">'
            f"{escape(words.accept % {'mark': row.suggestion_label})}"
            f'<span class="w-sr-only"> ({escape(row.name)})</span></button>'
        )
    return "".join(parts)


def sheet_rows_html(rows: list[dict], *, statuses: list[tuple[str, str]], note_max: int, time_zone: str) -> SafeString:
    """The <tr> of each sheet row (dicts as SessionSheetView builds them), in order."""
    words = _Words.translated()
    zone = ZoneInfo(time_zone)
    statuses = [(value, escape(str(label))) for value, label in statuses]
    html = []
    for item in rows:
        row, error = item["row"], item["error"]
        row_id = str(row.enrollment_id)
        name = escape(row.name)
        error_ref = f' aria-describedby="error-{row_id}"' if error else ""
        error_text = f'<p class="error-message" id="error-{row_id}">{escape(error)}</p>' if error else ""
        html.append(
            f'<tr id="row-{row_id}" data-row="{row_id}"{" data-apology" if row.apology else ""}'
            f"{ERROR_CLASS if error else ''}>"
            f'<th scope="row" id="name-{row_id}">{name} '
            f'<span class="attendance-relationship">{escape(row.relationship)}</span></th>'
            f'<td><fieldset class="attendance-marks"{error_ref}>'
            f'<legend class="w-sr-only">{escape(words.mark_for % {"name": row.name})}</legend>'
            f"{_choices(item, statuses, row_id)}</fieldset>{error_text}"
            f'<label class="w-sr-only" for="note-{row_id}">{escape(words.note_for % {"name": row.name})}</label>'
            f'<input type="text" class="attendance-note" id="note-{row_id}" name="note-{row_id}" '
            f'value="{escape(item["note"])}" maxlength="{note_max}" autocomplete="off">'
            f'<input type="hidden" name="was-{row_id}" value="{escape(item["was"])}"></td>'
            f'<td class="attendance-signs">{_signs(row, words, zone)}</td></tr>\n'
        )
    return mark_safe("".join(html))  # noqa: S308 - every interpolated value above is escaped or a constant
