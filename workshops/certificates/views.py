"""Public verification, the member's download and choices. Thin: rules live in services/selectors.

The verification page is for strangers (a court clerk, an employer): it states the minimum,
the holder's name only if they chose so, is never cached or indexed, and is rate-limited.
"""

from http import HTTPStatus

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from cms import ratelimit
from workshops.certificates import codes, selectors, services
from workshops.certificates.forms import CertificatePreferenceForm, NameCheckForm, VerifyCodeForm


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _too_many(request: HttpRequest) -> HttpResponse:
    response = render(request, "workshops/certificates/too_many.html", status=HTTPStatus.TOO_MANY_REQUESTS)
    response["Retry-After"] = str(ratelimit.VERIFY_LOOKUP.seconds)
    return _private(response)


@never_cache
@require_safe
def verify_form(request: HttpRequest) -> HttpResponse:
    """The form for a typed code; a well-formed code goes on to its own page."""
    form = VerifyCodeForm(request.GET or None)
    status = HTTPStatus.OK
    if form.is_bound:
        code = codes.normalize(form.cleaned_data["code"]) if form.is_valid() else None
        if code is not None:
            return redirect("workshops:certificate_verify", code=code)
        if form.is_valid():
            form.add_error(
                "code", _("That is not a certificate code: it has 16 letters and digits, e.g. K7QX-3MZD-92TA-HRWE.")
            )
        status = HTTPStatus.BAD_REQUEST
    return _private(render(request, "workshops/certificates/verify_form.html", {"form": form}, status=status))


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest, code: str) -> HttpResponse:
    """Valid, revoked (with its date), replaced, or not found; then an optional name check."""
    if not ratelimit.allow(request, ratelimit.VERIFY_LOOKUP):
        return _too_many(request)
    result = selectors.verify(typed_code=code)
    normalized = codes.normalize(code)
    if result.found and normalized != code:
        # One address per certificate: lowercase or dash-less codes land on the canonical one.
        return redirect("workshops:certificate_verify", code=normalized)
    form = NameCheckForm(request.POST if request.method == "POST" else None)
    name_matches = None
    # "Not found" is an answer, not a missing page: 200, which also keeps Wagtail's redirect
    # lookup (run on every 404) off the page's three-query budget.
    status = HTTPStatus.OK
    if request.method == "POST" and result.found:
        if not ratelimit.allow(request, ratelimit.VERIFY_NAME):
            return _too_many(request)
        if form.is_valid():
            name_matches = result.name_matches(form.cleaned_data["name"])
        else:
            status = HTTPStatus.BAD_REQUEST
    context = {"result": result, "form": form, "name_matches": name_matches}
    return _private(render(request, "workshops/certificates/verify.html", context, status=status))


@login_required
@require_safe
def download(request: HttpRequest, pk: int) -> FileResponse:
    """The stored PDF, byte for byte as issued: to its holder and to program staff, 404 for anyone else."""
    certificate = selectors.downloadable_certificate(certificate_id=pk, user=request.user)
    if certificate is None:
        raise Http404
    try:
        stored = certificate.pdf.open("rb")
    except OSError as error:
        raise Http404 from error
    response = FileResponse(
        stored, as_attachment=True, filename=services.pdf_file_name(certificate), content_type="application/pdf"
    )
    return _private(response)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest) -> HttpResponse:
    """The member's name for future certificates and whether verifiers may see it."""
    preference = selectors.preference_for(member=request.user)
    initial = {"printed_name": preference.printed_name, "show_name_when_verified": preference.show_name_when_verified}
    form = CertificatePreferenceForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if form.is_valid():
            services.certificate_preference_update(
                member=request.user,
                printed_name=form.cleaned_data["printed_name"],
                show_name_when_verified=form.cleaned_data["show_name_when_verified"],
            )
            messages.success(request, _("Your certificate choices are saved."))
            return redirect(reverse("dashboard") + "#certificates")
        return render(request, "workshops/certificates/preferences.html", {"form": form}, status=HTTPStatus.BAD_REQUEST)
    return render(request, "workshops/certificates/preferences.html", {"form": form})
