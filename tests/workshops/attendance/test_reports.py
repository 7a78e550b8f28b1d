"""Per-cohort matrix (members x sessions, rates, turnout, chart, completion rule), the program-wide
report, and their CSV/XLSX exports, which keep every name inert in a spreadsheet."""

import csv
import io
from datetime import date, timedelta
from http import HTTPStatus

import openpyxl
import pytest
import time_machine

from cms.dates import in_zone, local_date
from tests.support.corpora import read_corpus
from tests.workshops.attendance.helpers import cohort_with_members, mark, signed_in_at
from workshops.attendance.reports import FORMULA_STARTS, neutralise
from workshops.models import SessionStatus

pytestmark = pytest.mark.django_db

FORBIDDEN_WORDS = ("addiction", "substance", "treatment", "recovery", "rehab", "mental")


def report_url(cohort, export: str = "") -> str:
    return f"/admin/attendance/cohorts/{cohort.pk}/" + (f"?export={export}" if export else "")


def csv_rows(response) -> list[list[str]]:
    body = b"".join(response).decode("utf-8")
    return list(csv.reader(io.StringIO(body)))


def xlsx_rows(response) -> list[list]:
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


@pytest.fixture
def finished_group(db):
    """Three members, four sessions all in the past (tests travel to after them); session 4 cancelled."""
    cohort, enrollments = cohort_with_members(
        members=3, min_sessions_attended=2, cohort_fields={"start": date(2030, 3, 4)}
    )
    names = ["Ada Matrix", "Bo Matrix", "Cy Matrix"]
    for enrollment, name in zip(enrollments, names, strict=True):
        enrollment.member.display_name = name
        enrollment.member.save()
    ada, bo, cy = enrollments
    mark(ada, 1, "present")
    mark(ada, 2, "late")
    mark(ada, 3, "present")
    mark(bo, 1, "absent")
    mark(bo, 2, "excused")
    mark(bo, 3, "left_early")
    mark(cy, 1, "present")
    cohort.sessions.filter(number=4).update(status=SessionStatus.CANCELLED)
    after = cohort.sessions.get(number=4).ends_at + timedelta(days=1)
    return cohort, enrollments, after


def test_the_matrix_shows_marks_rates_turnout_and_the_completion_rule(staff_client, program_staff, finished_group):
    cohort, (ada, bo, cy), after = finished_group
    with signed_in_at(staff_client, program_staff, after):
        response = staff_client.get(report_url(cohort))
    assert response.status_code == HTTPStatus.OK
    matrix = response.context["matrix"]
    rows = {row.name: row for row in matrix.rows}
    assert rows["Ada Matrix"].marks == ["present", "late", "present", ""]
    # Rates: sessions there (present, late, left early) of the 3 held; the cancelled one does not count.
    assert [(rows[n].attended, rows[n].held, rows[n].rate_percent) for n in sorted(rows)] == [
        (3, 3, 100),
        (1, 3, 33),
        (1, 3, 33),
    ]
    # Turnout per session among marked members; the rule counts present and late by default (min 2).
    assert [(c.attended, c.marked) for c in matrix.columns] == [(2, 3), (1, 2), (2, 2), (0, 0)]
    assert [rows[n].completion.meets_rule for n in sorted(rows)] == [True, False, False]
    assert rows["Bo Matrix"].completion.reason == "attended 0 of the required 2"
    html = response.content.decode()
    assert '<svg class="attendance-chart" role="img"' in html and "Session 1: 2 of 3 there (67%)" in html
    assert "Session 4: cancelled" in html
    assert "✓" in html and "Left early" in html
    assert f'href="/admin/attendance/sessions/{cohort.sessions.get(number=1).pk}/"' in html


