"""Program staff run cohorts in the Wagtail admin: create, list with filters, generate sessions,
manage members, reschedule; each staff action is logged."""

from datetime import date, time
from http import HTTPStatus
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import ModelLogEntry

from tests.factories import ClinicianFactory, UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops.models import Cohort, CohortSession, Enrollment, EnrollmentStatus


@pytest.fixture
def staff_client(client, program_staff):
    client.force_login(program_staff)
    return client


def cohort_form(workshop, **overrides):
    data = {
        "workshop": workshop.pk,
        "name": "Thursday group",
        "status": "open",
        "language": "en",
        "time_zone": "America/Chicago",
        "first_session_on": "2030-03-04",
        "weekday": "3",
        "local_start_time": "18:30",
        "session_minutes": "90",
        "capacity": "8",
        "meeting_url": "https://meet.example.org/thursday",
        "location": "",
        "enrollment_opens_at": "",
        "enrollment_closes_at": "",
    }
    return {**data, **overrides}


@pytest.mark.django_db
def test_staff_create_a_cohort_then_generate_its_sessions(staff_client, program_staff):
    workshop = make_workshop(sessions=3)
    facilitator = ClinicianFactory(display_name="Dr. Ames")
    assert staff_client.get(f"/admin/cohorts/new/?workshop={workshop.pk}").status_code == HTTPStatus.OK
    response = staff_client.post("/admin/cohorts/new/", cohort_form(workshop, facilitators=[facilitator.pk]))
    cohort = Cohort.objects.get(name="Thursday group")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == f"/admin/cohorts/sessions/{cohort.pk}/"
    assert list(cohort.facilitators.all()) == [facilitator]

    staff_client.post(f"/admin/cohorts/sessions/{cohort.pk}/", {"action": "generate"})
    sessions = list(cohort.sessions.order_by("number"))
    chicago = ZoneInfo("America/Chicago")
    assert [s.starts_at.astimezone(chicago).date() for s in sessions] == [date(2030, 3, d) for d in (7, 14, 21)]
    html = staff_client.get(f"/admin/cohorts/sessions/{cohort.pk}/").content.decode()
    assert "Thursday, March 7, 2030, 6:30 PM" in html
    assert ModelLogEntry.objects.filter(action="workshops.sessions_generated", object_id=str(cohort.pk)).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("overrides", "field_error"),
    [
        ({"time_zone": "Mars/Olympus_Mons"}, "time_zone"),
        ({"capacity": "0"}, "capacity"),
        ({"meeting_url": "http://insecure.example.org/room"}, "meeting_url"),
        (
            {"enrollment_opens_at": "2030-02-10 10:00", "enrollment_closes_at": "2030-02-01 10:00"},
            "enrollment_closes_at",
        ),
        ({"session_minutes": "5"}, "session_minutes"),
    ],
)
def test_the_cohort_form_refuses_bad_values_with_a_message(staff_client, overrides, field_error):
    workshop = make_workshop()
    response = staff_client.post("/admin/cohorts/new/", cohort_form(workshop, **overrides))
    assert response.status_code == HTTPStatus.OK  # the form again, with the error
    assert field_error in response.context["form"].errors
    assert not Cohort.objects.exists()


@pytest.mark.django_db
def test_seats_cannot_drop_below_the_people_holding_one(staff_client):
    cohort = make_cohort(capacity=3)
    for _ in range(2):
        enroll(cohort, UserFactory())
    data = cohort_form(cohort.workshop, name=cohort.name, capacity="1")
    response = staff_client.post(f"/admin/cohorts/edit/{cohort.pk}/", data)
    assert "capacity" in response.context["form"].errors
    cohort.refresh_from_db()
    assert cohort.capacity == 3


@pytest.mark.django_db
def test_adding_seats_in_the_admin_moves_the_waitlist_up(staff_client):
    cohort = make_cohort(capacity=1, time_zone="America/Chicago")
    enroll(cohort, UserFactory())
    waiting = enroll(cohort, UserFactory(), status=EnrollmentStatus.WAITLISTED)
    data = cohort_form(cohort.workshop, name=cohort.name, capacity="2")
    assert staff_client.post(f"/admin/cohorts/edit/{cohort.pk}/", data).status_code == HTTPStatus.FOUND
    waiting.refresh_from_db()
    assert waiting.status == EnrollmentStatus.ENROLLED


