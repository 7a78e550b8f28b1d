"""Erasing a member's account gives up their seat (the waitlist moves) and leaves no trace of them."""

import pytest

from cms.services import account_erase
from tests.cms.test_account_erasure import rows_mentioning
from tests.factories import UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from tests.workshops.outcomes.builders import answer, workshop_with_check_ins
from workshops import services
from workshops.models import CheckInAnswer, CheckInConsent, CheckInResponse, Enrollment
from workshops.models.choices import EnrollmentStatus


@pytest.mark.django_db
def test_erasing_an_enrolled_member_promotes_the_first_waitlisted():
    cohort = make_cohort(make_workshop(), capacity=1)
    leaving = UserFactory(email="leaving.member@example.org", display_name="Quintessa Leaving")
    waiting = UserFactory()
    for member in (leaving, waiting):
        services.enrollment_create(
            cohort_id=cohort.pk, member=member, relationship="parent", confidentiality_acknowledged=True
        )
    account_erase(user=leaving)
    assert Enrollment.objects.get(member=waiting).status == EnrollmentStatus.ENROLLED
    assert rows_mentioning("leaving.member@example.org", "Quintessa Leaving") == []


@pytest.mark.django_db
def test_erasure_keeps_attendance_counts_without_the_member_or_notes():
    from workshops.models import AttendanceRecord

    cohort = make_cohort(make_workshop())
    member = UserFactory(email="counted@example.org", display_name="Ottoline Counted")
    enrollment = services.enrollment_create(
        cohort_id=cohort.pk, member=member, relationship="parent", confidentiality_acknowledged=True
    )
    session = cohort.sessions.first()
    AttendanceRecord.objects.create(session=session, enrollment=enrollment, status="present", note="Ottoline came late")
    account_erase(user=member)
    record = AttendanceRecord.objects.get(session=session)
    assert (record.enrollment_id, record.status, record.note) == (None, "present", "")
    assert rows_mentioning("counted@example.org", "Ottoline") == []


@pytest.mark.django_db
def test_erasure_removes_check_in_answers_and_the_consent():
    cohort = make_cohort(workshop_with_check_ins()[0])
    leaving, staying = UserFactory(), UserFactory()
    for person in (leaving, staying):
        CheckInConsent.objects.create(member=person, choice="agreed")
        answer(enroll(cohort, person), "before", {"understanding": 3}, comment="words", share=True)
    account_erase(user=leaving)
    assert not CheckInResponse.objects.filter(enrollment__member_id=leaving.pk).exists()
    assert CheckInResponse.objects.count() == 1 and CheckInAnswer.objects.count() == 2
    assert list(CheckInConsent.objects.values_list("member_id", flat=True)) == [staying.pk]
