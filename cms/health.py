"""/healthz/ for load balancers and orchestrators, and the page shown while the database is down.

Probes come from addresses, not names (`Host: 10.0.0.7`), so /healthz/ is answered by a
middleware placed before anything reads the host; every other URL keeps Django's host check.
"""

import logging
import os
import sys

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import DatabaseError, InterfaceError, OperationalError, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from cms.cache_backends import cache_is_reachable

logger = logging.getLogger(__name__)

HEALTH_PATH = "/healthz/"
STORAGE_PROBE = "healthz/probe.txt"


def database_is_up() -> bool:
    """A write in a transaction: a read-only replica or a full disk is down for Kinship too."""
    from cms.models import HealthProbe

    try:
        with transaction.atomic():
            HealthProbe.objects.update_or_create(pk=1, defaults={"checked_at": timezone.now()})
    except DatabaseError as error:
        logger.warning("health: database down (%s)", error)
        return False
    return True


def cache_is_up() -> bool:
    return all(cache_is_reachable(alias) for alias in settings.CACHES)


def storage_is_up() -> bool:
    """Write and remove a small file where uploads and certificate PDFs go."""
    try:
        name = default_storage.save(f"healthz/probe-{os.getpid()}.txt", ContentFile(b"ok"))
        default_storage.delete(name)
    except Exception as error:  # any storage backend's own error: local disk, S3, ...
        logger.warning("health: media storage down (%s)", error)
        return False
    return True


CHECKS = {"database": database_is_up, "cache": cache_is_up, "storage": storage_is_up}


def health_response() -> JsonResponse:
    down = [name for name, check in CHECKS.items() if not check()]
    if down:
        response = JsonResponse({"status": "unavailable", "down": down}, status=503)
    else:
        response = JsonResponse({"status": "ok"})
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    return health_response()


class HealthCheckMiddleware:
    """Answers GET/HEAD /healthz/ before any host validation; first in MIDDLEWARE."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info != HEALTH_PATH:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            response = HttpResponse(status=405)
            response["Allow"] = "GET, HEAD"
            return response
        return health_response()


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a plain 503 maintenance page when the database is what failed, else Django's 500.

    The page reads nothing from the database (no site settings, no session), so it can be shown
    while the database is away; Retry-After tells browsers and crawlers to come back.
    """
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "60"
        response["Cache-Control"] = "no-store"
        return response
    return defaults.server_error(request)
