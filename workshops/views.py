"""Member views: sign up, leave, sessions, calendars. Thin: the rules live in services and selectors."""

from http import HTTPStatus

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from cms.handouts.responses import stored_pdf_response
from cms.languages import localized_path
from workshops import selectors, services
from workshops.attendance import selectors as attendance_selectors
from workshops.attendance import services as attendance_services
from workshops.forms import EnrollmentForm
from workshops.handouts import services as handout_services
from workshops.ics import CALENDAR_CONTENT_TYPE, build_calendar
from workshops.models import ACTIVE_ENROLLMENT_STATUSES, Enrollment, EnrollmentStatus
from workshops.outcomes import selectors as outcome_selectors
from workshops.practice import selectors as practice_selectors

ENROLLED_MESSAGES = {
    EnrollmentStatus.ENROLLED: _("You are in the group. We sent you an email with the dates."),
    EnrollmentStatus.WAITLISTED: _(
        "The group is full, so you are on the waitlist. We will email you if a place opens."
    ),
    EnrollmentStatus.PENDING: _("Thank you. The team will look at your request and email you."),
}


def _problem(
    request: HttpRequest, message: str, *, status: int = HTTPStatus.BAD_REQUEST, back: str = ""
) -> HttpResponse:
    return render(
        request,
        "workshops/problem.html",
        {"message": message, "back": back or localized_path("/workshops/")},
        status=status,
    )


def _calendar_response(body: bytes, *, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=CALENDAR_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def enroll(request: HttpRequest, cohort_id: int) -> HttpResponse:
    offer = selectors.cohort_offer(cohort_id=cohort_id, user=request.user)
    if offer is None:
        return _problem(
            request, _("We could not find that group. It may have been removed."), status=HTTPStatus.NOT_FOUND
        )
    workshop_url = offer.cohort.workshop.url
    # Bound on any POST, even an empty one, so a bare submission shows what is missing.
    form = EnrollmentForm(request.POST if request.method == "POST" else None)
    status = HTTPStatus.OK
    if request.method == "POST":
        if form.is_valid():
            try:
                enrollment = services.enrollment_create(
                    cohort_id=offer.cohort.pk,
                    member=request.user,
                    relationship=form.cleaned_data["relationship"],
                    confidentiality_acknowledged=form.cleaned_data["confidentiality"],
                )
            except services.WorkshopError as error:
                return _problem(request, error.message, back=workshop_url)
            messages.success(request, ENROLLED_MESSAGES[enrollment.status])
            return redirect("dashboard")
        status = HTTPStatus.BAD_REQUEST
    return render(request, "workshops/enroll.html", {"offer": offer, "form": form}, status=status)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    enrollment = get_object_or_404(
        Enrollment.objects.select_related("cohort__workshop"),
        pk=pk,
        member=request.user,
        status__in=ACTIVE_ENROLLMENT_STATUSES,
    )
    if request.method == "POST":
        try:
            services.enrollment_withdraw(enrollment_id=enrollment.pk, member=request.user)
        except services.WorkshopError as error:
            return _problem(request, error.message, back="/me/")
        messages.success(request, _("You have left the group. You can sign up again while it is open."))
        return redirect("dashboard")
    return render(request, "workshops/withdraw.html", {"enrollment": enrollment})


@never_cache
@login_required
@require_safe
def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return session_page(request, pk)


def session_page(request: HttpRequest, pk: int, *, check_in_error: str = "", status: int = 200) -> HttpResponse:
    """The session page; with `check_in_error`, the check-in form shows it next to the code field."""
    view = selectors.session_view(session_id=pk, user=request.user)
    if view is None:
        raise Http404
    attendance = attendance_selectors.member_session_state(view=view)
    practice = practice_selectors.session_practice(view=view, user=request.user)
    outcome_offer = outcome_selectors.session_offer(view=view, user=request.user, language=request.LANGUAGE_CODE[:2])
    context = {
        "view": view,
        "attendance": attendance,
        "practice": practice,
        "check_in_error": check_in_error,
        "outcome_offer": outcome_offer,
    }
    response = render(request, "workshops/session_page.html", context, status=status)
    response["Cache-Control"] = "private, no-store"  # the Join link depends on the minute
    return response


@login_required
@require_safe
def session_handout(request: HttpRequest, pk: int) -> HttpResponse:
    """ "Print or save as PDF" on a session page: the session's handout, in the group's language."""
    view = selectors.session_view(session_id=pk, user=request.user)
    if view is None:
        raise Http404
    handout = handout_services.session_handout_request(
        session=view.session, workshop=handout_services.curriculum_for(view.cohort)
    )
    back = reverse("workshops:session", args=[pk])
    return stored_pdf_response(request, handout, title=view.session.title, back_url=back)


@never_cache
@login_required
@require_safe
def session_join(request: HttpRequest, pk: int) -> HttpResponse:
    """Send the member on to the video meeting, only while the Join link is shown."""
    view = selectors.session_view(session_id=pk, user=request.user)
    if view is None:
        raise Http404
    if not view.can_join:
        return _problem(
            request,
            _("The link to join opens 15 minutes before the session starts and closes when it ends."),
            status=HTTPStatus.FORBIDDEN,
            back=reverse("workshops:session", args=[pk]),
        )
    if view.is_enrolled:
        # Staff see the time as a hint on the attendance sheet; it proves nothing by itself.
        attendance_services.join_record(session_id=view.session.pk, member=request.user)
    return HttpResponseRedirect(view.cohort.meeting_url)


@login_required
@require_safe
def session_calendar(request: HttpRequest, pk: int) -> HttpResponse:
    view = selectors.session_view(session_id=pk, user=request.user)
    if view is None or not view.may_download_calendar:
        raise Http404
    body = build_calendar(
        [view.session],
        totals={view.cohort.pk: view.total_sessions},
        method="PUBLISH",
        language=request.user.preferred_language,
    )
    return _calendar_response(body, filename=f"session-{view.session.number}.ics")


@require_safe
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The private subscription feed. An unknown or revoked token is a plain 404."""
    sessions = selectors.feed_sessions(token=token)
    if sessions is None:
        raise Http404
    totals = {session.cohort_id: session.cohort_total for session in sessions}
    body = build_calendar(sessions, totals=totals, feed=True, language=sessions.language)
    response = _calendar_response(body, filename="sessions.ics")
    response["Content-Disposition"] = 'inline; filename="sessions.ics"'
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
@require_POST
def calendar_link(request: HttpRequest) -> HttpResponse:
    """Make a new private calendar address (replacing any old one) or stop the current one."""
    action = request.POST.get("action")
    if action == "create":
        services.calendar_feed_create(member=request.user)
        messages.success(request, _("Your calendar link is ready. Any older link no longer works."))
    elif action == "revoke":
        services.calendar_feed_revoke(member=request.user)
        messages.success(request, _("Your calendar link no longer works. Calendars using it will stop updating."))
    else:
        return _problem(request, _("Please use the buttons on your page."), back=reverse("dashboard"))
    return redirect(reverse("dashboard") + "#calendar")
