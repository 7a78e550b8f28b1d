"""Member views for attendance: check in with the facilitator's code, send or take back an apology.

Thin: the rules and refusals live in workshops.attendance.services; a refusal is shown with
its message and status (4xx), and nothing is written.
"""

from http import HTTPStatus

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from workshops.attendance import services
from workshops.views import session_page

# Refusals about the code itself (wrong, or too many wrong ones): shown on the session page.
CODE_PROBLEMS = (HTTPStatus.BAD_REQUEST, HTTPStatus.TOO_MANY_REQUESTS)


def _refused(request: HttpRequest, pk: int, error: services.AttendanceRefused) -> HttpResponse:
    back = reverse("workshops:session", args=[pk]) if error.status != HTTPStatus.NOT_FOUND else reverse("dashboard")
    return render(request, "workshops/problem.html", {"message": error.message, "back": back}, status=error.status)


@login_required
@require_POST
def check_in(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        services.check_in(
            session_id=pk,
            member=request.user,
            enrollment_id=request.POST.get("enrollment", ""),
            code=request.POST.get("code", ""),
        )
    except services.AttendanceRefused as error:
        if error.status in CODE_PROBLEMS:
            # A mistyped code: the same page, the message next to the field, what was typed kept.
            return session_page(request, pk, check_in_error=error.message, status=error.status)
        return _refused(request, pk, error)
    messages.success(request, _("You are checked in. Welcome!"))
    return redirect("workshops:session", pk=pk)


@login_required
@require_POST
def apology(request: HttpRequest, pk: int) -> HttpResponse:
    action = request.POST.get("action")
    try:
        if action == "send":
            services.apology_send(session_id=pk, member=request.user, note=request.POST.get("note", ""))
            messages.success(request, _("Thank you for letting the team know. You are marked as excused."))
        elif action == "withdraw":
            services.apology_withdraw(session_id=pk, member=request.user)
            messages.success(request, _("Your apology is taken back. We look forward to seeing you."))
        else:
            raise services.AttendanceRefused(_("Please use the buttons on the session page."))
    except services.AttendanceRefused as error:
        return _refused(request, pk, error)
    return redirect("workshops:session", pk=pk)
