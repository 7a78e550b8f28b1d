"""The member's own attendance on /me/: their marks per session, nobody else's."""

from django.http import HttpRequest

from workshops.dashboard import member_workshops_for


def attendance_panel_context(request: HttpRequest) -> dict | None:
    cohorts = member_workshops_for(request).attendance
    # Hidden until a session of one of their groups has started.
    return {"cohorts": cohorts, "time_zone": request.user.time_zone} if cohorts else None
