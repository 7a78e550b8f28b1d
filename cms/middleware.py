"""Request-wide rules: a CSP per area of the site, private caching when signed in, consent first."""

from urllib.parse import urlencode

from csp.middleware import CSPMiddleware, PolicyParts
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import patch_cache_control

from cms.languages import without_language_prefix

# Wagtail's admin renders inline styles and a few inline scripts; public pages never do.
ADMIN_POLICY_REPLACE = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "frame-ancestors": ["'self'"],
}


class KinshipCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if request.path.startswith("/admin/"):
            parts.replace = {**ADMIN_POLICY_REPLACE, **(parts.replace or {})}
            # A nonce would switch 'unsafe-inline' off, so the admin gets none.
            parts.nonce = None
        return parts


class PrivateWhenSignedInMiddleware:
    """Pages seen by a signed-in person may show their own progress or journal: never let a
    browser or shared proxy keep them. Anonymous pages keep whatever caching they chose."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response


class ConsentMiddleware:
    """A signed-in person who has not accepted the current privacy notice and terms is asked
    to before anything else (a new version asks again). The admin is exempt: staff work there
    under their program's own agreements, and families cannot open it."""

    EXEMPT_PREFIXES = (
        "/accounts/",
        "/privacy/",
        "/terms/",
        "/browse-safely/",
        "/contact/",
        "/leave/",
        "/me/consent/",
        "/me/export/",
        "/me/delete/",
        "/static/",
        "/media/",
        "/healthz/",
        "/admin/",
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from cms.consent import has_current_consent

        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not without_language_prefix(request.path).startswith(self.EXEMPT_PREFIXES)
            and not has_current_consent(user=user, session=request.session)
        ):
            return redirect(f"{reverse('consent')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


# Nothing here uses the camera, microphone, location or sensors; embedded videos may go full screen.
PERMISSIONS_POLICY = ", ".join(
    [
        "accelerometer=()",
        "browsing-topics=()",
        "camera=()",
        "display-capture=()",
        "geolocation=()",
        "gyroscope=()",
        "magnetometer=()",
        "microphone=()",
        "payment=()",
        "usb=()",
        'fullscreen=(self "https://www.youtube-nocookie.com" "https://player.vimeo.com")',
    ]
)


class PermissionsPolicyMiddleware:
    """A Permissions-Policy header on every response: a page (or an injected script or frame)
    cannot ask a family's browser for the camera, microphone or location."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
