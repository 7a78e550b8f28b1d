"""Every public XSS payload, once sanitized, is inert in a real Chromium page: no dialog, no
console marker, no request leaving the page (no CSP to hide a sanitizer failure)."""

from playwright.sync_api import Page

from cms.sanitize import clean_user_html, plain_text_to_html
from learning.models import Reflection
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.learning.builders import make_module, reflection_prompt
from tests.support.corpora import read_corpus

CHUNK = 60
PAGE_SHELL = "<!doctype html><html><head><title>corpus</title></head><body>{}</body></html>"


def watch(page: Page) -> dict:
    seen = {"dialogs": [], "requests": [], "console": []}
    page.on("dialog", lambda dialog: (seen["dialogs"].append(dialog.message), dialog.dismiss()))
    page.on("console", lambda message: seen["console"].append(message.text))
    page.on("request", lambda request: seen["requests"].append(request.url))
    page.route("**/*", lambda route: route.abort())
    return seen


def test_sanitized_corpus_runs_no_script_and_loads_nothing(page: Page):
    payloads = read_corpus("xss_payloads.txt")
    seen = watch(page)
    for clean in (clean_user_html, plain_text_to_html):
        for start in range(0, len(payloads), CHUNK):
            body = "".join(f"<div class='entry'>{clean(p)}</div>" for p in payloads[start : start + CHUNK])
            page.set_content(PAGE_SHELL.format(body), wait_until="load")
            page.mouse.move(5, 5)  # payloads waiting for onmouseover get their chance
            page.wait_for_timeout(50)
    assert seen["dialogs"] == []
    assert [text for text in seen["console"] if "XSS" in text.upper()] == []
    assert seen["requests"] == []


def test_stored_payloads_render_inert_on_the_members_own_pages(page: Page, live_server):
    """The same payloads typed as reflections and shown on /me/ and the lesson page."""
    payloads = read_corpus("xss_payloads.txt")
    member = UserFactory(email="xss@example.org")
    prompts = [reflection_prompt(f"rp-{i}", prompt=f"Prompt {i}") for i in range(5)]
    _, lessons = make_module(lessons=1, body=prompts)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    external = []
    page.on(
        "request", lambda request: None if request.url.startswith(live_server.url) else external.append(request.url)
    )
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    for start in range(0, len(payloads), 5):
        Reflection.objects.filter(user=member).delete()
        Reflection.objects.bulk_create(
            Reflection(
                user=member, lesson=lessons[0], block_id=f"rp-{i}", prompt="p", text=plain_text_to_html(p) or "x"
            )
            for i, p in enumerate(payloads[start : start + 5])
        )
        if start % 50 == 0:  # every page type that shows reflections, on a sample of rounds
            page.goto(lessons[0].url)
        page.goto("/me/")
    assert dialogs == []
    assert external == []
