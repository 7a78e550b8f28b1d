"""The admin's search for people who run groups: a group's or a member's name lists the groups,
never "Sorry, you do not have permission to access this area"; facilitators find only their own."""

from http import HTTPStatus

import pytest

from tests.factories import ClinicianFactory, UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop

pytestmark = pytest.mark.django_db
NO_PERMISSION = "Sorry, you do not have permission to access this area."


@pytest.fixture
def groups():
    workshop = make_workshop(title="Boundaries with love")
    tuesday = make_cohort(workshop, name="Tuesday evenings")
    saturday = make_cohort(workshop, name="Saturday mornings")
    enroll(tuesday, UserFactory(display_name="Robin Quillfeather"))
    enroll(saturday, UserFactory(display_name="Sam Otherperson"))
    return tuesday, saturday


def search(client, query: str) -> str:
    response = client.get("/admin/search/", {"q": query}, follow=True)
    assert response.status_code == HTTPStatus.OK
    page = response.content.decode()
    assert NO_PERMISSION not in page
    return page


def test_program_staff_find_a_group_by_its_name(client, program_staff, groups):
    client.force_login(program_staff)
    response = client.get("/admin/search/", {"q": "tuesday"})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/admin/cohorts/?q=tuesday"
    page = search(client, "tuesday")
    assert "Tuesday evenings" in page
    assert "Saturday mornings" not in page


def test_program_staff_find_a_group_by_a_members_name(client, program_staff, groups):
    client.force_login(program_staff)
    page = search(client, "quillfeather")
    assert "Tuesday evenings" in page
    assert "Saturday mornings" not in page


def test_the_admin_home_search_box_goes_to_the_group_search_for_staff(client, program_staff, groups):
    client.force_login(program_staff)
    home = client.get("/admin/").content.decode()
    assert 'action="/admin/search/"' in home
    assert "Search groups and members" in home


def test_facilitators_find_only_their_own_groups(client, groups):
    tuesday, saturday = groups
    facilitator = ClinicianFactory()
    thursday = make_cohort(tuesday.workshop, name="Thursday nights")
    tuesday.facilitators.add(facilitator)
    thursday.facilitators.add(facilitator)
    client.force_login(facilitator)
    # A clinician's first search is Wagtail's page search; their groups are the next search area.
    assert client.get("/admin/search/", {"q": "Robin"})["Location"].startswith("/admin/pages/search/")
    page = search_own(client, "Robin")
    assert "Tuesday evenings" in page
    assert "Thursday nights" not in page
    assert "Thursday nights" in search_own(client, "")
    assert "Saturday mornings" not in search_own(client, "Saturday")
    assert "Tuesday evenings" in search_own(client, "evenings")
    pages_search = client.get("/admin/pages/search/", {"q": "evenings"}).content.decode()
    assert 'href="/admin/attendance/?q=evenings"' in pages_search  # the "Your groups" search area


def search_own(client, query: str) -> str:
    return client.get("/admin/attendance/", {"q": query}).content.decode()


def test_members_cannot_use_the_admin_search(client, groups):
    client.force_login(UserFactory())
    response = client.get("/admin/search/", {"q": "Robin"})
    assert response.status_code in {HTTPStatus.FOUND, HTTPStatus.FORBIDDEN}
    assert "/admin/cohorts/" not in response.get("Location", "")
