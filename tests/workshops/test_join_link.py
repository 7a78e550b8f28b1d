"""The Join link: only for enrolled members (and facilitators), only from 15 minutes before the
start until the end, and the meeting address itself is never in any page's HTML."""

from datetime import date, timedelta
from http import HTTPStatus

import pytest
import time_machine

from tests.factories import ClinicianFactory, UserFactory
from tests.workshops.builders import enroll, make_cohort
from workshops.models import EnrollmentStatus

MEETING_URL = "https://meet.example.org/secret-room-123"
JOIN_TEXT = "Join the session"


@pytest.fixture
def session(db):
    cohort = make_cohort(start=date(2030, 3, 4), weekday=0, meeting_url=MEETING_URL)
    return cohort.sessions.get(number=1)


def page_html(client, session) -> tuple[int, str]:
    response = client.get(f"/workshops/sessions/{session.pk}/")
    return response.status_code, response.content.decode()


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in_and_never_see_the_link(client, session):
    with time_machine.travel(session.starts_at, tick=False):
        response = client.get(f"/workshops/sessions/{session.pk}/")
        assert response.status_code == HTTPStatus.FOUND and "/accounts/login/" in response["Location"]
        assert client.get(f"/workshops/sessions/{session.pk}/join/").status_code == HTTPStatus.FOUND
        for url in ("/workshops/", session.cohort.workshop.url):
            html = client.get(url).content.decode()
            assert MEETING_URL not in html
            assert f"/workshops/sessions/{session.pk}/join/" not in html


@pytest.mark.django_db
def test_a_member_outside_the_group_gets_a_404(client, session):
    outsider = UserFactory()
    with time_machine.travel(session.starts_at, tick=False):
        client.force_login(outsider)  # signed in at the frozen time, so the session cookie is fresh
        assert client.get(f"/workshops/sessions/{session.pk}/").status_code == HTTPStatus.NOT_FOUND
        assert client.get(f"/workshops/sessions/{session.pk}/join/").status_code == HTTPStatus.NOT_FOUND
        html = client.get(session.cohort.workshop.url).content.decode()
    assert MEETING_URL not in html


@pytest.mark.django_db
@pytest.mark.parametrize("status", [EnrollmentStatus.WAITLISTED, EnrollmentStatus.PENDING])
def test_waitlisted_and_pending_members_see_the_page_but_not_the_link(client, session, status):
    member = UserFactory()
    enroll(session.cohort, member, status=status)
    with time_machine.travel(session.starts_at, tick=False):
        client.force_login(member)
        code, html = page_html(client, session)
        assert code == HTTPStatus.OK
        assert JOIN_TEXT not in html and MEETING_URL not in html
        assert "Homework text 1." in html  # the materials are there
        assert client.get(f"/workshops/sessions/{session.pk}/join/").status_code == HTTPStatus.FORBIDDEN


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("offset", "shown"),
    [
        (-timedelta(minutes=16), False),
        (-timedelta(minutes=15), True),
        (timedelta(minutes=0), True),
        (timedelta(minutes=89), True),
        (timedelta(minutes=90), False),  # the session has ended
        (timedelta(days=-1), False),
    ],
    ids=["16-min-before", "15-min-before", "at-start", "during", "at-end", "day-before"],
)
def test_enrolled_members_see_the_link_only_inside_the_window(client, session, offset, shown):
    member = UserFactory()
    enroll(session.cohort, member)
    with time_machine.travel(session.starts_at + offset, tick=False):
        client.force_login(member)
        code, html = page_html(client, session)
        join = client.get(f"/workshops/sessions/{session.pk}/join/")
        dashboard = client.get("/me/").content.decode()
    assert code == HTTPStatus.OK
    assert (JOIN_TEXT in html) is shown
    assert (f"/workshops/sessions/{session.pk}/join/" in dashboard) is shown
    assert MEETING_URL not in html and MEETING_URL not in dashboard
    if shown:
        assert join.status_code == HTTPStatus.FOUND and join["Location"] == MEETING_URL
    else:
        assert join.status_code == HTTPStatus.FORBIDDEN
        assert "15 minutes before" in join.content.decode()


@pytest.mark.django_db
def test_a_cancelled_session_has_no_link(client, session):
    from workshops import services

    member = UserFactory()
    enroll(session.cohort, member)
    services.session_cancel(session_id=session.pk, by=None)
    with time_machine.travel(session.starts_at, tick=False):
        client.force_login(member)
        code, html = page_html(client, session)
    assert "This session is cancelled" in html and JOIN_TEXT not in html


@pytest.mark.django_db
def test_facilitators_get_the_link_in_the_window(client, session):
    facilitator = ClinicianFactory()
    session.cohort.facilitators.add(facilitator)
    with time_machine.travel(session.starts_at - timedelta(minutes=5), tick=False):
        client.force_login(facilitator)
        code, html = page_html(client, session)
    assert code == HTTPStatus.OK and JOIN_TEXT in html


@pytest.mark.django_db
def test_the_session_page_is_never_cached(client, session):
    member = UserFactory()
    enroll(session.cohort, member)
    client.force_login(member)
    response = client.get(f"/workshops/sessions/{session.pk}/")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
