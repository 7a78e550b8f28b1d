"""The member's practice answer: one POST from the session page or /me/, no JavaScript needed.

Thin: the rules live in workshops.practice.services; a refusal is shown with its message and
status (4xx), and nothing is written.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from workshops.practice import services

# Where the form was sent from, so the member lands back there.
BACK_TO_DASHBOARD = "me"


@login_required
@require_POST
def practice_answer(request: HttpRequest, pk: int) -> HttpResponse:
    back = reverse("dashboard") if request.POST.get("back") == BACK_TO_DASHBOARD else None
    try:
        services.practice_answer_save(
            session_id=pk,
            member=request.user,
            answer=request.POST.get("answer", ""),
            note=request.POST.get("note", ""),
        )
    except services.PracticeRefused as error:
        return render(
            request,
            "workshops/problem.html",
            {"message": error.message, "back": back or reverse("workshops:session", args=[pk])},
            status=error.status,
        )
    messages.success(request, _("Thank you. Your practice is saved in your journal."))
    return redirect(back or reverse("workshops:session", args=[pk]) + "#practice")
