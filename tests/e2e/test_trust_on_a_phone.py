"""The promises of issue 'trust', tried as a person would on a phone (390×844).

Each test fails on the code before the fix: Back after Quick exit showed the member's
space, staff could mark future sessions, a cohort could be finished early, and so on.
"""

import pytest
from playwright.sync_api import Page, expect
from wagtail.models import Site

from cms.models import SiteSettings
from learning.models import Reflection
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.learning.builders import make_module, paragraph

PHONE = {"width": 390, "height": 844}
NEUTRAL_PAGE = "<!doctype html><title>Weather</title><p>Sunny</p>"


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": PHONE, "is_mobile": True, "has_touch": True}


def sign_in(page: Page, email: str, next_url: str = "/me/") -> None:
    page.goto(f"/accounts/login/?next={next_url}")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def program_settings() -> SiteSettings:
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def neutral_site(page: Page, live_server):
    """The neutral site lives on our own live server (the network is closed to tests)."""
    url = f"{live_server.url}/neutral-exit/"
    row = program_settings()
    row.quick_exit_url = url
    row.save()
    page.route("**/neutral-exit/", lambda route: route.fulfill(body=NEUTRAL_PAGE, content_type="text/html"))
    return url


# --- 1. Quick exit leaves no trail -----------------------------------------------------------


def test_back_after_quick_exit_shows_nothing_private_and_me_asks_to_sign_in(page: Page, live_server, neutral_site):
    _module, lessons = make_module(title="Talking at home", lessons=2, body=[paragraph("Families are not to blame.")])
    member = UserFactory(display_name="Jordan", email="jordan@example.org")
    Reflection.objects.create(
        user=member, lesson=lessons[0], block_id="rp-1", prompt="What helps?", text="<p>My private thought</p>"
    )
    sign_in(page, member.email)
    expect(page.get_by_text("Welcome back, Jordan")).to_be_visible()
    page.goto(lessons[0].url)
    page.get_by_role("link", name="Quick exit").click()
    expect(page).to_have_url(neutral_site)

    page.go_back()
    page.wait_for_load_state()
    body = page.content()
    assert "Welcome back" not in body
    assert "My private thought" not in body
    assert "/accounts/login/" in page.url

    page.goto("/me/")
    expect(page).to_have_url(f"{live_server.url}/accounts/login/?next=/me/")


def test_quick_exit_is_the_first_tab_stop_with_browse_safely_beside_it(page: Page, live_server, neutral_site):
    page.goto("/learn/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-quick-exit')")
    page.get_by_role("link", name="Browse safely").click()
    expect(page.get_by_role("heading", name="Use a private window")).to_be_visible()
    expect(page.get_by_role("heading", name="Clear your history")).to_be_visible()


def test_quick_exit_signs_out_without_javascript(browser, live_server, neutral_site):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.route("**/neutral-exit/", lambda route: route.fulfill(body=NEUTRAL_PAGE, content_type="text/html"))
    member = UserFactory(display_name="Jordan")
    sign_in(page, member.email)
    page.get_by_role("link", name="Quick exit").click()
    expect(page).to_have_url(neutral_site)
    page.goto("/me/")
    assert "/accounts/login/" in page.url
    context.close()
