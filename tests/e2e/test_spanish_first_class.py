"""Spanish as a first-class language, on a phone (390x844), in Chromium asking for Spanish:
safety information first, no English where a Spanish version exists, one register ("tú"),
Spanish typography, and a journal that follows the member across languages.
"""

import re
from datetime import date

import pytest
from playwright.sync_api import Browser, Page, expect
from wagtail.models import Locale

from learning.models import Topic
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.learning.builders import make_module, reflection_prompt
from tests.support.spanish_typography import capitalised_names_mid_sentence
from tests.workshops.builders import enroll, make_cohort, make_workshop

PHONE = {"width": 390, "height": 844}
USTED = re.compile(
    r"¿Ha olvidado|[Rr]egístrese|¿Ya tiene\b|\b[Ss]u contraseña|Por favor, |\b[Uu]sted\b|Introduzca|\bIngrese\b"
)


@pytest.fixture
def phone(browser: Browser, live_server) -> Page:
    context = browser.new_context(
        base_url=live_server.url,
        viewport=PHONE,
        locale="es-US",
        timezone_id="America/Chicago",
        extra_http_headers={"Accept-Language": "es-US,es;q=0.9"},
    )
    yield context.new_page()
    context.close()


def sign_in(page: Page, email: str, next_url: str) -> None:
    page.goto(f"/es/accounts/login/?next={next_url}")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(DEFAULT_PASSWORD)
    page.locator("main form[action*='/login/'] button[type=submit]").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def spanish() -> Locale:
    return Locale.objects.get(language_code="es")


def test_the_crisis_box_is_spanish_and_says_how_to_reach_988_in_spanish(phone: Page):
    phone.goto("/es/")
    crisis = phone.locator("footer .crisis-lines")
    crisis.scroll_into_view_if_needed()
    expect(crisis).to_be_visible()
    text = crisis.inner_text()
    assert "988 Línea de Prevención del Suicidio y Crisis" in text
    assert "marca 2 para hablar en español" in text and "AYUDA" in text
    assert "Línea Nacional de Ayuda de SAMHSA" in text and "Emergencias" in text
    for english in ("Lifeline", "Free, confidential", "Emergency", "If someone is in danger", "Call", "Text "):
        assert english not in text, english
    expect(crisis.locator("a[href='sms:988?&body=AYUDA']")).to_be_visible()
    expect(crisis.locator("a[href='tel:988']").first).to_be_visible()


def test_the_spanish_library_shows_no_english_topic_words(phone: Page):
    for order, slug in enumerate(("addiction-basics", "codependency", "caregiver-coping")):
        topic = Topic.objects.get(slug=slug, locale__language_code="en")
        module, _lessons = make_module(lessons=1, topic=topic, order=order)
        module.save_revision().publish()
        translated = module.copy_for_translation(spanish())
        translated.title, translated.slug = f"Módulo {order}", f"modulo-{order}"
        translated.save()
        translated.save_revision().publish()
    phone.goto("/es/learn/")
    labels = phone.locator(".module-card__topic").all_inner_texts()
    assert len(labels) == 3
    text = phone.locator("main").inner_text()
    for name in Topic.objects.filter(locale__language_code="en").values_list("name", flat=True):
        assert name.lower() not in text.lower(), name
    assert "CONCEPTOS BÁSICOS DE LA ADICCIÓN" in text.upper()


@pytest.mark.parametrize("path", ["/es/accounts/login/", "/es/accounts/signup/", "/es/accounts/password/reset/"])
def test_account_pages_speak_with_tu(phone: Page, path: str):
    phone.goto(path)
    text = phone.locator("body").inner_text()
    assert USTED.findall(text) == []
    if path.endswith("/login/"):
        expect(phone.get_by_text("¿Olvidaste tu contraseña?")).to_be_visible()


def test_a_member_sees_spanish_titles_and_lowercase_weekdays(phone: Page):
    workshop = make_workshop(title="Family Skills Evenings")
    workshop_es = workshop.copy_for_translation(spanish())
    workshop_es.title, workshop_es.slug = "Noches de habilidades para familias", "habilidades"
    workshop_es.save()
    workshop_es.save_revision().publish()
    cohort = make_cohort(workshop, name="Grupo de los jueves", start=date(2030, 3, 7), weekday=3, language="es")
    member = UserFactory(email="lucia@example.org", preferred_language="es", time_zone="America/Chicago")
    enroll(cohort, member)
    sign_in(phone, member.email, "/es/me/")

    phone.goto("/es/me/")
    expect(phone.get_by_role("link", name="Noches de habilidades para familias")).to_be_visible()
    assert "Family Skills Evenings" not in phone.locator("main").inner_text()

    phone.goto(f"/es/workshops/sessions/{cohort.sessions.first().pk}/")
    text = phone.locator("main").inner_text()
    assert "jueves 7 de marzo" in text.lower()
    assert capitalised_names_mid_sentence(text) == []
    phone.goto(workshop_es.url)
    text = phone.locator("main").inner_text()
    assert "desde el jueves 7 de marzo" in text
    assert capitalised_names_mid_sentence(text) == []


def test_a_reflection_written_in_english_shows_on_the_spanish_lesson(phone: Page):
    module, (lesson,) = make_module(lessons=1, body=[reflection_prompt("rp-1", prompt="What helps you rest?")])
    module.save_revision().publish()
    lesson.save_revision().publish()
    module.copy_for_translation(spanish()).save_revision().publish()
    lesson_es = lesson.copy_for_translation(spanish())
    lesson_es.title = "Qué te ayuda a descansar"
    lesson_es.save()
    lesson_es.save_revision().publish()
    member = UserFactory(email="ana@example.org")
    sign_in(phone, member.email, lesson.url)

    phone.goto(lesson.url)
    phone.locator("#reflection-rp-1").fill("Walking in the evening helps me rest.")
    phone.locator("form[action*='reflection'] button[type=submit]").click()
    expect(phone.locator("#reflection-rp-1")).to_have_value("Walking in the evening helps me rest.")

    phone.goto(lesson_es.url)
    expect(phone.locator("#reflection-rp-1")).to_have_value("Walking in the evening helps me rest.")
