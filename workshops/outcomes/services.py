"""Writes for outcome check-ins: the member's yes or no, their answers, or "not this time".

A refusal raises CheckInRefused with the HTTP status the view answers with; nothing is
written then. Saying no deletes any answers already given: a member who declined counts nowhere.
"""

from http import HTTPStatus

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.outcomes.blocks import FREE_TEXT, RANGES
from workshops.models import (
    CheckInAnswer,
    CheckInConsent,
    CheckInResponse,
    ModuleCheckInAnswer,
    ModuleCheckInResponse,
    ResponseStatus,
)
from workshops.models.outcomes import COMMENT_MAX_LENGTH
from workshops.outcomes.module_selectors import already_answered, module_offer_for
from workshops.outcomes.selectors import offer_for
from workshops.services import WorkshopError


class CheckInRefused(WorkshopError):
    def __init__(self, message: str, *, status: HTTPStatus = HTTPStatus.BAD_REQUEST, errors: dict | None = None):
        super().__init__(message)
        self.status = status
        self.errors = errors or {}


def consent_record(*, member, agreed: bool) -> CheckInConsent:
    choice = CheckInConsent.Choice.AGREED if agreed else CheckInConsent.Choice.DECLINED
    with transaction.atomic():
        consent, _created = CheckInConsent.objects.update_or_create(
            member=member, defaults={"choice": choice, "decided_on": timezone.localdate()}
        )
        if not agreed:
            CheckInResponse.objects.filter(enrollment__member=member).delete()
            ModuleCheckInResponse.objects.filter(member=member).delete()
    return consent


def _open_offer(*, member, enrollment_id: int, occasion: str, language: str):
    offer = offer_for(user=member, enrollment_id=enrollment_id, occasion=occasion, language=language)
    return offer, _consent_allowing(member, offer)


def _consent_allowing(member, offer) -> str | None:
    """The member's consent so far, when this offer may be answered or skipped; else refused."""
    if offer is None:
        raise CheckInRefused(_("This check-in is not open for you right now."), status=HTTPStatus.NOT_FOUND)
    consent = CheckInConsent.objects.filter(member=member).values_list("choice", flat=True).first()
    if consent == CheckInConsent.Choice.DECLINED:
        raise CheckInRefused(_("You asked us not to ask you, so we will not."), status=HTTPStatus.GONE)
    return consent


def parse_answers(check_in, data, answer_model=CheckInAnswer) -> tuple[list, dict[str, str]]:
    """Answer rows (unsaved) from the posted form, and a message per question that needs one."""
    answers, errors = [], {}
    for kind, item in check_in.questions:
        key = item["key"]
        raw = (data.get(f"item-{key}") or "").strip()
        if kind == FREE_TEXT:
            if len(raw) > COMMENT_MAX_LENGTH:
                errors[key] = _("Please keep this under %(limit)s characters.") % {"limit": f"{COMMENT_MAX_LENGTH:,}"}
            elif raw:
                share = data.get(f"share-{key}") == "yes"
                answers.append(answer_model(item_key=key, kind=kind, text=raw, share_text=share))
            continue
        low, high = RANGES[kind]
        try:
            value = int(raw)
        except ValueError:
            errors[key] = _("Please choose an answer.")
            continue
        if not low <= value <= high:
            errors[key] = _("Please choose an answer.")
            continue
        answers.append(answer_model(item_key=key, kind=kind, value=value))
    return answers, errors


def _save_answers(*, consent, check_in, data, answer_model, create_response):
    """The shared write: agreed first, every scored question answered, once per occasion."""
    if consent != CheckInConsent.Choice.AGREED:
        raise CheckInRefused(_("Please read who sees your answers first."), status=HTTPStatus.CONFLICT)
    answers, errors = parse_answers(check_in, data, answer_model)
    if errors:
        raise CheckInRefused(_("Please answer each question. Only the comment is optional."), errors=errors)
    try:
        with transaction.atomic():
            response = create_response(status=ResponseStatus.ANSWERED, language=check_in.locale.language_code)
            for answer in answers:
                answer.response = response
            answer_model.objects.bulk_create(answers)
    except IntegrityError:
        raise CheckInRefused(_("You have already answered this check-in."), status=HTTPStatus.CONFLICT) from None
    return response


def check_in_answer(*, member, enrollment_id: int, occasion: str, data, language: str) -> CheckInResponse:
    offer, consent = _open_offer(member=member, enrollment_id=enrollment_id, occasion=occasion, language=language)
    return _save_answers(
        consent=consent,
        check_in=offer.check_in,
        data=data,
        answer_model=CheckInAnswer,
        create_response=lambda **fields: CheckInResponse.objects.create(
            enrollment=offer.enrollment, occasion=occasion, **fields
        ),
    )


def check_in_skip(*, member, enrollment_id: int, occasion: str, language: str) -> None:
    """ "Not this time": the check-in is not offered again for this group and occasion."""
    offer, _consent = _open_offer(member=member, enrollment_id=enrollment_id, occasion=occasion, language=language)
    CheckInResponse.objects.get_or_create(
        enrollment=offer.enrollment, occasion=occasion, defaults={"status": ResponseStatus.SKIPPED}
    )


def _open_module_offer(*, member, module_id: int, occasion: str, language: str):
    offer = module_offer_for(user=member, module_id=module_id, occasion=occasion, language=language)
    consent = _consent_allowing(member, offer)
    if already_answered(user=member, module=offer.module, occasion=occasion):
        raise CheckInRefused(_("You have already answered this check-in."), status=HTTPStatus.CONFLICT)
    return offer, consent


def module_check_in_answer(*, member, module_id: int, occasion: str, data, language: str) -> ModuleCheckInResponse:
    offer, consent = _open_module_offer(member=member, module_id=module_id, occasion=occasion, language=language)
    return _save_answers(
        consent=consent,
        check_in=offer.check_in,
        data=data,
        answer_model=ModuleCheckInAnswer,
        create_response=lambda **fields: ModuleCheckInResponse.objects.create(
            member=member, module=offer.module, occasion=occasion, **fields
        ),
    )


def module_check_in_skip(*, member, module_id: int, occasion: str, language: str):
    """ "Not this time": this module's check-in is not offered again for this occasion. Returns
    the module, to go back to."""
    offer, _consent = _open_module_offer(member=member, module_id=module_id, occasion=occasion, language=language)
    ModuleCheckInResponse.objects.get_or_create(
        member=member, module=offer.module, occasion=occasion, defaults={"status": ResponseStatus.SKIPPED}
    )
    return offer.module
