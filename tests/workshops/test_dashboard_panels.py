"""/me/ reads the member's groups once for the groups, attendance and certificates panels: each
panel must still show exactly what its own reads showed, and only the member's own rows."""

from datetime import date, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from tests.factories import UserFactory
from tests.workshops.attendance.helpers import mark
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops import selectors, services
from workshops.attendance.selectors import member_attendance
from workshops.models import AttendanceStatus, CertificatePreference, CohortStatus, EnrollmentStatus


def _days_ago(days: int) -> date:
    return timezone.localdate() - timedelta(days=days)


def _rows(cohorts) -> list:
    return [(c.cohort.pk, [(s.session.pk, s.status) for s in c.sessions]) for c in cohorts]


@pytest.fixture
def member_in_many_groups(member):
    """Running (two sessions started), finished, draft, waitlisted, withdrawn, and next month."""
    # Weekly from 11 days ago: two sessions past (the second gets cancelled), two to come.
    running = make_cohort(make_workshop(sessions=4), start=_days_ago(11), weekday=_days_ago(11).weekday())
    finished = make_cohort(make_workshop(sessions=2), start=_days_ago(45), weekday=_days_ago(45).weekday())
    finished.status = CohortStatus.FINISHED
    finished.save()
    draft = make_cohort(make_workshop(sessions=2), status=CohortStatus.DRAFT)
    waiting = make_cohort(make_workshop(sessions=2))
    left = make_cohort(make_workshop(sessions=2))
    coming = make_cohort(make_workshop(sessions=3), start=timezone.localdate() + timedelta(days=30))
    mine = enroll(running, member)
    enroll(finished, member)
    enroll(draft, member)
    enroll(waiting, member, status=EnrollmentStatus.WAITLISTED)
    enroll(left, member, status=EnrollmentStatus.WITHDRAWN)
    enroll(coming, member)
    mark(mine, 1, AttendanceStatus.PRESENT)
    services.session_cancel(session_id=running.sessions.get(number=2).pk, by=None)
    # Someone else in the same group, with their own mark: never on the member's page.
    other = enroll(running, UserFactory())
    mark(other, 1, AttendanceStatus.ABSENT)
    return member


@pytest.mark.django_db
def test_the_attendance_panel_shows_what_member_attendance_shows(member_in_many_groups):
    shared = selectors.member_workshops(user=member_in_many_groups).attendance
    own = member_attendance(user=member_in_many_groups)
    assert _rows(shared) == _rows(own)
    assert len(shared) == 2  # the running and the finished group; not the draft or the waitlist
    assert [s.status for c in shared for s in c.sessions].count(AttendanceStatus.PRESENT) == 1
    assert AttendanceStatus.ABSENT not in [s.status for c in shared for s in c.sessions]


@pytest.mark.django_db
def test_the_groups_panel_lists_live_sign_ups_and_the_next_sessions(member_in_many_groups):
    summary = selectors.member_workshops(user=member_in_many_groups).summary
    statuses = sorted((e.cohort.status, e.status) for e in summary["enrollments"])
    assert statuses == sorted(
        [
            (CohortStatus.OPEN, EnrollmentStatus.ENROLLED),  # running group (still "open" here)
            (CohortStatus.DRAFT, EnrollmentStatus.ENROLLED),
            (CohortStatus.OPEN, EnrollmentStatus.WAITLISTED),
            (CohortStatus.OPEN, EnrollmentStatus.ENROLLED),  # next month
        ]
    )
    upcoming = [item.session for item in summary["upcoming"]]
    assert upcoming == sorted(upcoming, key=lambda s: (s.starts_at, s.pk))
    assert all(s.ends_at > timezone.now() for s in upcoming)
    assert {s.cohort.status for s in upcoming} == {CohortStatus.OPEN}
    assert len(upcoming) == 2 + 3  # the running group's last two, and next month's three
    assert summary["has_enrolled_group"] and summary["feed"] is None


@pytest.mark.django_db
def test_calendar_link_and_certificate_choices_come_with_the_rest(member):
    feed = services.calendar_feed_create(member=member)
    CertificatePreference.objects.create(member=member, printed_name="Dana R.", show_name_when_verified=True)
    data = selectors.member_workshops(user=member)
    assert data.summary["feed"].token == feed.token
    assert data.summary["feed_url"].endswith(f"/calendar/{feed.token}.ics")
    assert (data.certificate_preference.printed_name, data.certificate_preference.show_name_when_verified) == (
        "Dana R.",
        True,
    )


@pytest.mark.django_db
def test_without_choices_the_defaults_apply(member):
    data = selectors.member_workshops(user=member)
    assert data.summary["feed"] is None and data.summary["feed_url"] == ""
    assert data.certificate_preference.pk is None and not data.certificate_preference.show_name_when_verified


@pytest.mark.django_db
def test_each_member_sees_only_their_own_dashboard(member_in_many_groups):
    stranger = UserFactory()
    client = Client()
    client.force_login(stranger)
    html = client.get("/me/").content.decode()
    assert "Your attendance" not in html and "Upcoming sessions" not in html
    client.force_login(member_in_many_groups)
    html = client.get("/me/").content.decode()
    assert "Your attendance" in html and "Upcoming sessions" in html
