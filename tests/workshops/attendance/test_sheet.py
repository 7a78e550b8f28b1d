"""The staff attendance sheet for one session: every enrolled member, a mark each, notes, saved
in one request; refusals leave saved data alone; every change lands in the cohort's audit log."""

from datetime import timedelta
from http import HTTPStatus

import pytest
import time_machine
from wagtail.models import ModelLogEntry

from tests.factories import ClinicianFactory, UserFactory
from tests.workshops.attendance.helpers import (
    admin_refused,
    cohort_with_members,
    mark,
    sheet_post,
    sheet_url,
    stored_marks,
)
from tests.workshops.builders import enroll
from workshops.attendance import services
from workshops.models import AttendanceApology, EnrollmentStatus, SessionArrival, SessionStatus

pytestmark = pytest.mark.django_db


def test_the_sheet_lists_every_enrolled_member_with_relationship_and_the_check_in_code(staff_client):
    """Enrolled members appear with display name and relationship; waitlisted people do not."""
    cohort, (ann,) = cohort_with_members(members=1)
    ann.member.display_name = "Annika Sheet"
    ann.member.save()
    enroll(cohort, UserFactory(display_name="Wanda Waiting"), status=EnrollmentStatus.WAITLISTED)
    session = cohort.sessions.get(number=1)
    response = staff_client.get(sheet_url(session))
    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Annika Sheet" in html and "Parent" in html
    assert "Wanda Waiting" not in html
    assert response.context["sheet"].code.replace(" ", "").isdigit()
    assert f'name="status-{ann.pk}"' in html and f'id="note-{ann.pk}"' in html
    # Each row's marks are a fieldset with a legend naming the member, for screen readers.
    assert '<legend class="w-sr-only">Mark for Annika Sheet</legend>' in html


def test_saving_the_sheet_records_every_row_in_one_request(staff_client, program_staff):
    """Marks and notes for all rows are stored by one POST, recorded by the staff member."""
    cohort, enrollments = cohort_with_members(members=3)
    session = cohort.sessions.get(number=1)
    ann, ben, cat = enrollments
    response = staff_client.post(
        sheet_url(session),
        sheet_post({ann.pk: ("present", ""), ben.pk: ("absent", "Called to say ill"), cat.pk: ("late", "")}),
    )
    assert response.status_code == HTTPStatus.FOUND
    assert stored_marks(session) == {
        ann.pk: ("present", ""),
        ben.pk: ("absent", "Called to say ill"),
        cat.pk: ("late", ""),
    }
    assert session.attendance.filter(recorded_by=program_staff).count() == 3
    follow = staff_client.get(response["Location"])
    assert "Attendance saved: 3 changed." in follow.content.decode()
    assert "Called to say ill" in follow.content.decode()


def test_mark_all_present_without_javascript_prefills_everyone_but_apologies(staff_client):
    """?all=present shows every row present (not saved) except members who sent an apology."""
    cohort, (ann, ben) = cohort_with_members(members=2)
    session = cohort.sessions.get(number=1)
    with time_machine.travel(session.starts_at - timedelta(days=1), tick=False):
        services.apology_send(session_id=session.pk, member=ben.member, note="Away")
    response = staff_client.get(sheet_url(session) + "?all=present")
    rows = {int(item["id"]): item["status"] for item in response.context["rows"]}
    assert rows == {ann.pk: "present", ben.pk: "excused"}
    html = response.content.decode()
    assert f'id="status-{ann.pk}-present" name="status-{ann.pk}" value="present" checked' in html
    assert stored_marks(session) == {ben.pk: ("excused", "")}  # nothing saved by looking


def test_a_stale_sheet_does_not_revert_a_row_someone_else_changed(staff_client, program_staff):
    """Only rows changed on this sheet are written: another person's later mark on another row stays."""
    cohort, (ann, ben) = cohort_with_members(members=2)
    session = cohort.sessions.get(number=1)
    opened = {ann.pk: ("", ""), ben.pk: ("", "")}
    # Someone else marks Ben late after this sheet was opened.
    services.attendance_sheet_save(
        session_id=session.pk, by=program_staff, marks=[services.Mark(enrollment_id=ben.pk, status="late")]
    )
    staff_client.post(sheet_url(session), sheet_post({ann.pk: ("present", ""), ben.pk: ("", "")}, was=opened))
    assert stored_marks(session) == {ann.pk: ("present", ""), ben.pk: ("late", "")}


