"""The promises of issue 'trust', tried as a person would on a phone (390×844).

Each test fails on the code before the fix: Back after Quick exit showed the member's
space, staff could mark future sessions, a cohort could be finished early, and so on.
"""

from datetime import time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect
from wagtail.models import Site

from cms.dates import local_date
from cms.models import SiteSettings
from learning.models import Reflection
from tests.factories import DEFAULT_PASSWORD, ProgramStaffFactory, UserFactory
from tests.learning.builders import make_module, paragraph
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops import services
from workshops.models import AttendanceRecord, Certificate, CohortStatus

PHONE = {"width": 390, "height": 844}
NEUTRAL_PAGE = "<!doctype html><title>Weather</title><p>Sunny</p>"


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": PHONE, "is_mobile": True, "has_touch": True}


def sign_in(page: Page, email: str, next_url: str = "/me/") -> None:
    page.goto(f"/accounts/login/?next={next_url}")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def program_settings() -> SiteSettings:
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def neutral_site(page: Page, live_server):
    """The neutral site lives on our own live server (the network is closed to tests)."""
    url = f"{live_server.url}/neutral-exit/"
    row = program_settings()
    row.quick_exit_url = url
    row.save()
    page.route("**/neutral-exit/", lambda route: route.fulfill(body=NEUTRAL_PAGE, content_type="text/html"))
    return url


# --- 1. Quick exit leaves no trail -----------------------------------------------------------


def test_back_after_quick_exit_shows_nothing_private_and_me_asks_to_sign_in(page: Page, live_server, neutral_site):
    _module, lessons = make_module(title="Talking at home", lessons=2, body=[paragraph("Families are not to blame.")])
    member = UserFactory(display_name="Jordan", email="jordan@example.org")
    Reflection.objects.create(
        user=member, lesson=lessons[0], block_id="rp-1", prompt="What helps?", text="<p>My private thought</p>"
    )
    sign_in(page, member.email)
    expect(page.get_by_text("Welcome back, Jordan")).to_be_visible()
    page.goto(lessons[0].url)
    page.get_by_role("link", name="Quick exit").click()
    expect(page).to_have_url(neutral_site)

    page.go_back()
    page.wait_for_load_state()
    body = page.content()
    assert "Welcome back" not in body
    assert "My private thought" not in body
    assert "/accounts/login/" in page.url

    page.goto("/me/")
    expect(page).to_have_url(f"{live_server.url}/accounts/login/?next=/me/")


def test_quick_exit_is_the_first_tab_stop_with_browse_safely_beside_it(page: Page, live_server, neutral_site):
    page.goto("/learn/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-quick-exit')")
    page.get_by_role("link", name="Browse safely").click()
    expect(page.get_by_role("heading", name="Use a private window")).to_be_visible()
    expect(page.get_by_role("heading", name="Clear your history")).to_be_visible()


def test_quick_exit_signs_out_without_javascript(browser, live_server, neutral_site):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.route("**/neutral-exit/", lambda route: route.fulfill(body=NEUTRAL_PAGE, content_type="text/html"))
    member = UserFactory(display_name="Jordan")
    sign_in(page, member.email)
    page.get_by_role("link", name="Quick exit").click()
    expect(page).to_have_url(neutral_site)
    page.goto("/me/")
    assert "/accounts/login/" in page.url
    context.close()


# --- 2. Attendance and certificates tell the truth ------------------------------------------------


def group_half_way(*, zone: str = "America/New_York"):
    """Four weekly sessions at noon: two held (10 and 3 days ago), two ahead (in 4 and 11 days)."""
    first_day = timezone.localdate(timezone=ZoneInfo(zone)) - timedelta(days=10)
    workshop = make_workshop(sessions=4, min_sessions_attended=2, title="Family Skills")
    cohort = make_cohort(
        workshop,
        name="Half-way group",
        status=CohortStatus.RUNNING,
        start=first_day,
        weekday=first_day.weekday(),
        local_start_time=time(12, 0),
        time_zone=zone,
    )
    enrollment = enroll(cohort, UserFactory(display_name="Robin Reyes"))
    return cohort, enrollment


