"""Regenerate the README's screenshots from a running demo site (`make run` in another shell).

    .venv/bin/python docs/make_screenshots.py [--base http://127.0.0.1:8000]

Uses the machine's Chromium (CHROMIUM_PATH or /usr/bin/chromium), never a downloaded browser.
"""

import argparse
import os
from pathlib import Path

import pypdfium2
from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent / "screenshots"
PASSWORD = os.environ.get("DEMO_PASSWORD", "kinship-demo-2026")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def sign_in(page, base: str, email: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_load_state()


def certificate_png(page, path: Path) -> None:
    """The family member's first certificate, its PDF's page rendered to an image."""
    link = page.get_by_role("link", name="Download PDF").first
    pdf = page.request.get(page.url.split("/me/")[0] + link.get_attribute("href")).body()
    document = pypdfium2.PdfDocument(pdf)
    document[0].render(scale=1.5).to_pil().save(path)


def attendance_sheet_png(page, base: str, path: Path) -> None:
    """The sheet of the running demo group's latest session held, as staff see it."""
    page.goto(f"{base}/admin/attendance/")
    page.get_by_role("link", name="Evening group").first.click()
    page.locator("a[href*='/admin/attendance/sessions/']").nth(2).click()  # the third: the latest held
    page.wait_for_load_state()
    page.screenshot(path=path, full_page=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    base = parser.parse_args().base.rstrip("/")
    OUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        phone = browser.new_page(viewport=PHONE, device_scale_factor=2)
        phone.goto(f"{base}/learn/addiction-basics/what-addiction-is/")
        phone.screenshot(path=OUT / "lesson-phone.png")
        phone.goto(f"{base}/learn/")
        phone.screenshot(path=OUT / "library-phone.png")

        desktop = browser.new_page(viewport=DESKTOP)
        desktop.goto(f"{base}/")
        desktop.screenshot(path=OUT / "home.png")
        sign_in(desktop, base, "family@example.org")
        desktop.goto(f"{base}/me/")
        desktop.screenshot(path=OUT / "me.png", full_page=True)
        certificate_png(desktop, OUT / "certificate.png")

        member_phone = browser.new_context(viewport=PHONE, device_scale_factor=2).new_page()
        sign_in(member_phone, base, "family@example.org")
        member_phone.goto(f"{base}/me/")
        member_phone.screenshot(path=OUT / "me-phone.png")

        staff = browser.new_context(viewport=DESKTOP).new_page()
        sign_in(staff, base, "staff@example.org")
        attendance_sheet_png(staff, base, OUT / "attendance-sheet.png")
        staff.goto(f"{base}/admin/")
        staff.screenshot(path=OUT / "staff-home.png")
        staff.goto(f"{base}/admin/cohorts/")
        staff.get_by_role("link", name="Evening group").first.click()  # opens the cohort's overview
        staff.wait_for_load_state()
        staff.screenshot(path=OUT / "cohort-overview.png")
        # The outcome report has figures once `manage.py seed_scale_data` has run (the demo alone
        # has too few people: every figure shows "fewer than 5").
        # The admin scrolls inside its own frame (a full-page shot stops at the window): a tall
        # window shows the filters and the figures below them.
        staff.set_viewport_size({"width": DESKTOP["width"], "height": 2600})
        staff.goto(f"{base}/admin/outcomes/")
        staff.screenshot(path=OUT / "outcome-report.png")
        browser.close()
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    main()
