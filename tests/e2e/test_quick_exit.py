"""Quick exit leaves for a neutral site by click or by Escape twice, and Back does not return."""

import pytest
from playwright.sync_api import Page, expect
from wagtail.models import Site

from cms.models import SiteSettings

NEUTRAL_PAGE = "<!doctype html><title>Weather</title><p>Sunny</p>"


@pytest.fixture
def neutral_site(page: Page, live_server):
    """The neutral site lives on our own live server (the network is closed to tests)."""
    url = f"{live_server.url}/neutral-exit/"
    settings_row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.quick_exit_url = url
    settings_row.save()
    page.route("**/neutral-exit/", lambda route: route.fulfill(body=NEUTRAL_PAGE, content_type="text/html"))
    return url


def test_quick_exit_by_click_replaces_the_page_in_history(page: Page, live_server, neutral_site):
    page.goto("/workshops/")
    page.goto("/learn/")
    page.get_by_role("link", name="Quick exit").click()
    expect(page).to_have_url(neutral_site)
    page.go_back()
    # Back skips the page the person was reading when they left.
    assert not page.url.endswith("/learn/")


def test_quick_exit_by_pressing_escape_twice(page: Page, live_server, neutral_site):
    page.goto("/learn/")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    expect(page).to_have_url(neutral_site)


def test_quick_exit_is_reachable_by_keyboard(page: Page, live_server, neutral_site):
    page.goto("/")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.hasAttribute('data-quick-exit')"):
            break
    else:
        pytest.fail("the quick-exit link never received keyboard focus")
    page.keyboard.press("Enter")
    expect(page).to_have_url(neutral_site)
