"""Attendance screens cost the same number of queries for a small and a full group.

The issue's budget (at most 10, the same for 10 and 200 members) holds for the attendance code
itself (selectors and save) and for the whole sheet request, reading and saving, Wagtail's own
admin furniture included (signed-in user, permissions, admin profile, menu). The cohort report
adds Wagtail's furniture to the matrix's own six queries, so there the whole request must be equal
for both sizes and within ADMIN_BUDGET.
"""

import itertools
import math
from datetime import timedelta
from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.learning.builders import make_module
from tests.workshops.attendance.helpers import HELD_START, sheet_post, sheet_url, signed_in_at
from tests.workshops.builders import make_cohort, make_workshop
from workshops.attendance import selectors, services
from workshops.models import (
    AttendanceApology,
    AttendanceRecord,
    Cohort,
    Enrollment,
    EnrollmentStatus,
    Relationship,
    SessionArrival,
    WorkshopRequiredModule,
)

ATTENDANCE_BUDGET = 10  # the budget for the attendance code of one screen
ADMIN_BUDGET = 16  # a report page: its own queries plus Wagtail's furniture (8)

_numbers = itertools.count(1)


def full_group(*, members: int, sessions: int, marked: bool = False):
    """A cohort with `members` enrolled (made in bulk: this is about queries, not about sign-up)."""
    workshop = make_workshop(sessions=sessions)
    module, _lessons = make_module(lessons=2)
    WorkshopRequiredModule.objects.create(workshop=workshop, module=module)
    cohort = make_cohort(workshop, capacity=200, start=HELD_START)  # held: staff may mark them
    User = get_user_model()
    batch = next(_numbers)
    users = User.objects.bulk_create(
        User(email=f"bulk{batch}-{i}@example.org", display_name=f"Member {i}", password="!") for i in range(members)
    )
    now = timezone.now()
    enrollments = Enrollment.objects.bulk_create(
        Enrollment(
            cohort=cohort,
            member=user,
            relationship=Relationship.PARENT,
            status=EnrollmentStatus.ENROLLED,
            confidentiality_acknowledged_at=now,
        )
        for user in users
    )
    all_sessions = list(cohort.sessions.order_by("number"))
    if marked:
        AttendanceRecord.objects.bulk_create(
            AttendanceRecord(session=s, enrollment=e, status="present") for s in all_sessions for e in enrollments
        )
        first = all_sessions[0]
        AttendanceApology.objects.bulk_create(AttendanceApology(session=first, enrollment=e) for e in enrollments)
        SessionArrival.objects.bulk_create(
            SessionArrival(session=first, enrollment=e, joined_at=first.starts_at) for e in enrollments
        )
    return cohort, enrollments, all_sessions


# Transaction control is not a query on data, and depends on where the code runs: inside this
# test's transaction a save adds SAVEPOINT/RELEASE, on SQLite a server adds BEGIN/COMMIT, on
# PostgreSQL nothing (psycopg opens and ends transactions without a statement of its own).
TRANSACTION_CONTROL = ("SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK", "BEGIN", "COMMIT")


def data_queries(queries: CaptureQueriesContext) -> int:
    return sum(1 for query in queries.captured_queries if not query["sql"].startswith(TRANSACTION_CONTROL))


def upsert_statements(rows: int) -> int:
    """Statements bulk_create needs for `rows` marks: one on PostgreSQL for any sheet; SQLite
    allows 999 parameters per statement, so a sheet of more than ~160 rows takes two."""
    fields = [f for f in AttendanceRecord._meta.concrete_fields if not f.primary_key]
    return math.ceil(rows / connection.ops.bulk_batch_size(fields, [None] * rows))


def count(fn) -> int:
    with CaptureQueriesContext(connection) as queries:
        fn()
    return data_queries(queries)


def request_count(client, method: str, url: str, data=None) -> int:
    """The whole request, rendered afresh: not from the attendance page cache (test_page_cache.py)."""
    client.get(url)  # warm per-process caches (content types, site root), as a running server has
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url) if method == "get" else client.post(url, data)
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND), url
    return data_queries(queries)


@pytest.mark.django_db
def test_the_sheet_selector_is_the_same_for_10_and_200_members():
    small = full_group(members=10, sessions=4, marked=True)[2][0]
    large = full_group(members=200, sessions=4, marked=True)[2][0]
    counts = [count(lambda s=s: selectors.attendance_sheet(session_id=s.pk)) for s in (small, large)]
    assert counts[0] == counts[1] <= ATTENDANCE_BUDGET


@pytest.mark.django_db
@pytest.mark.parametrize("existing", [False, True], ids=["new-marks", "changed-marks"])
def test_saving_10_and_200_rows_takes_the_same_queries(program_staff, existing):
    """One upsert (bulk_create with update_conflicts) and one audit entry, whether the rows are new
    or replace stored marks; only SQLite's parameter limit splits a large upsert."""
    counts = []
    for members in (10, 200):
        cohort, enrollments, sessions = full_group(members=members, sessions=4, marked=existing)
        marks = [services.Mark(enrollment_id=e.pk, status="absent", note="n") for e in enrollments]
        counts.append(
            count(
                lambda s=sessions[0], m=marks: services.attendance_sheet_save(
                    # as in a request: a user object read afresh, nothing about them remembered
                    session_id=s.pk,
                    by=get_user_model().objects.get(pk=program_staff.pk),
                    marks=m,
                )
            )
        )
        assert AttendanceRecord.objects.filter(session=sessions[0], status="absent").count() == members
    assert counts[1] - counts[0] == upsert_statements(200) - upsert_statements(10)
    assert counts[1] <= ATTENDANCE_BUDGET


