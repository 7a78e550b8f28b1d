"""Attendance and certificates tell the truth, whichever door a write comes through: marks only
for sessions that have started (apologies ahead of time excepted), a group finishes only when
no session lies ahead, and eligibility, the cohort report and the certificate count the same
sessions (held = started and not cancelled). The database refuses a certificate dated later
than its day of issue."""

from datetime import date, time, timedelta
from http import HTTPStatus

import pytest
from django.db import IntegrityError
from django.utils import timezone

from tests.factories import UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops.attendance import services as attendance
from workshops.attendance.selectors import cohort_attendance_matrix, completion_status
from workshops.certificates import services as certificates
from workshops.models import AttendanceRecord, Certificate, Cohort, CohortStatus, SessionStatus
from workshops.selectors import cohort_finish_refusal
from workshops.wagtail_hooks import cohort_viewset

pytestmark = pytest.mark.django_db


@pytest.fixture
def half_way():
    """Four weekly sessions: two held (10 and 3 days ago), two ahead; one member, min 2 sessions."""
    first_day = timezone.localdate() - timedelta(days=10)
    cohort = make_cohort(
        make_workshop(sessions=4, min_sessions_attended=2, count_excused=True),
        status=CohortStatus.RUNNING,
        start=first_day,
        weekday=first_day.weekday(),
        local_start_time=time(12, 0),
        time_zone="UTC",
    )
    return cohort, enroll(cohort, UserFactory())


def session(cohort: Cohort, number: int):
    return cohort.sessions.get(number=number)


def test_staff_cannot_mark_a_session_that_has_not_started(half_way, program_staff):
    cohort, enrollment = half_way
    mark = attendance.Mark(enrollment_id=enrollment.pk, status="present")
    with pytest.raises(attendance.AttendanceRefused, match="has not started yet") as refused:
        attendance.attendance_sheet_save(session_id=session(cohort, 3).pk, by=program_staff, marks=[mark])
    assert refused.value.status == HTTPStatus.CONFLICT
    assert not AttendanceRecord.objects.exists()


def test_staff_can_record_an_apology_ahead_of_time_and_mark_a_held_session(half_way, program_staff):
    cohort, enrollment = half_way
    excused = attendance.Mark(enrollment_id=enrollment.pk, status="excused", note="Phoned")
    attendance.attendance_sheet_save(session_id=session(cohort, 3).pk, by=program_staff, marks=[excused])
    present = attendance.Mark(enrollment_id=enrollment.pk, status="present")
    attendance.attendance_sheet_save(session_id=session(cohort, 1).pk, by=program_staff, marks=[present])
    assert AttendanceRecord.objects.count() == 2


def test_a_group_with_sessions_ahead_cannot_be_finished_in_the_form(half_way):
    cohort, _ = half_way
    assert "Cancel or reschedule them" in cohort_finish_refusal(cohort=cohort)
    form_class = cohort_viewset.get_edit_handler().get_form_class()
    form = form_class(instance=cohort, data={"status": CohortStatus.FINISHED}, for_user=None)
    assert not form.is_valid()
    assert "Sessions 3, 4 have not happened yet" in form.errors["status"][0]


def test_a_group_whose_sessions_ahead_are_cancelled_can_be_finished(half_way):
    cohort, _ = half_way
    cohort.sessions.filter(number__gte=3).update(status=SessionStatus.CANCELLED)
    assert cohort_finish_refusal(cohort=cohort) == ""


def test_certificates_are_refused_for_a_group_marked_finished_behind_the_forms_back(half_way, program_staff):
    cohort, enrollment = half_way
    AttendanceRecord.objects.bulk_create(
        AttendanceRecord(session=s, enrollment=enrollment, status="present") for s in cohort.sessions.all()
    )
    Cohort.objects.filter(pk=cohort.pk).update(status=CohortStatus.FINISHED)
    with pytest.raises(certificates.CertificateError, match="have not happened yet"):
        certificates.cohort_certificates_issue(cohort_id=cohort.pk, by=program_staff)
    with pytest.raises(certificates.CertificateError, match="have not happened yet"):
        certificates.certificate_issue_one(cohort_id=cohort.pk, enrollment_id=enrollment.pk, by=program_staff)
    assert not Certificate.objects.exists()


def test_eligibility_report_and_certificate_count_the_same_held_sessions(half_way, program_staff):
    """Marks on sessions not yet held (written before this rule, or an apology ahead) never count."""
    cohort, enrollment = half_way
    AttendanceRecord.objects.bulk_create(
        AttendanceRecord(session=s, enrollment=enrollment, status="present") for s in cohort.sessions.all()
    )
    status = completion_status(cohort=cohort)[enrollment.pk]
    row = cohort_attendance_matrix(cohort=cohort).rows[0]
    assert (status.attended, row.completion.attended, row.attended, row.held) == (2, 2, 2, 2)

    cohort.sessions.filter(number__gte=3).update(status=SessionStatus.CANCELLED)
    Cohort.objects.filter(pk=cohort.pk).update(status=CohortStatus.FINISHED)
    certificates.cohort_certificates_issue(cohort_id=cohort.pk, by=program_staff)
    certificate = Certificate.objects.get()
    assert (certificate.sessions_attended, certificate.sessions_total) == (2, 2)
    assert certificate.completed_on == session(cohort, 2).starts_at.date() <= certificate.issued_on


def test_an_apology_ahead_of_time_does_not_count_before_the_session(half_way, program_staff):
    cohort, enrollment = half_way
    AttendanceRecord.objects.create(session=session(cohort, 1), enrollment=enrollment, status="present")
    excused = attendance.Mark(enrollment_id=enrollment.pk, status="excused")
    attendance.attendance_sheet_save(session_id=session(cohort, 3).pk, by=program_staff, marks=[excused])
    assert completion_status(cohort=cohort)[enrollment.pk].attended == 1
    later = session(cohort, 3).starts_at + timedelta(minutes=1)
    assert completion_status(cohort=cohort, now=later)[enrollment.pk].attended == 2


def test_the_database_refuses_a_certificate_dated_after_its_issue(half_way):
    _cohort, enrollment = half_way
    fields = {
        "enrollment": enrollment,
        "holder_name": "Robin",
        "certificate_title": "Family Skills",
        "sessions_attended": 2,
        "sessions_total": 4,
    }
    with pytest.raises(IntegrityError):
        Certificate.objects.create(
            code="A" * 16, completed_on=date(2026, 12, 26), issued_on=date(2026, 12, 5), **fields
        )


def test_the_database_refuses_a_certificate_that_starts_after_it_ends(half_way):
    _cohort, enrollment = half_way
    with pytest.raises(IntegrityError):
        Certificate.objects.create(
            enrollment=enrollment,
            code="B" * 16,
            holder_name="Robin",
            certificate_title="Family Skills",
            started_on=date(2026, 12, 5),
            completed_on=date(2026, 12, 1),
            issued_on=date(2026, 12, 5),
            sessions_attended=2,
            sessions_total=4,
        )
