"""Signed-in pages served from the cache while nothing on them has changed: the staff attendance
pages (workshops/attendance/page_cache.py) and the member's /me/ (cms/views.py).

The caller gives what the page shows as key parts (versions, fingerprints read from the
database, so every process agrees at once) and, after rendering, when the page would next look
different with the same data (check-in opens, a session starts). This module adds everything
about the reader that the page's frame shows: the same user (name, email, superuser flag, group
names, Wagtail profile settings), language, time zone, sidebar state, address with its query
string, and the content generation (cms/page_cache.py: publishes and settings). A copy ends at
the caller's moment or after PAGE_CACHE_SECONDS at most. Nothing is used or stored while
messages are waiting to be shown, or for any answer but a 200 to a GET.

CSRF: every token of the reader's secret in the stored copy is replaced by a placeholder, and by
the reader's own token when the copy is served (the same person's second browser has its own).
Access is checked before the cache is asked: the cache never decides who may see a page.
"""

import hashlib
import re
import time
from collections.abc import Callable
from datetime import datetime

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import _unmask_cipher_token, get_token
from django.utils import timezone
from django.utils.translation import get_language

from cms.page_cache import CACHE_HEADER, CSRF_PLACEHOLDER, _generation, cache_seconds
from cms.roles import group_names

KEY_PREFIX = "kinship:private-page"
_MASKED_TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
_KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Content-Language")


def _enabled() -> bool:
    # PRIVATE_PAGE_CACHE=0 turns this cache off alone (the per-process lookups stay).
    return cache_seconds() > 0 and getattr(settings, "PRIVATE_PAGE_CACHE", True)


def _messages_waiting(request) -> bool:
    # len() loads them without marking them shown: a page rendered afterwards still shows them.
    return len(get_messages(request)) > 0


def _key(request, key_parts: list | Callable[[], list], *, groups_in_parts: bool) -> str:
    user = request.user
    profile = getattr(user, "wagtail_userprofile", None)
    parts = [
        *(key_parts() if callable(key_parts) else key_parts),
        _generation(),
        user.pk,
        user.get_username(),
        getattr(user, "display_name", ""),  # the account menu names them
        user.is_superuser,
        "" if groups_in_parts else ",".join(sorted(group_names(user))),
        *(getattr(profile, name, "") for name in ("theme", "density", "contrast")),
        get_language(),
        timezone.get_current_timezone_name(),
        timezone.localdate().isoformat(),  # export file names carry the date
        request.COOKIES.get("wagtail_sidebar_collapsed", "0"),
        request.get_full_path(),
    ]
    return f"{KEY_PREFIX}:{hashlib.sha256(repr(parts).encode()).hexdigest()}"


def _without_tokens(content: bytes, request) -> bytes:
    """Every masked form of this request's CSRF secret, wherever the page put one, as the placeholder."""
    secret = request.META.get("CSRF_COOKIE")
    if not secret:
        return content
    # Text a member typed that equals the placeholder is kept as text: the same characters, one
    # written as an HTML reference, so serving the copy does not swap in the reader's token.
    content = content.replace(CSRF_PLACEHOLDER.encode(), CSRF_PLACEHOLDER.replace("-", "&#45;", 1).encode())

    def swap(match: re.Match) -> bytes:
        return CSRF_PLACEHOLDER.encode() if _unmask_cipher_token(match.group().decode()) == secret else match.group()

    return _MASKED_TOKEN.sub(swap, content)


def _served(request, headers: dict, content: bytes) -> HttpResponse:
    response = HttpResponse(content.replace(CSRF_PLACEHOLDER.encode(), get_token(request).encode()))
    for name, value in headers.items():
        response[name] = value
    response[CACHE_HEADER] = "hit"
    return response


def serve_cached(
    request,
    *,
    key_parts: list | Callable[[], list],
    render: Callable[[], HttpResponse],
    changes_by_itself_at: Callable[[], datetime | None],
    groups_in_parts: bool = False,
) -> HttpResponse:
    """The stored copy of this page if it is current, else render() (stored for next time).
    `changes_by_itself_at`, asked after rendering, gives the next time the page would look
    different with the same data (None: never). `groups_in_parts`: the caller's key parts already
    change with the user's groups (one query fewer)."""
    if not _enabled() or request.method not in ("GET", "HEAD") or _messages_waiting(request):
        return render()
    key = _key(request, key_parts, groups_in_parts=groups_in_parts)
    stored = cache.get(key)
    now = time.time()
    if stored is not None and stored[0] > now:
        return _served(request, stored[1], stored[2])
    response = render()
    if response.status_code != 200:
        return response
    if hasattr(response, "render"):
        response.render()
    if response.streaming:  # Wagtail streams CSV: read it once, answer and store the same bytes
        streamed = HttpResponse(b"".join(response.streaming_content))
        for name in _KEPT_HEADERS:
            if response.has_header(name):
                streamed[name] = response[name]
        response = streamed
    if _messages_waiting(request):  # the page left a message for the next one: personal
        return response
    until = now + cache_seconds()
    boundary = changes_by_itself_at()
    if boundary is not None:
        until = min(until, boundary.timestamp())
    if until > now:
        headers = {name: response[name] for name in _KEPT_HEADERS if response.has_header(name)}
        cache.set(key, (until, headers, _without_tokens(response.content, request)), timeout=int(until - now) + 1)
    response[CACHE_HEADER] = "miss"
    return response
