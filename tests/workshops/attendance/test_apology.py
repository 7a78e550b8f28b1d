"""Apologies: an enrolled member says "I can't make it" before a session; staff see it and the
member stands as excused unless staff decide otherwise."""

from datetime import date, timedelta
from http import HTTPStatus

import pytest
from wagtail.models import ModelLogEntry

from tests.factories import UserFactory
from tests.workshops.attendance.helpers import cohort_with_members, sheet_post, sheet_url, signed_in_at, stored_marks
from tests.workshops.builders import enroll
from workshops.models import AttendanceApology, AttendanceRecord, EnrollmentStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def group():
    # Sessions ahead: apologies are sent before a session starts.
    cohort, (enrollment,) = cohort_with_members(members=1, cohort_fields={"start": date(2030, 3, 4)})
    return cohort, enrollment, cohort.sessions.get(number=2)


def apologise(client, session, **data):
    return client.post(f"/workshops/sessions/{session.pk}/apology/", {"action": "send", **data})


def test_an_apology_marks_the_member_excused_and_staff_see_it_on_the_sheet(client, group, program_staff):
    cohort, enrollment, session = group
    with signed_in_at(client, enrollment.member, session.starts_at - timedelta(days=2)):
        page = client.get(f"/workshops/sessions/{session.pk}/").content.decode()
        assert "I can't make it" in page and 'for="apology-note"' in page
        response = apologise(client, session, note="Working late that evening")
        assert response.status_code == HTTPStatus.FOUND
        page = client.get(response["Location"]).content.decode()
    assert "You are marked as excused" in page and "Working late that evening" in page
    assert stored_marks(session) == {enrollment.pk: ("excused", "")}
    assert AttendanceRecord.objects.get().recorded_by is None
    entry = ModelLogEntry.objects.get(action="workshops.attendance_apology_sent")
    assert entry.object_id == str(cohort.pk) and entry.data["changes"][0]["enrollment"] == enrollment.pk

    with signed_in_at(client, program_staff, session.starts_at):
        html = client.get(sheet_url(session)).content.decode()
    assert "Working late that evening" in html and "Marked excused by the apology." in html
    assert f'id="status-{enrollment.pk}-excused" name="status-{enrollment.pk}" value="excused" checked' in html


def test_staff_can_change_an_apology_mark_and_it_then_stays(client, group, program_staff):
    """Staff decide: ahead of time they can confirm the apology (their own mark, with a note);
    taking the apology back later keeps it. Once the session started they can mark present."""
    cohort, enrollment, session = group
    with signed_in_at(client, enrollment.member, session.starts_at - timedelta(days=1)):
        apologise(client, session)
    with signed_in_at(client, program_staff, session.starts_at - timedelta(hours=20)):
        client.post(
            sheet_url(session), sheet_post({enrollment.pk: ("excused", "Phoned")}, was={enrollment.pk: ("excused", "")})
        )
    with signed_in_at(client, enrollment.member, session.starts_at - timedelta(hours=2)):
        client.post(f"/workshops/sessions/{session.pk}/apology/", {"action": "withdraw"})
    assert stored_marks(session) == {enrollment.pk: ("excused", "Phoned")}
    assert not AttendanceApology.objects.exists()
    with signed_in_at(client, program_staff, session.starts_at + timedelta(minutes=10)):
        client.post(
            sheet_url(session),
            sheet_post({enrollment.pk: ("present", "")}, was={enrollment.pk: ("excused", "Phoned")}),
        )
    assert stored_marks(session) == {enrollment.pk: ("present", "")}


def test_an_apology_never_overwrites_a_mark_staff_recorded(client, group, program_staff):
    cohort, enrollment, session = group
    AttendanceRecord.objects.create(session=session, enrollment=enrollment, status="absent", recorded_by=program_staff)
    with signed_in_at(client, enrollment.member, session.starts_at - timedelta(days=1)):
        apologise(client, session)
    assert stored_marks(session) == {enrollment.pk: ("absent", "")}
    assert AttendanceApology.objects.count() == 1