@pytest.mark.django_db
def test_the_matrix_is_the_same_for_10x4_and_200x12():
    small = full_group(members=10, sessions=4, marked=True)[0]
    large = full_group(members=200, sessions=12, marked=True)[0]
    counts = [count(lambda c=c: selectors.cohort_attendance_matrix(cohort=c)) for c in (small, large)]
    assert counts[0] == counts[1] <= ATTENDANCE_BUDGET


@pytest.mark.django_db
def test_the_sheet_page_and_its_save_cost_the_same_for_10_and_200(client, program_staff):
    """Opening the sheet, saving new marks and saving changed marks: each the same for 10 and 200 rows."""
    client.force_login(program_staff)
    costs = {}
    for members in (10, 200):
        cohort, enrollments, sessions = full_group(members=members, sessions=4)
        url = sheet_url(sessions[0])
        first = sheet_post({e.pk: ("present", "") for e in enrollments})
        changed = sheet_post(
            {e.pk: ("late", "") for e in enrollments}, was={e.pk: ("present", "") for e in enrollments}
        )
        costs[members] = (
            request_count(client, "get", url),
            request_count(client, "post", url, first),
            request_count(client, "post", url, changed),
        )
        assert AttendanceRecord.objects.filter(session=sessions[0], status="late").count() == members
    extra = upsert_statements(200) - upsert_statements(10)
    assert costs[200] == (costs[10][0], costs[10][1] + extra, costs[10][2] + extra)
    assert max(costs[200]) <= ATTENDANCE_BUDGET  # the whole request, Wagtail's menu included


@pytest.mark.django_db
@pytest.mark.parametrize("export", ["", "csv", "xlsx"])
def test_the_cohort_report_and_exports_cost_the_same_for_10x4_and_200x12(client, program_staff, export):
    client.force_login(program_staff)
    small = full_group(members=10, sessions=4, marked=True)[0]
    large = full_group(members=200, sessions=12, marked=True)[0]
    suffix = f"?export={export}" if export else ""
    counts = [request_count(client, "get", f"/admin/attendance/cohorts/{c.pk}/{suffix}") for c in (small, large)]
    assert counts[0] == counts[1] <= ADMIN_BUDGET


@pytest.mark.django_db
def test_the_program_report_costs_the_same_for_1_and_10_cohorts(client, program_staff):
    first = full_group(members=3, sessions=2, marked=True)[2][0]
    url = (
        f"/admin/attendance/report/?start={first.starts_at.date()}&end={(first.starts_at + timedelta(days=10)).date()}"
    )
    with signed_in_at(client, program_staff, first.starts_at + timedelta(days=30)):
        small = request_count(client, "get", url)
    for _ in range(9):
        full_group(members=3, sessions=2, marked=True)
    with signed_in_at(client, program_staff, first.starts_at + timedelta(days=30)):
        large = request_count(client, "get", url)

        def rates():
            return selectors.program_attendance(
                cohorts=Cohort.objects.all(), start=first.starts_at, end=first.starts_at + timedelta(days=10)
            )

        assert count(rates) == 1
    assert small == large <= ADMIN_BUDGET


@pytest.mark.django_db
def test_the_me_attendance_panel_costs_the_same_for_1_and_10_groups(client):
    """The member's own attendance: three queries whatever the number of groups and sessions."""
    cohort, (enrollment, *_), sessions = full_group(members=1, sessions=4, marked=True)
    member = enrollment.member
    later = sessions[-1].ends_at + timedelta(days=1)
    small = count(lambda: selectors.member_attendance(user=member, now=later))
    for _ in range(9):
        other, (extra, *_), _sessions = full_group(members=1, sessions=4, marked=True)
        Enrollment.objects.filter(pk=extra.pk).update(member=member)
    large = count(lambda: selectors.member_attendance(user=member, now=later))
    assert small == large == 3
    assert len(selectors.member_attendance(user=member, now=later)) == 10


@pytest.mark.django_db
def test_the_attendance_index_costs_the_same_for_1_and_10_cohorts_with_sessions_today(client, program_staff):
    from datetime import time
    from zoneinfo import ZoneInfo

    today = timezone.localdate(timezone=ZoneInfo(program_staff.time_zone))

    def add_cohort():
        make_cohort(make_workshop(sessions=2), start=today, weekday=today.weekday(), local_start_time=time(12, 0))

    client.force_login(program_staff)
    add_cohort()
    small = request_count(client, "get", "/admin/attendance/")
    for _ in range(9):
        add_cohort()
    response = client.get("/admin/attendance/")
    assert len(response.context["today"]) == 10
    assert request_count(client, "get", "/admin/attendance/") == small <= ADMIN_BUDGET
