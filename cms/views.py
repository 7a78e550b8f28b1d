from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe
from wagtail.models import Page

from cms.confirmation import DELETE_WORD, confirmation_matches, shown
from cms.consent import consent_record
from cms.dashboard import panels_for
from cms.forms import ConsentForm
from cms.services import account_erase, member_data_export


def bench_floor(request: HttpRequest) -> HttpResponse:
    """The cheapest possible page, through the same middleware: `make bench` measures pages
    against it. Mounted only when BENCH_FLOOR=1."""
    return HttpResponse("ok")


def bench_wagtail_route(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail finding the page at `path` (site, then each level of the tree), then nothing: what
    every page Wagtail serves pays before it renders. A reference for `make bench`, mounted only
    when BENCH_FLOOR=1."""
    if Page.route_for_request(request, f"/{path}") is None:
        raise Http404
    return HttpResponse("ok")


@never_cache
@login_required
@require_safe
def dashboard(request: HttpRequest) -> HttpResponse:
    """The member's own space: every app's panel, for this member only, rendered fresh."""
    return render(request, "cms/dashboard.html", {"panels": panels_for(request)})


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def consent(request: HttpRequest) -> HttpResponse:
    """Ask a member to accept the current privacy notice and terms (new versions ask again)."""
    next_url = request.POST.get("next") or request.GET.get("next") or reverse("dashboard")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("dashboard")
    form = ConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        consent_record(user=request.user, session=request.session)
        return redirect(next_url)
    return render(request, "cms/consent.html", {"form": form, "next": next_url})


@never_cache
@login_required
@require_safe
def member_export(request: HttpRequest) -> JsonResponse:
    """All of the member's data as a JSON download (/me/export/)."""
    response = JsonResponse(member_data_export(user=request.user), json_dumps_params={"indent": 2})
    response["Content-Disposition"] = 'attachment; filename="my-data.json"'
    return response


@never_cache
@login_required
@reauthentication_required
@require_http_methods(["GET", "POST"])
def member_delete(request: HttpRequest) -> HttpResponse:
    """Delete the member's account and personal data, after they confirm their password."""
    if request.method == "POST":
        if not confirmation_matches(request.POST.get("confirm", ""), DELETE_WORD):
            messages.error(request, _("Type the word %(word)s to confirm.") % {"word": shown(DELETE_WORD)})
            return render(request, "cms/account_delete.html", {"word": shown(DELETE_WORD)}, status=400)
        user = request.user
        logout(request)
        account_erase(user=user)
        messages.success(request, _("Your account and your data have been deleted."))
        return redirect("/")
    return render(request, "cms/account_delete.html", {"word": shown(DELETE_WORD)})
