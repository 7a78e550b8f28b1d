"""Clinicians draft a lesson in the Wagtail admin; another clinician's approval publishes it."""

import re

from playwright.sync_api import Page, expect

from learning.models import LessonPage
from tests.factories import DEFAULT_PASSWORD, ClinicianFactory
from tests.learning.builders import make_module


def log_in(page: Page, email: str) -> None:
    page.context.clear_cookies()
    page.goto("/accounts/login/?next=/admin/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def add_block(page: Page, label: str) -> None:
    page.locator("button.c-sf-add-button").last.click()
    page.get_by_role("option", name=label).click()


def test_clinician_drafts_submits_and_a_colleague_approves(page: Page, live_server):
    author = ClinicianFactory(email="author@example.org")
    ClinicianFactory(email="reviewer@example.org")
    module, _ = make_module(title="Enabling", lessons=0)

    log_in(page, author.email)
    page.goto(f"/admin/pages/add/learning/lessonpage/{module.pk}/")
    page.locator("#id_title").fill("Natural consequences")

    add_block(page, "Knowledge check")
    page.locator("[name$='-value-question']").fill("Who should pay a missed phone bill?")
    page.locator("[name$='-value-options-0-value-text']").fill("I should, to keep the peace")
    page.locator("[name$='-value-options-0-value-feedback']").fill("Paying it takes away a natural consequence.")
    page.locator("[name$='-value-options-1-value-text']").fill("The person who ran it up")
    page.locator("[name$='-value-options-1-value-correct']").check()
    page.locator("[name$='-value-options-1-value-feedback']").fill("Yes. Letting them handle it can help.")

    add_block(page, "Reflection prompt")
    page.locator("[name$='-value-prompt']").fill("What is one bill you could stop paying?")

    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    page.get_by_role("button", name="Submit to Clinical review").click()
    expect(page.get_by_text("submitted for moderation", exact=False).first).to_be_visible()

    lesson = LessonPage.objects.get(title="Natural consequences")
    assert not lesson.live
    assert lesson.current_workflow_state is not None

    # The author sees no Approve action on their own lesson.
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    assert page.get_by_role("button", name="Approve").count() == 0

    log_in(page, "reviewer@example.org")
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    page.get_by_role("button", name="Approve", exact=True).click()
    expect(page.get_by_text("has been updated", exact=False).first).to_be_visible()
    expect(page.get_by_text("Live", exact=True).first).to_be_visible()

    lesson.refresh_from_db()
    assert lesson.live
    page.goto(lesson.url)
    expect(page.get_by_role("heading", name="Natural consequences")).to_be_visible()
    expect(page.get_by_text("Who should pay a missed phone bill?")).to_be_visible()
