"""Reads for the staff home. Each list is one query, capped, whatever the number of members or cohorts.

Facilitators see only their own groups (workshops.attendance.permissions.attendance_cohorts);
the sign-up, certificate and finishing lists are for program staff, who may change cohorts.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Count, Exists, IntegerField, Max, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from workshops.attendance.permissions import attendance_cohorts
from workshops.models import (
    AttendanceApology,
    AttendanceRecord,
    Certificate,
    Cohort,
    CohortSession,
    CohortStatus,
    Enrollment,
    EnrollmentStatus,
    SessionArrival,
    SessionStatus,
)
from workshops.models.certificates import CertificateStatus, RenderState

# A home is a to-do list, not a report: the full lists are one click away.
ROWS_PER_LIST = 12
WEEK = timedelta(days=7)
# Groups people can be in while they run: a draft or a cancelled group has no sessions to take.
ACTIVE_COHORT_STATUSES = (CohortStatus.OPEN, CohortStatus.RUNNING)


class AttendanceState:
    UPCOMING = "upcoming"
    TO_TAKE = "to_take"
    TAKEN = "taken"
    CANCELLED = "cancelled"


def _count(queryset: QuerySet, field: str) -> Coalesce:
    """COUNT(*) of related rows as a subquery, so several counts do not multiply each other's joins."""
    rows = queryset.order_by().values(field).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


@dataclass(frozen=True)
class HomeSession:
    session: CohortSession
    state: str
    enrolled: int
    marked: int
    apologies: int
    check_ins_waiting: int

    @property
    def cohort(self) -> Cohort:
        return self.session.cohort


def local_week(*, today: date, zone: str) -> tuple[datetime, datetime, datetime]:
    """Start of today, start of tomorrow and the end of the coming week, in the viewer's zone."""
    start = datetime.combine(today, time.min, tzinfo=ZoneInfo(zone))
    return start, start + timedelta(days=1), start + WEEK


def week_sessions(*, user, today: date, zone: str, now: datetime) -> tuple[list[HomeSession], list[HomeSession]]:
    """Today's sessions and the rest of the week's, of running groups the viewer may take attendance for."""
    start, tomorrow, end = local_week(today=today, zone=zone)
    unmarked_check_ins = SessionArrival.objects.filter(
        session=OuterRef("pk"), checked_in_at__isnull=False, enrollment__status=EnrollmentStatus.ENROLLED
    ).exclude(Exists(AttendanceRecord.objects.filter(session=OuterRef("session"), enrollment=OuterRef("enrollment"))))
    sessions = (
        CohortSession.objects.filter(
            cohort__in=attendance_cohorts(user=user).filter(status__in=ACTIVE_COHORT_STATUSES),
            starts_at__gte=start,
            starts_at__lt=end,
        )
        .select_related("cohort__workshop")
        .only(
            "number",
            "title",
            "starts_at",
            "ends_at",
            "status",
            "cohort__name",
            "cohort__time_zone",
            "cohort__workshop__title",
        )
        .annotate(
            enrolled=_count(
                Enrollment.objects.filter(cohort=OuterRef("cohort"), status=EnrollmentStatus.ENROLLED), "cohort"
            ),
            marked=_count(
                AttendanceRecord.objects.filter(session=OuterRef("pk"), enrollment__status=EnrollmentStatus.ENROLLED),
                "session",
            ),
            apology_count=_count(
                AttendanceApology.objects.filter(session=OuterRef("pk"), enrollment__status=EnrollmentStatus.ENROLLED),
                "session",
            ),
            check_ins_waiting=_count(unmarked_check_ins, "session"),
        )
        .order_by("starts_at", "pk")[: ROWS_PER_LIST * 2]
    )
    today_rows, later_rows = [], []
    for session in sessions:
        row = HomeSession(
            session=session,
            state=_state(session, now=now),
            enrolled=session.enrolled,
            marked=session.marked,
            apologies=session.apology_count,
            check_ins_waiting=session.check_ins_waiting,
        )
        (today_rows if session.starts_at < tomorrow else later_rows).append(row)
    return today_rows, later_rows[:ROWS_PER_LIST]


def _state(session, *, now: datetime) -> str:
    if session.status == SessionStatus.CANCELLED:
        return AttendanceState.CANCELLED
    if session.starts_at > now:
        return AttendanceState.UPCOMING
    if session.enrolled and session.marked >= session.enrolled:
        return AttendanceState.TAKEN
    return AttendanceState.TO_TAKE


def signups_waiting() -> list[Cohort]:
    """Groups with sign-ups to approve or people on the waitlist, most waiting first."""
    return list(
        Cohort.objects.filter(status__in=ACTIVE_COHORT_STATUSES)
        .select_related("workshop")
        .only("name", "workshop__title")
        .annotate(
            pending=_count(Enrollment.objects.filter(cohort=OuterRef("pk"), status=EnrollmentStatus.PENDING), "cohort"),
            waitlisted=_count(
                Enrollment.objects.filter(cohort=OuterRef("pk"), status=EnrollmentStatus.WAITLISTED), "cohort"
            ),
        )
        .filter(Q(pending__gt=0) | Q(waitlisted__gt=0))
        .order_by("-pending", "-waitlisted", "name", "pk")[:ROWS_PER_LIST]
    )


def certificates_in_progress() -> list[Cohort]:
    """Groups with certificates being prepared or failed, failed first."""
    certificates = Certificate.objects.filter(enrollment__cohort=OuterRef("pk"), status=CertificateStatus.VALID)
    return list(
        Cohort.objects.select_related("workshop")
        .only("name", "workshop__title")
        .annotate(
            failed=_count(certificates.filter(render_state=RenderState.FAILED), "enrollment__cohort"),
            preparing=_count(certificates.filter(render_state=RenderState.PENDING), "enrollment__cohort"),
        )
        .filter(Q(failed__gt=0) | Q(preparing__gt=0))
        .order_by("-failed", "-preparing", "name", "pk")[:ROWS_PER_LIST]
    )


def cohorts_to_finish(*, now: datetime) -> list[Cohort]:
    """Running or open groups whose last session is over: finishing them issues certificates."""
    return list(
        Cohort.objects.filter(status__in=ACTIVE_COHORT_STATUSES)
        .select_related("workshop")
        .only("name", "time_zone", "workshop__title")
        .annotate(last_ends_at=Max("sessions__ends_at"))
        .filter(last_ends_at__lt=now)
        .order_by("last_ends_at", "pk")[:ROWS_PER_LIST]
    )
