"""Builders for certificate tests: a finished cohort whose members attended some sessions."""

import io
from datetime import date

from pypdf import PdfReader

from tests.factories import UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops.models import AttendanceRecord, Cohort, CohortStatus, Enrollment, WorkshopPage

HELD_START = date(2025, 3, 3)  # a Monday, as make_cohort's weekday


def finished_cohort(
    *, attended: list[int], sessions: int = 4, min_sessions: int = 3, names: list[str] | None = None, **workshop_fields
) -> tuple[Cohort, list[Enrollment]]:
    """One enrolled member per entry of `attended`, present at that many sessions (the first ones)."""
    title = workshop_fields.pop("certificate_title", "Family Skills Series")
    workshop = make_workshop(sessions=sessions, min_sessions_attended=min_sessions, **workshop_fields)
    WorkshopPage.objects.filter(pk=workshop.pk).update(certificate_title=title)
    workshop.certificate_title = title
    # Sessions in the past: a group is finished only when every session has been held.
    cohort = make_cohort(workshop, capacity=200, start=HELD_START)
    session_ids = list(cohort.sessions.order_by("number").values_list("pk", flat=True))
    enrollments, records = [], []
    for index, count in enumerate(attended):
        name = names[index] if names else f"Member {index + 1}"
        enrollment = enroll(cohort, UserFactory(display_name=name))
        enrollments.append(enrollment)
        records += [
            AttendanceRecord(session_id=pk, enrollment=enrollment, status="present") for pk in session_ids[:count]
        ]
    AttendanceRecord.objects.bulk_create(records)
    Cohort.objects.filter(pk=cohort.pk).update(status=CohortStatus.FINISHED)
    cohort.refresh_from_db()
    return cohort, enrollments


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def stored_bytes(certificate) -> bytes:
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as stored:
        return stored.read()
