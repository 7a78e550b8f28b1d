"""The member's check-in pages: who sees what (and a way to say no), the questions, "not this
time", and their own before and after side by side. No JavaScript; thin over services/selectors."""

from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from workshops.models import CheckInConsent, Occasion
from workshops.outcomes import module_selectors, selectors, services
from workshops.outcomes.questions import form_questions, value_label


def _problem(request: HttpRequest, message: str, *, status: int) -> HttpResponse:
    return render(request, "workshops/problem.html", {"message": message, "back": reverse("dashboard")}, status=status)


def _language() -> str:
    return (get_language() or "en")[:2]


def _no_store(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "private, no-store"
    return response


@dataclass(frozen=True)
class Flow:
    """What differs between a group's check-in and a module's: the same pages serve both
    (the URLs pass `flow`), each reading and writing through its own selectors and services."""

    offer_for: Callable  # (user, pk, occasion, language) -> offer or None
    already_answered: Callable  # (user, offer) -> bool
    answer: Callable  # (member, pk, occasion, data, language)
    skip: Callable  # (member, pk, occasion, language) -> where to go next
    form_url: str
    results_url: str


GROUP = Flow(
    offer_for=lambda user, pk, occasion, language: selectors.offer_for(
        user=user, enrollment_id=pk, occasion=occasion, language=language
    ),
    already_answered=lambda user, offer: selectors.already_answered(
        enrollment_id=offer.enrollment.pk, occasion=offer.occasion
    ),
    answer=lambda member, pk, occasion, data, language: services.check_in_answer(
        member=member, enrollment_id=pk, occasion=occasion, data=data, language=language
    ),
    skip=lambda member, pk, occasion, language: (
        services.check_in_skip(member=member, enrollment_id=pk, occasion=occasion, language=language)
        or reverse("dashboard")
    ),
    form_url="workshops:check_in_form",
    results_url="workshops:check_in_results",
)
MODULE = Flow(
    offer_for=lambda user, pk, occasion, language: module_selectors.module_offer_for(
        user=user, module_id=pk, occasion=occasion, language=language
    ),
    already_answered=lambda user, offer: module_selectors.already_answered(
        user=user, module=offer.module, occasion=offer.occasion
    ),
    answer=lambda member, pk, occasion, data, language: services.module_check_in_answer(
        member=member, module_id=pk, occasion=occasion, data=data, language=language
    ),
    skip=lambda member, pk, occasion, language: (
        services.module_check_in_skip(member=member, module_id=pk, occasion=occasion, language=language).url
    ),  # back to the module
    form_url="workshops:module_check_in_form",
    results_url="workshops:module_check_in_results",
)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def check_in(request: HttpRequest, pk: int, occasion: str, flow: Flow = GROUP) -> HttpResponse:
    offer = flow.offer_for(request.user, pk, occasion, _language())
    if offer is None:
        return _problem(request, _("This check-in is not open for you right now."), status=HTTPStatus.NOT_FOUND)
    consent = selectors.consent_of(request.user)
    if consent == CheckInConsent.Choice.DECLINED:
        return _problem(request, _("You asked us not to ask you, so we will not."), status=HTTPStatus.GONE)
    if flow.already_answered(request.user, offer):
        return _problem(request, _("You have already answered this check-in."), status=HTTPStatus.CONFLICT)
    if consent is None:
        return _no_store(render(request, "workshops/outcomes/consent.html", {"offer": offer}))
    context = {"offer": offer, "questions": form_questions(offer.check_in)}
    status = HTTPStatus.OK
    if request.method == "POST":
        try:
            flow.answer(request.user, pk, occasion, request.POST, _language())
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
            return redirect(flow.results_url, pk=pk)
    return _no_store(render(request, "workshops/outcomes/check_in.html", context, status=status))


@login_required
@require_POST
def consent(request: HttpRequest, pk: int, occasion: str, flow: Flow = GROUP) -> HttpResponse:
    choice = request.POST.get("choice")
    if choice not in ("agree", "decline") or occasion not in Occasion.values:
        return _problem(request, _("Please use the buttons on the page."), status=HTTPStatus.BAD_REQUEST)
    services.consent_record(member=request.user, agreed=choice == "agree")
    if choice == "agree":
        return redirect(flow.form_url, pk=pk, occasion=occasion)
    messages.success(request, _("Thank you for telling us. We will not ask you again."))
    return redirect("dashboard")


@login_required
@require_POST
def skip(request: HttpRequest, pk: int, occasion: str, flow: Flow = GROUP) -> HttpResponse:
    try:
        next_url = flow.skip(request.user, pk, occasion, _language())
    except services.CheckInRefused as error:
        return _problem(request, error.message, status=error.status)
    messages.success(request, _("Okay. We will not ask you this time."))
    return redirect(next_url)


@never_cache
@login_required
@require_safe
def results(request: HttpRequest, pk: int) -> HttpResponse:
    own = selectors.own_before_after(user=request.user, enrollment_id=pk, language=_language())
    if own is None:
        return _problem(request, _("We could not find this group in your groups."), status=HTTPStatus.NOT_FOUND)
    enrollment, rows, comments = own
    return _results_page(request, eyebrow=enrollment.cohort.name, rows=rows, comments=comments)


@never_cache
@login_required
@require_safe
def module_results(request: HttpRequest, pk: int) -> HttpResponse:
    own = module_selectors.own_module_before_after(user=request.user, module_id=pk, language=_language())
    if own is None:
        return _problem(request, _("We could not find this module."), status=HTTPStatus.NOT_FOUND)
    module, rows, comments = own
    return _results_page(request, eyebrow=module.title, rows=rows, comments=comments)


def _results_page(request: HttpRequest, *, eyebrow: str, rows, comments) -> HttpResponse:
    table = [(row.text, value_label(row.kind, row.before), value_label(row.kind, row.after)) for row in rows]
    context = {"eyebrow": eyebrow, "rows": table, "comments": comments}
    return _no_store(render(request, "workshops/outcomes/results.html", context))


def module_urlpatterns() -> list:
    """A module's check-in pages: the same views as a group's, through the module flow."""
    module = {"flow": MODULE}
    return [
        path("learn-check-ins/<int:pk>/my-answers/", module_results, name="module_check_in_results"),
        path("learn-check-ins/<int:pk>/<str:occasion>/", check_in, module, name="module_check_in_form"),
        path("learn-check-ins/<int:pk>/<str:occasion>/consent/", consent, module, name="module_check_in_consent"),
        path("learn-check-ins/<int:pk>/<str:occasion>/skip/", skip, module, name="module_check_in_skip"),
    ]
