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
    sessions = _annotated_sessions(
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
    )[: ROWS_PER_LIST * 2]
    today_rows, later_rows = [], []
    for session in sessions:
        (today_rows if session.starts_at < tomorrow else later_rows).append(_row(session, now=now))
    return today_rows, later_rows[:ROWS_PER_LIST]


def _annotated_sessions(sessions: QuerySet[CohortSession]) -> QuerySet[CohortSession]:
    """Sessions with where their attendance stands: members enrolled, marked, apologies, check-ins."""
    unmarked_check_ins = SessionArrival.objects.filter(
        session=OuterRef("pk"), checked_in_at__isnull=False, enrollment__status=EnrollmentStatus.ENROLLED
    ).exclude(Exists(AttendanceRecord.objects.filter(session=OuterRef("session"), enrollment=OuterRef("enrollment"))))
    enrolled = Enrollment.objects.filter(cohort=OuterRef("cohort"), status=EnrollmentStatus.ENROLLED)
    of_enrolled = {"session": OuterRef("pk"), "enrollment__status": EnrollmentStatus.ENROLLED}
    return sessions.annotate(
        enrolled=_count(enrolled, "cohort"),
        marked=_count(AttendanceRecord.objects.filter(**of_enrolled), "session"),
        apology_count=_count(AttendanceApology.objects.filter(**of_enrolled), "session"),
        check_ins_waiting=_count(unmarked_check_ins, "session"),
    ).order_by("starts_at", "pk")


def _row(session: CohortSession, *, now: datetime) -> HomeSession:
    return HomeSession(
        session=session,
        state=_state(session, now=now),
        enrolled=session.enrolled,
        marked=session.marked,
        apologies=session.apology_count,
        check_ins_waiting=session.check_ins_waiting,
    )


def _state(session, *, now: datetime) -> str:
    if session.status == SessionStatus.CANCELLED:
        return AttendanceState.CANCELLED
    if session.starts_at > now or not session.enrolled:
        # Nothing to take yet, or nobody to take it for: the row shows how many are coming.
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
    """Groups with certificates being prepared or failed, failed first.

    One grouped join over the certificates in progress (an inner join: the filter comes before
    the counts), not two count subqueries for every group the program ever ran."""
    certificates = "enrollments__certificates"
    return list(
        Cohort.objects.filter(
            enrollments__certificates__status=CertificateStatus.VALID,
            enrollments__certificates__render_state__in=(RenderState.FAILED, RenderState.PENDING),
        )
        .select_related("workshop")
        .only("name", "workshop__title")
        .annotate(
            failed=Count(certificates, filter=Q(enrollments__certificates__render_state=RenderState.FAILED)),
            preparing=Count(certificates, filter=Q(enrollments__certificates__render_state=RenderState.PENDING)),
        )
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


@dataclass(frozen=True)
class CohortOverview:
    """One group at a glance: who is in, what is next, what needs doing."""

    cohort: Cohort
    enrolled: int
    pending: int
    waitlisted: int
    sessions_total: int
    upcoming: list[HomeSession]
    to_take: list[HomeSession]
    certificates_failed: int
    certificates_preparing: int
    certificates_issued: int
    last_ends_at: datetime | None

    @property
    def seats_left(self) -> int:
        return max(self.cohort.capacity - self.enrolled - self.pending, 0)

    def can_finish(self, now: datetime) -> bool:
        return (
            self.cohort.status in ACTIVE_COHORT_STATUSES and self.last_ends_at is not None and self.last_ends_at < now
        )


NEXT_SESSIONS = 3


def cohort_overview(*, cohort: Cohort, now: datetime) -> CohortOverview:
    """Three queries whatever the size of the group: its counts, its sessions, its certificates."""
    counts = Cohort.objects.filter(pk=cohort.pk).aggregate(
        enrolled=Count("enrollments", filter=Q(enrollments__status=EnrollmentStatus.ENROLLED)),
        pending=Count("enrollments", filter=Q(enrollments__status=EnrollmentStatus.PENDING)),
        waitlisted=Count("enrollments", filter=Q(enrollments__status=EnrollmentStatus.WAITLISTED)),
    )
    sessions = list(
        _annotated_sessions(CohortSession.objects.filter(cohort=cohort)).only(
            "number", "title", "starts_at", "ends_at", "status", "cohort"
        )
    )
    for session in sessions:
        session.cohort = cohort
    rows = [_row(session, now=now) for session in sessions]
    certificates = Certificate.objects.filter(enrollment__cohort=cohort, status=CertificateStatus.VALID).aggregate(
        failed=Count("pk", filter=Q(render_state=RenderState.FAILED)),
        preparing=Count("pk", filter=Q(render_state=RenderState.PENDING)),
        issued=Count("pk", filter=Q(render_state=RenderState.READY)),
    )
    scheduled = [row for row in rows if row.state != AttendanceState.CANCELLED]
    return CohortOverview(
        cohort=cohort,
        enrolled=counts["enrolled"],
        pending=counts["pending"],
        waitlisted=counts["waitlisted"],
        sessions_total=len(scheduled),
        upcoming=[row for row in scheduled if row.state == AttendanceState.UPCOMING][:NEXT_SESSIONS],
        to_take=[row for row in scheduled if row.state == AttendanceState.TO_TAKE],
        certificates_failed=certificates["failed"],
        certificates_preparing=certificates["preparing"],
        certificates_issued=certificates["issued"],
        last_ends_at=max((row.session.ends_at for row in scheduled), default=None),
    )
