"""Quick exit: leave for a neutral site and end the session on the way out.

A plain link (GET) on purpose: it must work without JavaScript, from any page, in one tap.
It only signs out and sends the person to the program's own neutral address (never one
from the request), so the worst a stranger can do with it is sign someone out.
"""

from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from cms.models import SiteSettings

FALLBACK_NEUTRAL_URL = "https://www.weather.gov/"


@never_cache
@require_http_methods(["GET", "POST"])
def quick_exit(request: HttpRequest) -> HttpResponse:
    """Sign out (the session is deleted, so Back finds nothing private) and go to the neutral site."""
    neutral_url = SiteSettings.for_request(request).quick_exit_url or FALLBACK_NEUTRAL_URL
    logout(request)
    response = HttpResponseRedirect(neutral_url)
    # Asks the browser to drop this site's cached pages (including back/forward copies) and cookies.
    response["Clear-Site-Data"] = '"cache", "cookies"'
    # The neutral site must not learn where the person came from.
    response["Referrer-Policy"] = "no-referrer"
    return response
