"""Check-ins, workshops that name them, and answers written straight to the tables."""

import uuid

from wagtail.models import Locale

from learning.models import CheckIn
from tests.factories import UserFactory
from tests.learning.builders import make_module
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops.models import (
    CheckInAnswer,
    CheckInResponse,
    ModuleCheckInAnswer,
    ModuleCheckInResponse,
    Occasion,
    ResponseStatus,
)

ITEMS = [
    ("agreement", "understanding", "I understand what my loved one is going through."),
    ("scale", "confidence-boundary", "How sure are you that you can set a boundary?"),
    ("yes_no", "self-care", "Did you do something kind for yourself this week?"),
    ("free_text", "comment", "Anything you want to tell us?"),
]
SPANISH_TEXT = {
    "understanding": "Entiendo lo que vive mi ser querido.",
    "confidence-boundary": "¿Qué tan seguro te sientes de poner un límite?",
    "self-care": "¿Hiciste algo bueno por ti esta semana?",
    "comment": "¿Algo que quieras contarnos?",
}


def make_check_in(
    *, language: str = "en", translation_of: CheckIn | None = None, live: bool = True, **fields
) -> CheckIn:
    texts = SPANISH_TEXT if language == "es" else {key: text for _kind, key, text in ITEMS}
    items = [
        {"type": kind, "id": str(uuid.uuid4()), "value": {"key": key, "text": texts[key]}} for kind, key, _text in ITEMS
    ]
    return CheckIn.objects.create(
        title="Cómo te sientes" if language == "es" else "How you feel",
        intro="",
        items=items,
        locale=Locale.objects.get(language_code=language),
        translation_key=translation_of.translation_key if translation_of else uuid.uuid4(),
        live=live,
        **fields,
    )


def workshop_with_check_ins(**fields):
    check_in = make_check_in()
    workshop = make_workshop(check_in_before=check_in, check_in_after=check_in, **fields)
    return workshop, check_in


def answer(enrollment, occasion: str, values: dict, *, language: str = "en", comment: str = "", share: bool = False):
    """values: {"understanding": 1..5, "confidence-boundary": 0..10, "self-care": 0/1}."""
    response = CheckInResponse.objects.create(
        enrollment=enrollment, occasion=occasion, status=ResponseStatus.ANSWERED, language=language
    )
    _write_answers(CheckInAnswer, response, values, comment=comment, share=share)
    return response


def _write_answers(model, response, values: dict, *, comment: str, share: bool) -> None:
    kinds = {key: kind for kind, key, _text in ITEMS}
    rows = [model(response=response, item_key=key, kind=kinds[key], value=v) for key, v in values.items()]
    if comment:
        rows.append(model(response=response, item_key="comment", kind="free_text", text=comment, share_text=share))
    model.objects.bulk_create(rows)


def module_with_check_ins(*, lessons: int = 2, **fields):
    check_in = make_check_in()
    module, made = make_module(lessons=lessons, **fields)
    module.check_in_before = module.check_in_after = check_in
    module.save_revision().publish()
    return module, made, check_in


def module_answer(
    member, module, occasion: str, values: dict, *, language="en", answered_on=None, comment="", share=False
):
    """A member's answers to a module's check-in, written straight to the tables."""
    extra = {"answered_on": answered_on} if answered_on else {}
    response = ModuleCheckInResponse.objects.create(
        member=member, module=module, occasion=occasion, status=ResponseStatus.ANSWERED, language=language, **extra
    )
    _write_answers(ModuleCheckInAnswer, response, values, comment=comment, share=share)
    return response


def module_pairs(module, pairs, *, language: str = "en", answered_on=None):
    """Members each answering "understanding" before and after (None: not that time)."""
    members = []
    for before, after in pairs:
        member = UserFactory()
        for occasion, value in ((Occasion.BEFORE, before), (Occasion.AFTER, after)):
            if value is not None:
                module_answer(
                    member,
                    module,
                    occasion,
                    {"understanding": value, "confidence-boundary": 5, "self-care": 1},
                    language=language,
                    answered_on=answered_on,
                )
        members.append(member)
    return members


def group_with_answers(pairs, *, workshop=None, language: str = "en", cohort=None, **cohort_fields):
    """A cohort where each (before, after) pair of "understanding" values is one member's answers
    (None: that occasion not answered). Other items get fixed values."""
    if cohort is None:
        workshop = workshop or workshop_with_check_ins()[0]
        cohort = make_cohort(workshop, capacity=200, **cohort_fields)
    enrollments = []
    for before, after in pairs:
        enrollment = enroll(cohort, UserFactory())
        for occasion, value in ((Occasion.BEFORE, before), (Occasion.AFTER, after)):
            if value is not None:
                answer(
                    enrollment,
                    occasion,
                    {"understanding": value, "confidence-boundary": 5, "self-care": 1},
                    language=language,
                )
        enrollments.append(enrollment)
    return cohort, enrollments
