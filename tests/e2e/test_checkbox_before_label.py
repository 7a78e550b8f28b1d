"""On a phone (390×844) a checkbox sits before its words, whichever order the template writes
them in: the check-in's "Share this comment" and the confidentiality promise when joining a group."""

from playwright.sync_api import Page

from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.workshops.builders import enroll, make_cohort
from tests.workshops.outcomes.builders import workshop_with_check_ins

PHONE = {"width": 390, "height": 844}


def sign_in(page: Page, email: str, next_url: str) -> None:
    page.goto(f"/accounts/login/?next={next_url}")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_label("Password:").press("Enter")


def checkbox_is_first(page: Page, label: str) -> None:
    box = page.get_by_role("checkbox", name=label).bounding_box()
    words = page.locator("label", has_text=label).bounding_box()
    assert box["x"] + box["width"] <= words["x"], (box, words)


def test_checkboxes_come_before_their_labels_on_a_phone(page: Page, live_server):
    page.set_viewport_size(PHONE)
    workshop, _check_in = workshop_with_check_ins(title="Talking at Home")
    workshop.save_revision().publish()
    member = UserFactory(email="robin@example.org")
    enrollment = enroll(make_cohort(workshop, name="Monday group"), member)
    other = make_cohort(workshop, name="Thursday group")

    sign_in(page, member.email, f"/workshops/enrollments/{enrollment.pk}/check-in/before/")
    page.get_by_role("button", name="Yes, show me the questions").click()
    checkbox_is_first(page, "Share this comment anonymously with the program")

    enrollment.delete()
    page.goto(f"/workshops/cohorts/{other.pk}/join/")
    checkbox = page.locator("input[name=confidentiality]")
    words = page.locator(f"label[for='{checkbox.get_attribute('id')}']")
    assert checkbox.bounding_box()["x"] + checkbox.bounding_box()["width"] <= words.bounding_box()["x"]
