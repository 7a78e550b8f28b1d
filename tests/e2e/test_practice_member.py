"""On a phone (390×844), by keyboard alone with focus visible at every stop: a member marks
this week's practice on /me/ and writes a private note."""

from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import Page, expect

from tests.e2e.keyboard import id_is, tab_to
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops.models import PracticeAnswer

PHONE = {"width": 390, "height": 844}


def test_a_member_marks_this_weeks_practice_by_keyboard_on_a_phone(page: Page, live_server):
    page.set_viewport_size(PHONE)
    workshop = make_workshop(sessions=3, title="Talking at Home")
    workshop.save_revision().publish()
    started = timezone.localdate() - timedelta(days=2)
    cohort = make_cohort(workshop, name="This week group", start=started, weekday=started.weekday())
    member = UserFactory(email="robin@example.org", display_name="Robin")
    enrollment = enroll(cohort, member)
    session = cohort.sessions.get(number=1)

    page.goto("/accounts/login/?next=/me/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_label("Password:").press("Enter")
    expect(page.get_by_role("heading", level=2, name="This week's practice")).to_be_visible()
    expect(page.get_by_text("Homework text 1.")).to_be_visible()

    # Tab into the radio group (its first choice), arrow to the second and back, Space picks.
    tab_to(page, id_is(f"practice-{session.pk}-tried"))
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Space")
    expect(page.get_by_label("I tried it")).to_be_checked()
    tab_to(page, id_is(f"practice-{session.pk}-note"))
    page.keyboard.type("We ate dinner together.")
    tab_to(page, lambda state: state["tag"] == "button" and state["text"] == "Save my answer")
    page.keyboard.press("Enter")

    expect(page.get_by_text("Thank you. Your practice is saved in your journal.")).to_be_visible()
    expect(page.get_by_role("heading", name="Practice notes in your journal")).to_be_visible()
    answer = PracticeAnswer.objects.get()
    assert (answer.enrollment_id, answer.answer, answer.note) == (
        enrollment.pk,
        "tried",
        "<p>We ate dinner together.</p>",
    )
    # Nothing on the page is wider than the phone's screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