@pytest.mark.django_db
def test_the_cohort_list_filters_by_status_and_workshop(staff_client):
    one, two = make_workshop(title="Alpha"), make_workshop(title="Beta")
    make_cohort(one, name="Open alpha")
    make_cohort(one, name="Draft alpha", status="draft")
    make_cohort(two, name="Open beta")
    html = staff_client.get("/admin/cohorts/?status=open").content.decode()
    assert "Open alpha" in html and "Open beta" in html and "Draft alpha" not in html
    html = staff_client.get(f"/admin/cohorts/?workshop={two.pk}").content.decode()
    assert "Open beta" in html and "Open alpha" not in html


@pytest.mark.django_db
def test_staff_approve_decline_move_and_add_from_the_roster(staff_client, program_staff):
    workshop = make_workshop()
    cohort = make_cohort(workshop, requires_approval=True, capacity=3)
    other = make_cohort(workshop, name="Other group")
    approve_me = enroll(cohort, UserFactory(), status=EnrollmentStatus.PENDING)
    decline_me = enroll(cohort, UserFactory(), status=EnrollmentStatus.PENDING)
    move_me = enroll(cohort, UserFactory(), status=EnrollmentStatus.PENDING)
    newcomer = UserFactory(email="newcomer@example.org")
    url = f"/admin/cohorts/members/{cohort.pk}/"

    html = staff_client.get(url).content.decode()
    assert approve_me.member.email in html  # staff see the roster

    staff_client.post(url, {"action": "approve", "enrollment": approve_me.pk})
    staff_client.post(url, {"action": "decline", "enrollment": decline_me.pk})
    staff_client.post(url, {"action": "move", "enrollment": move_me.pk, "to_cohort": other.pk})
    staff_client.post(
        url, {"action": "add", "email": "NEWCOMER@example.org", "relationship": "friend", "confidentiality": "on"}
    )
    for enrollment in (approve_me, decline_me, move_me):
        enrollment.refresh_from_db()
    assert approve_me.status == EnrollmentStatus.ENROLLED
    assert decline_me.status == EnrollmentStatus.DECLINED
    assert (move_me.cohort, move_me.status) == (other, EnrollmentStatus.ENROLLED)
    assert Enrollment.objects.get(member=newcomer).status == EnrollmentStatus.ENROLLED
    actions = set(ModelLogEntry.objects.filter(user=program_staff).values_list("action", flat=True))
    assert {
        "workshops.enrollment_approved",
        "workshops.enrollment_declined",
        "workshops.enrollment_moved_out",
        "workshops.enrollment_added",
    } <= actions


@pytest.mark.django_db
@pytest.mark.parametrize(
    "post",
    [
        {"action": "approve", "enrollment": "999999"},
        {"action": "approve", "enrollment": "abc"},
        {"action": "move", "enrollment": "1", "to_cohort": "not-a-cohort"},
        {"action": "explode"},
        {"action": "add", "email": "nobody@example.org", "relationship": "friend", "confidentiality": "on"},
    ],
)
def test_bad_roster_posts_give_a_message_not_an_error(staff_client, post):
    cohort = make_cohort()
    response = staff_client.post(f"/admin/cohorts/members/{cohort.pk}/", post, follow=True)
    assert response.status_code == HTTPStatus.OK
    assert any(message.level_tag == "error" for message in response.context["messages"])
    assert not Enrollment.objects.exists()


