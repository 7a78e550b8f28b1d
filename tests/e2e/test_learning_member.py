"""A family member reads anonymously, signs up, and keeps their progress, answers and journal."""

import re

from django.core import mail
from playwright.sync_api import Page, expect

from learning.models import LessonCompletion, Reflection
from tests.learning.builders import knowledge_check, make_module, paragraph, reflection_prompt

PASSWORD = "a-long-unusual-passphrase-42"


def sign_up_and_log_in(page: Page, live_server, email: str) -> None:
    page.goto("/accounts/signup/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_label("I have read and accept").check()
    page.get_by_label("Display name").fill("Robin")
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    page.goto(re.sub(r"^https?://[^/]+", live_server.url, link))
    page.get_by_role("button", name="Confirm").click()
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(f"{live_server.url}/me/")


def test_family_member_journey_through_a_module(page: Page, live_server):
    module, lessons = make_module(
        title="Understanding Addiction",
        lessons=3,
        body=[paragraph("Addiction is a health condition."), knowledge_check("kc-1"), reflection_prompt("rp-1")],
    )

    # Anonymous: read the first lesson and finish it.
    page.goto(lessons[0].url)
    expect(page.get_by_text("Addiction is a health condition.")).to_be_visible()
    page.get_by_role("button", name="Mark complete and go to the next lesson").click()
    expect(page).to_have_url(f"{live_server.url}{lessons[1].url}")
    expect(page.get_by_text("Understanding Addiction: 1 of 3 lessons done").first).to_be_visible()

    # Sign up in the same browser; the anonymous progress comes along.
    sign_up_and_log_in(page, live_server, "robin@example.org")
    expect(page.get_by_text("1 of 3 lessons done").first).to_be_visible()
    assert LessonCompletion.objects.filter(user__email="robin@example.org", lesson=lessons[0]).exists()

    # Answer a knowledge check: feedback appears in place.
    page.goto(lessons[1].url)
    page.get_by_label("Yes").check()
    page.get_by_role("button", name="Check answer").click()
    expect(page.get_by_text("Not quite.")).to_be_visible()
    page.get_by_label("No", exact=True).check()
    page.get_by_role("button", name="Check answer").click()
    expect(page.get_by_text("That's right.")).to_be_visible()

    # Write a private reflection.
    page.get_by_label("What helps you rest?").fill(
        "A walk after dinner.\n\n<script>alert(1)</script>Calling my sister."
    )
    page.get_by_role("button", name="Save reflection").click()
    expect(page.get_by_text("Reflection saved. Only you can see it.")).to_be_visible()
    assert Reflection.objects.get(user__email="robin@example.org").text == (
        "<p>A walk after dinner.</p><p>alert(1)Calling my sister.</p>"
    )

    # Finish the remaining lessons.
    page.get_by_role("button", name="Mark complete and go to the next lesson").click()
    page.get_by_role("button", name="Mark lesson complete").click()
    expect(page.get_by_role("heading", name="Module complete", level=1)).to_be_visible()

    page.goto(module.url)
    progress = page.locator("progress").first
    expect(progress).to_have_attribute("value", "3")
    expect(page.get_by_text("You finished this module. Well done.")).to_be_visible()

    page.goto("/me/")
    expect(page.get_by_role("heading", name="Completed")).to_be_visible()
    expect(page.get_by_text("A walk after dinner.")).to_be_visible()
