"""Program staff take attendance for today's session in a real Chromium, during the call: mark
everyone present, change the exception, save; then export the cohort's report as CSV and XLSX."""

import csv
import io
import re
from pathlib import Path

import openpyxl
from playwright.sync_api import Page, expect

from tests.factories import DEFAULT_PASSWORD, ProgramStaffFactory, UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop, started_earlier_today
from workshops.models import AttendanceRecord

ZONE = "America/New_York"


def sign_in(page: Page, email: str, next_url: str) -> None:
    page.goto(f"/accounts/login/?next={next_url}")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def test_staff_mark_todays_session_save_reload_and_export(page: Page, live_server):
    today, started = started_earlier_today(ZONE)
    workshop = make_workshop(sessions=3, title="Talking at Home")
    cohort = make_cohort(
        workshop, name="Today group", start=today, weekday=today.weekday(), local_start_time=started, time_zone=ZONE
    )
    names = ["Avery Present", "Blake Absent", "Casey Present"]
    enrollments = {name: enroll(cohort, UserFactory(display_name=name)) for name in names}
    staff = ProgramStaffFactory(email="pat@example.org", time_zone=ZONE)

    # Today's session is first on the Attendance screen.
    sign_in(page, staff.email, "/admin/attendance/")
    page.get_by_role("link", name="Take attendance: Today group, session 1").click()
    expect(page.get_by_text("Check-in code", exact=True)).to_be_visible()

    # Everyone present in one click (no page load), then the exception, with a note.
    page.get_by_role("link", name="Mark all present").click()
    for name in names:
        expect(page.get_by_role("group", name=f"Mark for {name}").get_by_label("Present")).to_be_checked()
    page.get_by_role("group", name="Mark for Blake Absent").get_by_label("Absent").check()
    page.get_by_label("Note for Blake Absent").fill("Phoned: unwell")
    expect(page.get_by_text("You have changes that are not saved yet.")).to_be_visible()
    page.get_by_role("button", name="Save attendance").click()
    expect(page.get_by_text("Attendance saved: 3 changed.")).to_be_visible()

    page.reload()
    expect(page.get_by_role("group", name="Mark for Blake Absent").get_by_label("Absent")).to_be_checked()
    expect(page.get_by_label("Note for Blake Absent")).to_have_value("Phoned: unwell")
    expect(page.get_by_role("group", name="Mark for Avery Present").get_by_label("Present")).to_be_checked()
    session = cohort.sessions.get(number=1)
    assert AttendanceRecord.objects.get(session=session, enrollment=enrollments["Blake Absent"]).status == "absent"

    # The cohort report, exported and read back.
    page.get_by_role("link", name="See the whole cohort's attendance").click()
    expect(page.get_by_role("img", name="Turnout per session")).to_be_visible()
    with page.expect_download() as csv_download:
        page.get_by_role("link", name="Download CSV").click()
    assert re.fullmatch(rf"attendance-cohort-{cohort.pk}-[\d-]+\.csv", csv_download.value.suggested_filename)
    with Path(csv_download.value.path()).open(encoding="utf-8", newline="") as handle:
        rows = {row[0]: row for row in csv.reader(handle)}
    assert rows["Blake Absent"][2] == "Absent" and rows["Avery Present"][2] == "Present"

    with page.expect_download() as xlsx_download:
        page.get_by_role("link", name="Download XLSX").click()
    assert xlsx_download.value.suggested_filename.endswith(".xlsx")
    # Playwright keeps downloads under a name without an extension, which openpyxl refuses.
    sheet = openpyxl.load_workbook(io.BytesIO(Path(xlsx_download.value.path()).read_bytes())).active
    by_name = {row[0]: row for row in sheet.iter_rows(values_only=True)}
    assert by_name["Blake Absent"][2] == "Absent" and by_name["Casey Present"][2] == "Present"
    # The heading carries the session's date; the tab is named after the group.
    assert sheet["C1"].value.startswith("Session 1 (") and sheet.title == cohort.name[:31]


def test_the_sheet_is_usable_by_keyboard_alone(page: Page, live_server):
    """Tab to a row's marks, choose with the arrow keys, tab on to the note, and save with Enter."""
    today, started = started_earlier_today(ZONE)
    cohort = make_cohort(
        make_workshop(sessions=2), start=today, weekday=today.weekday(), local_start_time=started, time_zone=ZONE
    )
    enrollment = enroll(cohort, UserFactory(display_name="Dana Keys"))
    staff = ProgramStaffFactory(time_zone=ZONE)
    session = cohort.sessions.get(number=1)
    sign_in(page, staff.email, f"/admin/attendance/sessions/{session.pk}/")

    page.get_by_role("group", name="Mark for Dana Keys").get_by_label("Present").focus()
    page.keyboard.press("Space")
    page.keyboard.press("ArrowRight")  # Present -> Late
    expect(page.get_by_role("group", name="Mark for Dana Keys").get_by_label("Late")).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Note for Dana Keys")).to_be_focused()
    page.keyboard.type("Bus was late")
    page.keyboard.press("Enter")  # submits the form
    expect(page.get_by_text("Attendance saved: 1 changed.")).to_be_visible()
    record = AttendanceRecord.objects.get(enrollment=enrollment)
    assert (record.status, record.note) == ("late", "Bus was late")
