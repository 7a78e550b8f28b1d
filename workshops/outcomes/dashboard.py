from django.http import HttpRequest
from django.utils.translation import get_language

from workshops.dashboard import member_workshops_for
from workshops.outcomes.selectors import member_check_ins


def check_ins_panel_context(request: HttpRequest) -> dict | None:
    """/me/'s check-in card: open check-ins, and links to the member's own before and after.
    Hidden when there is nothing to answer or look back on, and always for a member who said no."""
    groups = member_workshops_for(request)
    found = member_check_ins(
        user=request.user, enrolled=groups.enrolled, sessions=groups.sessions, language=(get_language() or "en")[:2]
    )
    if found.declined or not (found.offers or found.answered):
        return None
    return {"offers": found.offers, "answered": found.answered}
