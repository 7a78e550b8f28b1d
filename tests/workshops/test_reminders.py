"""`send_session_reminders`: one reminder per member and session within the next 24 h,
however often it runs."""

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from tests.factories import UserFactory
from tests.workshops.builders import enroll, make_cohort
from workshops import services
from workshops.models import CohortStatus, EnrollmentStatus, SessionReminder


@pytest.fixture
def cohort(db):
    return make_cohort(start=date(2030, 3, 4), weekday=0)


def run(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_session_reminders", verbosity=0)


@pytest.mark.django_db
def test_running_twice_sends_each_reminder_once(cohort, django_capture_on_commit_callbacks):
    members = [UserFactory() for _ in range(3)]
    for member in members:
        enroll(cohort, member)
    first = cohort.sessions.get(number=1)
    with time_machine.travel(first.starts_at - timedelta(hours=20), tick=False):
        run(django_capture_on_commit_callbacks)
        run(django_capture_on_commit_callbacks)
    with time_machine.travel(first.starts_at - timedelta(hours=19, minutes=55), tick=False):
        run(django_capture_on_commit_callbacks)  # five minutes later, as cron would
    assert sorted(m.to[0] for m in mail.outbox) == sorted(m.email for m in members)
    assert SessionReminder.objects.count() == 3
    assert all(message.subject == "Reminder: your session on Monday" for message in mail.outbox)


@pytest.mark.django_db
def test_only_sessions_in_the_next_24_hours_and_only_enrolled_members(cohort, django_capture_on_commit_callbacks):
    enrolled, waitlisted, withdrawn = UserFactory(), UserFactory(), UserFactory()
    enroll(cohort, enrolled)
    enroll(cohort, waitlisted, status=EnrollmentStatus.WAITLISTED)
    enroll(cohort, withdrawn, status=EnrollmentStatus.WITHDRAWN)
    first = cohort.sessions.get(number=1)
    with time_machine.travel(first.starts_at - timedelta(hours=25), tick=False):
        run(django_capture_on_commit_callbacks)
    assert mail.outbox == []
    with time_machine.travel(first.starts_at - timedelta(hours=23), tick=False):
        run(django_capture_on_commit_callbacks)
    assert [m.to for m in mail.outbox] == [[enrolled.email]]


@pytest.mark.django_db
def test_cancelled_sessions_and_groups_get_no_reminder(cohort, django_capture_on_commit_callbacks):
    enroll(cohort, UserFactory())
    first, second = cohort.sessions.order_by("number")[:2]
    services.session_cancel(session_id=first.pk, by=None)
    with time_machine.travel(first.starts_at - timedelta(hours=1), tick=False):
        run(django_capture_on_commit_callbacks)
    cohort.status = CohortStatus.CANCELLED
    cohort.save()
    with time_machine.travel(second.starts_at - timedelta(hours=1), tick=False):
        run(django_capture_on_commit_callbacks)
    assert [m for m in mail.outbox if "Reminder" in m.subject] == []


@pytest.mark.django_db
def test_a_rescheduled_session_gets_a_fresh_reminder(cohort, django_capture_on_commit_callbacks):
    member = UserFactory()
    enroll(cohort, member)
    first = cohort.sessions.get(number=1)
    with time_machine.travel(first.starts_at - timedelta(hours=2), tick=False):
        run(django_capture_on_commit_callbacks)
        local = first.starts_at.astimezone(ZoneInfo(cohort.time_zone))
        services.session_reschedule(
            session_id=first.pk,
            starts_on=local.date(),
            local_start_time=(local + timedelta(hours=3)).time(),
            minutes=90,
            by=None,
        )
        run(django_capture_on_commit_callbacks)
    reminders = [m for m in mail.outbox if m.subject.startswith("Reminder")]
    assert len(reminders) == 2


@pytest.mark.django_db
def test_a_reminder_queued_for_a_session_that_changed_is_not_sent(cohort):
    """The email task checks the session again: a cancelled session sends nothing."""
    from workshops.tasks import send_session_reminder_email

    member = UserFactory()
    enroll(cohort, member)
    session = cohort.sessions.get(number=1)
    reminder = SessionReminder.objects.create(session=session, member=member, session_starts_at=session.starts_at)
    services.session_cancel(session_id=session.pk, by=None)
    assert send_session_reminder_email.call(reminder_id=reminder.pk) is False
    assert [m for m in mail.outbox if m.subject.startswith("Reminder")] == []


@pytest.mark.django_db
def test_a_member_who_left_after_the_reminder_was_queued_gets_nothing(cohort):
    from workshops.tasks import send_session_reminder_email

    member = UserFactory()
    enrollment = enroll(cohort, member)
    session = cohort.sessions.get(number=1)
    reminder = SessionReminder.objects.create(session=session, member=member, session_starts_at=session.starts_at)
    services.enrollment_withdraw(enrollment_id=enrollment.pk, member=member)
    assert send_session_reminder_email.call(reminder_id=reminder.pk) is False
