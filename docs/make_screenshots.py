"""Regenerate the README's screenshots from a running demo site (`make run` in another shell).

    .venv/bin/python docs/make_screenshots.py [--base http://127.0.0.1:8000]

Uses the machine's Chromium (CHROMIUM_PATH or /usr/bin/chromium), never a downloaded browser.
"""

import argparse
import os
from pathlib import Path

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
        browser.close()
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    main()