def test_staff_cannot_mark_a_future_session_present_but_can_record_an_apology(page: Page, live_server):
    cohort, enrollment = group_half_way()
    staff = ProgramStaffFactory(email="pat@example.org")
    coming = cohort.sessions.get(number=3)
    sign_in(page, staff.email, f"/admin/attendance/sessions/{coming.pk}/")
    row = page.get_by_role("group", name="Mark for Robin Reyes")
    row.get_by_label("Present").check()
    page.get_by_role("button", name="Save attendance").click()
    expect(page.get_by_text("This session has not started yet")).to_be_visible()
    assert not AttendanceRecord.objects.filter(session=coming).exists()

    page.goto(f"/admin/attendance/sessions/{coming.pk}/")
    page.get_by_role("group", name="Mark for Robin Reyes").get_by_label("Excused").check()
    page.get_by_role("button", name="Save attendance").click()
    expect(page.get_by_text("Attendance saved: 1 changed.")).to_be_visible()
    assert AttendanceRecord.objects.get(session=coming).status == "excused"


def test_finishing_a_group_with_sessions_ahead_is_refused_then_certificates_tell_the_truth(page: Page, live_server):
    cohort, enrollment = group_half_way()
    AttendanceRecord.objects.bulk_create(
        AttendanceRecord(session=session, enrollment=enrollment, status="present")
        for session in cohort.sessions.filter(number__in=[1, 2])
    )
    staff = ProgramStaffFactory(email="pat@example.org")
    sign_in(page, staff.email, f"/admin/cohorts/edit/{cohort.pk}/")
    page.locator("#id_status").select_option("finished")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Sessions 3, 4 have not happened yet. Cancel or reschedule them")).to_be_visible()
    cohort.refresh_from_db()
    assert cohort.status == CohortStatus.RUNNING
    assert not Certificate.objects.exists()

    # Staff cancel the two sessions ahead; now the group can be finished and certificates issued.
    for session in cohort.sessions.filter(number__in=[3, 4]):
        services.session_cancel(session_id=session.pk, by=staff)
    page.goto(f"/admin/cohorts/edit/{cohort.pk}/")
    page.locator("#id_status").select_option("finished")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("1 certificate is being prepared.")).to_be_visible()

    certificate = Certificate.objects.get()
    last_held = cohort.sessions.get(number=2).starts_at.astimezone(ZoneInfo(cohort.time_zone)).date()
    assert certificate.completed_on == last_held <= certificate.issued_on
    assert (certificate.sessions_attended, certificate.sessions_total) == (2, 2)
    page.goto(f"/certificates/verify/{certificate.code}/")
    expect(page.get_by_text("Valid certificate")).to_be_visible()
    expect(page.locator("main")).to_contain_text(local_date(last_held))


# --- 3. Clinical review with no bypass -----------------------------------------------------------


def test_a_superuser_cannot_make_a_new_lesson_live_without_another_clinicians_approval(page: Page, live_server):
    from learning.models import LessonPage
    from tests.factories import ClinicianFactory

    admin = UserFactory(email="admin@example.org", is_superuser=True, is_staff=True)
    ClinicianFactory(email="reviewer@example.org")
    module, _ = make_module(title="Enabling", lessons=0)

    sign_in(page, admin.email, f"/admin/pages/add/learning/lessonpage/{module.pk}/")
    expect(page.get_by_text("Publish is not offered here")).to_be_visible()
    page.locator("#id_title").fill("Natural consequences")
    page.locator("button.c-sf-add-button").last.click()
    page.get_by_role("option", name="Reflection prompt").click()
    page.locator("[name$='-value-prompt']").fill("What is one bill you could stop paying?")
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    expect(page.get_by_role("button", name="Submit to Clinical review")).to_be_visible()
    assert page.locator("[name='action-publish']").count() == 0
    page.get_by_role("button", name="Submit to Clinical review").click()
    expect(page.get_by_text("submitted for moderation", exact=False).first).to_be_visible()
    lesson = LessonPage.objects.get(title="Natural consequences")
    assert not lesson.live

    # Still no way to publish it, nor to approve their own submission.
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    assert page.locator("[name='action-publish']").count() == 0
    assert page.get_by_role("button", name="Approve").count() == 0
    lesson.refresh_from_db()
    assert not lesson.live

    # Another clinician approves: now it is live.
    page.context.clear_cookies()
    sign_in(page, "reviewer@example.org", f"/admin/pages/{lesson.pk}/edit/")
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    page.get_by_role("button", name="Approve", exact=True).click()
    expect(page.get_by_text("has been updated", exact=False).first).to_be_visible()
    lesson.refresh_from_db()
    assert lesson.live


