"""The three whole journeys in Chromium, one test each: a family member from a first anonymous
lesson to a verified certificate; clinicians from a draft to a published lesson; program staff
from a new cohort to a revoked certificate. Steps covered in depth elsewhere are walked, not
re-examined, here; what matters is that each journey goes through end to end."""

import re
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from learning.models import LessonCompletion, LessonPage
from tests.e2e.admin_forms import fill_without_picker
from tests.e2e.test_learning_clinician import add_block, log_in
from tests.e2e.test_learning_member import sign_up_and_log_in
from tests.factories import DEFAULT_PASSWORD, ClinicianFactory, ProgramStaffFactory, UserFactory
from tests.learning.builders import knowledge_check, make_module, paragraph
from tests.workshops.builders import make_cohort, make_workshop, move_sessions_into_the_past
from workshops import services
from workshops.certificates import services as certificate_services
from workshops.models import Certificate, Cohort, CohortStatus, Enrollment, EnrollmentStatus, SessionStatus


def sign_in(page: Page, email: str, next_url: str) -> None:
    page.goto(f"/accounts/login/?next={next_url}")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def check_code(page: Page, code: str) -> None:
    page.goto("/certificates/verify/")
    page.get_by_label("Certificate code").fill(code)
    page.get_by_role("button", name="Check").click()


