"""A Spanish-speaking family member uses Kinship in Spanish, in a real Chromium that asks for
Spanish (Accept-Language: es): sign up, confirm the email, read a lesson, join the Spanish
group, download the certificate. No English interface word may show on the way.

Fields and buttons are found by their ids and form actions, not their (translated) labels.
"""

import io
import re
from datetime import date

from django.core import mail
from playwright.sync_api import Browser, Page, expect
from pypdf import PdfReader
from wagtail.models import Locale

from tests.learning.builders import knowledge_check, make_module, paragraph
from tests.workshops.builders import make_cohort, make_workshop, move_sessions_into_the_past
from workshops.certificates import services as certificate_services
from workshops.models import AttendanceRecord, Cohort, CohortStatus, Enrollment

# Interface words that must not appear on a Spanish page (whole words, case-sensitive).
ENGLISH_WORDS = (
    "Sign",
    "Lesson",
    "Enroll",
    "Your",
    "Certificate",
    "Download",
    "Skip to",
    "Quick exit",
    "Password",
    "Email",
    "Join",
    "Group",
    "Session",
    "Learn",
    "Workshops",
    "Privacy",
    "Terms",
    "Time zone",
    "Display name",
    "Need help",
    "Mark complete",
    "Confirm",
    "Continue",
    "Verify",
    "minutes",
    "Module",
    "Next",
    "Previous",
)
ENGLISH = re.compile(r"\b(?:" + "|".join(re.escape(word) for word in ENGLISH_WORDS) + r")\b")
PASSWORD = "una-frase-larga-y-poco-comun-42"


def english_in(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if ENGLISH.search(line)]


class SpanishCheck:
    """Collects English found on each page, so one run reports every page at once."""

    def __init__(self):
        self.problems: list[str] = []

    def __call__(self, page: Page, where: str) -> None:
        page.wait_for_load_state("domcontentloaded")
        found = english_in(page.inner_text("body"))
        if found:
            self.problems.append(f"{where} ({page.url}): {found}")
        if page.locator("html").get_attribute("lang") != "es":
            self.problems.append(f"{where} ({page.url}) is not marked lang=es")


def spanish_world():
    spanish = Locale.objects.get(language_code="es")
    module, (lesson,) = make_module(lessons=1, body=[paragraph()])
    module_es = module.copy_for_translation(spanish)
    module_es.title, module_es.slug, module_es.summary = "Entender la adicción", "entender", "Un resumen corto."
    module_es.save()
    module_es.save_revision().publish()
    lesson_es = lesson.copy_for_translation(spanish)
    lesson_es.title, lesson_es.slug = "Qué es la adicción", "que-es"
    check = knowledge_check("kc-es", question="¿Causaste tú la adicción?")
    check["value"]["options"][0]["value"] = {"text": "Sí", "correct": False, "feedback": "No, no la causaste."}
    check["value"]["options"][1]["value"] = {"text": "No", "correct": True, "feedback": "Así es."}
    lesson_es.body = [paragraph("No causaste la adicción de tu ser querido."), check]
    lesson_es.save()
    lesson_es.save_revision().publish()

    workshop = make_workshop(sessions=2, min_sessions_attended=1)
    workshop_es = workshop.copy_for_translation(spanish)
    workshop_es.title, workshop_es.slug = "Habilidades para familias", "habilidades"
    workshop_es.summary, workshop_es.audience = "Un taller corto.", "Familias."
    workshop_es.certificate_title = "Serie de habilidades para familias"
    workshop_es.confidentiality_agreement = "<p>Lo que se comparte en el grupo se queda en el grupo.</p>"
    workshop_es.outline = [
        {
            "type": "session",
            "id": f"session-{number}",
            "value": {
                "title": f"Sesión {number}",
                "objectives": [{"type": "item", "id": f"objective-{number}", "value": "Escuchar sin juzgar"}],
                "check_in": "<p>Una palabra sobre tu semana.</p>",
                "topic": "<p>Cómo hablar con calma.</p>",
                "practice": {"kind": "role_play", "instructions": "<p>Practica decir que no.</p>"},
                "homework": "<p>Escribe una frase amable para ti.</p>",
                "materials": [],
            },
        }
        for number in (1, 2)
    ]
    workshop_es.save()
    workshop_es.save_revision().publish()
    make_cohort(workshop, name="Monday group", start=date(2030, 3, 4))
    cohort = make_cohort(workshop, name="Grupo de los jueves", start=date(2030, 3, 7), weekday=3, language="es")
    return lesson_es, workshop_es, cohort


