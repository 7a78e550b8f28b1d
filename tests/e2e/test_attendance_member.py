"""A family member checks in with the facilitator's code in a real Chromium; staff see it."""

from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import Page, expect

from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops.attendance.codes import check_in_code, spoken
from workshops.models import SessionArrival


def test_member_checks_in_with_the_code_read_aloud(page: Page, live_server):
    workshop = make_workshop(sessions=2, title="Talking at Home")
    workshop.save_revision().publish()
    cohort = make_cohort(workshop, name="Now group")
    member = UserFactory(email="robin@example.org", display_name="Robin")
    enrollment = enroll(cohort, member)
    session = cohort.sessions.get(number=1)
    now = timezone.now()
    session.starts_at, session.ends_at = now - timedelta(minutes=5), now + timedelta(minutes=85)
    session.save()

    page.goto(f"/accounts/login/?next=/workshops/sessions/{session.pk}/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()

    page.get_by_label("Check-in code").fill("000")
    page.get_by_role("button", name="Check in").click()
    expect(page.get_by_role("alert")).to_contain_text("That code does not match")
    page.go_back()
    page.reload()
    page.get_by_label("Check-in code").fill(spoken(check_in_code(session)))
    page.get_by_role("button", name="Check in").click()
    expect(page.get_by_text("You are checked in. Welcome!")).to_be_visible()
    expect(page.get_by_text("You checked in at")).to_be_visible()
    assert SessionArrival.objects.get(enrollment=enrollment).checked_in_at is not None
