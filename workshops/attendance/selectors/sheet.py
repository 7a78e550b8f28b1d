"""The staff attendance sheet for one session: roster, marks, apologies, check-ins. Staff only."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from workshops.attendance.codes import check_in_code, spoken
from workshops.attendance.selectors.rule import ATTENDED_STATUSES, display_name
from workshops.models import (
    AttendanceApology,
    AttendanceRecord,
    AttendanceStatus,
    Cohort,
    CohortSession,
    Enrollment,
    EnrollmentStatus,
    SessionArrival,
)

# --- the staff sheet for one session ---------------------------------------------------------------

# A check-in or Join this long after the start suggests 'late' rather than 'present'.
LATE_AFTER = timedelta(minutes=10)


@dataclass
class SheetRow:
    enrollment_id: int
    name: str
    relationship: str
    status: str  # the stored mark, "" when there is none
    note: str
    marked_by_apology: bool = False  # 'excused' set by the member's apology, not by staff
    apology: AttendanceApology | None = None
    joined_at: datetime | None = None
    checked_in_at: datetime | None = None
    suggestion: str = ""  # a mark the member's own check-in or Join suggests, if it differs

    @property
    def suggestion_label(self) -> str:
        return AttendanceStatus(self.suggestion).label if self.suggestion else ""


@dataclass
class Sheet:
    session: CohortSession
    cohort: Cohort
    rows: list[SheetRow]
    code: str
    check_in_open: bool

    @property
    def counts(self) -> list[tuple[str, int]]:
        marked = [row.status for row in self.rows if row.status]
        return [(label, marked.count(value)) for value, label in AttendanceStatus.choices]

    @property
    def unmarked(self) -> int:
        return sum(1 for row in self.rows if not row.status)


def _suggest(*, session: CohortSession, first_sign: datetime | None, stored: str) -> str:
    if first_sign is None:
        return ""
    suggestion = AttendanceStatus.PRESENT if first_sign <= session.starts_at + LATE_AFTER else AttendanceStatus.LATE
    # Staff already recorded them as there: nothing to suggest. Otherwise staff decide.
    return "" if stored in ATTENDED_STATUSES else suggestion.value


def attendance_sheet(*, session_id, now: datetime | None = None) -> Sheet | None:
    """Everyone enrolled in the session's group with their mark, apology and own check-in. Five queries.

    Staff only: the caller checks may_take_attendance for sheet.cohort.
    """
    now = now or timezone.now()
    try:
        session_pk = int(session_id)
    except (TypeError, ValueError):
        return None
    session = CohortSession.objects.select_related("cohort__workshop").filter(pk=session_pk).first()
    if session is None:
        return None
    enrollments = list(
        Enrollment.objects.filter(cohort_id=session.cohort_id, status=EnrollmentStatus.ENROLLED)
        .select_related("member")
        .only("id", "relationship", "member__id", "member__display_name", "member__email")
        .order_by("member__display_name", "pk")
    )
    records = {
        r.enrollment_id: r
        for r in AttendanceRecord.objects.filter(session=session, enrollment__isnull=False).only(
            "enrollment_id", "status", "note", "recorded_by_id"
        )
    }
    apologies = {a.enrollment_id: a for a in AttendanceApology.objects.filter(session=session)}
    arrivals = {a.enrollment_id: a for a in SessionArrival.objects.filter(session=session)}
    rows = []
    for enrollment in enrollments:
        record = records.get(enrollment.pk)
        arrival = arrivals.get(enrollment.pk)
        stored = record.status if record else ""
        joined_at = arrival.joined_at if arrival else None
        checked_in_at = arrival.checked_in_at if arrival else None
        rows.append(
            SheetRow(
                enrollment_id=enrollment.pk,
                name=display_name(enrollment.member),
                relationship=enrollment.get_relationship_display(),
                status=stored,
                note=record.note if record else "",
                marked_by_apology=bool(record and record.recorded_by_id is None and enrollment.pk in apologies),
                apology=apologies.get(enrollment.pk),
                joined_at=joined_at,
                checked_in_at=checked_in_at,
                suggestion=_suggest(session=session, first_sign=checked_in_at or joined_at, stored=stored),
            )
        )
    return Sheet(
        session=session,
        cohort=session.cohort,
        rows=rows,
        code=spoken(check_in_code(session)),
        check_in_open=session.join_window_contains(now),
    )
