"""The first card on /me/: the member's next session, with Join while the call is open."""

from django.http import HttpRequest

from workshops.dashboard import member_workshops_for


def next_session_panel_context(request: HttpRequest) -> dict | None:
    """The first upcoming session that is not cancelled; hidden when there is none. No queries
    of its own: it reads what the groups panel reads (workshops.dashboard)."""
    summary = member_workshops_for(request).summary
    upcoming = [item for item in summary["upcoming"] if not item.session.is_cancelled]
    if not upcoming:
        return None
    return {"next": upcoming[0], "time_zone": summary["time_zone"]}
