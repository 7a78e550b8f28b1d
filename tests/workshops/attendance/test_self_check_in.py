"""Self check-in with the facilitator's code, and Join clicks: recorded as the member's own signs,
refused (4xx, nothing written) for anyone or any time the rules do not allow, rate-limited."""

from datetime import timedelta
from http import HTTPStatus

import pytest
import time_machine

from tests.factories import UserFactory
from tests.workshops.attendance.helpers import cohort_with_members, mark, sheet_url, signed_in_at
from tests.workshops.builders import enroll
from workshops.attendance.codes import check_in_code, code_matches, spoken
from workshops.models import AttendanceRecord, EnrollmentStatus, SessionArrival, SessionStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def group():
    cohort, (enrollment,) = cohort_with_members(members=1)
    return cohort, enrollment, cohort.sessions.get(number=1)


def wrong_code(session) -> str:
    return str((int(check_in_code(session)) + 1) % 10**6).zfill(6)


def check_in(client, session, *, enrollment_id, code):
    return client.post(f"/workshops/sessions/{session.pk}/check-in/", {"enrollment": enrollment_id, "code": code})


def test_an_enrolled_member_checks_in_with_the_code_during_the_session(client, group):
    """The code works from the session page; the time is kept and shown to the member and to staff."""
    cohort, enrollment, session = group
    at = session.starts_at + timedelta(minutes=2)
    with signed_in_at(client, enrollment.member, at):
        page = client.get(f"/workshops/sessions/{session.pk}/").content.decode()
        assert 'id="check-in-code"' in page and 'inputmode="numeric"' in page
        response = check_in(client, session, enrollment_id=enrollment.pk, code=spoken(check_in_code(session)))
        assert response.status_code == HTTPStatus.FOUND
        page = client.get(response["Location"]).content.decode()
    assert "You are checked in" in page and "You checked in at 7:02" in page
    assert SessionArrival.objects.get(enrollment=enrollment).checked_in_at == at
    assert not AttendanceRecord.objects.exists()  # a suggestion for staff, never a mark


def test_a_second_check_in_keeps_the_first_time(client, group):
    cohort, enrollment, session = group
    for minutes in (1, 9):
        with signed_in_at(client, enrollment.member, session.starts_at + timedelta(minutes=minutes)):
            check_in(client, session, enrollment_id=enrollment.pk, code=check_in_code(session))
    assert SessionArrival.objects.get().checked_in_at == session.starts_at + timedelta(minutes=1)


@pytest.mark.parametrize(
    "when",
    [timedelta(minutes=-16), timedelta(minutes=90), timedelta(days=2)],
    ids=["too-early", "after-the-end", "days-later"],
)
def test_check_in_outside_the_window_is_refused(client, group, when):
    """From 15 minutes before the start until the end only; otherwise 403 and nothing written."""
    cohort, enrollment, session = group
    with signed_in_at(client, enrollment.member, session.starts_at + when):
        response = check_in(client, session, enrollment_id=enrollment.pk, code=check_in_code(session))
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "Check-in opens 15 minutes before" in response.content.decode()
    assert not SessionArrival.objects.exists()


def test_a_wrong_code_is_refused_with_a_clear_message(client, group):
    cohort, enrollment, session = group
    wrong = wrong_code(session)
    with signed_in_at(client, enrollment.member, session.starts_at):
        response = check_in(client, session, enrollment_id=enrollment.pk, code=wrong)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "That code does not match" in response.content.decode()
    assert not SessionArrival.objects.exists()


def test_the_sixth_wrong_code_in_a_minute_is_refused_even_when_right(client, group):
    """Five wrong codes are answered 400; then 429, even for the right code, until the minute has passed."""
    cohort, enrollment, session = group
    with signed_in_at(client, enrollment.member, session.starts_at) as clock:
        statuses = [
            check_in(client, session, enrollment_id=enrollment.pk, code="000000x").status_code for _ in range(5)
        ]
        sixth = check_in(client, session, enrollment_id=enrollment.pk, code="999999")
        right_but_limited = check_in(client, session, enrollment_id=enrollment.pk, code=check_in_code(session))
        assert not SessionArrival.objects.exists()
        clock.shift(timedelta(seconds=61))
        later = check_in(client, session, enrollment_id=enrollment.pk, code=check_in_code(session))
    assert statuses == [HTTPStatus.BAD_REQUEST] * 5
    assert sixth.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "Too many wrong codes" in sixth.content.decode()
    assert right_but_limited.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert later.status_code == HTTPStatus.FOUND


def test_someone_not_in_the_group_gets_a_404_and_nothing_is_written(client, group):
    cohort, enrollment, session = group
    stranger = UserFactory()
    with signed_in_at(client, stranger, session.starts_at):
        response = check_in(client, session, enrollment_id=enrollment.pk, code=check_in_code(session))
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert not SessionArrival.objects.exists()


