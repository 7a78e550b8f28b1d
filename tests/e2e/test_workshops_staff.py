"""Program staff run a cohort in the Wagtail admin, in a real Chromium: create it from a workshop,
generate its sessions, approve a member's pending request."""

import re

from playwright.sync_api import Page, expect

from tests.e2e.admin_forms import fill_without_picker
from tests.factories import DEFAULT_PASSWORD, ClinicianFactory, ProgramStaffFactory, UserFactory
from tests.workshops.builders import make_cohort, make_workshop
from workshops import services
from workshops.models import Cohort, EnrollmentStatus


def sign_in(page: Page, email: str, next_url: str) -> None:
    page.goto(f"/accounts/login/?next={next_url}")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def test_staff_create_a_cohort_generate_sessions_and_approve_a_member(page: Page, live_server):
    staff = ProgramStaffFactory(email="pat@example.org")
    ClinicianFactory(display_name="Dr. Ames")
    workshop = make_workshop(sessions=3, title="Talking at Home")
    workshop.save_revision().publish()

    # From the workshop: "New cohort" preselects it.
    sign_in(page, staff.email, f"/admin/cohorts/new/?workshop={workshop.pk}")
    # Wagtail labels each field through its panel heading; the field ids are the stable handle.
    expect(page.locator("#id_workshop")).to_have_value(str(workshop.pk))
    page.locator("#id_name").fill("Thursday evening group")
    page.locator("#id_status").select_option("open")
    page.get_by_label("Dr. Ames").check()
    page.locator("#id_time_zone").select_option("America/Chicago")
    fill_without_picker(page, "#id_first_session_on", "2030-03-04")
    page.locator("#id_weekday").select_option(label="Thursday")
    fill_without_picker(page, "#id_local_start_time", "18:30")
    page.locator("#id_capacity").fill("8")
    page.locator("#id_requires_approval").check()
    page.locator("#id_meeting_url").fill("https://meet.example.org/thursday")
    page.get_by_role("button", name="Create").click()

    # Straight on to its sessions: generate them from the weekly schedule.
    expect(page).to_have_url(re.compile(r"/admin/cohorts/sessions/\d+/$"))
    page.get_by_role("button", name="Generate sessions").click()
    expect(page.get_by_text("3 sessions are scheduled.")).to_be_visible()
    rows = page.locator("table.listing tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.first).to_contain_text("Thursday, March 7, 2030, 6:30 PM")
    cohort = Cohort.objects.get(name="Thursday evening group")
    assert cohort.requires_approval and cohort.sessions.count() == 3

    # A family member asks to join; staff approve on the Members screen.
    member = UserFactory(email="robin@example.org", display_name="Robin")
    services.enrollment_create(
        cohort_id=cohort.pk, member=member, relationship="partner", confidentiality_acknowledged=True
    )
    page.get_by_role("link", name="Members").first.click()
    pending = page.locator("#pending-table")
    expect(pending).to_contain_text("robin@example.org")
    expect(pending).to_contain_text("Partner or spouse")
    pending.get_by_role("button", name="Approve").click()
    expect(page.get_by_text("Approved. The member gets an email with the dates.")).to_be_visible()
    expect(page.locator("#enrolled-table")).to_contain_text("robin@example.org")
    assert member.workshop_enrollments.get().status == EnrollmentStatus.ENROLLED


def test_a_sessions_actions_line_up_on_the_sessions_tab(page: Page, live_server):
    """Attendance, Reschedule and Cancel session sit in one row or start at one left edge when
    they wrap: none pushed in by the margin Wagtail puts between neighbouring buttons."""
    staff = ProgramStaffFactory(email="pat@example.org")
    cohort = make_cohort(make_workshop(sessions=2))
    page.set_viewport_size({"width": 1280, "height": 800})
    sign_in(page, staff.email, f"/admin/cohorts/sessions/{cohort.pk}/")
    expect(page.get_by_role("link", name="Reschedule").first).to_be_visible()
    boxes = [button.bounding_box() for button in page.locator("tbody tr").first.locator(".button").all()]
    assert len(boxes) == 3
    for before, box in zip(boxes, boxes[1:], strict=False):
        same_row = round(box["y"]) == round(before["y"])
        assert same_row or round(box["x"]) == round(boxes[0]["x"]), boxes  # a new row starts at the edge
