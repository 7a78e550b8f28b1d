"""After signing in, each person starts where their work is: staff on the admin home, members on /me/."""

from http import HTTPStatus

import pytest

from tests.factories import DEFAULT_PASSWORD, ClinicianFactory, ProgramStaffFactory, UserFactory

LOGIN = "/accounts/login/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("factory", "landing"),
    [(ProgramStaffFactory, "/admin/"), (ClinicianFactory, "/admin/"), (UserFactory, "/me/")],
)
def test_people_land_where_their_work_is(client, settings, factory, landing):
    settings.REQUIRE_STAFF_MFA = False
    user = factory()
    response = client.post(LOGIN, {"login": user.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == landing


@pytest.mark.django_db
def test_a_next_address_still_wins_for_staff(client, settings):
    settings.REQUIRE_STAFF_MFA = False
    staff = ProgramStaffFactory()
    response = client.post(f"{LOGIN}?next=/workshops/", {"login": staff.email, "password": DEFAULT_PASSWORD})
    assert response["Location"] == "/workshops/"