def test_accepting_a_suggestion_without_javascript_saves_that_row_as_suggested(staff_client):
    """The Accept button posts the sheet with the suggested mark for its row."""
    cohort, (ann,) = cohort_with_members(members=1)
    session = cohort.sessions.get(number=1)
    SessionArrival.objects.create(session=session, enrollment=ann, checked_in_at=session.starts_at)
    html = staff_client.get(sheet_url(session)).content.decode()
    assert "Checked in 7:00 PM EST" in html and f'value="{ann.pk}:present"' in html
    staff_client.post(sheet_url(session), {**sheet_post({ann.pk: ("", "")}), "accept": f"{ann.pk}:present"})
    assert stored_marks(session) == {ann.pk: ("present", "")}


@pytest.mark.parametrize(
    ("status", "note"),
    [("here-ish", ""), ("absent", "x" * 501), ("", "a note without a mark")],
)
def test_bad_rows_are_refused_with_a_message_and_nothing_is_lost(staff_client, status, note):
    """An invalid row refuses the whole save (400), shows what was typed again, and keeps stored marks."""
    cohort, (ann, ben) = cohort_with_members(members=2)
    session = cohort.sessions.get(number=1)
    mark(ben, 1, "late", "stored note")
    response = staff_client.post(
        sheet_url(session),
        sheet_post({ann.pk: (status, note), ben.pk: ("absent", "typed")}, was={ben.pk: ("late", "stored note")}),
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Nothing was saved" in response.content.decode()
    assert ann.pk in response.context["errors"]
    shown = {int(item["id"]): (item["status"], item["note"]) for item in response.context["rows"]}
    assert shown[ben.pk] == ("absent", "typed")
    assert stored_marks(session) == {ben.pk: ("late", "stored note")}


def test_rows_of_members_who_left_are_skipped_and_reported(staff_client):
    """A member who withdrew while the sheet was open: the other rows save, the page says one was skipped."""
    cohort, (ann, ben) = cohort_with_members(members=2)
    session = cohort.sessions.get(number=1)
    ben.status = EnrollmentStatus.WITHDRAWN
    ben.save()
    response = staff_client.post(
        sheet_url(session), sheet_post({ann.pk: ("present", ""), ben.pk: ("present", "")}), follow=True
    )
    assert stored_marks(session) == {ann.pk: ("present", "")}
    assert "1 row(s) were not saved" in response.content.decode()


def test_a_cancelled_session_takes_no_attendance(staff_client):
    cohort, (ann,) = cohort_with_members(members=1)
    session = cohort.sessions.get(number=1)
    session.status = SessionStatus.CANCELLED
    session.save()
    response = staff_client.post(sheet_url(session), sheet_post({ann.pk: ("present", "")}))
    assert response.status_code == HTTPStatus.CONFLICT
    assert not session.attendance.exists()


def test_every_change_is_in_the_cohort_audit_log_with_ids_not_names(staff_client, program_staff):
    """One entry per save: who, when, and each row's old and new mark, by enrollment id."""
    cohort, (ann, ben) = cohort_with_members(members=2)
    ann.member.display_name = "Quilla Logged"
    ann.member.save()
    session = cohort.sessions.get(number=2)
    mark(ann, 2, "present")
    staff_client.post(
        sheet_url(session),
        sheet_post({ann.pk: ("absent", "private"), ben.pk: ("late", "")}, was={ann.pk: ("present", "")}),
    )
    entry = ModelLogEntry.objects.get(action="workshops.attendance_recorded", object_id=str(cohort.pk))
    assert entry.user == program_staff
    assert entry.data["session"] == session.pk
    assert sorted(entry.data["changes"], key=lambda c: c["enrollment"]) == [
        {"enrollment": ann.pk, "from": "present", "to": "absent", "note_changed": True},
        {"enrollment": ben.pk, "from": None, "to": "late", "note_changed": False},
    ]
    assert f"enrollment {ann.pk}: Present → Absent (note changed)" in entry.message
    assert "Quilla" not in str(entry.data) + entry.message + entry.label and "private" not in str(entry.data)
    history = staff_client.get(f"/admin/cohorts/history/{cohort.pk}/").content.decode()
    assert "Attendance recorded, session 2" in history


def test_saving_an_unchanged_sheet_writes_and_logs_nothing(staff_client):
    cohort, (ann,) = cohort_with_members(members=1)
    session = cohort.sessions.get(number=1)
    mark(ann, 1, "present")
    response = staff_client.post(sheet_url(session), sheet_post({ann.pk: ("present", "")}), follow=True)
    assert "Nothing had changed" in response.content.decode()
    assert not ModelLogEntry.objects.filter(action="workshops.attendance_recorded").exists()


def test_a_facilitator_takes_attendance_for_their_own_cohort_only(client):
    """A facilitator who is not program staff: their cohort's sheet and report open; another's are 403."""
    facilitator = ClinicianFactory()
    mine, (ann,) = cohort_with_members(members=1)
    mine.facilitators.add(facilitator)
    theirs, (other,) = cohort_with_members(members=1)
    client.force_login(facilitator)
    own_session, other_session = mine.sessions.get(number=1), theirs.sessions.get(number=1)
    assert client.get(sheet_url(own_session)).status_code == HTTPStatus.OK
    assert client.post(sheet_url(own_session), sheet_post({ann.pk: ("present", "")})).status_code == HTTPStatus.FOUND
    assert client.get(f"/admin/attendance/cohorts/{mine.pk}/").status_code == HTTPStatus.OK
    assert admin_refused(client.get(sheet_url(other_session)))
    assert admin_refused(client.post(sheet_url(other_session), sheet_post({other.pk: ("absent", "")})))
    assert admin_refused(client.get(f"/admin/attendance/cohorts/{theirs.pk}/"))
    assert not other_session.attendance.exists()
    index = client.get("/admin/attendance/").content.decode()
    assert mine.name in index and theirs.name not in index


def test_the_service_refuses_people_who_may_not_take_attendance(clinician):
    cohort, (ann,) = cohort_with_members(members=1)
    session = cohort.sessions.get(number=1)
    with pytest.raises(services.AttendanceRefused) as refused:
        services.attendance_sheet_save(session_id=session.pk, by=clinician, marks=[services.Mark(ann.pk, "present")])
    assert refused.value.status == HTTPStatus.FORBIDDEN
    assert not session.attendance.exists()


@pytest.mark.parametrize("who", ["member", "anonymous", "clinician"])
def test_nobody_else_sees_the_sheet_or_the_report(client, who, member, clinician):
    """Members, visitors and clinicians who do not facilitate get no roster from any attendance screen."""
    cohort, (ann,) = cohort_with_members(members=1)
    ann.member.display_name = "Hidden Person"
    ann.member.save()
    if who != "anonymous":
        client.force_login(member if who == "member" else clinician)
    session = cohort.sessions.get(number=1)
    for url in (
        sheet_url(session),
        f"/admin/attendance/cohorts/{cohort.pk}/",
        f"/admin/attendance/cohorts/{cohort.pk}/?export=csv",
        "/admin/attendance/report/",
        "/admin/attendance/",
    ):
        response = client.get(url)
        assert admin_refused(response) or response["Location"].startswith("/accounts/login/"), url
        assert b"Hidden Person" not in response.content


def test_an_unknown_session_is_a_404(staff_client):
    assert staff_client.get("/admin/attendance/sessions/999999/").status_code == HTTPStatus.NOT_FOUND
    assert staff_client.get("/admin/attendance/cohorts/999999/").status_code == HTTPStatus.NOT_FOUND


def test_the_sheet_shows_apologies_and_join_times_as_suggestions_without_changing_marks(staff_client):
    """A Join click suggests a mark; a staff mark stays as recorded."""
    cohort, (ann, ben) = cohort_with_members(members=2)
    session = cohort.sessions.get(number=1)
    AttendanceApology.objects.create(session=session, enrollment=ann, note="Night shift")
    SessionArrival.objects.create(session=session, enrollment=ben, joined_at=session.starts_at + timedelta(minutes=20))
    mark(ben, 1, "absent")
    response = staff_client.get(sheet_url(session))
    html = response.content.decode()
    assert "Night shift" in html
    assert "Pressed Join 7:20 PM EST" in html and f'value="{ben.pk}:late"' in html  # 20 minutes in: late
    assert stored_marks(session)[ben.pk] == ("absent", "")


def test_the_bulk_upsert_stores_any_text_exactly_and_an_aware_time(program_staff):
    """The upsert stores quotes, accents, emoji and SQL-looking text as typed, with an aware time."""
    from django.utils import timezone

    cohort, (ann, ben) = cohort_with_members(members=2)
    session = cohort.sessions.get(number=1)
    tricky = 'Élodie said "hi" 👋 \'); DROP TABLE workshops_attendancerecord; --'
    now = timezone.now().replace(microsecond=0)
    services.attendance_sheet_save(
        session_id=session.pk,
        by=program_staff,
        marks=[services.Mark(ann.pk, "present", tricky), services.Mark(ben.pk, "left_early", "")],
        now=now,
    )
    record = session.attendance.get(enrollment=ann)
    assert (record.status, record.note, record.recorded_at, record.recorded_by) == (
        "present",
        tricky,
        now,
        program_staff,
    )
    assert stored_marks(session)[ben.pk] == ("left_early", "")
