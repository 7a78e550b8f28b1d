"""What a member is offered and sees of a module's check-ins (learning/module_check_ins.py asks).

Before: on the module page, until the member completes a lesson of the module. After: on
"module complete" and on /me/, once every lesson is done. Only signed-in members who have not
said no (never staff: clinicians reading a module they review would skew the figures), and
never twice for one module (in any of its languages) and occasion. Reads only; a few queries
each, whatever the number of modules, members or answers.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _

from cms.roles import is_staff_member
from learning.models import CheckIn, ModulePage
from learning.selectors import modules_progress
from workshops.models import CheckInConsent, ModuleCheckInAnswer, ModuleCheckInResponse, Occasion, ResponseStatus
from workshops.outcomes.selectors import OwnRow, consent_of, live_check_ins, own_rows


@dataclass(frozen=True)
class ModuleOffer:
    module: ModulePage
    occasion: str
    check_in: CheckIn
    template = "workshops/outcomes/module_offer.html"

    @property
    def eyebrow(self) -> str:
        when = _("Before the module") if self.occasion == Occasion.BEFORE else _("After the module")
        return f"{self.module.title} · {when}"

    @property
    def form_url(self) -> str:
        return reverse("workshops:module_check_in_form", args=[self.module.pk, self.occasion])

    @property
    def consent_url(self) -> str:
        return reverse("workshops:module_check_in_consent", args=[self.module.pk, self.occasion])

    @property
    def skip_url(self) -> str:
        return reverse("workshops:module_check_in_skip", args=[self.module.pk, self.occasion])


def check_in_id_for(module: ModulePage, occasion: str) -> int | None:
    return module.check_in_before_id if occasion == Occasion.BEFORE else module.check_in_after_id


def may_be_asked(user) -> bool:
    """Signed-in family members; staff read modules to review or teach them, not to be measured."""
    return user.is_authenticated and not is_staff_member(user)


def occasion_open(*, occasion: str, progress) -> bool:
    """Before: no lesson of the module done yet. After: every lesson done."""
    if occasion == Occasion.BEFORE:
        return bool(progress.lessons) and not progress.started
    return occasion == Occasion.AFTER and progress.finished


def already_answered(*, user, module: ModulePage, occasion: str) -> bool:
    """Answered or skipped, on this module in any language: either way it is not asked again."""
    return ModuleCheckInResponse.objects.filter(
        member=user, module__translation_key=module.translation_key, occasion=occasion
    ).exists()


def module_offer(*, user, module: ModulePage, progress, occasion: str, language: str) -> ModuleOffer | None:
    """The module's check-in for this member here and now, else None. Up to three queries, none
    when the module names no check-in for this occasion or it is not the moment."""
    named = check_in_id_for(module, occasion)
    if not named or not may_be_asked(user) or not occasion_open(occasion=occasion, progress=progress):
        return None
    if consent_of(user) == CheckInConsent.Choice.DECLINED:
        return None
    if already_answered(user=user, module=module, occasion=occasion):
        return None
    check_in = live_check_ins({named}, language=language).get(named)
    return ModuleOffer(module=module, occasion=occasion, check_in=check_in) if check_in else None


def module_offer_for(*, user, module_id: int, occasion: str, language: str) -> ModuleOffer | None:
    """The offer behind the module check-in's own pages (open or not, answered or not: the views
    tell those apart). Five queries."""
    if occasion not in Occasion.values or not may_be_asked(user):
        return None
    module = ModulePage.objects.live().filter(pk=module_id).first()
    if module is None:
        return None
    named = check_in_id_for(module, occasion)
    if not named:
        return None
    progress = modules_progress(modules=[module], user=user)[module.pk]
    if not occasion_open(occasion=occasion, progress=progress):
        return None
    check_in = live_check_ins({named}, language=language).get(named)
    return ModuleOffer(module=module, occasion=occasion, check_in=check_in) if check_in else None


@dataclass
class MemberModuleCheckIns:
    offers: list[ModuleOffer]
    answered: list[ModulePage]  # modules with at least one answer to look back on


def member_module_check_ins(*, user, language: str) -> MemberModuleCheckIns:
    """For /me/: the "after" check-ins of modules the member finished and has not answered or
    skipped, and the modules they answered. Constant queries (five at most); nothing for a
    member who said no (the caller checks consent first)."""
    modules = list(
        ModulePage.objects.live().filter(check_in_after__isnull=False).select_related("locale").order_by("path")
    )
    if not modules or not may_be_asked(user):
        return MemberModuleCheckIns(offers=[], answered=[])
    # A module in several languages: the member's language first.
    modules.sort(key=lambda module: module.locale.language_code != language)
    progress = modules_progress(modules=sorted(modules, key=lambda m: m.path), user=user)
    responses = {
        (key, occasion): status
        for key, occasion, status in ModuleCheckInResponse.objects.filter(member=user).values_list(
            "module__translation_key", "occasion", "status"
        )
    }
    check_ins = live_check_ins({module.check_in_after_id for module in modules}, language=language)
    offers, answered, seen = [], [], set()
    for module in modules:
        if module.translation_key in seen:
            continue
        seen.add(module.translation_key)
        if ResponseStatus.ANSWERED in (responses.get((module.translation_key, o)) for o in Occasion.values):
            answered.append(module)
        check_in = check_ins.get(module.check_in_after_id)
        if (
            check_in is not None
            and progress[module.pk].finished
            and (module.translation_key, Occasion.AFTER) not in responses
        ):
            offers.append(ModuleOffer(module=module, occasion=Occasion.AFTER, check_in=check_in))
    return MemberModuleCheckIns(offers=offers, answered=answered)


def own_module_before_after(*, user, module_id: int, language: str) -> tuple[ModulePage, list[OwnRow], list] | None:
    """The member's own answers to a module's check-ins side by side (in any of the module's
    languages). None when no live module has this id. Four queries."""
    module = ModulePage.objects.live().filter(pk=module_id).first()
    if module is None:
        return None
    answer_rows = ModuleCheckInAnswer.objects.filter(
        response__member=user,
        response__module__translation_key=module.translation_key,
        response__status=ResponseStatus.ANSWERED,
    ).values_list("response__occasion", "item_key", "kind", "value", "text")
    ids = {pk for pk in (module.check_in_before_id, module.check_in_after_id) if pk}
    rows, comments = own_rows(answer_rows, check_in_ids=ids, language=language)
    return module, rows, comments


def register() -> None:
    """Called from WorkshopsConfig.ready(): the module pages ask here."""
    from learning.module_check_ins import register_module_offerer

    register_module_offerer(module_offer)
