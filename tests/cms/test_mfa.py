"""REQUIRE_STAFF_MFA: nobody who works in the admin reaches it without two-step sign-in."""

from http import HTTPStatus

import pytest
from allauth.mfa.adapter import get_adapter
from allauth.mfa.models import Authenticator

from tests.factories import UserFactory


def give_totp(user):
    return Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"})


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
    setup = client.get("/accounts/2fa/totp/activate/")
    # allauth may first ask for the password again (force_login records no sign-in time).
    assert setup.status_code == HTTPStatus.OK or setup["Location"].startswith("/accounts/reauthenticate/")


@pytest.mark.django_db
def test_staff_with_an_authenticator_open_the_admin(client, clinician, mfa_required):
    give_totp(clinician)
    client.force_login(clinician)
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
