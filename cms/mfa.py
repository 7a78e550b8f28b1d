"""Two-step sign-in: required for everyone who works with families' data when REQUIRE_STAFF_MFA=1.

One rule for the whole site (RequireStaffMFAMiddleware): a clinician, program staff member or
superuser whose session has not completed the second step opens nothing but the pages that set
it up or sign out. Deny by default: staff data is not only under /admin/ (certificate
downloads, session pages, calendars), and a page added later is covered without a decorator.
"""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from cms.languages import without_language_prefix
from cms.roles import is_staff_member

STRONG_TYPES = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)
# What a staff member may open before the second step: setting it up, signing in or out, and
# pages that carry no one's data. Not the account's email addresses or password change.
OPEN_BEFORE_SECOND_STEP = (
    "/accounts/2fa/",
    "/accounts/reauthenticate/",
    "/accounts/login/",
    "/accounts/logout/",
    "/accounts/signup/",
    "/accounts/inactive/",
    "/accounts/confirm-email/",
    "/accounts/password/reset/",
    "/static/",
    "/healthz/",
    "/i18n/setlang/",
    "/privacy/",
    "/terms/",
    "/contact/",
    "/browse-safely/",
    "/leave/",  # quick exit must always work: it signs out on the way
    "/accounts/verification/",
)


def requires_mfa(user) -> bool:
    return bool(settings.REQUIRE_STAFF_MFA) and (is_staff_member(user) or user.is_staff)


def has_strong_authenticator(user) -> bool:
    return Authenticator.objects.filter(user=user, type__in=STRONG_TYPES).exists()


# This session's user set up an authenticator, checking a code from it (allauth records codes
# entered at sign-in and re-authentication, not at set-up).
SET_UP_IN_SESSION = "kinship_second_step_at_set_up"


def second_step_done(request) -> bool:
    """allauth records each step of this session's sign-in; an "mfa" step is a code (or a
    recovery code) checked for this user, at sign-in or re-authentication. Set-up is ours."""
    if request.session.get(SET_UP_IN_SESSION) == str(request.user.pk):
        return True
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, request.user))


def record_second_step_at_set_up(sender, request, user, authenticator, **kwargs) -> None:
    """Setting up an authenticator checks a code from it: that is this session's second step."""
    if request is not None and authenticator.type in STRONG_TYPES and user.pk is not None:
        request.session[SET_UP_IN_SESSION] = str(user.pk)


class RequireStaffMFAMiddleware:
    """Sends clinicians, program staff and superusers to complete two-step sign-in (or set up an
    authenticator first) before any page other than the account pages opens."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and not without_language_prefix(request.path).startswith(OPEN_BEFORE_SECOND_STEP)
            and requires_mfa(user)
            and not second_step_done(request)
        ):
            return self.second_step_first(request)
        return self.get_response(request)

    def second_step_first(self, request):
        if has_strong_authenticator(request.user):
            messages.info(request, _("Enter a code from your authenticator app to continue."))
            next_path = request.get_full_path() if request.method == "GET" else "/"
            return redirect(f"{reverse('mfa_reauthenticate')}?{urlencode({'next': next_path})}")
        messages.warning(request, _("Set up two-step sign-in before you go on. It keeps families' data safe."))
        return redirect("mfa_activate_totp")
