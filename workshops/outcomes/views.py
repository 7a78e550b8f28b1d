"""The member's check-in pages: who sees what (and a way to say no), the questions, "not this
time", and their own before and after side by side. No JavaScript; thin over services/selectors."""

from http import HTTPStatus

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from workshops.models import CheckInConsent, Occasion
from workshops.outcomes import selectors, services
from workshops.outcomes.questions import form_questions, value_label


def _problem(request: HttpRequest, message: str, *, status: int) -> HttpResponse:
    return render(request, "workshops/problem.html", {"message": message, "back": reverse("dashboard")}, status=status)


def _language() -> str:
    return (get_language() or "en")[:2]


def _no_store(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def check_in(request: HttpRequest, pk: int, occasion: str) -> HttpResponse:
    offer = selectors.offer_for(user=request.user, enrollment_id=pk, occasion=occasion, language=_language())
    if offer is None:
        return _problem(request, _("This check-in is not open for you right now."), status=HTTPStatus.NOT_FOUND)
    consent = selectors.consent_of(request.user)
    if consent == CheckInConsent.Choice.DECLINED:
        return _problem(request, _("You asked us not to ask you, so we will not."), status=HTTPStatus.GONE)
    if selectors.already_answered(enrollment_id=pk, occasion=occasion):
        return _problem(request, _("You have already answered this check-in."), status=HTTPStatus.CONFLICT)
    if consent is None:
        return _no_store(render(request, "workshops/outcomes/consent.html", {"offer": offer}))
    context = {"offer": offer, "questions": form_questions(offer.check_in)}
    status = HTTPStatus.OK
    if request.method == "POST":
        try:
            services.check_in_answer(
                member=request.user, enrollment_id=pk, occasion=occasion, data=request.POST, language=_language()
            )
        except services.CheckInRefused as error:
            if not error.errors:
                return _problem(request, error.message, status=error.status)
            context.update(
                message=error.message,
                questions=form_questions(offer.check_in, posted=request.POST, errors=error.errors),
            )
            status = error.status
        else:
            messages.success(request, _("Thank you. Your answers are saved."))
            return redirect("workshops:check_in_results", pk=pk)
    return _no_store(render(request, "workshops/outcomes/check_in.html", context, status=status))


@login_required
@require_POST
def consent(request: HttpRequest, pk: int, occasion: str) -> HttpResponse:
    choice = request.POST.get("choice")
    if choice not in ("agree", "decline") or occasion not in Occasion.values:
        return _problem(request, _("Please use the buttons on the page."), status=HTTPStatus.BAD_REQUEST)
    services.consent_record(member=request.user, agreed=choice == "agree")
    if choice == "agree":
        return redirect("workshops:check_in_form", pk=pk, occasion=occasion)
    messages.success(request, _("Thank you for telling us. We will not ask you again."))
    return redirect("dashboard")


@login_required
@require_POST
def skip(request: HttpRequest, pk: int, occasion: str) -> HttpResponse:
    try:
        services.check_in_skip(member=request.user, enrollment_id=pk, occasion=occasion, language=_language())
    except services.CheckInRefused as error:
        return _problem(request, error.message, status=error.status)
    messages.success(request, _("Okay. We will not ask you this time."))
    return redirect("dashboard")


@never_cache
@login_required
@require_safe
def results(request: HttpRequest, pk: int) -> HttpResponse:
    own = selectors.own_before_after(user=request.user, enrollment_id=pk, language=_language())
    if own is None:
        return _problem(request, _("We could not find this group in your groups."), status=HTTPStatus.NOT_FOUND)
    enrollment, rows, comments = own
    table = [(row.text, value_label(row.kind, row.before), value_label(row.kind, row.after)) for row in rows]
    context = {"enrollment": enrollment, "rows": table, "comments": comments}
    return _no_store(render(request, "workshops/outcomes/results.html", context))