@pytest.mark.parametrize("status", [EnrollmentStatus.WAITLISTED, EnrollmentStatus.PENDING, EnrollmentStatus.WITHDRAWN])
def test_members_without_a_place_cannot_check_in(client, group, status):
    cohort, enrollment, session = group
    waiting = enroll(cohort, UserFactory(), status=status)
    with signed_in_at(client, waiting.member, session.starts_at):
        response = check_in(client, session, enrollment_id=waiting.pk, code=check_in_code(session))
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "Only members with a place" in response.content.decode()
    assert not SessionArrival.objects.exists()


def test_checking_in_for_another_member_is_refused(client, group):
    """The form names the member's own place; naming someone else's writes nothing for either."""
    cohort, enrollment, session = group
    other = enroll(cohort, UserFactory())
    with signed_in_at(client, enrollment.member, session.starts_at):
        response = check_in(client, session, enrollment_id=other.pk, code=check_in_code(session))
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert not SessionArrival.objects.exists()


def test_a_cancelled_session_takes_no_check_in(client, group):
    cohort, enrollment, session = group
    session.status = SessionStatus.CANCELLED
    session.save()
    with signed_in_at(client, enrollment.member, session.starts_at):
        response = check_in(client, session, enrollment_id=enrollment.pk, code=check_in_code(session))
    assert response.status_code == HTTPStatus.CONFLICT
    assert not SessionArrival.objects.exists()


def test_check_in_needs_a_signed_in_member_and_a_post(client, group):
    cohort, enrollment, session = group
    url = f"/workshops/sessions/{session.pk}/check-in/"
    assert client.post(url, {"code": "1"})["Location"].startswith("/accounts/login/")
    with signed_in_at(client, enrollment.member, session.starts_at):
        assert client.get(url).status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_codes_are_six_digits_differ_per_session_and_accept_spaces(group):
    cohort, enrollment, session = group
    other = cohort.sessions.get(number=2)
    code = check_in_code(session)
    assert len(code) == 6 and code.isdigit()
    assert code != check_in_code(other)
    assert code_matches(session, f" {code[:3]} - {code[3:]} ")
    assert not code_matches(session, "") and not code_matches(other, code)


def test_a_check_in_shows_on_the_staff_sheet_as_a_suggestion_and_never_overwrites_a_mark(client, group, program_staff):
    cohort, enrollment, session = group
    mark(enrollment, 1, "absent", "staff decided")
    with signed_in_at(client, enrollment.member, session.starts_at + timedelta(minutes=2)):
        check_in(client, session, enrollment_id=enrollment.pk, code=check_in_code(session))
    with signed_in_at(client, program_staff, session.starts_at + timedelta(minutes=3)):
        html = client.get(sheet_url(session)).content.decode()
    assert "Checked in 7:02 PM EST" in html and "Accept: Present" in html
    assert AttendanceRecord.objects.get().status == "absent"


def test_pressing_join_records_the_time_for_enrolled_members_only(client, group, program_staff):
    """A Join click is kept (first time only) as a hint; facilitators and staff clicking it leave no trace."""
    cohort, enrollment, session = group
    with signed_in_at(client, enrollment.member, session.starts_at - timedelta(minutes=1)):
        response = client.get(f"/workshops/sessions/{session.pk}/join/")
    with time_machine.travel(session.starts_at + timedelta(minutes=5), tick=False):
        assert client.get(f"/workshops/sessions/{session.pk}/join/").status_code == HTTPStatus.FOUND
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == cohort.meeting_url
    arrival = SessionArrival.objects.get(enrollment=enrollment)
    assert (arrival.joined_at, arrival.checked_in_at) == (session.starts_at - timedelta(minutes=1), None)
    assert not AttendanceRecord.objects.exists()

    facilitator = UserFactory()
    cohort.facilitators.add(facilitator)
    with signed_in_at(client, facilitator, session.starts_at):
        assert client.get(f"/workshops/sessions/{session.pk}/join/").status_code == HTTPStatus.FOUND
    assert SessionArrival.objects.count() == 1


def test_a_join_outside_the_window_records_nothing(client, group):
    cohort, enrollment, session = group
    with signed_in_at(client, enrollment.member, session.starts_at - timedelta(hours=2)):
        assert client.get(f"/workshops/sessions/{session.pk}/join/").status_code == HTTPStatus.FORBIDDEN
    assert not SessionArrival.objects.exists()


def test_with_the_cache_unreachable_check_in_by_code_fails_closed(client, group, settings):
    """No counter for wrong codes, no check-in by code (a 6-digit code could be guessed); staff can mark."""
    cohort, enrollment, session = group
    settings.CACHES = {
        alias: {
            "BACKEND": "cms.cache_backends.FailSoftRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
        for alias in ("default", "pages")
    }
    with signed_in_at(client, enrollment.member, session.starts_at + timedelta(minutes=2)):
        response = check_in(client, session, enrollment_id=enrollment.pk, code=check_in_code(session))
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert "Your facilitator can mark you present" in response.content.decode()
    assert not SessionArrival.objects.exists()
