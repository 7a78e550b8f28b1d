"""A family member joins a group, sees its session on /me/ in their own time, and leaves it."""

import re
from datetime import date

from playwright.sync_api import Page, expect

from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.workshops.builders import make_cohort, make_workshop
from workshops.models import Enrollment, EnrollmentStatus


def test_member_enrolls_sees_the_session_on_me_and_withdraws(page: Page, live_server):
    workshop = make_workshop(sessions=3, title="Talking at Home")
    workshop.save_revision().publish()
    make_cohort(workshop, name="Monday evening group", capacity=6, start=date(2030, 3, 4), weekday=0)
    member = UserFactory(email="robin@example.org", display_name="Robin", time_zone="Europe/Madrid")

    page.goto("/accounts/login/?next=" + workshop.url)
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()

    # The workshop page shows the group in the member's own time zone, with seats left.
    expect(page.get_by_text("3 weekly sessions, starting Tuesday, March 5, 2030 at 1:00 AM CET")).to_be_visible()
    expect(page.get_by_text("6 places left")).to_be_visible()
    page.get_by_role("link", name=re.compile(r"Join this group\s+\(Monday evening group\)")).click()

    # Asked only for the relationship and the confidentiality agreement.
    page.get_by_role("group", name="How are you related to your loved one?").get_by_label("Partner or spouse").check()
    page.get_by_label("I agree to keep what the group shares private.").check()
    page.get_by_role("button", name="Join the group").click()

    # On /me/: the message, the group, and its sessions in the member's time.
    expect(page.get_by_text("You are in the group.")).to_be_visible()
    panel = page.locator("section[aria-labelledby='workshops-heading']")
    expect(panel.get_by_text("Monday evening group").first).to_be_visible()
    # The year is written only for a day outside the current one (cms/dates.py).
    expect(panel.get_by_text(re.compile(r"Tuesday, March 5,( 2030,)? 1:00 AM CET"))).to_be_visible()
    panel.get_by_role("link", name="Session title 1").click()
    expect(page.get_by_role("heading", level=1, name="Session title 1")).to_be_visible()
    expect(page.get_by_text("Homework text 1.")).to_be_visible()
    expect(page.get_by_role("link", name="Join the session")).to_have_count(0)  # too early

    page.goto("/me/")
    page.get_by_role("link", name=re.compile(r"Leave\s+\(Monday evening group\)")).click()
    page.get_by_role("button", name="Yes, leave the group").click()
    expect(page.get_by_text("You have left the group.")).to_be_visible()
    expect(page.locator("section[aria-labelledby='workshops-heading']")).to_contain_text(
        "You have not joined a group yet."
    )
    assert Enrollment.objects.get(member=member).status == EnrollmentStatus.WITHDRAWN
