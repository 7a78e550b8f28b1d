"""Two-step sign-in: required for everyone who works in the admin when REQUIRE_STAFF_MFA=1."""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from cms.roles import is_staff_member

STRONG_TYPES = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)
# Pages a staff member without an authenticator may still open: setting one up, and leaving.
SETUP_PATH_PREFIXES = ("/accounts/2fa/", "/accounts/logout/", "/accounts/reauthenticate/")


def requires_mfa(user) -> bool:
    return bool(settings.REQUIRE_STAFF_MFA) and is_staff_member(user)


def has_strong_authenticator(user) -> bool:
    return Authenticator.objects.filter(user=user, type__in=STRONG_TYPES).exists()


class RequireStaffMFAMiddleware:
    """Sends clinicians, program staff and superusers to set up an authenticator app before
    any admin page opens. Their sign-in then asks for the code (allauth's MFA stage)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path.startswith("/admin/")
            and request.user.is_authenticated
            and requires_mfa(request.user)
            and not has_strong_authenticator(request.user)
        ):
            messages.warning(
                request, _("Set up two-step sign-in before you use the admin. It keeps families' data safe.")
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