def test_a_member_uses_kinship_entirely_in_spanish(browser: Browser, live_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    lesson, workshop, cohort = spanish_world()
    context = browser.new_context(
        base_url=live_server.url,
        locale="es-ES",
        timezone_id="America/Chicago",
        extra_http_headers={"Accept-Language": "es-ES,es;q=0.9"},
    )
    page = context.new_page()
    assert_spanish = SpanishCheck()

    # Sign up: the browser's language sends it to /es/.
    page.goto("/accounts/signup/")
    expect(page).to_have_url(re.compile(r"/es/accounts/signup/"))
    assert_spanish(page, "the sign-up page")
    page.locator("#id_email").fill("lucia@example.org")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.locator("#id_display_name").fill("Lucía")
    page.locator("#id_accept_terms").check()
    page.locator("main form[action$='/signup/'] button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/es/accounts/confirm-email/"))
    assert_spanish(page, "the check-your-email page")

    (message,) = mail.outbox
    if english_in(message.subject + "\n" + message.body):
        assert_spanish.problems.append(f"the confirmation email: {english_in(message.subject + message.body)}")
    link = re.search(r"https?://\S+/confirm-email/\S+/", message.body).group(0)
    page.goto(re.sub(r"^https?://[^/]+", live_server.url, link))
    assert_spanish(page, "the confirm page")
    page.locator("main form button[type=submit]").click()

    page.goto("/accounts/login/")
    assert_spanish(page, "the sign-in page")
    page.locator("#id_login").fill("lucia@example.org")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form[action$='/login/'] button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/es/me/$"))
    assert_spanish(page, "/me/")

    # Read a lesson and answer its question.
    page.goto("/learn/")
    assert_spanish(page, "the library")
    page.get_by_role("link", name="Entender la adicción").first.click()
    assert_spanish(page, "the module")
    page.goto(lesson.url)
    expect(page.get_by_text("No causaste la adicción de tu ser querido.")).to_be_visible()
    assert_spanish(page, "the lesson")
    page.locator("form[action*='/complete/'] button[type=submit]").click()
    assert_spanish(page, "the lesson, completed")

    # Join the Spanish group: it is listed first.
    page.goto("/workshops/")
    assert_spanish(page, "the workshops")
    page.get_by_role("link", name="Habilidades para familias").first.click()
    assert_spanish(page, "the workshop")
    names = page.locator(".cohort-card__name").all_inner_texts()
    assert names[0] == "Grupo de los jueves", names
    page.locator(f"a[href$='/workshops/cohorts/{cohort.pk}/join/']").click()
    assert_spanish(page, "the sign-up for the group")
    page.locator("input[name=relationship]").first.check()
    page.locator("input[name=confidentiality]").check()
    page.locator(f"form[action$='/workshops/cohorts/{cohort.pk}/join/'] button[type=submit]").click()
    assert_spanish(page, "the group joined")
    enrollment = Enrollment.objects.get(member__email="lucia@example.org")
    assert enrollment.cohort_id == cohort.pk

    # The group meets, finishes, and certificates are issued (staff do this in the admin).
    move_sessions_into_the_past(cohort)
    AttendanceRecord.objects.bulk_create(
        AttendanceRecord(session=s, enrollment=enrollment, status="present") for s in cohort.sessions.all()
    )
    Cohort.objects.filter(pk=cohort.pk).update(status=CohortStatus.FINISHED)
    certificate_services.cohort_certificates_issue(cohort_id=cohort.pk, by=None)

    page.goto("/me/")
    assert_spanish(page, "/me/ with a certificate")
    panel = page.locator("section[aria-labelledby='certificates']")
    with page.expect_download() as download_info:
        panel.locator("a[href$='/download/']").first.click()
    with open(download_info.value.path(), "rb") as stored:
        text = " ".join(PdfReader(io.BytesIO(stored.read())).pages[0].extract_text().split())
    assert "Lucía" in text and "Serie de habilidades para familias" in text
    if english_in(text):
        assert_spanish.problems.append(f"the certificate: {english_in(text)}")
    context.close()
    assert not assert_spanish.problems, "English on Spanish pages:\n" + "\n".join(assert_spanish.problems)
