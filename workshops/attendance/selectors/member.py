"""A member's own attendance: on /me/ and on a session page. Never anyone else's."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from workshops.models import (
    AttendanceApology,
    AttendanceRecord,
    AttendanceStatus,
    Cohort,
    CohortSession,
    CohortStatus,
    Enrollment,
    EnrollmentStatus,
    SessionArrival,
    SessionStatus,
)


@dataclass
class OwnSession:
    session: CohortSession
    status: str  # "" while nothing is recorded

    @property
    def label(self) -> str:
        return AttendanceStatus(self.status).label if self.status else ""


@dataclass
class OwnCohort:
    cohort: Cohort
    sessions: list[OwnSession]


def member_attendance(*, user, now: datetime | None = None) -> list[OwnCohort]:
    """The member's own marks, per group they are enrolled in, for sessions that have started.
    Three queries. Never anyone else's."""
    now = now or timezone.now()
    enrollments = list(
        Enrollment.objects.filter(member=user, status=EnrollmentStatus.ENROLLED)
        .exclude(cohort__status=CohortStatus.DRAFT)
        .select_related("cohort")
        .order_by("cohort__first_session_on", "cohort__pk")
    )
    if not enrollments:
        return []
    cohort_ids = [e.cohort_id for e in enrollments]
    sessions = list(
        CohortSession.objects.filter(cohort_id__in=cohort_ids, starts_at__lte=now)
        .exclude(status=SessionStatus.CANCELLED)
        .order_by("starts_at", "pk")
    )
    marks = dict(
        AttendanceRecord.objects.filter(enrollment__in=[e.pk for e in enrollments]).values_list("session_id", "status")
    )
    by_cohort: dict[int, list[OwnSession]] = defaultdict(list)
    for session in sessions:
        by_cohort[session.cohort_id].append(OwnSession(session=session, status=marks.get(session.pk, "")))
    return [OwnCohort(cohort=e.cohort, sessions=by_cohort[e.cohort_id]) for e in enrollments if by_cohort[e.cohort_id]]


# --- the member's own session page --------------------------------------------------------------


@dataclass
class OwnSessionState:
    """What an enrolled member can do about attendance on a session page, and what they did."""

    enrollment_id: int
    apology: AttendanceApology | None
    arrival: SessionArrival | None
    mark: str
    can_send_apology: bool
    can_check_in: bool

    @property
    def mark_label(self) -> str:
        return AttendanceStatus(self.mark).label if self.mark else ""


def member_session_state(*, view, now: datetime | None = None) -> OwnSessionState | None:
    """For the session page (a workshops.selectors.SessionView): None unless the viewer is enrolled.
    Three queries."""
    if not view.is_enrolled:
        return None
    now = now or timezone.now()
    session, enrollment = view.session, view.enrollment
    running = not session.is_cancelled and view.cohort.status in (CohortStatus.OPEN, CohortStatus.RUNNING)
    mark = (
        AttendanceRecord.objects.filter(session=session, enrollment=enrollment).values_list("status", flat=True).first()
    )
    return OwnSessionState(
        enrollment_id=enrollment.pk,
        apology=AttendanceApology.objects.filter(session=session, enrollment=enrollment).first(),
        arrival=SessionArrival.objects.filter(session=session, enrollment=enrollment).first(),
        mark=mark or "",
        can_send_apology=running and now < session.starts_at,
        can_check_in=running and session.join_window_contains(now),
    )
