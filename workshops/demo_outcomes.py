"""Demo outcome check-ins, program-written (not clinical screening scales), in English and
Spanish: one named before and after by every demo workshop, a shorter one (knowledge and
confidence) by every demo module. The demo family member answered the workshop's in their
finished group, so /me/ shows their before and after. Idempotent."""

import uuid
from collections.abc import Callable

from django.contrib.auth import get_user_model
from wagtail.models import Locale

from learning.models import CheckIn, ModulePage
from workshops.demo import FAMILY_EMAIL
from workshops.models import (
    CheckInAnswer,
    CheckInConsent,
    CheckInResponse,
    CohortStatus,
    Enrollment,
    Occasion,
    ResponseStatus,
    WorkshopPage,
)

TITLE = "Family skills check-in"
# kind, key, English, Spanish; scales carry what 0 and 10 mean.
ITEMS = [
    (
        "agreement",
        "understanding",
        "I understand what my loved one is going through.",
        "Entiendo lo que está viviendo mi ser querido.",
    ),
    (
        "scale",
        "confidence-boundary",
        "How sure are you that you can set a boundary and keep it?",
        "¿Qué tan capaz te sientes de poner un límite y mantenerlo?",
    ),
    (
        "scale",
        "confidence-communication",
        "How sure are you that you can use a calm way of talking, even in a hard moment?",
        "¿Qué tan capaz te sientes de hablar con calma, aun en un momento difícil?",
    ),
    (
        "agreement",
        "self-care",
        "I take time to look after myself.",
        "Me doy tiempo para cuidarme.",
    ),
    (
        "yes_no",
        "support",
        "Do you know where to turn for support for yourself?",
        "¿Sabes a dónde acudir para recibir apoyo para ti?",
    ),
    (
        "free_text",
        "comment",
        "Anything else you want the program to know?",
        "¿Algo más que quieras que el programa sepa?",
    ),
]
SCALE_LABELS = {"en": ("not at all", "completely"), "es": ("nada", "totalmente")}
SPANISH_TITLE = "Cuestionario de habilidades familiares"
INTRO = {
    "en": "Five quick questions about how you feel right now. There are no right or wrong answers.",
    "es": "Cinco preguntas rápidas sobre cómo te sientes ahora. No hay respuestas correctas ni incorrectas.",
}
MODULE_TITLE = {"en": "Module check-in", "es": "Cuestionario del módulo"}
MODULE_INTRO = {
    "en": "Three quick questions about this module's topic. There are no right or wrong answers.",
    "es": "Tres preguntas rápidas sobre el tema de este módulo. No hay respuestas correctas ni incorrectas.",
}
MODULE_ITEMS = [
    (
        "agreement",
        "module-knowledge",
        "I understand the main ideas of this topic.",
        "Entiendo las ideas principales de este tema.",
    ),
    (
        "scale",
        "module-confidence",
        "How sure are you that you can use what this topic teaches in your family?",
        "¿Qué tan capaz te sientes de usar lo que enseña este tema en tu familia?",
    ),
    (
        "free_text",
        "comment",
        "Anything else you want the program to know?",
        "¿Algo más que quieras que el programa sepa?",
    ),
]
# The demo family member's answers in their finished group: before, then after.
FAMILY_ANSWERS = {
    Occasion.BEFORE: {"understanding": 2, "confidence-boundary": 3, "confidence-communication": 4, "self-care": 2},
    Occasion.AFTER: {"understanding": 4, "confidence-boundary": 7, "confidence-communication": 7, "self-care": 4},
}


def _items(language: str, items=ITEMS) -> list[dict]:
    low, high = SCALE_LABELS[language]
    blocks = []
    for kind, key, english, spanish in items:
        value = {"key": key, "text": english if language == "en" else spanish}
        if kind == "scale":
            value.update(low_label=low, high_label=high)
        blocks.append({"type": kind, "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"demo-check-in/{key}")), "value": value})
    return blocks


def _check_in(language: str, translation_key, log, *, module: bool = False) -> CheckIn:
    locale = Locale.objects.get(language_code=language)
    if module:
        title, intro, items = MODULE_TITLE[language], MODULE_INTRO[language], _items(language, MODULE_ITEMS)
    else:
        title, intro, items = (TITLE if language == "en" else SPANISH_TITLE), INTRO[language], _items(language)
    found = CheckIn.objects.filter(locale=locale, title=title).first()
    if found is not None:
        return found
    check_in = CheckIn(title=title, intro=intro, items=items, locale=locale, translation_key=translation_key)
    check_in.save()
    # Demo content is the program's own sample: published directly, like the demo lessons.
    check_in.save_revision().publish()
    log(f"created check-in {title!r}")
    return check_in


def load_demo_check_ins(log: Callable[[str], None]) -> None:
    english = _check_in("en", uuid.uuid5(uuid.NAMESPACE_URL, "demo-check-in"), log)
    spanish = _check_in("es", english.translation_key, log) if Locale.objects.filter(language_code="es") else None
    for workshop in WorkshopPage.objects.filter(check_in_before__isnull=True):
        named = spanish if spanish and workshop.locale.language_code == "es" else english
        workshop.check_in_before = workshop.check_in_after = named
        workshop.save_revision().publish()
        log(f"workshop {workshop.slug} ({workshop.locale.language_code}) names the demo check-in")
    _module_check_ins(log)
    _family_answers(log)


def _module_check_ins(log) -> None:
    """Every demo module names the module check-in, in its own language, before and after."""
    has_spanish = Locale.objects.filter(language_code="es").exists()
    english = _check_in("en", uuid.uuid5(uuid.NAMESPACE_URL, "demo-module-check-in"), log, module=True)
    spanish = _check_in("es", english.translation_key, log, module=True) if has_spanish else None
    for module in ModulePage.objects.filter(check_in_before__isnull=True).select_related("locale"):
        named = spanish if spanish and module.locale.language_code == "es" else english
        module.check_in_before = module.check_in_after = named
        module.save_revision().publish()
        log(f"module {module.slug} ({module.locale.language_code}) names the demo module check-in")


def _family_answers(log) -> None:
    family = get_user_model().objects.filter(email=FAMILY_EMAIL).first()
    enrollment = (
        Enrollment.objects.filter(member=family, cohort__status=CohortStatus.FINISHED).first() if family else None
    )
    if enrollment is None or CheckInResponse.objects.filter(enrollment=enrollment).exists():
        return
    CheckInConsent.objects.get_or_create(member=family, defaults={"choice": CheckInConsent.Choice.AGREED})
    kinds = {key: kind for kind, key, _en, _es in ITEMS}
    for occasion, values in FAMILY_ANSWERS.items():
        response = CheckInResponse.objects.create(
            enrollment=enrollment, occasion=occasion, status=ResponseStatus.ANSWERED, language="en"
        )
        rows = [CheckInAnswer(response=response, item_key=k, kind=kinds[k], value=v) for k, v in values.items()]
        rows.append(CheckInAnswer(response=response, item_key="support", kind="yes_no", value=int(occasion == "after")))
        CheckInAnswer.objects.bulk_create(rows)
    log("the demo family member answered the check-in before and after")
