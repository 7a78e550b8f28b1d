"""Content-Security-Policy per area of the site."""

from csp.middleware import CSPMiddleware, PolicyParts

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