# --- 4. Never stranded -------------------------------------------------------------------------------


def test_the_verification_page_can_resend_and_every_footer_shows_the_programs_contact(page: Page, live_server):
    from django.core import mail

    row = program_settings()
    row.support_email = "help@family-program.example"
    row.contact_phone = "555 010 2000"
    row.save()

    page.goto("/accounts/signup/")
    page.get_by_label("Email").fill("new@example.org")
    page.get_by_label("Password:", exact=True).fill("a-long-unusual-passphrase-42")
    page.get_by_label("Password (again)").fill("a-long-unusual-passphrase-42")
    page.get_by_label("I have read and accept").check()
    page.get_by_label("Display name").fill("Robin")
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    expect(page.get_by_text("Your reading progress is kept")).to_be_visible()
    footer = page.locator("footer.site-footer")
    expect(footer).to_contain_text("help@family-program.example")
    expect(footer).to_contain_text("555 010 2000")

    sent_before = len(mail.outbox)
    page.locator("main").get_by_label("Your email address").fill("new@example.org")
    page.get_by_role("button", name="Send the email again").click()
    expect(page.get_by_text("If an account with that address is waiting to be confirmed")).to_be_visible()
    assert len(mail.outbox) == sent_before + 1
    assert "new@example.org" in mail.outbox[-1].to

    # The same words for an address nobody signed up with, and no email.
    page.goto("/accounts/verification/resend/")
    page.locator("main").get_by_label("Your email address").fill("nobody@example.org")
    page.get_by_role("button", name="Send the email again").click()
    expect(page.get_by_text("If an account with that address is waiting to be confirmed")).to_be_visible()
    assert len(mail.outbox) == sent_before + 1

    page.get_by_role("link", name="Contact us").first.click()
    expect(page.get_by_role("heading", name="Contact us")).to_be_visible()
    expect(page.locator("main")).to_contain_text("555 010 2000")


# --- 5. Cohorts in the right time ----------------------------------------------------------------------


def test_a_new_cohort_starts_in_the_programs_time_zone(page: Page, live_server):
    row = program_settings()
    row.time_zone = "America/Denver"
    row.save()
    english = make_workshop(title="Family Skills")
    staff = ProgramStaffFactory(email="pat@example.org")
    sign_in(page, staff.email, "/admin/cohorts/new/")
    expect(page.locator("#id_time_zone")).to_have_value("America/Denver")
    # Common zones come first.
    first_options = page.locator("#id_time_zone option").all_inner_texts()[:3]
    assert first_options[0].startswith("Eastern time"), first_options
    # The workshop chooser says each page's language.
    expect(page.locator("#id_workshop")).to_contain_text(f"{english.title} (English)")


# --- 6. Smaller breaks of trust ------------------------------------------------------------------------------


def test_a_mistyped_check_in_code_is_shown_next_to_the_field_and_a_past_session_says_it_ended(page: Page, live_server):
    cohort, enrollment = group_half_way()
    now = timezone.now()
    today = cohort.sessions.get(number=3)
    today.starts_at, today.ends_at = now - timedelta(minutes=5), now + timedelta(minutes=85)
    today.save()
    sign_in(page, enrollment.member.email, f"/workshops/sessions/{today.pk}/")
    page.get_by_label("Check-in code").fill("000000")
    page.get_by_role("button", name="Check in").click()
    expect(page.locator("#check-in-code-error")).to_contain_text("That code does not match")
    expect(page.get_by_label("Check-in code")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_role("heading", level=1)).to_have_text(today.title)

    page.goto(f"/workshops/sessions/{cohort.sessions.get(number=1).pk}/")
    expect(page.get_by_text("This session has ended.")).to_be_visible()
    expect(page.get_by_text("The link to join appears here")).to_have_count(0)
