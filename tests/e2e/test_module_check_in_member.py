"""On a phone (390×844), by keyboard alone: a member opens a module, takes its "before" check-in
from the module page, agrees to who sees what, answers, and reads their own answers."""

from playwright.sync_api import Page, expect

from tests.e2e.keyboard import id_is, tab_to, text_is
from tests.e2e.test_accessibility import blocking_violations
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.workshops.outcomes.builders import module_with_check_ins
from workshops.models import ModuleCheckInAnswer, ModuleCheckInResponse

PHONE = {"width": 390, "height": 844}


def test_a_member_answers_a_modules_check_in_by_keyboard_on_a_phone(page: Page, live_server):
    page.set_viewport_size(PHONE)
    module, _lessons, _check_in = module_with_check_ins(title="Calm at Home")
    member = UserFactory(email="robin@example.org", display_name="Robin")

    page.goto(f"/accounts/login/?next={module.url}")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_label("Password:").press("Enter")
    expect(page.get_by_role("heading", level=2, name="A short check-in")).to_be_visible()
    assert blocking_violations(page) == []
    tab_to(page, text_is("Answer the check-in"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1, name="Before you answer: who sees what")).to_be_visible()
    assert blocking_violations(page) == []
    tab_to(page, text_is("Yes, show me the questions"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1, name="How you feel")).to_be_visible()
    expect(page.get_by_text("Calm at Home · Before the module")).to_be_visible()
    tab_to(page, id_is("item-understanding-1"))
    page.keyboard.press("ArrowDown")
    expect(page.locator("#item-understanding-2")).to_be_checked()
    tab_to(page, id_is("item-confidence-boundary-0"))
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    tab_to(page, id_is("item-self-care-1"))
    page.keyboard.press("Space")
    tab_to(page, text_is("Save my answers"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1, name="Your answers, before and after")).to_be_visible()
    expect(page.get_by_role("cell", name="Disagree (2)")).to_be_visible()
    assert blocking_violations(page) == []
    response = ModuleCheckInResponse.objects.get()
    assert (response.member_id, response.module_id, response.occasion) == (member.pk, module.pk, "before")
    values = dict(ModuleCheckInAnswer.objects.filter(value__isnull=False).values_list("item_key", "value"))
    assert values == {"understanding": 2, "confidence-boundary": 3, "self-care": 1}
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
