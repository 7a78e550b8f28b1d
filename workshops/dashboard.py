from django.http import HttpRequest

from workshops.selectors import MemberWorkshops, member_workshops


def member_workshops_for(request: HttpRequest) -> MemberWorkshops:
    """Read once per request: the groups, attendance and certificates panels share the reads."""
    data = getattr(request, "_kinship_member_workshops", None)
    if data is None or data[0] != request.user.pk:
        data = request._kinship_member_workshops = (request.user.pk, member_workshops(user=request.user))
    return data[1]


def workshops_panel_context(request: HttpRequest) -> dict:
    return member_workshops_for(request).summary
