"""Keyboard only, with focus visible at every stop: a family member joins a group from the
workshop page, and staff take a session's attendance."""

from playwright.sync_api import Page, expect

from tests.e2e.keyboard import focused, id_is, tab_to, text_is
from tests.factories import DEFAULT_PASSWORD, ProgramStaffFactory, UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop, started_earlier_today
from workshops.models import AttendanceRecord, Enrollment, EnrollmentStatus


def sign_in(page: Page, email: str, next_url: str) -> None:
    page.goto(f"/accounts/login/?next={next_url}")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def test_a_member_joins_a_group_with_tab_shift_tab_enter_and_space(page: Page, live_server):
    workshop = make_workshop(sessions=3, title="Talking at Home")
    workshop.save_revision().publish()
    cohort = make_cohort(workshop, name="Monday evening group", capacity=6)
    member = UserFactory(email="robin@example.org", display_name="Robin")
    sign_in(page, member.email, workshop.url)
    expect(page.get_by_role("heading", level=1, name="Talking at Home")).to_be_visible()

    # From the top of the workshop page to the group's Join link.
    tab_to(page, text_is("Join this group (Monday evening group)"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1, name="Join “Monday evening group”")).to_be_visible()

    # The relationship: Tab enters the radio group on its first choice, Space picks it.
    state = tab_to(page, lambda s: s["type"] == "radio")
    assert state["text"] == "Parent"
    page.keyboard.press("Space")
    expect(page.get_by_label("Parent", exact=True)).to_be_checked()

    # The confidentiality agreement, then one stop too far (Cancel) and back to the button.
    tab_to(page, lambda s: s["type"] == "checkbox")
    page.keyboard.press("Space")
    expect(page.get_by_label("I agree to keep what the group shares private.")).to_be_checked()
    tab_to(page, text_is("Cancel"))
    tab_to(page, text_is("Join the group"), backwards=True)
    page.keyboard.press("Enter")

    expect(page.get_by_text("You are in the group.")).to_be_visible()
    enrollment = Enrollment.objects.get(member=member, cohort=cohort)
    assert enrollment.status == EnrollmentStatus.ENROLLED and enrollment.relationship == "parent"
    assert enrollment.confidentiality_acknowledged_at is not None


def test_staff_take_attendance_by_keyboard(page: Page, live_server):
    zone = "America/New_York"
    today, started = started_earlier_today(zone)
    cohort = make_cohort(
        make_workshop(sessions=2), start=today, weekday=today.weekday(), local_start_time=started, time_zone=zone
    )
    names = ["Avery Keys", "Blake Keys", "Casey Keys"]
    enrollments = {name: enroll(cohort, UserFactory(display_name=name)) for name in names}
    session = cohort.sessions.get(number=1)
    sign_in(page, ProgramStaffFactory(time_zone=zone).email, f"/admin/attendance/sessions/{session.pk}/")
    expect(page.get_by_text("Check-in code", exact=True)).to_be_visible()

    # "Mark all present" is a link: Enter activates it (marks every row at once, no page load).
    tab_to(page, text_is("Mark all present"), limit=120)
    page.keyboard.press("Enter")
    for name in names:
        expect(page.get_by_role("group", name=f"Mark for {name}").get_by_label("Present")).to_be_checked()

    # Blake's row: Tab reaches the checked mark (Present); the arrow keys move within the marks.
    blake = enrollments["Blake Keys"].pk
    tab_to(page, id_is(f"status-{blake}-present"))
    for _ in range(5):
        if focused(page)["id"] == f"status-{blake}-absent":
            break
        page.keyboard.press("ArrowRight")
    expect(page.get_by_role("group", name="Mark for Blake Keys").get_by_label("Absent")).to_be_checked()
    tab_to(page, id_is(f"note-{blake}"))
    page.keyboard.type("Phoned: unwell")

    # On to the Save button and press it.
    tab_to(page, text_is("Save attendance"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Attendance saved: 3 changed.")).to_be_visible()
    marks = {r.enrollment_id: (r.status, r.note) for r in AttendanceRecord.objects.filter(session=session)}
    assert marks[blake] == ("absent", "Phoned: unwell")
    assert marks[enrollments["Avery Keys"].pk] == ("present", "")
    assert marks[enrollments["Casey Keys"].pk] == ("present", "")


def test_the_focus_check_fails_where_focus_is_hidden(page: Page):
    """Test the test: a button whose focus ring is styled away stops the walk."""
    page.set_content(
        "<!DOCTYPE html><html lang='en'><head><title>T</title><style>.bare:focus { outline: none; }</style></head>"
        "<body><button>Shown</button><button class='bare'>Hidden ring</button></body></html>"
    )
    assert tab_to(page, text_is("Shown"))["outline"]
    try:
        tab_to(page, text_is("Hidden ring"))
    except AssertionError as error:
        assert "focus is not visible" in str(error)
    else:
        raise AssertionError("a focus without any visible indicator was accepted")
