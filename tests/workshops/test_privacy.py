"""A family member never sees another member's name or email anywhere; rosters are for staff only."""

from datetime import timedelta
from http import HTTPStatus

import pytest
import time_machine
from django.core import mail

from tests.factories import UserFactory
from tests.workshops.builders import enroll, make_cohort
from workshops import services
from workshops.models import EnrollmentStatus

OTHER_NAME = "Zebedee Quartermaine"
OTHER_EMAIL = "zebedee.quartermaine@example.org"


@pytest.mark.django_db
def test_a_member_never_sees_another_members_name_or_email(client, django_capture_on_commit_callbacks):
    cohort = make_cohort(capacity=2, requires_approval=False)
    other = UserFactory(display_name=OTHER_NAME, email=OTHER_EMAIL)
    enroll(cohort, other)
    me = UserFactory(display_name="Robin")
    session = cohort.sessions.get(number=1)

    with time_machine.travel(session.starts_at - timedelta(minutes=5), tick=False):
        client.force_login(me)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(f"/workshops/cohorts/{cohort.pk}/join/", {"relationship": "parent", "confidentiality": "on"})
        client.post("/workshops/calendar-link/", {"action": "create"})
        token = me.calendar_feed.token
        mine = me.workshop_enrollments.get()
        pages = [
            "/workshops/",
            cohort.workshop.url,
            f"/workshops/cohorts/{cohort.pk}/join/",
            "/me/",
            f"/workshops/sessions/{session.pk}/",
            f"/workshops/sessions/{session.pk}/calendar.ics",
            f"/calendar/{token}.ics",
            f"/workshops/enrollments/{mine.pk}/leave/",
        ]
        for url in pages:
            response = client.get(url)
            assert response.status_code == HTTPStatus.OK, url
            text = response.content.decode()
            assert OTHER_NAME not in text and OTHER_EMAIL not in text, url
    for message in mail.outbox:
        parts = [message.subject, message.body, *(content for content, _ in message.alternatives)]
        parts += [attachment[1] for attachment in message.attachments]
        assert not any(OTHER_NAME in str(p) or OTHER_EMAIL in str(p) for p in parts)


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["index", "add", "roster", "sessions", "edit"])
def test_members_cannot_open_any_cohort_admin_screen(member_client, view):
    cohort = make_cohort()
    urls = {
        "index": "/admin/cohorts/",
        "add": "/admin/cohorts/new/",
        "roster": f"/admin/cohorts/members/{cohort.pk}/",
        "sessions": f"/admin/cohorts/sessions/{cohort.pk}/",
        "edit": f"/admin/cohorts/edit/{cohort.pk}/",
    }
    response = member_client.get(urls[view])
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert OTHER_EMAIL not in response.content.decode()


@pytest.mark.django_db
def test_clinicians_without_staff_permissions_cannot_see_rosters(client, clinician):
    cohort = make_cohort()
    enroll(cohort, UserFactory(email=OTHER_EMAIL))
    client.force_login(clinician)
    response = client.get(f"/admin/cohorts/members/{cohort.pk}/")
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert OTHER_EMAIL not in response.content.decode()


@pytest.mark.django_db
def test_an_enrollment_prints_no_personal_detail():
    """Enrollments appear in logs and admin titles by number only."""
    enrollment = enroll(make_cohort(), UserFactory(display_name=OTHER_NAME, email=OTHER_EMAIL))
    assert str(enrollment) == f"enrollment {enrollment.pk}"


@pytest.mark.django_db
def test_the_public_workshop_page_does_not_list_members(client):
    cohort = make_cohort()
    enroll(cohort, UserFactory(display_name=OTHER_NAME, email=OTHER_EMAIL), status=EnrollmentStatus.WAITLISTED)
    html = client.get(cohort.workshop.url).content.decode()
    assert OTHER_NAME not in html and OTHER_EMAIL not in html


@pytest.mark.django_db
def test_facilitators_are_named_by_display_name_and_never_by_email(client):
    """A facilitator without a display name stays unnamed rather than showing an email address."""
    from tests.factories import ClinicianFactory

    cohort = make_cohort()
    cohort.facilitators.add(ClinicianFactory(display_name="", email="quiet.clinician@example.org"))
    cohort.facilitators.add(ClinicianFactory(display_name="Dr. Lee"))
    html = client.get(cohort.workshop.url).content.decode()
    assert "Dr. Lee" in html and "quiet.clinician@example.org" not in html


@pytest.mark.django_db
def test_withdrawing_someone_else_is_impossible_even_with_their_id():
    cohort = make_cohort()
    theirs = enroll(cohort, UserFactory())
    with pytest.raises(services.EnrollmentNotFound):
        services.enrollment_withdraw(enrollment_id=theirs.pk, member=UserFactory())
