"""Program staff erase a member's data on request, from the admin; audited; nobody else may."""

from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import ModelLogEntry

from tests.factories import UserFactory

URL = "/admin/members/erase/"


@pytest.mark.django_db
def test_program_staff_erase_a_member_who_asked(client, program_staff):
    member = UserFactory(email="asked@example.org")
    client.force_login(program_staff)
    assert client.get(URL).status_code == HTTPStatus.OK
    response = client.post(URL, {"email": "ASKED@example.org", "confirm": "ERASE"})
    assert response.status_code == HTTPStatus.FOUND
    assert not get_user_model().objects.filter(pk=member.pk).exists()
    entry = ModelLogEntry.objects.get(action="kinship.account_erased")
    assert entry.user_id == program_staff.pk and "asked@example.org" not in entry.label


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "nobody@example.org", "confirm": "ERASE"}, "No member has this email address."),
        ({"email": "asked@example.org", "confirm": "erase"}, "Type ERASE in capital letters"),
    ],
)
def test_mistakes_are_explained_and_erase_nothing(client, program_staff, data, message):
    UserFactory(email="asked@example.org")
    client.force_login(program_staff)
    response = client.post(URL, data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert message in response.content.decode()
    assert get_user_model().objects.filter(email="asked@example.org").exists()


@pytest.mark.django_db
def test_staff_accounts_cannot_be_erased_here(client, program_staff, clinician):
    client.force_login(program_staff)
    response = client.post(URL, {"email": clinician.email, "confirm": "ERASE"})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert get_user_model().objects.filter(pk=clinician.pk).exists()


@pytest.mark.django_db
def test_clinicians_and_members_may_not(client, clinician, member):
    client.force_login(clinician)
    # Wagtail turns the refusal into a redirect to the dashboard with a message.
    assert client.get(URL)["Location"] == "/admin/"
    assert client.post(URL, {"email": member.email, "confirm": "ERASE"})["Location"] == "/admin/"
    client.force_login(member)
    assert client.post(URL, {"email": member.email, "confirm": "ERASE"})["Location"].startswith("/accounts/login/")
    assert get_user_model().objects.filter(pk=member.pk).exists()
