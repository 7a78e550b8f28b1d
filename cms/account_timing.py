"""Account answers leave on a fixed beat, so their timing says nothing about an address.

Sign-up, sign-in and password reset already do the same work whether or not an address has an
account (cms/account_forms.py), but the database does not: creating an account writes rows that
an existing address does not, a few milliseconds a stranger with a stopwatch can measure. Each
answer to those forms is held until the next multiple of ACCOUNT_TIMING_QUANTUM_SECONDS since
the request began, so both kinds leave at the same moment.
"""

import math
import time

from django.conf import settings

from cms.languages import without_language_prefix

EVEN_PATHS = frozenset({"/accounts/signup/", "/accounts/login/", "/accounts/password/reset/", "/admin/login/"})


class EvenAccountTimingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        quantum = settings.ACCOUNT_TIMING_QUANTUM_SECONDS
        if quantum <= 0 or request.method != "POST" or without_language_prefix(request.path) not in EVEN_PATHS:
            return self.get_response(request)
        started = time.monotonic()
        response = self.get_response(request)
        elapsed = time.monotonic() - started
        time.sleep(max(1, math.ceil(elapsed / quantum)) * quantum - elapsed)
        return response
