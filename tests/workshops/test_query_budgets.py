"""Every workshops page and report costs the same number of queries whatever the size of the data."""

from datetime import date, time, timedelta
from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import UserFactory
from tests.learning.builders import make_module
from tests.workshops.builders import enroll, make_cohort, make_workshop, outline
from workshops import services
from workshops.models import Cohort, CohortStatus, EnrollmentStatus

# The member's session page: the frame, the session with its group, workshop, size and the
# viewer's roles (one query), their enrollment, the outline's linked lessons, their attendance,
# apology and arrival, the practice and the check-in. +1 for a group that meets in another
# language than its workshop's (the translation it teaches from).
SESSION_PAGE_BUDGET = 12
ADMIN_BUDGET = 40
# The workshop page, rendered fresh: Wagtail's serving frame (site, locale, two queries per
# level of the page tree, view restrictions, program settings, translations), then the open
# groups with their seats, sessions and facilitators (three queries); signed in, also the
# member and their own enrollments.
WORKSHOP_PAGE_BUDGET = {False: 15, True: 17}  # +1: the crisis lines in the reader's language
# /me/, rendered fresh: session and member, then the workshop panels' enrollments, their
# workshops, sessions (with own marks), calendar feed and certificate choices (one query), and
# certificates; the learning panel's library, modules and lessons, completions and reflections;
# the practice card's own answers, and the curricula when some practice is open.
# The check-in consent comes with the calendar feed and certificate choices; no topics (the
# panel shows none). +1: the crisis lines; +1: the modules that name a check-in. With some
# practice open (tests/workshops/practice): +1, the curricula.
DASHBOARD_BUDGET = 16


def count_queries(client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths, content types), as a running server has
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == HTTPStatus.OK, url
    return len(queries)


def soon() -> date:
    return timezone.localdate() + timedelta(days=3)


@pytest.mark.django_db
@pytest.mark.parametrize("signed_in", [False, True])
def test_workshop_page_costs_the_same_with_1_and_20_cohorts(client, member, signed_in, django_assert_max_num_queries):
    if signed_in:
        client.force_login(member)
    workshop = make_workshop(sessions=6)
    facilitator = UserFactory()

    def add_cohort():
        cohort = make_cohort(workshop, start=soon())
        cohort.facilitators.add(facilitator)
        enroll(cohort, UserFactory())
        return cohort

    enroll(add_cohort(), member, status=EnrollmentStatus.WAITLISTED)
    small = count_queries(client, workshop.url)
    for _ in range(19):
        add_cohort()
    large = count_queries(client, workshop.url)
    assert small == large
    with django_assert_max_num_queries(WORKSHOP_PAGE_BUDGET[signed_in]):
        client.get(workshop.url)


@pytest.mark.django_db
def test_workshop_page_reads_no_lessons_for_an_outline_that_links_them(client):
    """ "What the sessions cover" shows titles and objectives only: the lessons an outline links
    as materials cost the page no query, however many there are."""
    plain = make_workshop(sessions=3)
    linked = make_workshop(sessions=3)
    _module, lessons = make_module(lessons=3)
    data = outline(3)
    for session, lesson in zip(data, lessons, strict=True):
        session["value"]["materials"] = [{"type": "lesson", "id": f"m-{lesson.pk}", "value": lesson.pk}]
    linked.outline = data
    linked.save_revision().publish()
    for workshop in (plain, linked):
        make_cohort(workshop, start=soon())
    assert count_queries(client, linked.url) == count_queries(client, plain.url)
    page = client.get(linked.url).content.decode()
    assert "Session title 3" in page and "Objective 2" in page


@pytest.mark.django_db
def test_workshop_index_costs_the_same_with_1_and_10_workshops(client):
    make_cohort(make_workshop())
    small = count_queries(client, "/workshops/")
    for _ in range(9):
        make_cohort(make_workshop())
    assert count_queries(client, "/workshops/") == small


@pytest.mark.django_db
def test_dashboard_costs_the_same_with_1_and_20_enrollments(client, member, django_assert_max_num_queries, settings):
    client.force_login(member)
    services.calendar_feed_create(member=member)

    def join_another_workshop():
        enroll(make_cohort(make_workshop(sessions=3), start=soon(), weekday=soon().weekday()), member)

    join_another_workshop()
    small = count_queries(client, "/me/")
    for _ in range(19):
        join_another_workshop()
    large = count_queries(client, "/me/")
    assert small == large
    with django_assert_max_num_queries(DASHBOARD_BUDGET - 1):  # no practice open: no curricula
        client.get("/me/")