def test_taking_an_apology_back_removes_the_excused_it_set(client, group):
    cohort, enrollment, session = group
    with signed_in_at(client, enrollment.member, session.starts_at - timedelta(days=1)):
        apologise(client, session)
        response = client.post(f"/workshops/sessions/{session.pk}/apology/", {"action": "withdraw"}, follow=True)
    assert "Your apology is taken back" in response.content.decode()
    assert not AttendanceApology.objects.exists() and not AttendanceRecord.objects.exists()
    assert ModelLogEntry.objects.filter(action="workshops.attendance_apology_withdrawn").count() == 1


def test_an_apology_after_the_start_is_refused(client, group):
    cohort, enrollment, session = group
    with signed_in_at(client, enrollment.member, session.starts_at + timedelta(minutes=1)):
        response = apologise(client, session)
        page = client.get(f"/workshops/sessions/{session.pk}/").content.decode()
    assert response.status_code == HTTPStatus.CONFLICT
    assert "already started" in response.content.decode()
    assert "I can't make it" not in page
    assert not AttendanceApology.objects.exists() and not AttendanceRecord.objects.exists()


@pytest.mark.parametrize(
    ("who", "expected"),
    [("stranger", HTTPStatus.NOT_FOUND), ("waitlisted", HTTPStatus.FORBIDDEN)],
)
def test_only_enrolled_members_can_send_an_apology(client, group, who, expected):
    cohort, enrollment, session = group
    person = UserFactory()
    if who == "waitlisted":
        enroll(cohort, person, status=EnrollmentStatus.WAITLISTED)
    with signed_in_at(client, person, session.starts_at - timedelta(days=1)):
        assert apologise(client, session).status_code == expected
    assert not AttendanceApology.objects.exists() and not AttendanceRecord.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [({"action": "send", "note": "x" * 301}, "300 characters"), ({"action": "dance"}, "Please use the buttons")],
)
def test_bad_apology_requests_are_refused_with_a_message(client, group, data, message):
    cohort, enrollment, session = group
    with signed_in_at(client, enrollment.member, session.starts_at - timedelta(days=1)):
        response = client.post(f"/workshops/sessions/{session.pk}/apology/", data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert message in response.content.decode()
    assert not AttendanceApology.objects.exists()


def test_the_groups_facilitators_get_an_email_about_an_apology_without_its_note(
    client, group, mailoutbox, django_capture_on_commit_callbacks
):
    """Facilitators hear of it in their own language; the note stays on the sheet, not in an inbox."""
    cohort, enrollment, session = group
    english = UserFactory(display_name="Facilitator One")
    spanish = UserFactory(display_name="Facilitadora", preferred_language="es")
    UserFactory(display_name="Not facilitating")
    cohort.facilitators.add(english, spanish)
    with signed_in_at(client, enrollment.member, session.starts_at - timedelta(days=1)):
        with django_capture_on_commit_callbacks(execute=True):
            apologise(client, session, note="A private reason")
    assert sorted(m.to[0] for m in mailoutbox) == sorted([english.email, spanish.email])
    message = next(m for m in mailoutbox if m.to == [english.email])
    assert enrollment.member.display_name in message.body
    assert f"/admin/attendance/sessions/{session.pk}/" in message.body
    assert "They added a note" in message.body and "A private reason" not in message.body
    assert cohort.workshop.title not in message.subject  # discreet: an inbox preview is seen by others
    html = message.alternatives[0][0]
    assert "A private reason" not in html and enrollment.member.display_name in html


def test_no_facilitator_no_email(client, group, mailoutbox, django_capture_on_commit_callbacks):
    cohort, enrollment, session = group
    with signed_in_at(client, enrollment.member, session.starts_at - timedelta(days=1)):
        with django_capture_on_commit_callbacks(execute=True):
            apologise(client, session)
    assert mailoutbox == []
