from django.http import HttpRequest
from django.utils.translation import get_language

from workshops.dashboard import member_workshops_for
from workshops.models import CheckInConsent
from workshops.outcomes.module_selectors import member_module_check_ins
from workshops.outcomes.selectors import member_check_ins


def check_ins_panel_context(request: HttpRequest) -> dict | None:
    """/me/'s check-in card: open check-ins of groups and finished modules, and links to the
    member's own before and after. Hidden when there is nothing to answer or look back on, and
    always for a member who said no (their choice comes with /me/'s other reads: no query). One
    query when no group or module names a check-in."""
    groups = member_workshops_for(request)
    if groups.check_in_consent == CheckInConsent.Choice.DECLINED:
        return None
    language = (get_language() or "en")[:2]
    found = member_check_ins(
        user=request.user,
        enrolled=groups.enrolled,
        sessions=groups.sessions,
        responses=groups.check_in_responses,
        language=language,
        consent=groups.check_in_consent,
    )
    modules = member_module_check_ins(user=request.user, language=language)
    if not (found.offers or found.answered or modules.offers or modules.answered):
        return None
    return {
        "offers": found.offers,
        "answered": found.answered,
        "module_offers": modules.offers,
        "modules_answered": modules.answered,
    }