@pytest.mark.django_db
def test_session_page_costs_the_same_for_a_short_and_a_long_workshop(client, member, django_assert_max_num_queries):
    client.force_login(member)
    short = make_cohort(make_workshop(sessions=2))
    long = make_cohort(make_workshop(sessions=12))
    for cohort in (short, long):
        enroll(cohort, member)
        for _ in range(5):
            enroll(cohort, UserFactory())
    small = count_queries(client, f"/workshops/sessions/{short.sessions.last().pk}/")
    large = count_queries(client, f"/workshops/sessions/{long.sessions.last().pk}/")
    assert small == large
    with django_assert_max_num_queries(SESSION_PAGE_BUDGET):
        client.get(f"/workshops/sessions/{long.sessions.last().pk}/")


@pytest.mark.django_db
def test_sign_up_page_costs_the_same_for_a_short_and_a_long_workshop(client, member):
    client.force_login(member)
    short = make_cohort(make_workshop(sessions=2), start=soon())
    long = make_cohort(make_workshop(sessions=12), start=soon())
    for _ in range(8):
        enroll(long, UserFactory())
    small = count_queries(client, f"/workshops/cohorts/{short.pk}/join/")
    assert count_queries(client, f"/workshops/cohorts/{long.pk}/join/") == small


@pytest.mark.django_db
def test_calendar_feed_costs_the_same_with_1_and_10_groups(client, member):
    token = services.calendar_feed_create(member=member).token
    enroll(make_cohort(make_workshop(sessions=4)), member)
    small = count_queries(client, f"/calendar/{token}.ics")
    for _ in range(9):
        enroll(make_cohort(make_workshop(sessions=4)), member)
    assert count_queries(client, f"/calendar/{token}.ics") == small


def make_cohorts(workshop, count: int, start_number: int) -> None:
    Cohort.objects.bulk_create(
        [
            Cohort(
                workshop=workshop,
                name=f"Bulk group {start_number + n}",
                status=CohortStatus.OPEN,
                first_session_on=date(2030, 1, 1),
                weekday=1,
                local_start_time=time(19),
            )
            for n in range(count)
        ]
    )


@pytest.mark.django_db
def test_staff_cohort_list_costs_the_same_with_5_and_200_cohorts(client, program_staff, django_assert_max_num_queries):
    client.force_login(program_staff)
    workshop = make_workshop()
    for _ in range(5):
        cohort = make_cohort(workshop)
        enroll(cohort, UserFactory())
        enroll(cohort, UserFactory(), status=EnrollmentStatus.WAITLISTED)
    small = count_queries(client, "/admin/cohorts/")
    make_cohorts(workshop, 195, start_number=1)
    large = count_queries(client, "/admin/cohorts/")
    assert small == large
    filtered = count_queries(client, f"/admin/cohorts/?status=open&workshop={workshop.pk}")
    assert filtered <= large + 2
    with django_assert_max_num_queries(ADMIN_BUDGET):
        client.get("/admin/cohorts/")


@pytest.mark.django_db
def test_roster_and_sessions_screens_cost_the_same_for_small_and_large_groups(client, program_staff):
    client.force_login(program_staff)
    workshop = make_workshop(sessions=2)
    small_cohort = make_cohort(workshop, capacity=2)
    large_cohort = make_cohort(make_workshop(sessions=12), capacity=20)
    make_cohort(workshop)  # somewhere to move people
    enroll(small_cohort, UserFactory())
    enroll(small_cohort, UserFactory(), status=EnrollmentStatus.PENDING)
    enroll(small_cohort, UserFactory(), status=EnrollmentStatus.WAITLISTED)
    for status in (
        [EnrollmentStatus.ENROLLED] * 20 + [EnrollmentStatus.WAITLISTED] * 10 + [EnrollmentStatus.PENDING] * 3
    ):
        enroll(large_cohort, UserFactory(), status=status)
    for screen in ("members", "sessions"):
        small = count_queries(client, f"/admin/cohorts/{screen}/{small_cohort.pk}/")
        large = count_queries(client, f"/admin/cohorts/{screen}/{large_cohort.pk}/")
        assert small == large, screen
