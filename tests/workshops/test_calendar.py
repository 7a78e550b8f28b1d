"""Calendars: one .ics per session and a private feed, valid RFC 5545 that icalendar parses, with
the exact UTC instants and the cohort's TZID; a revoked feed address is a 404."""

from datetime import UTC, date, datetime
from http import HTTPStatus

import pytest
from icalendar import Calendar

from tests.factories import UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops import services
from workshops.models import CalendarFeed, EnrollmentStatus

FORBIDDEN_WORDS = ("addiction", "substance", "treatment", "recovery", "rehab", "mental health")


def parse(response) -> Calendar:
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


@pytest.fixture
def cohort(db):
    # A New York group over the November 2025 change, in a workshop with a revealing title.
    return make_cohort(
        make_workshop(sessions=4, title="Addiction Recovery Basics"), start=date(2025, 10, 20), weekday=1
    )


@pytest.mark.django_db
def test_a_sessions_ics_has_the_right_instant_tzid_and_a_discreet_title(client, cohort):
    member = UserFactory(time_zone="Europe/Madrid")
    enroll(cohort, member)
    client.force_login(member)
    session = cohort.sessions.get(number=3)  # after the change: 7 pm EST is 00:00 UTC the next day
    calendar = parse(client.get(f"/workshops/sessions/{session.pk}/calendar.ics"))

    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    (event,) = calendar.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert event["DTSTART"].dt.astimezone(UTC) == datetime(2025, 11, 5, 0, 0, tzinfo=UTC)
    assert event["DTEND"].dt.astimezone(UTC) == datetime(2025, 11, 5, 1, 30, tzinfo=UTC)
    assert event["DTSTART"].dt.hour == 19
    assert event["UID"] and event["DTSTAMP"]
    assert str(event["SUMMARY"]) == "Group session 3 of 4"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    assert calendar.get_missing_tzids() == set()
    text = client.get(f"/workshops/sessions/{session.pk}/calendar.ics").content.decode().lower()
    assert not any(word in text for word in FORBIDDEN_WORDS)
    assert "meet.example.org" not in text  # the meeting link stays behind the Join window


@pytest.mark.django_db
@pytest.mark.parametrize("status", [EnrollmentStatus.WAITLISTED, None])
def test_only_enrolled_members_can_download_a_sessions_ics(client, cohort, status):
    member = UserFactory()
    if status:
        enroll(cohort, member, status=status)
    client.force_login(member)
    session = cohort.sessions.first()
    assert client.get(f"/workshops/sessions/{session.pk}/calendar.ics").status_code == HTTPStatus.NOT_FOUND


@pytest.mark.django_db
def test_the_private_feed_lists_the_members_sessions_and_stops_when_revoked(client, cohort):
    member = UserFactory()
    enroll(cohort, member)
    other_group = make_cohort(start=date(2025, 10, 20), weekday=4)
    enroll(other_group, member, status=EnrollmentStatus.WAITLISTED)
    client.force_login(member)

    client.post("/workshops/calendar-link/", {"action": "create"})
    feed = CalendarFeed.objects.get(member=member)
    url = f"/calendar/{feed.token}.ics"
    assert f"http://testserver{url}" in client.get("/me/").content.decode()

    client.logout()  # calendar apps subscribe without a session
    calendar = parse(client.get(url))
    events = calendar.walk("VEVENT")
    assert [e["DTSTART"].dt.astimezone(UTC) for e in events] == [
        s.starts_at for s in cohort.sessions.order_by("number")
    ]
    assert all(e["DTSTART"].params["TZID"] == "America/New_York" for e in events)
    assert calendar.get_missing_tzids() == set()
    assert str(calendar["X-WR-CALNAME"]) == "Group sessions"
    assert not any(word in client.get(url).content.decode().lower() for word in FORBIDDEN_WORDS)

    client.force_login(member)
    client.post("/workshops/calendar-link/", {"action": "revoke"})
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


@pytest.mark.django_db
def test_a_new_feed_address_replaces_the_old_one(client, cohort):
    member = UserFactory()
    enroll(cohort, member)
    old = services.calendar_feed_create(member=member).token
    new = services.calendar_feed_create(member=member).token
    assert old != new and len(new) >= 40
    assert client.get(f"/calendar/{old}.ics").status_code == HTTPStatus.NOT_FOUND
    assert client.get(f"/calendar/{new}.ics").status_code == HTTPStatus.OK


@pytest.mark.django_db
@pytest.mark.parametrize("token", ["nope", "x" * 43, "../../etc/passwd"])
def test_an_unknown_feed_token_is_a_404(client, token):
    assert client.get(f"/calendar/{token}.ics").status_code == HTTPStatus.NOT_FOUND


@pytest.mark.django_db
def test_moved_and_cancelled_sessions_update_the_feed(client, cohort):
    """Calendars replace an event when its SEQUENCE grows; a cancelled one stays with STATUS:CANCELLED."""
    member = UserFactory()
    enroll(cohort, member)
    token = services.calendar_feed_create(member=member).token
    first, second = cohort.sessions.order_by("number")[:2]
    services.session_reschedule(
        session_id=first.pk, starts_on=date(2025, 10, 22), local_start_time=first.starts_at.time(), minutes=90, by=None
    )
    services.session_cancel(session_id=second.pk, by=None)
    events = {str(e["UID"]): e for e in parse(client.get(f"/calendar/{token}.ics")).walk("VEVENT")}
    moved = next(e for e in events.values() if str(e["SUMMARY"]).startswith("Group session 1 "))
    cancelled = next(e for e in events.values() if str(e["SUMMARY"]).startswith("Group session 2 "))
    assert moved["SEQUENCE"] == 1 and moved["DTSTART"].dt.date() == date(2025, 10, 22)
    assert cancelled["STATUS"] == "CANCELLED" and cancelled["SEQUENCE"] == 1


@pytest.mark.django_db
def test_after_withdrawing_the_feed_no_longer_lists_the_group(client, cohort):
    member = UserFactory()
    enrollment = enroll(cohort, member)
    token = services.calendar_feed_create(member=member).token
    services.enrollment_withdraw(enrollment_id=enrollment.pk, member=member)
    assert parse(client.get(f"/calendar/{token}.ics")).walk("VEVENT") == []
