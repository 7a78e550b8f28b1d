"""A small fixed-window rate limit in Django's cache (Redis when several hosts share it).

For pages outside allauth's own flows (certificate checks, sending the sign-up email again):
allauth's helper reads allauth's own settings. The client address comes from allauth's
adapter, so the proxy settings that protect sign-in apply here too.
An IPv6 client is counted by its network (/64 like allauth, ALLAUTH_RATE_LIMIT_IPV6_PREFIX): one
household or server gets a whole /64 and could otherwise rotate addresses inside it.

While the cache is unreachable each limit decides as its `fail_open` says (docs/configuration.md).
"""

import ipaddress
from dataclasses import dataclass

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

from cms.cache_backends import cache_is_reachable


@dataclass(frozen=True)
class Limit:
    action: str
    amount: int
    seconds: int
    # True: allow while the counter cannot be kept; False: refuse.
    fail_open: bool


# Codes are unguessable; employers checking a certificate should not be turned away.
VERIFY_LOOKUP = Limit("certificate-verify", amount=30, seconds=300, fail_open=True)
# Confirming a typed name lets a caller guess names: never without a counter.
VERIFY_NAME = Limit("certificate-name", amount=10, seconds=300, fail_open=False)
# Sending the sign-up email again: per client address, and per email address asked about. Closed
# while uncounted: an open door would let anyone make the program's server send mail in bulk.
RESEND_PER_CLIENT = Limit("verification-resend", amount=5, seconds=600, fail_open=False)
RESEND_PER_ADDRESS = Limit("verification-resend-address", amount=1, seconds=180, fail_open=False)


def address_key(address: str) -> str:
    """The address itself, or for IPv6 its network (the /64 an ISP gives one customer)."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped:
            return str(parsed.ipv4_mapped)
        prefix = getattr(settings, "ALLAUTH_RATE_LIMIT_IPV6_PREFIX", 64)
        return str(ipaddress.IPv6Network(f"{parsed}/{prefix}", strict=False))
    return address


def client_key(request: HttpRequest) -> str:
    return address_key(get_adapter(request).get_client_ip(request) or "unknown")


def allow(request: HttpRequest, limit: Limit, *, key: str | None = None) -> bool:
    """Count one more request from this client (or for `key`); False once over the limit for the window."""
    key = f"ratelimit:{limit.action}:{key or client_key(request)}"
    if cache.add(key, 1, timeout=limit.seconds):
        return True
    try:
        used = cache.incr(key)
    except ValueError:  # expired between add and incr, or the cache is unreachable
        if not cache_is_reachable():
            return limit.fail_open
        cache.add(key, 1, timeout=limit.seconds)
        return True
    return used <= limit.amount
