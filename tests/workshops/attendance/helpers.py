"""Small helpers for attendance tests: a cohort with enrolled members, marks, and sheet posts."""

from contextlib import contextmanager
from datetime import date

import time_machine

from tests.factories import UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops.attendance.forms import was_value
from workshops.models import AttendanceRecord, Cohort, CohortSession, Enrollment

HELD_START = date(2025, 3, 3)  # a Monday, as make_cohort's weekday


def cohort_with_members(
    *, members: int = 3, sessions: int = 4, cohort_fields: dict | None = None, **workshop_fields
) -> tuple[Cohort, list[Enrollment]]:
    # Sessions already held unless a test says otherwise: staff mark only sessions that have started.
    cohort_fields = {"start": HELD_START, **(cohort_fields or {})}
    cohort = make_cohort(make_workshop(sessions=sessions, **workshop_fields), capacity=200, **cohort_fields)
    enrollments = [enroll(cohort, UserFactory()) for _ in range(members)]
    return cohort, enrollments


def mark(enrollment: Enrollment, number: int, status: str, note: str = "") -> AttendanceRecord:
    session = enrollment.cohort.sessions.get(number=number)
    return AttendanceRecord.objects.create(session=session, enrollment=enrollment, status=status, note=note)


def sheet_url(session: CohortSession) -> str:
    return f"/admin/attendance/sessions/{session.pk}/"


def sheet_post(marks: dict[int, tuple[str, str]], *, was: dict[int, tuple[str, str]] | None = None) -> dict:
    """The form a sheet posts: enrollment id -> (status, note); `was` is what the sheet showed as stored."""
    data = {}
    for enrollment_id, (status, note) in marks.items():
        if status:
            data[f"status-{enrollment_id}"] = status
        data[f"note-{enrollment_id}"] = note
        data[f"was-{enrollment_id}"] = was_value(*(was or {}).get(enrollment_id, ("", "")))
    return data


def stored_marks(session: CohortSession) -> dict[int, tuple[str, str]]:
    return {
        enrollment_id: (status, note)
        for enrollment_id, status, note in AttendanceRecord.objects.filter(session=session).values_list(
            "enrollment_id", "status", "note"
        )
    }


def admin_refused(response) -> bool:
    """Wagtail answers PermissionDenied in the admin with a redirect to its home and a message."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


@contextmanager
def signed_in_at(client, user, when):
    """Travel to `when` and sign in there, so the session cookie is fresh at that time."""
    with time_machine.travel(when, tick=False) as clock:
        client.force_login(user)
        yield clock
