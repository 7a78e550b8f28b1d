"""Emails about enrollment and sessions: sent after commit from tasks, plain text and HTML,
discreet subjects and sender, and the .ics attached to confirmations."""

from datetime import UTC, date, datetime, time

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from icalendar import Calendar

from tests.factories import ProgramStaffFactory, UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops import services

FORBIDDEN_WORDS = ("addiction", "substance", "treatment", "recovery", "rehab", "mental health")


@pytest.fixture
def cohort(db):
    workshop = make_workshop(sessions=3, title="Family Recovery and Addiction Treatment")
    return make_cohort(workshop, capacity=1, start=date(2030, 3, 4), weekday=0, name="Tuesday evening group")


def sign_up(cohort, member, capture):
    with capture(execute=True):
        return services.enrollment_create(
            cohort_id=cohort.pk, member=member, relationship="parent", confidentiality_acknowledged=True
        )


def assert_discreet(message):
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert not any(word in message.subject.lower() for word in FORBIDDEN_WORDS), message.subject
    assert not any(word in message.from_email.lower() for word in FORBIDDEN_WORDS)
    html = dict((mimetype, content) for content, mimetype in message.alternatives)["text/html"]
    assert message.body.strip() and "<p>" in html


@pytest.mark.django_db
@time_machine.travel(datetime(2030, 1, 15, 12, tzinfo=UTC))  # the group's dates are this year's
def test_confirmation_has_text_html_and_the_groups_calendar(cohort, django_capture_on_commit_callbacks):
    member = UserFactory(display_name="Robin", time_zone="America/Los_Angeles")
    sign_up(cohort, member, django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    assert message.to == [member.email]
    assert message.subject == "You have a place in your group"
    assert_discreet(message)
    assert "Tuesday evening group" in message.body
    assert "Monday, March 4, 4:00 PM PST" in message.body  # 7 pm New York, in the member's zone
    (name, content, mimetype) = message.attachments[0]
    assert name == "sessions.ics" and mimetype.startswith("text/calendar")
    calendar = Calendar.from_ical(content)
    assert len(calendar.walk("VEVENT")) == 3
    assert calendar["METHOD"] == "PUBLISH"


@pytest.mark.django_db
def test_waitlisted_pending_promoted_and_declined_members_are_told(cohort, django_capture_on_commit_callbacks):
    staff = ProgramStaffFactory()
    first = sign_up(cohort, UserFactory(), django_capture_on_commit_callbacks)
    second = sign_up(cohort, UserFactory(), django_capture_on_commit_callbacks)
    third = sign_up(cohort, UserFactory(), django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        services.enrollment_withdraw(enrollment_id=first.pk, member=first.member)
    with django_capture_on_commit_callbacks(execute=True):
        services.enrollment_decline(cohort_id=cohort.pk, enrollment_id=third.pk, by=staff)
    subjects = [(m.to[0], m.subject) for m in mail.outbox]
    assert subjects == [
        (first.member.email, "You have a place in your group"),
        (second.member.email, "You are on the waitlist"),
        (third.member.email, "You are on the waitlist"),
        (second.member.email, "Good news: a place opened up for you"),
        (third.member.email, "About your request"),
    ]
    promoted = mail.outbox[3]
    assert promoted.attachments and promoted.attachments[0][0] == "sessions.ics"
    for message in mail.outbox:
        assert_discreet(message)


@pytest.mark.django_db
def test_pending_requests_are_acknowledged(django_capture_on_commit_callbacks):
    cohort = make_cohort(requires_approval=True)
    sign_up(cohort, UserFactory(), django_capture_on_commit_callbacks)
    assert [m.subject for m in mail.outbox] == ["We received your request"]


@pytest.mark.django_db
def test_nothing_is_sent_when_the_change_rolls_back(cohort, django_capture_on_commit_callbacks):
    """Emails wait for the commit: a refused sign-up sends nothing."""
    cohort.status = "cancelled"
    cohort.save()
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(services.WorkshopError):
        services.enrollment_create(
            cohort_id=cohort.pk, member=UserFactory(), relationship="parent", confidentiality_acknowledged=True
        )
    assert mail.outbox == []


@pytest.mark.django_db
@time_machine.travel(datetime(2030, 1, 15, 12, tzinfo=UTC))
def test_enrolled_members_hear_about_a_moved_or_cancelled_session_in_their_own_time(
    cohort, django_capture_on_commit_callbacks
):
    madrid = UserFactory(time_zone="Europe/Madrid")
    enroll(cohort, madrid)
    enroll(cohort, UserFactory(), status="waitlisted")
    first, second = cohort.sessions.order_by("number")[:2]
    with django_capture_on_commit_callbacks(execute=True):
        services.session_reschedule(
            session_id=first.pk, starts_on=date(2030, 3, 5), local_start_time=time(19, 0), minutes=90, by=None
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.session_cancel(session_id=second.pk, by=None)
    assert [(m.to, m.subject) for m in mail.outbox] == [
        ([madrid.email], "Your session on Wednesday has moved"),  # Tuesday 7 pm in New York
        ([madrid.email], "Your session on Tuesday is cancelled"),  # Monday 7 pm in New York
    ]
    assert "Wednesday, March 6, 1:00 AM" in mail.outbox[0].body
    for message in mail.outbox:
        assert_discreet(message)