@pytest.mark.django_db
def test_the_add_form_needs_the_confidentiality_confirmation(staff_client):
    cohort = make_cohort()
    UserFactory(email="someone@example.org")
    response = staff_client.post(
        f"/admin/cohorts/members/{cohort.pk}/",
        {"action": "add", "email": "someone@example.org", "relationship": "friend"},
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not Enrollment.objects.exists()


@pytest.mark.django_db
def test_staff_reschedule_and_cancel_single_sessions(staff_client):
    cohort = make_cohort(start=date(2030, 3, 4), weekday=0, time_zone="Europe/Madrid")
    session = cohort.sessions.get(number=2)
    edit_url = f"/admin/cohorts/sessions/{cohort.pk}/{session.pk}/"
    form = staff_client.get(edit_url).context["form"]
    assert form.initial == {"starts_on": date(2030, 3, 11), "local_start_time": time(19, 0), "minutes": 90}
    response = staff_client.post(edit_url, {"starts_on": "2030-03-12", "local_start_time": "18:00", "minutes": "60"})
    assert response.status_code == HTTPStatus.FOUND
    session.refresh_from_db()
    assert session.starts_at.isoformat() == "2030-03-12T17:00:00+00:00"

    staff_client.post(f"/admin/cohorts/sessions/{cohort.pk}/", {"action": "cancel", "session": session.pk})
    session.refresh_from_db()
    assert session.is_cancelled
    bad = staff_client.post(edit_url, {"starts_on": "2030-03-12", "local_start_time": "18:00", "minutes": "60"})
    assert bad.status_code == HTTPStatus.BAD_REQUEST and "cancelled" in bad.content.decode()


@pytest.mark.django_db
def test_a_session_of_another_cohort_cannot_be_edited_through_this_one(staff_client):
    mine, theirs = make_cohort(), make_cohort()
    foreign = theirs.sessions.first()
    assert staff_client.get(f"/admin/cohorts/sessions/{mine.pk}/{foreign.pk}/").status_code == HTTPStatus.NOT_FOUND
    staff_client.post(f"/admin/cohorts/sessions/{mine.pk}/", {"action": "cancel", "session": foreign.pk})
    assert not CohortSession.objects.get(pk=foreign.pk).is_cancelled


@pytest.mark.django_db
def test_a_workshop_with_cohorts_cannot_be_deleted(client):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser(email="root@example.org", password="x" * 12)
    client.force_login(admin)
    cohort = make_cohort()
    response = client.post(f"/admin/pages/{cohort.workshop.pk}/delete/", follow=True)
    assert response.status_code == HTTPStatus.OK
    assert Cohort.objects.filter(pk=cohort.pk).exists()
    assert cohort.workshop.__class__.objects.filter(pk=cohort.workshop.pk).exists()


@pytest.mark.django_db
def test_workshop_admin_page_offers_new_cohort_to_staff(client):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser(email="root@example.org", password="x" * 12)
    client.force_login(admin)
    workshop = make_workshop()
    html = client.get(f"/admin/pages/{workshop.pk}/edit/").content.decode()
    assert f"/admin/cohorts/new/?workshop={workshop.pk}" in html


@pytest.mark.django_db
def test_program_staff_have_the_cohort_permissions_from_the_migration(program_staff, clinician):
    for model in ("cohort", "cohortsession", "enrollment"):
        for action in ("add", "change", "view"):
            assert program_staff.has_perm(f"workshops.{action}_{model}")
        assert not program_staff.has_perm(f"workshops.delete_{model}")
        assert not clinician.has_perm(f"workshops.change_{model}")


@pytest.mark.django_db
def test_cancelling_a_cohort_cancels_its_coming_sessions_and_tells_its_members(
    staff_client, django_capture_on_commit_callbacks
):
    from django.core import mail

    cohort = make_cohort(start=date(2030, 3, 4), weekday=0, time_zone="America/Chicago")
    enrolled = enroll(cohort, UserFactory())
    waiting = enroll(cohort, UserFactory(), status=EnrollmentStatus.WAITLISTED)
    withdrawn = enroll(cohort, UserFactory(), status=EnrollmentStatus.WITHDRAWN)
    data = cohort_form(cohort.workshop, name=cohort.name, status="cancelled", capacity=str(cohort.capacity))
    with django_capture_on_commit_callbacks(execute=True):
        assert staff_client.post(f"/admin/cohorts/edit/{cohort.pk}/", data).status_code == HTTPStatus.FOUND
    assert set(cohort.sessions.values_list("status", flat=True)) == {"cancelled"}
    assert sorted(m.to[0] for m in mail.outbox) == sorted([enrolled.member.email, waiting.member.email])
    assert withdrawn.member.email not in {m.to[0] for m in mail.outbox}
    assert {m.subject for m in mail.outbox} == {"Your group will not go ahead"}
    assert ModelLogEntry.objects.filter(action="workshops.cohort_cancelled", object_id=str(cohort.pk)).exists()


@pytest.mark.django_db
def test_every_cohort_screen_leads_to_its_attendance(staff_client):
    """From the cohort list, its edit screen, roster and sessions to the attendance report and each sheet."""
    cohort = make_cohort(make_workshop(sessions=3))
    report = f'href="/admin/attendance/cohorts/{cohort.pk}/"'
    for url in (
        f"/admin/cohorts/edit/{cohort.pk}/",
        f"/admin/cohorts/members/{cohort.pk}/",
        f"/admin/cohorts/sessions/{cohort.pk}/",
    ):
        assert report in staff_client.get(url).content.decode(), url
    assert report in staff_client.get("/admin/cohorts/").content.decode()
    sessions_page = staff_client.get(f"/admin/cohorts/sessions/{cohort.pk}/").content.decode()
    for session in cohort.sessions.all():
        assert f'href="/admin/attendance/sessions/{session.pk}/"' in sessions_page
