"""Inbox previews and calendars are seen by others: no email subject, sender name or calendar
entry the project produces says what the program is about."""

import re
from datetime import date, time, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import Site

from cms.models import SiteSettings
from tests.cms.test_accounts import signup_data
from tests.factories import UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops import services
from workshops.models.choices import CohortStatus, EnrollmentStatus

REVEALING = re.compile(r"addiction|substance|treatment|recovery|rehab|mental health", re.IGNORECASE)


def calendar_summaries(message) -> list[str]:
    summaries = []
    for attachment in getattr(message, "attachments", []):
        filename, content, mimetype = attachment if isinstance(attachment, tuple) else (None, None, None)
        if mimetype and "calendar" in mimetype:
            for event in Calendar.from_ical(content).walk("VEVENT"):
                summaries.append(str(event.get("SUMMARY")))
    return summaries


@pytest.fixture
def revealing_program(db):
    """The worst case: a program and a workshop whose own names reveal the subject."""
    settings_row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.program_name = "Hope Addiction Recovery Center"
    settings_row.email_sender_name = "Family Program"
    settings_row.save()
    return make_workshop(title="Family Recovery Foundations")


@pytest.mark.django_db
def test_no_email_of_any_kind_reveals_the_subject(
    client, settings, revealing_program, django_capture_on_commit_callbacks
):
    settings.DEFAULT_FROM_EMAIL = "Substance Use Program <no-reply@example.org>"  # the program's default is overridden
    # Accounts: a new sign-up, a sign-up with a taken address, password resets known and unknown.
    client.post("/accounts/signup/", signup_data("new@example.org"))
    client.logout()
    taken = UserFactory(email="taken@example.org")
    client.post("/accounts/signup/", signup_data("taken@example.org"))
    client.logout()
    client.post("/accounts/password/reset/", {"email": taken.email})
    client.post("/accounts/password/reset/", {"email": "stranger@example.org"})

    # Workshops: every enrollment and session notice, and reminders.
    with django_capture_on_commit_callbacks(execute=True):
        full = make_cohort(revealing_program, capacity=1)
        first, second = UserFactory(), UserFactory()
        services.enrollment_create(
            cohort_id=full.pk, member=first, relationship="parent", confidentiality_acknowledged=True
        )
        services.enrollment_create(
            cohort_id=full.pk, member=second, relationship="partner", confidentiality_acknowledged=True
        )
        services.enrollment_withdraw(enrollment_id=first.workshop_enrollments.get().pk, member=first)
        approval = make_cohort(revealing_program, requires_approval=True)
        pending = services.enrollment_create(
            cohort_id=approval.pk, member=first, relationship="sibling", confidentiality_acknowledged=True
        )
        services.enrollment_decline(cohort_id=approval.pk, enrollment_id=pending.pk, by=None)
        session = full.sessions.order_by("starts_at").first()
        services.session_reschedule(
            session_id=session.pk, starts_on=date(2030, 3, 5), local_start_time=time(18, 0), minutes=90, by=None
        )
        services.session_cancel(session_id=full.sessions.order_by("starts_at").last().pk, by=None)
        soon = make_cohort(
            revealing_program, start=timezone.localdate() + timedelta(days=1), status=CohortStatus.RUNNING
        )
        enroll(soon, UserFactory(), status=EnrollmentStatus.ENROLLED)
        call_command("send_session_reminders", verbosity=0)
        doomed = make_cohort(revealing_program)
        enroll(doomed, UserFactory())
        doomed.status = CohortStatus.CANCELLED
        doomed.save()
        services.cohort_after_edit(cohort_id=doomed.pk, previous_status=CohortStatus.OPEN, by=None)

    # Retention warnings.
    sleeper = UserFactory(last_login=timezone.now() - timedelta(days=settings.ACCOUNT_INACTIVITY_DAYS))
    call_command("purge_expired_data", verbosity=0)

    subjects = {message.subject for message in mail.outbox}
    assert len(mail.outbox) >= 12, subjects
    for message in mail.outbox:
        assert not REVEALING.search(message.subject), message.subject
        assert not REVEALING.search(message.from_email), message.from_email
        assert message.from_email.startswith("Family Program <"), message.from_email
        for summary in calendar_summaries(message):
            assert not REVEALING.search(summary), summary
    assert any(calendar_summaries(message) for message in mail.outbox)  # confirmations carry an .ics
    assert sleeper.email in {address for message in mail.outbox for address in message.to}


@pytest.mark.django_db
def test_calendar_files_and_feeds_do_not_reveal_the_subject(client, revealing_program):
    member = UserFactory()
    cohort = make_cohort(revealing_program)
    enroll(cohort, member)
    client.force_login(member)
    session = cohort.sessions.first()
    for body in (
        client.get(f"/workshops/sessions/{session.pk}/calendar.ics").content,
        client.get(f"/calendar/{services.calendar_feed_create(member=member).token}.ics").content,
    ):
        calendar = Calendar.from_ical(body)
        for event in calendar.walk("VEVENT"):
            assert not REVEALING.search(str(event.get("SUMMARY"))), event.get("SUMMARY")
            assert not REVEALING.search(str(event.get("DESCRIPTION", ""))), event.get("DESCRIPTION")
        assert not REVEALING.search(str(calendar.get("X-WR-CALNAME", "")))
