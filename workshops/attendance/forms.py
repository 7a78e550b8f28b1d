"""Reading a submitted attendance sheet.

Each row posts `status-<enrollment id>` (a radio), `note-<id>` and `was-<id>`: what the
sheet showed as stored when it was opened ("status:note"). Only rows the person changed on
their sheet are sent to the service, so a stale sheet saved later never reverts a mark
someone else changed in the meantime; where two people changed the same row, the last save
wins. Three fields a row keeps even a full group of 200 far below Django's field limit.
"""

import re
from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.translation import gettext as _

from workshops.attendance.services import NOTE_MAX, Mark
from workshops.models import AttendanceStatus

_ROW_FIELD = re.compile(r"^(status|note|was)-(\d{1,12})$")


@dataclass
class SheetSubmission:
    values: dict[int, tuple[str, str]] = field(default_factory=dict)  # what to show again: id -> (status, note)
    changed: list[Mark] = field(default_factory=list)
    errors: dict[int, str] = field(default_factory=dict)
    accepted: int | None = None  # the row whose suggestion was accepted with its own button

    @property
    def is_valid(self) -> bool:
        return not self.errors


def was_value(status: str, note: str) -> str:
    return f"{status}:{note}"


def parse_sheet(post: QueryDict) -> SheetSubmission:
    rows: dict[int, dict[str, str]] = {}
    for key in post:
        match = _ROW_FIELD.match(key)
        if match:
            rows.setdefault(int(match[2]), {})[match[1]] = post.get(key, "")
    submission = SheetSubmission()
    accept_id, _sep, accept_status = post.get("accept", "").partition(":")
    if accept_id.isdigit() and int(accept_id) in rows and accept_status in AttendanceStatus.values:
        rows[int(accept_id)]["status"] = accept_status
        submission.accepted = int(accept_id)
    for enrollment_id, row in rows.items():
        status, note = row.get("status", ""), row.get("note", "").strip()
        submission.values[enrollment_id] = (status, note)
        if status and status not in AttendanceStatus.values:
            submission.errors[enrollment_id] = _("Choose one of the marks.")
        elif len(note) > NOTE_MAX:
            submission.errors[enrollment_id] = _("Keep the note to %(max)s characters.") % {"max": NOTE_MAX}
        elif note and not status:
            submission.errors[enrollment_id] = _("Choose a mark as well as writing a note.")
        elif status and ("was" not in row or row["was"] != was_value(status, note)):
            submission.changed.append(Mark(enrollment_id=enrollment_id, status=status, note=note))
    return submission
