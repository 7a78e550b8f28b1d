"""axe-core in Chromium over every page type the site serves: no serious or critical violation.

axe-core comes bundled with the axe-playwright-python package. The pages are those of the tour in
tests/support/page_tour.py (the HTML checks in tests/test_valid_html.py walk the same tour).
"""

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.factories import DEFAULT_PASSWORD
from tests.support.page_tour import build_tour

AXE = Axe()
BLOCKING = {"serious", "critical"}


def blocking_violations(page: Page, context: str | None = None) -> list[str]:
    """Serious and critical axe violations on the page as it is now (in `context` if given)."""
    # Open every <details> (transcripts, disclosures) so what they hide is checked too.
    page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })")
    results = AXE.run(page, context=context, options={"resultTypes": ["violations"]})
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} -> "
        + "; ".join(node["html"][:160] for node in violation["nodes"][:3])
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING
    ]


def sign_in(page: Page, email: str) -> None:
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/$"))


def tour_pages(page: Page, pages: list[tuple[str, str]], found: dict[str, list[str]]) -> None:
    for label, url in pages:
        response = page.goto(url)
        assert response is not None and response.ok, f"{label} ({url}) answered {response and response.status}"
        problems = blocking_violations(page)
        if problems:
            found[f"{label} {url}"] = problems


# Fills the page's own POST form with exactly these values and sends it (skipping the browser's
# checks of required fields, as a script-less or hurried visitor might), to show the form's errors.
SUBMIT_AS_IS = """(data) => {
    const form = [...document.querySelectorAll("main form")].find((f) => f.method.toLowerCase() === "post");
    for (const [name, value] of Object.entries(data)) { form.elements[name].value = value; }
    form.submit();
}"""


def tour_error_states(page: Page, states: list[tuple[str, str, dict | None]], found: dict[str, list[str]]) -> None:
    for label, url, data in states:
        page.goto(url)
        if data is not None:
            with page.expect_navigation():
                page.evaluate(SUBMIT_AS_IS, data)
        expect(page.locator(".errorlist, .error-summary, .message--error, [role='alert']").first).to_be_attached()
        problems = blocking_violations(page)
        if problems:
            found[f"{label} {url}"] = problems


def test_every_page_type_has_no_serious_accessibility_violation(page: Page, live_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    tour = build_tour()
    found: dict[str, list[str]] = {}

    tour_pages(page, tour.public, found)
    tour_error_states(page, tour.public_errors, found)

    sign_in(page, tour.member.email)
    page.goto("/accounts/reauthenticate/")
    problems = blocking_violations(page)
    if problems:
        found["reauthenticate"] = problems
    # Confirming the password opens the pages that ask for it again (account deletion, 2FA set-up).
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Confirm").click()
    tour_pages(page, tour.members, found)
    tour_error_states(page, tour.member_errors, found)

    sign_in(page, tour.staff.email)
    tour_pages(page, tour.staff_pages, found)
    sign_in(page, tour.clinician.email)
    tour_pages(page, tour.clinician_pages, found)

    assert not found, "axe found serious or critical problems:\n" + "\n".join(
        f"{where}:\n  " + "\n  ".join(problems) for where, problems in found.items()
    )


def test_the_check_fails_on_an_input_without_a_label(page: Page):
    """Test the test: a form field with no label is a critical violation that the check reports."""
    page.set_content(
        '<!DOCTYPE html><html lang="en"><head><title>Broken</title></head><body><main><h1>Search</h1>'
        '<form><input type="text" name="q"><button>Go</button></form></main></body></html>'
    )
    problems = blocking_violations(page)
    assert len(problems) == 1 and problems[0].startswith("label (critical)")
    page.set_content(
        '<!DOCTYPE html><html lang="en"><head><title>Fine</title></head><body><main><h1>Search</h1>'
        '<form><label for="q">Words</label><input id="q" type="text" name="q"><button>Go</button></form>'
        "</main></body></html>"
    )
    assert blocking_violations(page) == []
