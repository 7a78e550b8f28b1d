"""One register in Spanish: "tú" everywhere a member reads, allauth's account pages included.

allauth's own Spanish catalog speaks with "usted"; the project catalog overrides those texts
(cms/spanish_register.py). These tests read every text as Django will show it in Spanish, and
the account pages as they render.
"""

import re
from pathlib import Path

import allauth
import polib
import pytest
from django.conf import settings
from django.utils import translation

# "usted" forms and the stiff phrasing that comes with them (whole words where it matters).
USTED = re.compile(
    r"¿Ha olvidado|[Rr]egístrese|¿Ya tiene\b|\b[Ss]u contraseña|Por favor, |\b[Uu]sted\b|Introduzca|Introdúzcalo"
    r"|\bIngrese\b|\bVerifique\b|\bConfirme\b|\bdesea\b|¿Está seguro|Haga clic|póngase|contáctenos"
)
# allauth's apps that members meet (social accounts, the OIDC provider and headless are not installed).
MEMBER_FACING_ALLAUTH = re.compile(r"(^|/)(account|mfa)/")
PROJECT_CATALOG = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES" / "django.po"


def allauth_entries():
    catalog = polib.pofile(str(Path(allauth.__file__).parent / "locale" / "es" / "LC_MESSAGES" / "django.po"))
    for entry in catalog:
        places = [path for path, _line in entry.occurrences]
        if not entry.obsolete and any(
            MEMBER_FACING_ALLAUTH.search(path.replace("socialaccount", "")) for path in places
        ):
            yield entry


def shown_in_spanish(entry) -> str:
    with translation.override("es"):
        if entry.msgid_plural:
            return " ".join(translation.ngettext(entry.msgid, entry.msgid_plural, n) for n in (1, 2))
        if entry.msgctxt:
            return translation.pgettext(entry.msgctxt, entry.msgid)
        return translation.gettext(entry.msgid)


def test_every_allauth_text_a_member_meets_says_tu():
    entries = list(allauth_entries())
    assert len(entries) > 100  # the scan reads allauth's catalog, not nothing
    usted = {entry.msgid: shown_in_spanish(entry) for entry in entries if USTED.search(shown_in_spanish(entry))}
    assert usted == {}


def test_djangos_password_rules_and_form_errors_say_tu():
    import django

    django_dir = Path(django.__file__).parent
    auth = polib.pofile(str(django_dir / "contrib" / "auth" / "locale" / "es" / "LC_MESSAGES" / "django.po"))
    core = polib.pofile(str(django_dir / "conf" / "locale" / "es" / "LC_MESSAGES" / "django.po"))
    met_by_members = [entry for entry in auth if not entry.obsolete] + [
        entry
        for entry in core
        if entry.msgid.startswith(("Enter a valid email", "Enter a number", "Enter a valid date", "Ensure this value"))
        or "disable cookies" in entry.msgid
    ]
    usted = {entry.msgid: shown_in_spanish(entry) for entry in met_by_members if USTED.search(shown_in_spanish(entry))}
    assert usted == {}


def test_the_projects_own_catalog_says_tu():
    catalog = polib.pofile(str(PROJECT_CATALOG))
    usted = {
        entry.msgid: entry.msgstr or str(entry.msgstr_plural)
        for entry in catalog
        if USTED.search(entry.msgstr or " ".join(entry.msgstr_plural.values()))
    }
    assert usted == {}


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/es/accounts/login/", "/es/accounts/signup/", "/es/accounts/password/reset/", "/es/accounts/logout/"]
)
def test_account_pages_say_tu(client, path):
    response = client.get(path, follow=True)
    assert response.status_code == 200
    text = visible_text(response.content.decode())
    assert USTED.findall(text) == []


@pytest.mark.django_db
def test_the_sign_in_page_asks_with_tu(client):
    text = visible_text(client.get("/es/accounts/login/").content.decode())
    assert "¿Olvidaste tu contraseña?" in text


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/es/accounts/password/change/", "/es/accounts/email/", "/es/accounts/2fa/"])
def test_signed_in_account_pages_say_tu(member_client, path):
    response = member_client.get(path, follow=True)
    assert response.status_code == 200
    assert USTED.findall(visible_text(response.content.decode())) == []