def test_csv_and_xlsx_exports_hold_the_same_matrix(staff_client, program_staff, finished_group):
    cohort, _, after = finished_group
    with signed_in_at(staff_client, program_staff, after):
        csv_response = staff_client.get(report_url(cohort, "csv"))
        xlsx_response = staff_client.get(report_url(cohort, "xlsx"))
    rows = csv_rows(csv_response)
    first, second = cohort.sessions.order_by("number")[:2]
    assert rows[0][:4] == [
        "Member",
        "Relationship",
        f"Session 1 ({local_date(in_zone(first.starts_at, cohort.time_zone))})",
        f"Session 2 ({local_date(in_zone(second.starts_at, cohort.time_zone))})",
    ]
    assert rows[0][-2:] == ["Workshop", "Cohort"]
    ada = next(row for row in rows if row[0] == "Ada Matrix")
    assert ada[2:6] == ["Present", "Late", "Present", ""]
    assert ada[-7:-2] == ["3", "3", "100", "Yes", "attended 3 of the required 2; meets the rule"]
    assert ada[-2:] == [cohort.workshop.title, cohort.name]
    assert rows[-1][:5] == ["Turnout (members there)", "", "2", "1", "2"]
    sheet = xlsx_rows(xlsx_response)
    assert [str(cell) if cell is not None else "" for cell in sheet[0]] == rows[0]
    assert next(row for row in sheet if row[0] == "Ada Matrix")[2:5] == ["Present", "Late", "Present"]
    assert openpyxl.load_workbook(io.BytesIO(_xlsx_bytes(staff_client, program_staff, cohort))).sheetnames == [
        cohort.name
    ]
    for response in (csv_response, xlsx_response):
        disposition = response["Content-Disposition"]
        assert f"attendance-cohort-{cohort.pk}-" in disposition
        assert not any(word in disposition.lower() for word in FORBIDDEN_WORDS)


def test_a_formula_name_is_inert_text_in_csv_and_xlsx(staff_client, program_staff):
    """A member named =HYPERLINK(...) is exported with a leading apostrophe: text, not a formula."""
    name = '=HYPERLINK("http://x","y")'
    cohort, (enrollment,) = cohort_with_members(members=1)
    enrollment.member.display_name = name
    enrollment.member.save()
    with signed_in_at(staff_client, program_staff, cohort.sessions.get(number=1).starts_at):
        rows = csv_rows(staff_client.get(report_url(cohort, "csv")))
        sheet = xlsx_rows(staff_client.get(report_url(cohort, "xlsx")))
    assert rows[1][0] == "'" + name
    assert sheet[1][0] == "'" + name
    workbook = openpyxl.load_workbook(io.BytesIO(_xlsx_bytes(staff_client, program_staff, cohort)))
    assert workbook.active["A2"].data_type == "s"


def _xlsx_bytes(client, user, cohort) -> bytes:
    with signed_in_at(client, user, cohort.sessions.get(number=1).starts_at):
        return b"".join(client.get(report_url(cohort, "xlsx")))


def test_every_payload_of_the_injection_corpus_is_neutralised(staff_client, program_staff):
    """Names from tests/corpora/csv_injection_payloads.txt never start a cell with a formula character."""
    payloads = read_corpus("csv_injection_payloads.txt")
    cohort, enrollments = cohort_with_members(members=len(payloads))
    for enrollment, payload in zip(enrollments, payloads, strict=True):
        enrollment.member.display_name = payload
        enrollment.member.save()
    with signed_in_at(staff_client, program_staff, cohort.sessions.get(number=1).starts_at):
        rows = csv_rows(staff_client.get(report_url(cohort, "csv")))
        sheet = xlsx_rows(staff_client.get(report_url(cohort, "xlsx")))
    exported = {row[0] for row in rows[1:-1]}
    assert {neutralise(p) for p in payloads} == exported
    for cell in exported | {row[0] for row in sheet[1:-1]}:
        assert not cell.lstrip().startswith(FORMULA_STARTS), cell
        assert cell.lstrip("'") in payloads


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("  =1", "'  =1"),
        ("＝1", "'＝1"),
        ("Robin", "Robin"),
        ("", ""),
        (3, 3),
    ],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_control_characters_do_not_break_the_xlsx_export(staff_client, program_staff):
    cohort, (enrollment,) = cohort_with_members(members=1)
    enrollment.member.display_name = "Bell\x07 Name"
    enrollment.member.save()
    with signed_in_at(staff_client, program_staff, cohort.sessions.get(number=1).starts_at):
        response = staff_client.get(report_url(cohort, "xlsx"))
    assert response.status_code == HTTPStatus.OK
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response)))
    assert workbook.active["A2"].value == "Bell Name"


