"""Capacity holds under real concurrency: the cohort row is locked while a seat is decided."""

import threading

import pytest
from django.core import mail
from django.db import connection

from tests.factories import UserFactory
from tests.workshops.builders import make_cohort
from workshops import services
from workshops.models import EnrollmentStatus

MEMBERS = 50
SEATS = 10


@pytest.mark.postgres
# Real transactions, so the threads see each other's rows; the page tree and roles that
# migrations created are restored afterwards for the tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fifty_members_racing_for_ten_seats_get_ten_seats_and_forty_waitlist_places():
    """50 threads sign up 50 members at once: exactly 10 enrolled, 40 waitlisted, no error; then
    one withdrawal promotes exactly the first member in the waitlist."""
    cohort = make_cohort(capacity=SEATS)
    members = [UserFactory() for _ in range(MEMBERS)]
    start = threading.Barrier(MEMBERS)
    errors: list[BaseException] = []

    def sign_up(member):
        try:
            start.wait(timeout=30)
            services.enrollment_create(
                cohort_id=cohort.pk, member=member, relationship="parent", confidentiality_acknowledged=True
            )
        except BaseException as error:  # noqa: BLE001 - any failure must fail the test, not vanish in a thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign_up, args=(member,)) for member in members]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    enrollments = cohort.enrollments
    assert enrollments.count() == MEMBERS
    assert enrollments.filter(status=EnrollmentStatus.ENROLLED).count() == SEATS
    assert enrollments.filter(status=EnrollmentStatus.WAITLISTED).count() == MEMBERS - SEATS
    assert len(mail.outbox) == MEMBERS

    line = list(enrollments.filter(status=EnrollmentStatus.WAITLISTED).order_by("queued_at", "pk"))
    leaving = enrollments.filter(status=EnrollmentStatus.ENROLLED).first()
    services.enrollment_withdraw(enrollment_id=leaving.pk, member=leaving.member)

    promoted = enrollments.filter(pk=line[0].pk, status=EnrollmentStatus.ENROLLED)
    assert promoted.exists()
    assert enrollments.filter(status=EnrollmentStatus.ENROLLED).count() == SEATS
    assert enrollments.filter(status=EnrollmentStatus.WAITLISTED).count() == MEMBERS - SEATS - 1
