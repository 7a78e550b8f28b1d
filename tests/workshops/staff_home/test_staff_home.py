"""The admin home names what program staff and facilitators have to do, one click from each task,
and costs the same number of queries however many members and groups there are."""

from datetime import UTC, date, datetime, time
from http import HTTPStatus

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ClinicianFactory, UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops.certificates.codes import new_code
from workshops.models import (
    AttendanceRecord,
    Certificate,
    CohortStatus,
    EnrollmentStatus,
    SessionArrival,
)
from workshops.models.certificates import RenderState

MONDAY = date(2030, 3, 4)
# Noon in New York on that Monday: the 19:00 session is later today.
NOON = datetime(2030, 3, 4, 17, 0, tzinfo=UTC)
HOME_BUDGET = 10  # the admin frame (user, permissions, site), the four lists


def running_group(name: str, *, start: date = MONDAY, members: int = 2, **fields):
    cohort = make_cohort(
        make_workshop(sessions=4, title=f"{name} workshop"),
        name=name,
        start=start,
        weekday=start.weekday(),
        local_start_time=time(19, 0),
        capacity=200,
        **{"status": CohortStatus.RUNNING, **fields},
    )
    enrollments = [enroll(cohort, UserFactory()) for _ in range(members)]
    return cohort, enrollments


@pytest.fixture
def at_noon():
    with time_machine.travel(NOON, tick=False):
        yield


def home(client):
    response = client.get("/admin/")
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


@pytest.mark.django_db
def test_staff_home_names_todays_session_with_its_attendance_link(client, program_staff, at_noon):
    cohort, enrollments = running_group("Tuesday circle")
    client.force_login(program_staff)
    page = home(client)
    session = cohort.sessions.get(number=1)
    assert "Sessions today and this week" in page
    assert f'href="/admin/attendance/sessions/{session.pk}/"' in page
    assert "Tuesday circle (Tuesday circle workshop)" in page
    assert "2 members" in page


@pytest.mark.django_db
def test_a_started_session_shows_attendance_to_take_check_ins_and_apologies(client, program_staff):
    cohort, enrollments = running_group("Evening group")
    session = cohort.sessions.get(number=1)
    SessionArrival.objects.create(session=session, enrollment=enrollments[0], checked_in_at=session.starts_at)
    with time_machine.travel(session.starts_at.replace(minute=30), tick=False):
        client.force_login(program_staff)
        page = home(client)
        assert "Attendance to take: 0 of 2 marked" in page
        assert "1 check-in waiting" in page
        for enrollment in enrollments:
            AttendanceRecord.objects.create(session=session, enrollment=enrollment, status="present")
        page = home(client)
        assert "Attendance taken" in page
        assert "check-in waiting" not in page


@pytest.mark.django_db
def test_staff_home_lists_sign_ups_certificates_and_groups_to_finish(client, program_staff, at_noon):
    waiting, _members = running_group("Waiting room", members=0, status=CohortStatus.OPEN, requires_approval=True)
    enroll(waiting, UserFactory(), status=EnrollmentStatus.PENDING)
    enroll(waiting, UserFactory(), status=EnrollmentStatus.WAITLISTED)
    ended, ended_members = running_group("Winter group", start=date(2030, 1, 7))
    Certificate.objects.create(
        enrollment=ended_members[0],
        code=new_code(),
        holder_name="Sam",
        certificate_title="Family skills",
        completed_on=date(2030, 1, 28),
        sessions_attended=4,
        sessions_total=4,
        render_state=RenderState.FAILED,
    )
    client.force_login(program_staff)
    page = home(client)
    assert f'href="/admin/cohorts/members/{waiting.pk}/"' in page
    assert "1 to approve" in page and "1 on the waitlist" in page
    assert f'href="/admin/certificates/cohort/{ended.pk}/"' in page
    assert "1 failed" in page
    assert "Finish Winter group (Winter group workshop)" in page


@pytest.mark.django_db
def test_facilitators_see_their_own_groups_sessions_only(client, at_noon):
    facilitator = ClinicianFactory()
    mine, _ = running_group("My group")
    running_group("Someone else's group")
    mine.facilitators.add(facilitator)
    client.force_login(facilitator)
    response = client.get("/admin/")
    page = response.content.decode()
    assert "My group" in page
    assert "Someone else" not in page
    assert "Sign-ups waiting" not in page


def count_home_queries(client) -> int:
    client.get("/admin/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/").status_code == HTTPStatus.OK
    return len(queries)


@pytest.mark.django_db
def test_staff_home_costs_the_same_with_2_and_12_groups(client, program_staff, at_noon, django_assert_max_num_queries):
    client.force_login(program_staff)

    def add_groups(count):
        for index in range(count):
            cohort, enrollments = running_group(f"Group {index} of {count}", members=3)
            enroll(cohort, UserFactory(), status=EnrollmentStatus.WAITLISTED)
            AttendanceRecord.objects.create(
                session=cohort.sessions.get(number=1), enrollment=enrollments[0], status="present"
            )

    add_groups(2)
    small = count_home_queries(client)
    add_groups(10)
    assert count_home_queries(client) == small
    with django_assert_max_num_queries(HOME_BUDGET):
        client.get("/admin/")


WAGTAIL_PAGE_PANELS = {"recent_edits", "locked_pages", "user_objects_in_workflow_moderation"}


def panel_names(client) -> set[str]:
    response = client.get("/admin/")
    assert response.status_code == HTTPStatus.OK
    return {getattr(panel, "name", "") for panel in response.context["panels"]}


@pytest.mark.django_db
def test_program_staff_home_leaves_out_wagtails_page_panels(client, program_staff, at_noon):
    """Program staff write and review no pages: the page panels would always be empty."""
    client.force_login(program_staff)
    names = panel_names(client)
    assert "kinship_sessions" in names
    assert not names & {*WAGTAIL_PAGE_PANELS, "workflow_objects_to_moderate"}


@pytest.mark.django_db
def test_clinicians_and_superusers_keep_wagtails_page_panels(client, at_noon):
    client.force_login(ClinicianFactory())
    # (A clinician's own review panels replace Wagtail's two: learning/wagtail_hooks.py.)
    assert {"recent_edits", "locked_pages"} <= panel_names(client)
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert {*WAGTAIL_PAGE_PANELS, "workflow_objects_to_moderate"} <= panel_names(client)


@pytest.mark.django_db
def test_a_full_list_on_the_staff_home_links_to_every_cohort(client, program_staff, at_noon):
    """The home shows the first few groups to act on; when there are more, one click to all."""
    from workshops.staff_home.selectors import ROWS_PER_LIST

    def waiting_group(name):
        cohort, _ = running_group(name, members=0, requires_approval=True)
        enroll(cohort, UserFactory(), status=EnrollmentStatus.PENDING)

    client.force_login(program_staff)
    waiting_group("Few")
    page = home(client)
    assert "Few" in page and "All cohorts" not in page
    for index in range(ROWS_PER_LIST):
        waiting_group(f"Busy {index}")
    assert '<a href="/admin/cohorts/">All cohorts</a>' in home(client)
