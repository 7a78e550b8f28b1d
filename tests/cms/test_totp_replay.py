"""A TOTP code signs in once, from any browser and any server process, for as long as it is
valid (about 90 s with one step of tolerance). Finding: one code was accepted four times over
36 s from different browsers, because used codes were remembered per process for 30 s."""

from datetime import UTC, datetime, timedelta
from http import HTTPStatus

import pytest
import time_machine
from django.core.cache import cache
from django.test import Client

from tests.factories import DEFAULT_PASSWORD, ProgramStaffFactory
from tests.support.mfa import SECRET, give_totp
from tests.support.totp import totp

# The start of a 30-second step: the code shown now is still accepted 40 s later (next step).
STEP_START = datetime(2030, 3, 4, 10, 0, 0, tzinfo=UTC)


@pytest.fixture
def staff(db, settings):
    settings.REQUIRE_STAFF_MFA = True
    user = ProgramStaffFactory()
    give_totp(user)
    return user


def sign_in(user, code: str) -> int:
    """Password then code, from a fresh browser; the code page's answer."""
    browser = Client()
    response = browser.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD})
    assert response["Location"].startswith("/accounts/2fa/authenticate/")
    return browser.post("/accounts/2fa/authenticate/", {"code": code}).status_code


def test_a_code_signs_in_once_across_processes_for_its_whole_validity(staff):
    with time_machine.travel(STEP_START, tick=False) as clock:
        code = totp(SECRET)
        assert sign_in(staff, code) == HTTPStatus.FOUND
        assert sign_in(staff, code) == HTTPStatus.OK  # the form again, with "Incorrect code"
        clock.shift(timedelta(seconds=40))  # allauth's own memory of the code has expired
        assert sign_in(staff, code) == HTTPStatus.OK
        cache.clear()  # another server process: nothing in this one's memory
        assert sign_in(staff, code) == HTTPStatus.OK
        assert sign_in(staff, totp(SECRET)) == HTTPStatus.FOUND  # the app's next code works


def test_a_code_from_before_the_last_used_one_is_refused(staff):
    with time_machine.travel(STEP_START, tick=False):
        assert sign_in(staff, totp(SECRET, step_offset=1)) == HTTPStatus.FOUND
        assert sign_in(staff, totp(SECRET)) == HTTPStatus.OK


def test_a_code_used_to_sign_in_cannot_confirm_a_sensitive_action(staff):
    """Re-authentication (before changing the app, say) takes the same single-use rule."""
    with time_machine.travel(STEP_START, tick=False):
        code = totp(SECRET)
        assert sign_in(staff, code) == HTTPStatus.FOUND
        cache.clear()
        browser = Client()
        browser.force_login(staff)
        assert browser.post("/accounts/2fa/reauthenticate/", {"code": code}).status_code == HTTPStatus.OK
        assert browser.post("/accounts/2fa/reauthenticate/", {"code": totp(SECRET, step_offset=1)}).status_code == (
            HTTPStatus.FOUND
        )
