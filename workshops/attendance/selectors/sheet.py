"""The staff attendance sheet for one session: roster, marks, apologies, check-ins. Staff only."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import F, FilteredRelation, Q
from django.utils import timezone

from workshops.attendance.codes import check_in_code, spoken
from workshops.attendance.selectors.rule import ATTENDED_STATUSES, display_name, labels
from workshops.models import (
    AttendanceApology,
    AttendanceStatus,
    Cohort,
    CohortSession,
    Enrollment,
    EnrollmentStatus,
    Relationship,
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


def _roster(session: CohortSession):
    """Enrolled members with this session's mark, apology and arrival joined in: one query."""
    return (
        Enrollment.objects.filter(cohort_id=session.cohort_id, status=EnrollmentStatus.ENROLLED)
        .annotate(
            mark=FilteredRelation("attendance", condition=Q(attendance__session_id=session.pk)),
            sorry=FilteredRelation("apologies", condition=Q(apologies__session_id=session.pk)),
            came=FilteredRelation("arrivals", condition=Q(arrivals__session_id=session.pk)),
        )
        .select_related("member")
        .only("id", "relationship", "member__id", "member__display_name", "member__email")
        .annotate(
            mark_status=F("mark__status"),
            mark_note=F("mark__note"),
            mark_by=F("mark__recorded_by_id"),
            apology_id=F("sorry__id"),
            apology_note=F("sorry__note"),
            apology_at=F("sorry__created_at"),
            joined_at=F("came__joined_at"),
            checked_in_at=F("came__checked_in_at"),
        )
        .order_by("member__display_name", "pk")
    )


def _row(session: CohortSession, enrollment: Enrollment, relationships: dict[str, str]) -> SheetRow:
    stored = enrollment.mark_status or ""
    apology = None
    if enrollment.apology_id is not None:
        apology = AttendanceApology(
            pk=enrollment.apology_id,
            session=session,
            enrollment=enrollment,
            note=enrollment.apology_note,
            created_at=enrollment.apology_at,
        )
    return SheetRow(
        enrollment_id=enrollment.pk,
        name=display_name(enrollment.member),
        relationship=relationships.get(enrollment.relationship, enrollment.relationship),
        status=stored,
        note=enrollment.mark_note or "",
        marked_by_apology=bool(stored and enrollment.mark_by is None and apology is not None),
        apology=apology,
        joined_at=enrollment.joined_at,
        checked_in_at=enrollment.checked_in_at,
        suggestion=_suggest(
            session=session, first_sign=enrollment.checked_in_at or enrollment.joined_at, stored=stored
        ),
    )


def sheet_session(session_id) -> CohortSession | None:
    """The session with its cohort, or None for an unknown or malformed id. One query."""
    try:
        session_pk = int(session_id)
    except (TypeError, ValueError):
        return None
    return CohortSession.objects.select_related("cohort").filter(pk=session_pk).first()


def attendance_sheet(
    *, session_id=None, session: CohortSession | None = None, now: datetime | None = None
) -> Sheet | None:
    """Everyone enrolled in the session's group with their mark, apology and own check-in. Two
    queries (one when the caller already read the session with sheet_session).

    Staff only: the caller checks may_take_attendance for sheet.cohort.
    """
    now = now or timezone.now()
    if session is None:
        session = sheet_session(session_id)
    if session is None:
        return None
    relationships = labels(Relationship.choices)
    rows = [_row(session, enrollment, relationships) for enrollment in _roster(session)]
    return Sheet(
        session=session,
        cohort=session.cohort,
        rows=rows,
        code=spoken(check_in_code(session)),
        check_in_open=session.join_window_contains(now),
    )
