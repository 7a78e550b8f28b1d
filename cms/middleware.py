"""Content-Security-Policy per area of the site."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.utils.cache import patch_cache_control

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
