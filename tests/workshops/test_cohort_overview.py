"""Every cohort link opens its overview, and every page about one cohort shows the same tabs."""

from http import HTTPStatus

import pytest

from tests.factories import UserFactory
from tests.workshops.builders import enroll, make_cohort
from workshops.models import EnrollmentStatus

TABS = ["Overview", "Members", "Sessions", "Attendance", "Certificates", "Settings"]
OVERVIEW_BUDGET = 10


def tab_urls(cohort) -> list[str]:
    return [
        f"/admin/cohorts/overview/{cohort.pk}/",
        f"/admin/cohorts/members/{cohort.pk}/",
        f"/admin/cohorts/sessions/{cohort.pk}/",
        f"/admin/attendance/cohorts/{cohort.pk}/",
        f"/admin/certificates/cohort/{cohort.pk}/",
        f"/admin/cohorts/edit/{cohort.pk}/",
    ]


@pytest.fixture
def staff_client(client, program_staff):
    client.force_login(program_staff)
    return client


@pytest.mark.django_db
def test_the_cohort_list_opens_the_overview(staff_client):
    cohort = make_cohort(name="Spring group")
    html = staff_client.get("/admin/cohorts/").content.decode()
    assert f'href="/admin/cohorts/overview/{cohort.pk}/"' in html
    searched = staff_client.get("/admin/cohorts/?q=Spring").content.decode()
    assert f'href="/admin/cohorts/overview/{cohort.pk}/"' in searched


@pytest.mark.django_db
def test_every_cohort_page_has_the_same_tabs_with_the_current_one_marked(staff_client):
    cohort = make_cohort()
    urls = tab_urls(cohort)
    for url in urls:
        response = staff_client.get(url)
        assert response.status_code == HTTPStatus.OK, url
        html = response.content.decode()
        nav = html.split('class="cohort-tabs"', 1)[1].split("</nav>", 1)[0]
        assert [label for label in TABS if f">{label}</a>" in nav] == TABS, url
        for link in urls:
            assert f'href="{link}"' in nav
        assert f'href="{url}" aria-current="page"' in nav, url
        # The breadcrumb's cohort name leads to the overview too.
        assert f'href="/admin/cohorts/overview/{cohort.pk}/"' in html.split('class="cohort-tabs"', 1)[0], url


@pytest.mark.django_db
def test_overview_says_who_is_in_what_is_next_and_what_needs_doing(staff_client):
    cohort = make_cohort(requires_approval=True, capacity=10)
    enroll(cohort, UserFactory())
    enroll(cohort, UserFactory(), status=EnrollmentStatus.PENDING)
    html = staff_client.get(f"/admin/cohorts/overview/{cohort.pk}/").content.decode()
    assert "1 member enrolled" in html
    assert "10 seats, 8 free" in html
    assert "1 sign-up to approve" in html
    first = cohort.sessions.order_by("number").first()
    assert f'href="/admin/attendance/sessions/{first.pk}/"' in html
    assert "Approve or decline sign-ups" in html


@pytest.mark.django_db
def test_overview_costs_the_same_with_2_and_30_members(staff_client, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cohort = make_cohort(capacity=100)
    url = f"/admin/cohorts/overview/{cohort.pk}/"

    def count() -> int:
        staff_client.get(url)
        with CaptureQueriesContext(connection) as queries:
            staff_client.get(url)
        return len(queries)

    for _ in range(2):
        enroll(cohort, UserFactory())
    small = count()
    for _ in range(28):
        enroll(cohort, UserFactory(), status=EnrollmentStatus.WAITLISTED)
    assert count() == small
    with django_assert_max_num_queries(OVERVIEW_BUDGET):
        staff_client.get(url)


@pytest.mark.django_db
def test_members_may_not_open_a_cohort_overview(member_client):
    cohort = make_cohort()
    response = member_client.get(f"/admin/cohorts/overview/{cohort.pk}/")
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