def test_the_program_report_gives_the_rate_per_cohort_for_a_date_range(staff_client, program_staff, finished_group):
    cohort, _, after = finished_group
    other, (dee,) = cohort_with_members(members=1, cohort_fields={"start": date(2030, 3, 4)})
    mark(dee, 1, "absent")
    first = cohort.sessions.get(number=1).starts_at.date()
    with signed_in_at(staff_client, program_staff, after):
        response = staff_client.get(f"/admin/attendance/report/?start={first}&end={first + timedelta(days=8)}")
        rates = {rate.cohort.pk: rate for rate in response.context["rates"]}
        # Sessions 1 and 2 of each cohort fall in the range.
        assert (rates[cohort.pk].sessions, rates[cohort.pk].marks, rates[cohort.pk].attended) == (2, 5, 3)
        assert rates[cohort.pk].rate_percent == 60
        assert (rates[other.pk].marks, rates[other.pk].rate_percent) == (1, 0)
        rows = csv_rows(staff_client.get(f"/admin/attendance/report/?start={first}&end={first}&export=csv"))
    assert rows[0] == [
        "Workshop",
        "Cohort",
        "Sessions held",
        "Marks recorded",
        "Marks present, late or left early",
        "Attendance rate (%)",
    ]
    assert sorted(row[3] for row in rows[1:]) == ["1", "3"]


def test_the_program_report_counts_only_sessions_that_have_happened(staff_client, program_staff):
    cohort, (ann,) = cohort_with_members(members=1)
    start = cohort.sessions.get(number=1).starts_at
    with signed_in_at(staff_client, program_staff, start - timedelta(days=1)):
        response = staff_client.get(f"/admin/attendance/report/?start={start.date()}&end={start.date()}")
    assert response.context["rates"] == []
    assert "No sessions in these dates." in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ["?start=2030-03-10&end=2030-03-01", "?start=not-a-date&end=2030-03-01", "?start=&end=2030-03-01"],
)
def test_a_bad_date_range_is_a_400_with_a_message(staff_client, query):
    response = staff_client.get("/admin/attendance/report/" + query)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert response.context["form"].errors


def test_the_program_report_shows_a_facilitator_only_their_cohorts(client, finished_group):
    from tests.factories import ClinicianFactory

    cohort, _, after = finished_group
    theirs, (dee,) = cohort_with_members(members=1, cohort_fields={"start": date(2030, 3, 4)})
    mark(dee, 1, "present")
    facilitator = ClinicianFactory()
    theirs.facilitators.add(facilitator)
    with time_machine.travel(after, tick=False):
        client.force_login(facilitator)
        response = client.get("/admin/attendance/report/?start=2030-01-01&end=2030-12-31")
    assert [rate.cohort.pk for rate in response.context["rates"]] == [theirs.pk]


def test_attendance_notes_stay_on_the_sheet_and_never_leave_in_an_export(staff_client, program_staff):
    """A note staff write about someone's attendance is for the team on the sheet; the files that
    leave Kinship (CSV, XLSX, the program-wide report) carry marks and rates only."""
    cohort, (enrollment,) = cohort_with_members(members=1)
    first = cohort.sessions.get(number=1)
    mark(enrollment, 1, "left_early", note="Left upset after the relapse talk")
    day = first.starts_at.date()
    with signed_in_at(staff_client, program_staff, first.ends_at + timedelta(hours=1)):
        sheet_page = staff_client.get(f"/admin/attendance/sessions/{first.pk}/").content.decode()
        matrix_csv = csv_rows(staff_client.get(report_url(cohort, "csv")))
        matrix_xlsx = xlsx_rows(staff_client.get(report_url(cohort, "xlsx")))
        program_csv = csv_rows(staff_client.get(f"/admin/attendance/report/?start={day}&end={day}&export=csv"))
    assert "Left upset after the relapse talk" in sheet_page
    for rows in (matrix_csv, matrix_xlsx):
        cells = [str(cell) for row in rows for cell in row if cell is not None]
        assert "Left early" in cells
        assert not any("upset" in cell for cell in cells)
    assert len(program_csv) > 1 and not any("upset" in cell for row in program_csv for cell in row)
