from django.http import HttpRequest
from django.utils.translation import get_language

from workshops.dashboard import member_workshops_for
from workshops.models import CheckInConsent
from workshops.outcomes.module_selectors import member_module_check_ins
from workshops.outcomes.selectors import consent_of, member_check_ins


def check_ins_panel_context(request: HttpRequest) -> dict | None:
    """/me/'s check-in card: open check-ins of groups and finished modules, and links to the
    member's own before and after. Hidden when there is nothing to answer or look back on, and
    always for a member who said no. One query when no group or module names a check-in."""
    language = (get_language() or "en")[:2]
    groups = member_workshops_for(request)
    found = member_check_ins(user=request.user, enrolled=groups.enrolled, sessions=groups.sessions, language=language)
    if found.declined:
        return None
    modules = member_module_check_ins(user=request.user, language=language)
    if not (found.offers or found.answered or modules.offers or modules.answered):
        return None
    # member_check_ins read the consent only when a group names a check-in.
    if not (found.offers or found.answered) and consent_of(request.user) == CheckInConsent.Choice.DECLINED:
        return None
    return {
        "offers": found.offers,
        "answered": found.answered,
        "module_offers": modules.offers,
        "modules_answered": modules.answered,
    }
