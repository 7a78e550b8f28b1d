"""Members see their own attendance on /me/ and their session page, and nobody else's."""

from datetime import timedelta
from http import HTTPStatus

import pytest

from tests.factories import UserFactory
from tests.workshops.attendance.helpers import cohort_with_members, mark, signed_in_at
from workshops.models import CohortStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def group():
    cohort, (robin, sam) = cohort_with_members(members=2)
    robin.member.display_name = "Robin Own"
    robin.member.save()
    sam.member.display_name = "Sam Other"
    sam.member.save()
    mark(robin, 1, "present")
    mark(robin, 2, "excused", "staff-only note about Robin")
    mark(sam, 1, "absent", "staff-only note about Sam")
    return cohort, robin, sam


def test_a_member_sees_their_own_mark_per_session_on_me(client, group):
    cohort, robin, sam = group
    after_two = cohort.sessions.get(number=2).ends_at + timedelta(hours=1)
    with signed_in_at(client, robin.member, after_two):
        html = client.get("/me/").content.decode()
    assert "Your attendance" in html
    assert "1. Session title 1" in html and "Present" in html
    assert "2. Session title 2" in html and "Excused" in html
    assert "3. Session title 3" not in html  # not started yet (it is under upcoming sessions instead)
    assert "Sam Other" not in html and "staff-only note" not in html


def test_another_member_sees_only_their_own(client, group):
    cohort, robin, sam = group
    after_two = cohort.sessions.get(number=2).ends_at + timedelta(hours=1)
    with signed_in_at(client, sam.member, after_two):
        html = client.get("/me/").content.decode()
        session_page = client.get(f"/workshops/sessions/{cohort.sessions.get(number=1).pk}/").content.decode()
    assert "Absent" in html and "Not recorded yet" in html
    assert "Robin Own" not in html + session_page
    assert "staff-only note" not in html + session_page
    assert "The team has you down as: <strong>Absent</strong>" in session_page


def test_the_panel_is_hidden_before_any_session_has_started(client, group):
    cohort, robin, sam = group
    with signed_in_at(client, robin.member, cohort.sessions.get(number=1).starts_at - timedelta(days=1)):
        html = client.get("/me/").content.decode()
    assert "Your attendance" not in html


def test_a_member_outside_the_group_sees_no_attendance(client, group):
    cohort, robin, sam = group
    stranger = UserFactory()
    with signed_in_at(client, stranger, cohort.sessions.get(number=2).ends_at):
        html = client.get("/me/").content.decode()
        assert client.get(f"/workshops/sessions/{cohort.sessions.get(number=1).pk}/").status_code == 404
    assert "Your attendance" not in html and "Robin Own" not in html


def test_draft_cohorts_do_not_show(client, group):
    cohort, robin, sam = group
    cohort.status = CohortStatus.DRAFT
    cohort.save()
    with signed_in_at(client, robin.member, cohort.sessions.get(number=2).ends_at):
        assert "Your attendance" not in client.get("/me/").content.decode()


def test_anonymous_visitors_get_no_attendance_anywhere(client, group):
    cohort, robin, sam = group
    session = cohort.sessions.get(number=1)
    for url in ("/me/", f"/workshops/sessions/{session.pk}/", f"/admin/attendance/sessions/{session.pk}/"):
        response = client.get(url)
        assert response.status_code == HTTPStatus.FOUND and "/login/" in response["Location"]


def test_the_session_page_offers_check_in_only_while_it_is_open(client, group):
    """Before the window: the apology form; in it: the check-in form; afterwards: neither."""
    cohort, robin, sam = group
    session = cohort.sessions.get(number=3)
    url = f"/workshops/sessions/{session.pk}/"
    with signed_in_at(client, robin.member, session.starts_at - timedelta(hours=3)):
        before = client.get(url).content.decode()
    with signed_in_at(client, robin.member, session.starts_at - timedelta(minutes=10)):
        during = client.get(url).content.decode()
    with signed_in_at(client, robin.member, session.ends_at + timedelta(minutes=1)):
        after = client.get(url).content.decode()
    assert "I can't make it" in before and 'id="check-in-code"' not in before
    assert 'id="check-in-code"' in during and "I can't make it" in during
    assert 'id="check-in-code"' not in after and "I can't make it" not in after
    assert "<script>" not in during  # the public site's CSP allows no inline script
