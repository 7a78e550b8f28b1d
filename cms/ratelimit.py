"""A small fixed-window rate limit in Django's cache (Redis when several hosts share it).

For pages outside allauth's own flows (certificate checks, sending the sign-up email again):
allauth's helper reads allauth's own settings. The client address comes from allauth's
adapter, so the proxy settings that protect sign-in apply here too.
"""

from dataclasses import dataclass

from allauth.account.adapter import get_adapter
from django.core.cache import cache
from django.http import HttpRequest


@dataclass(frozen=True)
class Limit:
    action: str
    amount: int
    seconds: int


VERIFY_LOOKUP = Limit("certificate-verify", amount=30, seconds=300)
VERIFY_NAME = Limit("certificate-name", amount=10, seconds=300)
# Sending the sign-up email again: per client address, and per email address asked about.
RESEND_PER_CLIENT = Limit("verification-resend", amount=5, seconds=600)
RESEND_PER_ADDRESS = Limit("verification-resend-address", amount=1, seconds=180)


def client_key(request: HttpRequest) -> str:
    return get_adapter(request).get_client_ip(request) or "unknown"


def allow(request: HttpRequest, limit: Limit, *, key: str | None = None) -> bool:
    """Count one more request from this client (or for `key`); False once over the limit for the window."""
    key = f"ratelimit:{limit.action}:{key or client_key(request)}"
    if cache.add(key, 1, timeout=limit.seconds):
        return True
    try:
        used = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=limit.seconds)
        return True
    return used <= limit.amount
