"""English at /…, Spanish at /es/…: who reads which, the switcher, hreflang, and the fallback
for pages not translated yet."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from cms.models import HomePage
from learning.models import LibraryPage
from tests.factories import ProgramStaffFactory, UserFactory
from tests.learning.builders import make_module, paragraph
from workshops.models import WorkshopIndexPage

pytestmark = pytest.mark.django_db


def spanish(msgid: str) -> str:
    with translation.override("es"):
        return translation.gettext(msgid)


def html_lang(response) -> str:
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def test_the_migration_made_spanish_translations_of_the_site_tree(client):
    spanish_locale = Locale.objects.get(language_code="es")
    for model in (HomePage, LibraryPage, WorkshopIndexPage):
        english = model.objects.get(locale__language_code="en")
        translated = model.objects.get(locale=spanish_locale)
        assert translated.translation_key == english.translation_key and translated.live
    for path in ("/es/", "/es/learn/", "/es/workshops/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert html_lang(response) == "es"
    assert "Aprender" in client.get("/es/learn/").content.decode()


def test_english_stays_at_unprefixed_urls(client):
    for path in ("/", "/learn/", "/workshops/", "/accounts/login/", "/privacy/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert html_lang(response) == "en"
    assert client.get("/en/learn/").status_code == 404


def test_a_spanish_browser_is_sent_to_the_spanish_address(client):
    response = client.get("/learn/?q=1", headers={"accept-language": "es-MX,es;q=0.9,en;q=0.5"})
    assert response.status_code == 302
    assert response["Location"] == "/es/learn/?q=1"
    assert client.get("/accounts/signup/", headers={"accept-language": "es"})["Location"] == "/es/accounts/signup/"
    # Machine endpoints and files are never redirected.
    assert client.get("/healthz/", headers={"accept-language": "es"}).status_code == 200


def test_an_english_browser_and_an_unknown_language_stay_in_english(client):
    assert client.get("/learn/", headers={"accept-language": "en-US"}).status_code == 200
    assert client.get("/learn/", headers={"accept-language": "fr"}).status_code == 200


def test_the_preferred_language_of_a_signed_in_member_wins_over_the_browser(client):
    member = UserFactory(preferred_language="en")
    client.force_login(member)
    assert client.get("/learn/", headers={"accept-language": "es"}).status_code == 200

    member.preferred_language = "es"
    member.save(update_fields=["preferred_language"])
    response = client.get("/me/", headers={"accept-language": "en"})
    assert response.status_code == 302 and response["Location"] == "/es/me/"
    page = client.get("/es/me/")
    assert page.status_code == 200 and html_lang(page) == "es"


def test_every_page_has_hreflang_links_and_a_switcher(client):
    module, (lesson,) = make_module(lessons=1)
    body = client.get("/learn/").content.decode()
    assert '<link rel="alternate" hreflang="en" href="/learn/">' in body
    assert '<link rel="alternate" hreflang="es" href="/es/learn/">' in body
    assert '<link rel="alternate" hreflang="x-default" href="/learn/">' in body
    # The switcher: a labelled group of buttons, each a form posting to set_language.
    assert '<nav class="language-switcher" aria-label="Language">' in body
    assert 'action="/i18n/setlang/"' in body
    assert '<input type="hidden" name="language" value="es">' in body
    assert '<input type="hidden" name="next" value="/es/learn/">' in body
    assert '<button type="submit" class="link-button" lang="es">Español</button>' in body

    # A lesson only in English: hreflang only for English, but the switcher offers Spanish.
    lesson_body = client.get(lesson.url).content.decode()
    assert f'hreflang="en" href="{lesson.url}"' in lesson_body
    assert 'hreflang="es"' not in lesson_body
    assert f'name="next" value="/es{lesson.url}"' in lesson_body

    spanish_body = client.get("/es/accounts/login/").content.decode()
    assert '<input type="hidden" name="next" value="/accounts/login/">' in spanish_body
    assert 'lang="en">English</button>' in spanish_body


def test_switching_language_sets_the_cookie_and_saves_a_members_preference(client):
    response = client.post("/i18n/setlang/", {"language": "es", "next": "/es/learn/"})
    assert response.status_code == 302 and response["Location"] == "/es/learn/"
    assert response.cookies["django_language"].value == "es"

    member = UserFactory(preferred_language="es")
    client.force_login(member)
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/learn/"})
    assert response["Location"] == "/learn/"
    member.refresh_from_db()
    assert member.preferred_language == "en"
    # Now English even with a Spanish browser.
    assert client.get("/learn/", headers={"accept-language": "es"}).status_code == 200


def test_the_cookie_from_the_switcher_wins_over_the_browser_for_visitors(client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/learn/"})
    assert client.get("/learn/", headers={"accept-language": "es"}).status_code == 200


def test_a_bad_language_or_next_changes_nothing_and_never_fails(client):
    member = UserFactory(preferred_language="en")
    client.force_login(member)
    response = client.post("/i18n/setlang/", {"language": "xx", "next": "https://evil.example/"})
    assert response.status_code == 302 and "evil" not in response["Location"]
    member.refresh_from_db()
    assert member.preferred_language == "en"
    assert client.get("/i18n/setlang/").status_code == 405


def test_a_page_not_translated_yet_is_shown_in_english_with_a_notice(client, django_assert_max_num_queries):
    module, (lesson,) = make_module(lessons=1, body=[paragraph("Families are not to blame.")])
    # The first page a process serves also reads what it then keeps (site, settings, sections).
    with django_assert_max_num_queries(24):
        response = client.get(f"/es{lesson.url}")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Families are not to blame." in body
    assert spanish("This page is not translated yet. You are reading it in English.") in body
    assert '<main id="main" tabindex="-1" lang="en">' in body
    assert html_lang(response) == "es"  # the site around it is in Spanish

    module_page = client.get(f"/es{module.url}")
    assert module_page.status_code == 200 and "untranslated-notice" in module_page.content.decode()
    # The Spanish library lists the English module until it is translated.
    assert module.title in client.get("/es/learn/").content.decode()
    # The English page has no notice, and a missing page is still a 404.
    assert "untranslated-notice" not in client.get(lesson.url).content.decode()
    assert client.get(f"/es{module.url}no-such-lesson/").status_code == 404
    assert client.get("/es/learn/no-such-module/").status_code == 404


def test_a_translated_lesson_is_served_in_spanish_without_the_notice(client):
    module, (lesson,) = make_module(lessons=1)
    spanish_locale = Locale.objects.get(language_code="es")
    spanish_module = module.copy_for_translation(spanish_locale)
    spanish_module.save_revision().publish()
    spanish_lesson = lesson.copy_for_translation(spanish_locale)
    spanish_lesson.title = "Lección en español"
    spanish_lesson.save_revision().publish()

    response = client.get(f"/es{lesson.url}")
    body = response.content.decode()
    assert response.status_code == 200 and "Lección en español" in body
    assert "untranslated-notice" not in body
    english = client.get(lesson.url).content.decode()
    assert f'<link rel="alternate" hreflang="es" href="/es{lesson.url}">' in english


def test_the_admin_follows_each_staff_users_own_language(client, settings):
    settings.REQUIRE_STAFF_MFA = False
    staff = ProgramStaffFactory(preferred_language="en")
    UserProfile.objects.update_or_create(user=staff, defaults={"preferred_language": "es"})
    client.force_login(staff)
    # Neither the site's language logic nor the browser overrides Wagtail's own preference.
    response = client.get("/admin/", headers={"accept-language": "en"})
    assert response.status_code == 200
    assert html_lang(response) == "es"

    other = ProgramStaffFactory(preferred_language="es")
    UserProfile.objects.update_or_create(user=other, defaults={"preferred_language": "en"})
    client.force_login(other)
    response = client.get("/admin/", headers={"accept-language": "es"})
    assert response.status_code == 200 and html_lang(response) == "en"


def test_signing_up_on_the_spanish_site_makes_spanish_the_members_language(client):
    from django.core import mail

    response = client.post(
        "/es/accounts/signup/",
        {
            "email": "ana@example.org",
            "password1": "a-long-unusual-passphrase-42",
            "password2": "a-long-unusual-passphrase-42",
            "display_name": "Ana",
            "time_zone": "America/Chicago",
            "accept_terms": "on",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/es/accounts/confirm-email/"
    member = get_user_model().objects.get(email="ana@example.org")
    assert member.preferred_language == "es"
    (message,) = mail.outbox
    assert "/es/accounts/confirm-email/" in message.body


def test_account_emails_use_the_members_language_whatever_page_sent_them(client):
    from django.core import mail

    UserFactory(email="eva@example.org", preferred_language="es")
    client.post("/accounts/password/reset/", {"email": "eva@example.org"})  # an English page
    (message,) = mail.outbox
    with translation.override("es"):
        from django.template.loader import render_to_string

        expected_subject = render_to_string("account/email/password_reset_key_subject.txt", {}).strip()
    assert expected_subject and message.subject.strip() == expected_subject
    assert "Password Reset" not in message.subject


def test_a_members_progress_follows_them_into_the_other_language(client):
    from learning.models import LessonCompletion
    from learning.selectors import library_modules

    module, (lesson,) = make_module(lessons=1)
    spanish_locale = Locale.objects.get(language_code="es")
    module.copy_for_translation(spanish_locale).save_revision().publish()
    lesson.copy_for_translation(spanish_locale).save_revision().publish()
    member = UserFactory()
    LessonCompletion.objects.create(user=member, lesson=lesson)  # done in English
    (progress,) = library_modules(library=LibraryPage.objects.get(locale=spanish_locale), user=member)
    assert progress.module.locale_id == spanish_locale.pk
    assert progress.finished
