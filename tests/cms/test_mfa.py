"""REQUIRE_STAFF_MFA: nobody who works in the admin reaches it without two-step sign-in."""

from http import HTTPStatus

import pytest
from allauth.mfa.adapter import get_adapter

from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.support.mfa import SECRET, give_totp, sign_in_with_second_step
from tests.support.totp import totp


@pytest.fixture
def mfa_required(settings):
    settings.REQUIRE_STAFF_MFA = True


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["clinician", "program_staff", "superuser"])
def test_staff_without_an_authenticator_are_sent_to_set_one_up(client, request, mfa_required, role):
    user = UserFactory(is_superuser=True) if role == "superuser" else request.getfixturevalue(role)
    client.force_login(user)
    for path in ("/admin/", "/admin/pages/", "/admin/users/"):
        response = client.get(path)
        assert response.status_code == HTTPStatus.FOUND
        assert response["Location"] == "/accounts/2fa/totp/activate/"
    client.post("/accounts/reauthenticate/", {"password": DEFAULT_PASSWORD})  # allauth asks again first
    setup = client.get("/accounts/2fa/totp/activate/")
    # allauth may first ask for the password again (force_login records no sign-in time).
    assert setup.status_code == HTTPStatus.OK or setup["Location"].startswith("/accounts/reauthenticate/")


@pytest.mark.django_db
def test_staff_with_an_authenticator_open_the_admin_after_giving_a_code(client, clinician, mfa_required):
    sign_in_with_second_step(client, clinician)
    assert client.get("/admin/").status_code == HTTPStatus.OK


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["clinician", "program_staff", "superuser"])
def test_a_session_without_the_code_opens_no_staff_page_anywhere(client, request, mfa_required, role):
    """Finding: staff with a password alone downloaded members' certificates outside /admin/."""
    user = UserFactory(is_superuser=True) if role == "superuser" else request.getfixturevalue(role)
    give_totp(user)
    client.force_login(user)  # a password sign-in, say, from before the app was set up
    for path in ("/admin/", "/certificates/1/download/", "/workshops/sessions/1/", "/me/", "/es/me/export/"):
        response = client.get(path)
        assert response.status_code == HTTPStatus.FOUND, path
        location = response["Location"].removeprefix("/es")  # the code page in the page's language
        assert location == f"/accounts/2fa/reauthenticate/?next={path.replace('/', '%2F')}"
    entered = client.post("/accounts/2fa/reauthenticate/?next=/admin/", {"code": totp(SECRET)})
    assert entered["Location"] == "/admin/"
    assert client.get("/admin/").status_code == HTTPStatus.OK


# allauth announces a new authenticator after its transaction commits, as in production.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_setting_up_the_app_counts_as_this_sessions_second_step(client, program_staff, mfa_required):
    signed_in = client.post("/accounts/login/", {"login": program_staff.email, "password": DEFAULT_PASSWORD})
    assert signed_in["Location"] == "/me/"
    assert client.get("/me/")["Location"] == "/accounts/2fa/totp/activate/"
    client.post("/accounts/reauthenticate/", {"password": DEFAULT_PASSWORD})  # allauth asks again first
    setup = client.get("/accounts/2fa/totp/activate/")
    secret = setup.context["form"].secret
    activated = client.post("/accounts/2fa/totp/activate/", {"code": totp(secret)})
    assert activated.status_code == HTTPStatus.FOUND
    assert client.get("/admin/").status_code == HTTPStatus.OK


@pytest.mark.django_db
def test_without_the_requirement_staff_open_the_admin(client, clinician, settings):
    settings.REQUIRE_STAFF_MFA = False
    client.force_login(clinician)
    assert client.get("/admin/").status_code == HTTPStatus.OK


@pytest.mark.django_db
def test_family_members_are_not_asked_and_still_cannot_open_the_admin(member_client, mfa_required):
    response = member_client.get("/admin/")
    assert response["Location"] != "/accounts/2fa/totp/activate/"
    assert response.status_code != HTTPStatus.OK
    assert member_client.get("/me/").status_code == HTTPStatus.OK


@pytest.mark.django_db
def test_staff_cannot_switch_off_required_mfa_but_members_can(clinician, member, mfa_required):
    assert not get_adapter().can_delete_authenticator(give_totp(clinician))
    assert get_adapter().can_delete_authenticator(give_totp(member))


@pytest.mark.django_db
def test_production_default_requires_staff_mfa():
    from tests.cms.test_settings import run_manage

    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.REQUIRE_STAFF_MFA)",
        DEBUG="0",
        SECRET_KEY="x" * 50,
        REQUIRE_STAFF_MFA="",
    )
    assert result.stdout.strip().splitlines()[-1] == "True", result.stderr
