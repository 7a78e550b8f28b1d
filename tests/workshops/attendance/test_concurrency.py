"""Two staff saving the same attendance sheet at the same moment, on PostgreSQL."""

import threading
from http import HTTPStatus

import pytest
from django.db import connection
from django.test import Client
from wagtail.models import ModelLogEntry

from tests.factories import ProgramStaffFactory
from tests.workshops.attendance.helpers import cohort_with_members, sheet_post, sheet_url, stored_marks
from workshops.models import AttendanceRecord

MEMBERS = 12


@pytest.mark.postgres
# Real transactions, so the two requests see each other's rows; the page tree and roles that
# migrations created are restored afterwards for the tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_staff_saving_one_sheet_at_once_get_one_mark_per_member_and_the_last_save_wins():
    """Alice changes rows 1-8, Bao rows 5-12, both from the same empty sheet, at the same moment.
    No error; one record per member; rows only one of them changed keep that change; the rows
    both changed hold the later save's mark; the audit log has both saves with every change."""
    cohort, enrollments = cohort_with_members(members=MEMBERS)
    session = cohort.sessions.get(number=1)
    alice, bao = ProgramStaffFactory(display_name="Alice"), ProgramStaffFactory(display_name="Bao")
    posts = {
        alice.pk: sheet_post({e.pk: ("present", "from Alice") for e in enrollments[:8]}),
        bao.pk: sheet_post({e.pk: ("absent", "from Bao") for e in enrollments[4:]}),
    }
    clients = {}
    for staff in (alice, bao):
        clients[staff.pk] = Client()
        clients[staff.pk].force_login(staff)
    start = threading.Barrier(2)
    errors: list[BaseException] = []
    statuses: list[int] = []

    def save(staff_id):
        try:
            start.wait(timeout=30)
            statuses.append(clients[staff_id].post(sheet_url(session), posts[staff_id]).status_code)
        except BaseException as error:  # noqa: BLE001 - any failure must fail the test, not vanish in a thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(staff_id,)) for staff_id in posts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == [] and statuses == [HTTPStatus.FOUND, HTTPStatus.FOUND]
    assert AttendanceRecord.objects.filter(session=session).count() == MEMBERS
    entries = list(ModelLogEntry.objects.filter(action="workshops.attendance_recorded").order_by("pk"))
    assert sorted(entry.user_id for entry in entries) == sorted([alice.pk, bao.pk])
    last = entries[-1].user_id
    marks = stored_marks(session)
    assert all(marks[e.pk] == ("present", "from Alice") for e in enrollments[:4])
    assert all(marks[e.pk] == ("absent", "from Bao") for e in enrollments[8:])
    overlap = ("present", "from Alice") if last == alice.pk else ("absent", "from Bao")
    assert all(marks[e.pk] == overlap for e in enrollments[4:8])
    # Each entry lists exactly its own rows; the later one records what it replaced.
    changed = {entry.user_id: {c["enrollment"] for c in entry.data["changes"]} for entry in entries}
    assert changed[alice.pk] == {e.pk for e in enrollments[:8]}
    assert changed[bao.pk] == {e.pk for e in enrollments[4:]}
    replaced = {c["enrollment"]: c["from"] for c in entries[-1].data["changes"]}
    first_status = "present" if last == bao.pk else "absent"
    assert all(replaced[e.pk] == first_status for e in enrollments[4:8])


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_members_checking_in_and_sending_apologies_while_staff_save_neither_deadlock_nor_lose_a_change():
    """Members check in or send apologies while a staff member saves the sheet, all at once. Every
    write locks the cohort's row before the session's (PostgreSQL checks foreign keys at commit,
    so the other order can deadlock): no error, every check-in and apology stored, and the sheet
    read right afterwards, rendered fresh, shows them all."""
    from workshops.attendance import services
    from workshops.attendance.codes import check_in_code
    from workshops.models import AttendanceApology, SessionArrival

    cohort, enrollments = cohort_with_members(members=MEMBERS)
    session = cohort.sessions.get(number=1)
    later = cohort.sessions.get(number=2)
    staff = ProgramStaffFactory()
    reader = Client()
    reader.force_login(staff)
    assert reader.get(sheet_url(session)).status_code == HTTPStatus.OK
    start = threading.Barrier(MEMBERS + 1)
    errors: list[BaseException] = []
    checking_in, apologising = enrollments[: MEMBERS // 2], enrollments[MEMBERS // 2 :]

    def check_in(enrollment):
        try:
            start.wait(timeout=30)
            services.check_in(
                session_id=session.pk,
                member=enrollment.member,
                enrollment_id=enrollment.pk,
                code=check_in_code(session),
                now=session.starts_at,
            )
        except BaseException as error:  # noqa: BLE001 - any failure must fail the test, not vanish in a thread
            errors.append(error)
        finally:
            connection.close()

    def apologise(enrollment):
        try:
            start.wait(timeout=30)
            services.apology_send(session_id=later.pk, member=enrollment.member, now=session.starts_at)
        except BaseException as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connection.close()

    def save():
        try:
            start.wait(timeout=30)
            for target in (session, later):
                services.attendance_sheet_save(
                    session_id=target.pk,
                    by=staff,
                    marks=[services.Mark(enrollment_id=e.pk, status="present", note="") for e in enrollments],
                )
        except BaseException as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=check_in, args=(e,)) for e in checking_in]
    threads += [threading.Thread(target=apologise, args=(e,)) for e in apologising]
    threads.append(threading.Thread(target=save))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert SessionArrival.objects.filter(session=session, checked_in_at__isnull=False).count() == len(checking_in)
    assert AttendanceApology.objects.filter(session=later).count() == len(apologising)
    assert AttendanceRecord.objects.filter(session=later).count() == MEMBERS  # one mark each, whoever wrote first
    html = reader.get(sheet_url(session)).content.decode()
    assert html.count("Checked in ") == len(checking_in)
    assert reader.get(sheet_url(later)).content.decode().count("data-apology") == len(apologising)
