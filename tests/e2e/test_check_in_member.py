"""On a phone (390×844), by keyboard alone with focus visible at every stop: a member opens the
check-in from /me/, reads who sees what, agrees, and answers every question."""

from playwright.sync_api import Page, expect

from tests.e2e.keyboard import id_is, tab_to, text_is
from tests.e2e.test_accessibility import blocking_violations
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.workshops.builders import enroll, make_cohort
from tests.workshops.outcomes.builders import workshop_with_check_ins
from workshops.models import CheckInAnswer, CheckInResponse

PHONE = {"width": 390, "height": 844}


def test_a_member_answers_the_check_in_by_keyboard_on_a_phone(page: Page, live_server):
    page.set_viewport_size(PHONE)
    workshop, _check_in = workshop_with_check_ins(title="Talking at Home")
    workshop.save_revision().publish()
    member = UserFactory(email="robin@example.org", display_name="Robin")
    enrollment = enroll(make_cohort(workshop, name="Monday group"), member)

    page.goto("/accounts/login/?next=/me/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_label("Password:").press("Enter")
    expect(page.get_by_role("heading", level=2, name="A short check-in")).to_be_visible()
    tab_to(page, text_is("Answer the check-in"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1, name="Before you answer: who sees what")).to_be_visible()
    # The consent page is not in the shared tour (the tour's member has already agreed): axe here.
    assert blocking_violations(page) == []
    tab_to(page, text_is("Yes, show me the questions"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1, name="How you feel")).to_be_visible()
    # Agreement: Tab lands on the group's first choice; arrows move and choose.
    tab_to(page, id_is("item-understanding-1"))
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    expect(page.locator("#item-understanding-4")).to_be_checked()
    tab_to(page, id_is("item-confidence-boundary-0"))
    for _ in range(6):
        page.keyboard.press("ArrowRight")
    expect(page.locator("#item-confidence-boundary-6")).to_be_checked()
    tab_to(page, id_is("item-self-care-1"))
    page.keyboard.press("Space")
    expect(page.locator("#item-self-care-1")).to_be_checked()
    tab_to(page, id_is("item-comment"))
    page.keyboard.type("Glad I came.")
    tab_to(page, id_is("share-comment"))
    page.keyboard.press("Space")
    tab_to(page, text_is("Save my answers"))
    page.keyboard.press("Enter")

    expect(page.get_by_text("Thank you. Your answers are saved.")).to_be_visible()
    expect(page.get_by_role("heading", level=1, name="Your answers, before and after")).to_be_visible()
    expect(page.get_by_role("cell", name="Agree (4)")).to_be_visible()
    assert blocking_violations(page) == []
    response = CheckInResponse.objects.get()
    assert response.enrollment_id == enrollment.pk and response.occasion == "before"
    values = dict(CheckInAnswer.objects.filter(value__isnull=False).values_list("item_key", "value"))
    assert values == {"understanding": 4, "confidence-boundary": 6, "self-care": 1}
    comment = CheckInAnswer.objects.get(item_key="comment")
    assert (comment.text, comment.share_text) == ("Glad I came.", True)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
