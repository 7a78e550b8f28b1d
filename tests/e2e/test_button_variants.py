"""A <button> takes its variant's look as a link styled as a button does: "Not this time" on
/me/ is the quieter secondary button next to "Answer the check-in", not a second primary one."""

from playwright.sync_api import Page, expect

from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.workshops.builders import enroll, make_cohort
from tests.workshops.outcomes.builders import workshop_with_check_ins

BACKGROUND = "el => getComputedStyle(el).backgroundColor"


def test_a_secondary_button_element_looks_secondary(page: Page, live_server):
    workshop, _check_in = workshop_with_check_ins(title="Talking at Home")
    workshop.save_revision().publish()
    member = UserFactory(email="robin@example.org")
    enroll(make_cohort(workshop, name="Monday group"), member)

    page.goto("/accounts/login/?next=/me/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_label("Password:").press("Enter")
    primary = page.get_by_role("link", name="Answer the check-in")
    secondary = page.get_by_role("button", name="Not this time")
    expect(secondary).to_be_visible()
    assert secondary.evaluate(BACKGROUND) == "rgb(255, 255, 255)"
    assert primary.evaluate(BACKGROUND) != secondary.evaluate(BACKGROUND)
