"""With REQUIRE_STAFF_MFA=1 a staff member sets up an authenticator before the admin opens,
and every later sign-in asks for its code."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.factories import DEFAULT_PASSWORD, ProgramStaffFactory
from tests.support.totp import totp


@pytest.fixture
def mfa_required(settings):
    settings.REQUIRE_STAFF_MFA = True


def sign_in(page: Page, email: str) -> None:
    page.goto("/accounts/login/?next=/admin/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def test_staff_set_up_totp_then_sign_in_with_a_code(page: Page, live_server, mfa_required):
    staff = ProgramStaffFactory(email="pat@example.org")
    sign_in(page, staff.email)
    # Setting up an authenticator asks for the password once more (allauth's reauthentication).
    expect(page).to_have_url(re.compile(r"/accounts/reauthenticate/\?next=%2Faccounts%2F2fa%2Ftotp%2Factivate%2F"))
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Confirm").click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/totp/activate/$"))
    page.goto("/admin/pages/")
    expect(page).to_have_url(re.compile(r"/accounts/2fa/totp/activate/$"))  # no admin page opens

    secret = page.locator("input#authenticator_secret, input[name='secret'], input[readonly]").first.input_value()
    page.get_by_label(re.compile("Authenticator code")).fill(totp(secret))
    page.get_by_role("button", name=re.compile("Activate")).click()
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.context.clear_cookies()
    sign_in(page, staff.email)
    expect(page.get_by_role("heading", name=re.compile("Two-Factor Authentication"))).to_be_visible()
    page.get_by_label(re.compile("Code")).fill(totp(secret, step_offset=1))  # a fresh code, as the app shows next
    page.get_by_role("button", name=re.compile("Sign In")).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