def test_family_member_from_a_first_lesson_to_a_verified_certificate(
    page: Page, browser: Browser, live_server, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    module, lessons = make_module(
        title="Understanding Addiction", lessons=2, body=[paragraph("Addiction is a health condition.")]
    )
    workshop = make_workshop(sessions=2, title="Talking at Home", min_sessions_attended=1)
    workshop.save_revision().publish()
    cohort = make_cohort(workshop, name="Monday evening group", capacity=6)
    staff = ProgramStaffFactory(email="pat@example.org")

    # Anonymous: read the first lesson and finish it.
    page.goto(lessons[0].url)
    expect(page.get_by_text("Addiction is a health condition.")).to_be_visible()
    page.get_by_role("button", name="Mark complete and go to the next lesson").click()
    expect(page.get_by_text("Understanding Addiction: 1 of 2 lessons done").first).to_be_visible()

    # Sign up, confirming the email from the mailbox; the progress comes along; finish the module.
    sign_up_and_log_in(page, live_server, "robin@example.org")
    member = get_user_model().objects.get(email="robin@example.org")
    page.goto(lessons[1].url)
    page.get_by_role("button", name="Mark lesson complete").click()
    # The module's last lesson leads to its "module complete" page, with a workshop to join next.
    expect(page.get_by_role("heading", name="Module complete", level=1)).to_be_visible()
    expect(page.get_by_role("link", name="Talking at Home").first).to_be_visible()
    page.goto(module.url)
    expect(page.get_by_text("You finished this module. Well done.")).to_be_visible()
    assert LessonCompletion.objects.filter(user=member).count() == 2

    # Join a group from the workshop page.
    page.goto(workshop.url)
    page.get_by_role("link", name=re.compile(r"Join this group\s+\(Monday evening group\)")).click()
    page.get_by_role("group", name="How are you related to your loved one?").get_by_label("Parent").check()
    page.get_by_label("I agree to keep what the group shares private.").check()
    page.get_by_role("button", name="Join the group").click()
    expect(page.get_by_text("You are in the group.")).to_be_visible()
    enrollment = Enrollment.objects.get(member=member, cohort=cohort)
    assert enrollment.status == EnrollmentStatus.ENROLLED

    # The first session is starting now.
    session = cohort.sessions.get(number=1)
    now = timezone.now()
    session.starts_at, session.ends_at = now - timedelta(minutes=5), now + timedelta(minutes=85)
    session.save()

    # Staff open the attendance sheet and read the check-in code aloud.
    staff_context = browser.new_context(base_url=live_server.url, locale="en-US")
    staff_page = staff_context.new_page()
    sign_in(staff_page, staff.email, f"/admin/attendance/sessions/{session.pk}/")
    code = staff_page.locator(".attendance-code__value").inner_text().strip()
    assert re.fullmatch(r"[\d ]+", code)

    # The member opens the session from /me/ and checks in with that code.
    page.goto("/me/")
    page.locator("section[aria-labelledby='workshops-heading']").get_by_role(
        "link", name="Session title 1", exact=True
    ).click()
    expect(page.get_by_role("heading", level=1, name="Session title 1")).to_be_visible()
    page.get_by_label("Check-in code").fill(code)
    page.get_by_role("button", name="Check in").click()
    expect(page.get_by_text("You are checked in. Welcome!")).to_be_visible()

    # Staff accept the check-in as present and save; the group ends and certificates are issued.
    staff_page.reload()
    staff_page.get_by_role("button", name=re.compile(r"Accept: Present")).click()
    staff_page.get_by_role("button", name="Save attendance").click()
    expect(staff_page.get_by_text("Attendance saved: 1 changed.")).to_be_visible()
    staff_context.close()
    # The group's other sessions were cancelled, so it can be finished today.
    cohort.sessions.filter(starts_at__gt=timezone.now()).update(status=SessionStatus.CANCELLED)
    Cohort.objects.filter(pk=cohort.pk).update(status=CohortStatus.FINISHED)
    assert certificate_services.cohort_finished(cohort_id=cohort.pk, by=staff).issued == 1

    # The member downloads the PDF from /me/.
    page.goto("/me/")
    panel = page.locator("section[aria-labelledby='certificates']")
    with page.expect_download() as download_info:
        panel.get_by_role("link", name=re.compile("Download PDF")).click()
    assert Path(download_info.value.path()).read_bytes().startswith(b"%PDF")

    # Anyone checking its code sees it valid.
    check_code(page, Certificate.objects.get(enrollment=enrollment).code)
    expect(page.get_by_text("Valid certificate")).to_be_visible()


def test_clinicians_draft_review_and_publish_a_lesson(page: Page, browser: Browser, live_server):
    author = ClinicianFactory(email="author@example.org")
    ClinicianFactory(email="reviewer@example.org")
    module, _ = make_module(title="Enabling", lessons=0)

    # The author drafts a lesson and saves it: nothing is public yet.
    log_in(page, author.email)
    page.goto(f"/admin/pages/add/learning/lessonpage/{module.pk}/")
    page.locator("#id_title").fill("Natural consequences")
    add_block(page, "Quote")
    page.locator("[name$='-value-text']").fill("I stopped paying his phone bill, and he called me more.")
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("Page 'Natural consequences' created.")).to_be_visible()
    lesson = LessonPage.objects.get(title="Natural consequences")
    assert not lesson.live

    # ...adds a knowledge check, and submits it to clinical review.
    add_block(page, "Knowledge check")
    question = knowledge_check()["value"]
    page.locator("[name$='-value-question']").fill(question["question"])
    for index, option in enumerate(question["options"]):
        page.locator(f"[name$='-value-options-{index}-value-text']").fill(option["value"]["text"])
        page.locator(f"[name$='-value-options-{index}-value-feedback']").fill(option["value"]["feedback"])
    page.locator("[name$='-value-options-1-value-correct']").check()
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    page.get_by_role("button", name="Submit to Clinical review").click()
    expect(page.get_by_text("submitted for moderation", exact=False).first).to_be_visible()

    # A colleague approves it, which publishes it.
    log_in(page, "reviewer@example.org")
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    page.get_by_role("button", name="Approve", exact=True).click()
    expect(page.get_by_text("has been updated", exact=False).first).to_be_visible()
    lesson.refresh_from_db()
    assert lesson.live

    # A visitor finds it in the module and reads it.
    visitor_context = browser.new_context(base_url=live_server.url, locale="en-US")
    visitor = visitor_context.new_page()
    visitor.goto(module.url)
    visitor.get_by_role("link", name=re.compile("Natural consequences")).first.click()
    expect(visitor.get_by_role("heading", level=1, name="Natural consequences")).to_be_visible()
    expect(visitor.get_by_text("I stopped paying his phone bill, and he called me more.")).to_be_visible()
    expect(visitor.get_by_text(question["question"])).to_be_visible()
    visitor_context.close()


