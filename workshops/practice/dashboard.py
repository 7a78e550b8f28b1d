from django.http import HttpRequest

from workshops.practice.selectors import practice_notes, this_weeks_practice

NOTES_ON_DASHBOARD = 5


def practice_panel_context(request: HttpRequest) -> dict | None:
    """The practice card of /me/: hidden for people with no open practice and no notes."""
    this_week = this_weeks_practice(user=request.user)
    notes = practice_notes(user=request.user, limit=NOTES_ON_DASHBOARD)
    if not this_week and not notes:
        return None
    return {"this_week": this_week, "notes": notes, "time_zone": request.user.time_zone}
