from django.http import HttpRequest

from learning.selectors import member_learning_summary


def learning_panel_context(request: HttpRequest) -> dict:
    return member_learning_summary(user=request.user)
