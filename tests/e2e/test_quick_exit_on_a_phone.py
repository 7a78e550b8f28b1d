"""On a phone the Quick exit button is fixed at the bottom right: at the very end of a page it
must not cover the footer's last link (nor anything else there)."""

import pytest
from playwright.sync_api import Page

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": PHONE, "is_mobile": True, "has_touch": True}


# The element at each corner and the middle of the footer's last link, scrolled to the very end.
TOPMOST_OVER_LAST_LINK = """() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    const links = document.querySelectorAll('.site-footer a');
    const link = links[links.length - 1];
    const box = link.getBoundingClientRect();
    const points = [
        [box.left + 1, box.top + 1], [box.right - 1, box.top + 1], [box.left + 1, box.bottom - 1],
        [box.right - 1, box.bottom - 1], [box.left + box.width / 2, box.top + box.height / 2],
    ];
    return {
        text: link.textContent.trim(),
        covered: points.filter(([x, y]) => {
            const hit = document.elementFromPoint(x, y);
            return !(hit === link || link.contains(hit));
        }).length,
        inView: box.bottom <= window.innerHeight,
    };
}"""


@pytest.mark.parametrize("path", ["/", "/learn/", "/workshops/", "/accounts/login/"])
def test_quick_exit_never_covers_the_footers_last_link(page: Page, path):
    page.goto(path)
    assert page.locator(".quick-exit").first.evaluate("el => getComputedStyle(el).position") == "fixed"
    result = page.evaluate(TOPMOST_OVER_LAST_LINK)
    assert result["inView"], result
    assert result["covered"] == 0, result


# How much of the focused element the fixed Quick exit button covers, in square pixels.
FOCUS_UNDER_BUTTON = """() => {
    const el = document.activeElement;
    const button = document.querySelector('.quick-exit');
    if (!el || el === document.body || button.contains(el)) return null;
    const a = el.getBoundingClientRect();
    const b = button.getBoundingClientRect();
    const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    return {text: (el.innerText || el.tagName).trim().slice(0, 40), covered: Math.max(0, width) * Math.max(0, height)};
}"""


@pytest.mark.parametrize("path", ["/", "/learn/"])
def test_keyboard_focus_never_lands_under_the_quick_exit_button(page: Page, path):
    """Tabbing down the page scrolls each link into view above the button, not behind it."""
    page.goto(path)
    covered = []
    for _ in range(60):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_UNDER_BUTTON)
        if state and state["covered"] > 0:
            covered.append(state)
    assert covered == []
