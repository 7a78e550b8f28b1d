"""Program staff open the outcome report on a phone (390×844): every filter fits the screen,
even a group whose name and workshop make a long choice."""

from playwright.sync_api import Page, expect

from tests.factories import DEFAULT_PASSWORD, ProgramStaffFactory
from tests.workshops.builders import make_cohort
from tests.workshops.outcomes.builders import workshop_with_check_ins

PHONE = {"width": 390, "height": 844}


def test_the_report_filters_fit_a_phone(page: Page, live_server):
    page.set_viewport_size(PHONE)
    workshop, _check_in = workshop_with_check_ins(title="Communication and Boundaries for Families")
    make_cohort(workshop, name="Tuesday morning group")
    staff = ProgramStaffFactory(email="lee@example.org")

    page.goto("/accounts/login/?next=/admin/outcomes/")
    page.get_by_label("Email").fill(staff.email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_label("Password:").press("Enter")
    cohort = page.get_by_label("Cohort")
    expect(cohort).to_contain_text("Tuesday morning group · Communication and Boundaries for Families")
    for label in ("Workshop", "Cohort", "Language"):
        box = page.get_by_label(label).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], label
