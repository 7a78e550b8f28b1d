from django.http import HttpRequest

from workshops.selectors import member_workshops_summary


def workshops_panel_context(request: HttpRequest) -> dict:
    return member_workshops_summary(user=request.user)
