"""Staff reports: one cohort's members x sessions matrix, and attendance rate per cohort."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from workshops.attendance.selectors.rule import (
    ATTENDED_STATUSES,
    CompletionStatus,
    completion_for,
    counted_statuses,
    labels,
    required_modules,
    workshop_rule,
)
from workshops.models import (
    AttendanceRecord,
    Cohort,
    CohortSession,
    Enrollment,
    EnrollmentStatus,
    Relationship,
    SessionStatus,
)


@dataclass
class MatrixColumn:
    session: CohortSession
    held: bool  # started and not cancelled: counts towards rates
    attended: int = 0
    marked: int = 0

    @property
    def turnout_percent(self) -> int | None:
        return round(100 * self.attended / self.marked) if self.marked else None


@dataclass
class MatrixRow:
    enrollment_id: int
    name: str
    relationship: str
    marks: list[str]  # one per column, "" when unmarked
    attended: int
    held: int
    completion: CompletionStatus

    @property
    def rate_percent(self) -> int | None:
        return round(100 * self.attended / self.held) if self.held else None


@dataclass
class Matrix:
    cohort: Cohort
    columns: list[MatrixColumn]
    rows: list[MatrixRow]
    counted: frozenset[str]

    @property
    def meeting_rule(self) -> int:
        return sum(1 for row in self.rows if row.completion.meets_rule)


def cohort_attendance_matrix(*, cohort: Cohort, now: datetime | None = None) -> Matrix:
    """Enrolled members x sessions with their marks, rates, turnout and the completion rule.

    Seven queries whatever the size (six when the cohort was read with its workshop): the rule,
    required modules, their lessons, sessions, enrollments, marks and lesson completions.
    A member's rate is the share of sessions held so far (started, not cancelled) they attended
    at least in part; a session's turnout is the share of marked members who were there.
    """
    now = now or timezone.now()
    workshop = workshop_rule(cohort)
    modules = required_modules(workshop.pk)
    sessions = list(cohort.sessions.order_by("number"))
    # Plain tuples, not two model instances per member: a group of 200 is 400 objects otherwise.
    enrollments = list(
        Enrollment.objects.filter(cohort=cohort, status=EnrollmentStatus.ENROLLED)
        .order_by("member__display_name", "pk")
        .values_list("pk", "relationship", "member_id", "member__display_name", "member__email")
    )
    marks: dict[tuple[int, int], str] = {
        (enrollment_id, session_id): status
        for enrollment_id, session_id, status in AttendanceRecord.objects.filter(
            session__cohort=cohort, enrollment__cohort=cohort, enrollment__status=EnrollmentStatus.ENROLLED
        ).values_list("enrollment_id", "session_id", "status")
    }
    columns = [MatrixColumn(session=s, held=s.is_held(now)) for s in sessions]
    relationships = labels(Relationship.choices)
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    session_ids = [column.session.pk for column in columns]
    held = sum(1 for column in columns if column.held)
    rows = []
    for enrollment_id, relationship, _member_id, name, email in enrollments:
        row_marks = [marks.get((enrollment_id, session_id), "") for session_id in session_ids]
        attended = 0
        for column, mark in zip(columns, row_marks, strict=True):
            if not mark or column.session.is_cancelled:
                continue
            if column.held:  # the completion rule counts held sessions only, as eligibility does
                counts[enrollment_id][mark] = counts[enrollment_id].get(mark, 0) + 1
            column.marked += 1
            if mark in ATTENDED_STATUSES:
                column.attended += 1
                if column.held:
                    attended += 1
        rows.append(
            MatrixRow(
                enrollment_id=enrollment_id,
                name=name or email,  # as display_name(member) says it
                relationship=relationships.get(relationship, relationship),
                marks=row_marks,
                attended=attended,
                held=held,
                completion=None,  # filled below, for all members at once
            )
        )
    completion = completion_for(
        workshop=workshop,
        modules=modules,
        members={enrollment_id: member_id for enrollment_id, _, member_id, _, _ in enrollments},
        counts=counts,
    )
    for row in rows:
        row.completion = completion[row.enrollment_id]
    return Matrix(cohort=cohort, columns=columns, rows=rows, counted=counted_statuses(workshop))


# --- program-wide: attendance rate per cohort ------------------------------------------------------------


@dataclass
class CohortRate:
    cohort: Cohort
    sessions: int  # held in the range (not cancelled)
    marks: int
    attended: int

    @property
    def rate_percent(self) -> int | None:
        return round(100 * self.attended / self.marks) if self.marks else None


def _count_subquery(queryset) -> Coalesce:
    rows = queryset.order_by().values("cohort_key").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def program_attendance(*, cohorts, start: datetime, end: datetime, now: datetime | None = None) -> list[CohortRate]:
    """Per cohort (of those given), the sessions held between start and end (started by now, not
    cancelled) and the share of their marks that say the member was there. One query,
    whatever the number of cohorts."""
    end = min(end, now or timezone.now())
    in_range = {"starts_at__gte": start, "starts_at__lt": end}
    sessions = (
        CohortSession.objects.filter(cohort=OuterRef("pk"), **in_range)
        .exclude(status=SessionStatus.CANCELLED)
        .annotate(cohort_key=F("cohort_id"))
    )
    records = (
        AttendanceRecord.objects.filter(
            session__cohort=OuterRef("pk"), **{f"session__{k}": v for k, v in in_range.items()}
        )
        .exclude(session__status=SessionStatus.CANCELLED)
        .annotate(cohort_key=F("session__cohort_id"))
    )
    rows = (
        cohorts.select_related("workshop")
        .annotate(
            sessions_in_range=_count_subquery(sessions),
            marks_in_range=_count_subquery(records),
            attended_in_range=_count_subquery(records.filter(status__in=ATTENDED_STATUSES)),
        )
        .filter(sessions_in_range__gt=0)
        .order_by("workshop__title", "name", "pk")
    )
    return [
        CohortRate(
            cohort=cohort,
            sessions=cohort.sessions_in_range,
            marks=cohort.marks_in_range,
            attended=cohort.attended_in_range,
        )
        for cohort in rows
    ]
