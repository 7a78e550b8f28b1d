"""A family member signs up, confirms the email, logs in and out, in a real Chromium."""

import re

from django.core import mail
from playwright.sync_api import Page, expect


def test_sign_up_confirm_log_in_and_out(page: Page, live_server):
    page.goto("/accounts/signup/")
    expect(page.get_by_label("Time zone")).to_have_value("America/Chicago")  # detected from the browser
    page.get_by_label("Email").fill("jordan@example.org")
    page.get_by_label("Password:", exact=True).fill("a-long-unusual-passphrase-42")
    page.get_by_label("Password (again)").fill("a-long-unusual-passphrase-42")
    page.get_by_label("I have read and accept").check()
    page.get_by_label("Display name").fill("Jordan")
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()

    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    page.goto(re.sub(r"^https?://[^/]+", live_server.url, link))
    page.get_by_role("button", name="Confirm").click()

    page.goto("/accounts/login/")
    page.get_by_label("Email").fill("jordan@example.org")
    page.get_by_label("Password:").fill("a-long-unusual-passphrase-42")
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(f"{live_server.url}/me/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Jordan")

    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    page.goto("/me/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
