"""Certificates end to end in Chromium: staff issue them for a finished cohort, the member
downloads the PDF from /me/, a verifier sees it valid, staff revoke it, the verifier sees that."""

import io
import re

from playwright.sync_api import Browser, Page, expect
from pypdf import PdfReader

from tests.factories import DEFAULT_PASSWORD, ProgramStaffFactory, UserFactory
from tests.workshops.builders import enroll
from tests.workshops.certificates.helpers import finished_cohort
from workshops.models import AttendanceRecord, Certificate


def sign_in(page: Page, email: str, next_url: str) -> None:
    page.goto(f"/accounts/login/?next={next_url}")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def test_issue_download_verify_revoke(page: Page, browser: Browser, live_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    staff = ProgramStaffFactory(email="pat@example.org")
    member = UserFactory(email="zoe@example.org", display_name="Zoë Ñúñez-O'Brien")
    cohort, _ = finished_cohort(attended=[1], names=["Not There Enough"])
    enrollment = enroll(cohort, member)
    AttendanceRecord.objects.bulk_create(
        AttendanceRecord(session=s, enrollment=enrollment, status="present") for s in cohort.sessions.all()
    )

    # Staff: the cohort's Certificates page shows who is eligible and why not, then issues.
    sign_in(page, staff.email, f"/admin/certificates/cohort/{cohort.pk}/")
    table = page.locator("#certificates-table")
    expect(table).to_contain_text("attended 1 of the required 3")
    page.get_by_role("button", name="Issue certificates").click()
    expect(page.get_by_text("1 certificate is being prepared.")).to_be_visible()
    expect(page.locator("#certificate-progress")).to_contain_text("1 issued · 0 being prepared · 0 failed")
    certificate = Certificate.objects.get()

    # The member downloads the PDF from /me/.
    member_context = browser.new_context(base_url=live_server.url, locale="en-US")
    member_page = member_context.new_page()
    sign_in(member_page, member.email, "/me/")
    panel = member_page.locator("section[aria-labelledby='certificates']")
    expect(panel).to_contain_text("Family Skills Series")
    with member_page.expect_download() as download_info:
        panel.get_by_role("link", name=re.compile("Download PDF")).click()
    download = download_info.value
    assert download.suggested_filename == f"kinship-certificate-{certificate.code[:4]}.pdf"
    text = PdfReader(io.BytesIO(open(download.path(), "rb").read())).pages[0].extract_text()  # noqa: SIM115
    assert "Zoë Ñúñez-O'Brien" in text and "Family Skills Series" in text

    # A verifier types the code (lowercase, dashes) and sees it valid, without the name.
    verifier_context = browser.new_context(base_url=live_server.url, locale="en-US")
    verifier = verifier_context.new_page()
    verifier.goto("/certificates/verify/")
    dashed = "-".join(certificate.code[i : i + 4] for i in range(0, 16, 4)).lower()
    verifier.get_by_label("Certificate code").fill(dashed)
    verifier.get_by_role("button", name="Check").click()
    expect(verifier.get_by_text("Valid certificate")).to_be_visible()
    expect(verifier.locator("main")).not_to_contain_text("Ñúñez")
    verifier.get_by_label("Name printed on the certificate").fill("zoe nunez-o'brien")
    verifier.get_by_role("button", name="Confirm the name").click()
    expect(verifier.get_by_text("The name matches this certificate.")).to_be_visible()

    # Staff revoke it with a reason.
    page.goto(f"/admin/certificates/cohort/{cohort.pk}/{certificate.pk}/")
    page.get_by_label("Reason").fill("Attendance was recorded for the wrong person")
    page.get_by_role("button", name="Revoke certificate").click()
    expect(page.locator("#certificate-status")).to_contain_text("Revoked")

    # The verification page now says revoked, with the date and no reason.
    verifier.goto(f"/certificates/verify/{certificate.code}/")
    expect(verifier.get_by_text(re.compile(r"Revoked on"))).to_be_visible()
    expect(verifier.locator("main")).not_to_contain_text("wrong person")
    # Close the extra browsers before the live server stops, so no request outlives the test.
    member_context.close()
    verifier_context.close()
