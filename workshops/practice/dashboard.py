from django.http import HttpRequest

from workshops.dashboard import member_workshops_for
from workshops.practice.selectors import member_practice

NOTES_ON_DASHBOARD = 5


def practice_panel_context(request: HttpRequest) -> dict | None:
    """The practice card of /me/: hidden for people with no open practice and no notes."""
    practice = member_practice(user=request.user, groups=member_workshops_for(request), notes=NOTES_ON_DASHBOARD)
    if not practice.this_week and not practice.notes:
        return None
    return {"this_week": practice.this_week, "notes": practice.notes, "time_zone": request.user.time_zone}
