"""The staff home, the clinician home and a cohort overview cost the same number of queries with
2 groups of a few members and 40 groups of many: each list is one capped query, never one per row."""

import itertools
from datetime import time

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import ClinicianFactory
from tests.learning.test_clinician_home import HOME_BUDGET as CLINICIAN_HOME_BUDGET
from tests.workshops.builders import make_cohort, make_workshop
from tests.workshops.staff_home.test_staff_home import HOME_BUDGET, MONDAY, at_noon  # noqa: F401 - fixture
from tests.workshops.test_cohort_overview import OVERVIEW_BUDGET
from workshops.models import AttendanceRecord, CohortStatus, Enrollment, EnrollmentStatus, Relationship

pytestmark = pytest.mark.django_db
_numbers = itertools.count(1)
SMALL, LARGE = 2, 40


def members(cohort, count: int, status: str = EnrollmentStatus.ENROLLED) -> list[Enrollment]:
    """`count` members in one go (bulk rows: 40 groups of members stay fast to build)."""
    User = get_user_model()
    batch = [next(_numbers) for _ in range(count)]
    users = User.objects.bulk_create(
        [User(email=f"scale-{n}@example.org", display_name=f"Scale {n}", time_zone="America/New_York") for n in batch]
    )
    now = timezone.now()
    return Enrollment.objects.bulk_create(
        Enrollment(
            cohort=cohort,
            member=user,
            status=status,
            relationship=Relationship.PARENT,
            confidentiality_acknowledged_at=now,
            queued_at=now,
        )
        for user in users
    )


def add_groups(count: int, *, workshop, facilitator=None, enrolled: int = 12) -> list:
    """Running groups meeting this Monday evening, with members, a waitlist, a sign-up to approve
    and a mark: something for every list on the home."""
    groups = []
    for _ in range(count):
        cohort = make_cohort(
            workshop,
            name=f"Scale group {next(_numbers)}",
            start=MONDAY,
            weekday=MONDAY.weekday(),
            local_start_time=time(19, 0),
            capacity=200,
            status=CohortStatus.RUNNING,
        )
        enrollments = members(cohort, enrolled)
        members(cohort, 3, EnrollmentStatus.WAITLISTED)
        members(cohort, 2, EnrollmentStatus.PENDING)
        AttendanceRecord.objects.create(
            session=cohort.sessions.get(number=1), enrollment=enrollments[0], status="present"
        )
        if facilitator is not None:
            cohort.facilitators.add(facilitator)
        groups.append(cohort)
    return groups


def queries_for(client, url: str) -> int:
    client.get(url)  # warm: per-process caches fill on the first request
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_staff_home_costs_the_same_with_2_and_40_groups(client, program_staff, at_noon):  # noqa: F811
    workshop = make_workshop(sessions=4)
    client.force_login(program_staff)
    add_groups(SMALL, workshop=workshop)
    small = queries_for(client, "/admin/")
    add_groups(LARGE - SMALL, workshop=workshop, enrolled=25)
    large = queries_for(client, "/admin/")
    assert large == small <= HOME_BUDGET
    assert "Scale group" in client.get("/admin/").content.decode()  # the groups are on the home


def test_clinician_home_costs_the_same_with_2_and_40_groups_they_facilitate(client, at_noon):  # noqa: F811
    clinician = ClinicianFactory()
    workshop = make_workshop(sessions=4)
    client.force_login(clinician)
    add_groups(SMALL, workshop=workshop, facilitator=clinician)
    small = queries_for(client, "/admin/")
    add_groups(LARGE - SMALL, workshop=workshop, facilitator=clinician, enrolled=25)
    large = queries_for(client, "/admin/")
    assert large == small <= CLINICIAN_HOME_BUDGET
    assert "Scale group" in client.get("/admin/").content.decode()


def test_cohort_overview_costs_the_same_with_2_and_40_groups_and_many_members(client, program_staff, at_noon):  # noqa: F811
    workshop = make_workshop(sessions=4)
    client.force_login(program_staff)
    (cohort,) = add_groups(1, workshop=workshop, enrolled=2)
    add_groups(SMALL - 1, workshop=workshop)
    url = f"/admin/cohorts/overview/{cohort.pk}/"
    small = queries_for(client, url)
    members(cohort, 60)
    members(cohort, 20, EnrollmentStatus.WAITLISTED)
    add_groups(LARGE - SMALL, workshop=workshop, enrolled=25)
    large = queries_for(client, url)
    assert large == small <= OVERVIEW_BUDGET
    assert cohort.name in client.get(url).content.decode()