def test_program_staff_from_a_new_cohort_to_a_revoked_certificate(page: Page, live_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    staff = ProgramStaffFactory(email="pat@example.org")
    workshop = make_workshop(sessions=2, title="Talking at Home", min_sessions_attended=2)
    workshop.save_revision().publish()

    # A new cohort of the workshop, which needs approval to join.
    sign_in(page, staff.email, f"/admin/cohorts/new/?workshop={workshop.pk}")
    page.locator("#id_name").fill("Thursday evening group")
    page.locator("#id_status").select_option("open")
    page.locator("#id_time_zone").select_option("America/Chicago")
    fill_without_picker(page, "#id_first_session_on", "2030-03-04")
    page.locator("#id_weekday").select_option(label="Thursday")
    fill_without_picker(page, "#id_local_start_time", "18:30")
    page.locator("#id_capacity").fill("8")
    page.locator("#id_requires_approval").check()
    page.locator("#id_meeting_url").fill("https://meet.example.org/thursday")
    page.get_by_role("button", name="Create").click()

    # Its sessions, generated from the weekly schedule.
    page.get_by_role("button", name="Generate sessions").click()
    expect(page.get_by_text("2 sessions are scheduled.")).to_be_visible()
    cohort = Cohort.objects.get(name="Thursday evening group")

    # Two family members ask to join; staff approve both.
    members = [UserFactory(display_name="Robin Reyes"), UserFactory(display_name="Sam Soto")]
    for member in members:
        services.enrollment_create(
            cohort_id=cohort.pk, member=member, relationship="partner", confidentiality_acknowledged=True
        )
    page.get_by_role("link", name="Members").first.click()
    for member in members:
        page.locator("#pending-table").get_by_role("button", name=f"Approve {member.email}").click()
        expect(page.get_by_text("Approved. The member gets an email with the dates.")).to_be_visible()
    expect(page.locator("#enrolled-table")).to_contain_text(members[1].email)

    # The group meets (its sessions now lie in the past); attendance for both: everyone present.
    move_sessions_into_the_past(cohort)
    for session in cohort.sessions.order_by("number"):
        page.goto(f"/admin/attendance/sessions/{session.pk}/")
        page.get_by_role("link", name="Mark all present").click()
        page.get_by_role("button", name="Save attendance").click()
        expect(page.get_by_text("Attendance saved: 2 changed.")).to_be_visible()

    # The group is finished: marking it so issues the certificates.
    page.goto(f"/admin/cohorts/edit/{cohort.pk}/")
    page.locator("#id_status").select_option("finished")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("2 certificates are being prepared.")).to_be_visible()
    page.goto(f"/admin/certificates/cohort/{cohort.pk}/")
    expect(page.locator("#certificate-progress")).to_contain_text("2 issued · 0 being prepared · 0 failed")

    # One was issued to the wrong person: revoke it with a reason.
    revoked = Certificate.objects.get(enrollment__member=members[1])
    page.goto(f"/admin/certificates/cohort/{cohort.pk}/{revoked.pk}/")
    page.get_by_label("Reason").fill("Attendance was recorded for the wrong person")
    page.get_by_role("button", name="Revoke certificate").click()
    expect(page.locator("#certificate-status")).to_contain_text("Revoked")

    # Verification: the revoked one says so; the other stays valid.
    page.context.clear_cookies()
    check_code(page, revoked.code)
    expect(page.get_by_text(re.compile(r"Revoked on"))).to_be_visible()
    check_code(page, Certificate.objects.get(enrollment__member=members[0]).code)
    expect(page.get_by_text("Valid certificate")).to_be_visible()
