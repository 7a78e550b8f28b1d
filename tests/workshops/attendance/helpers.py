"""Small helpers for attendance tests: a cohort with enrolled members and marks in the table."""

from tests.factories import UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops.models import AttendanceRecord, Cohort, Enrollment


def cohort_with_members(*, members: int = 3, sessions: int = 4, **workshop_fields) -> tuple[Cohort, list[Enrollment]]:
    cohort = make_cohort(make_workshop(sessions=sessions, **workshop_fields), capacity=200)
    enrollments = [enroll(cohort, UserFactory()) for _ in range(members)]
    return cohort, enrollments


def mark(enrollment: Enrollment, number: int, status: str, note: str = "") -> AttendanceRecord:
    session = enrollment.cohort.sessions.get(number=number)
    return AttendanceRecord.objects.create(session=session, enrollment=enrollment, status=status, note=note)
