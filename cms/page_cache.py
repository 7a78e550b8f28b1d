"""Anonymous readers get lesson, module and library pages from Django's cache.

Why it is safe:

- Only a visitor with no session cookie and no messages cookie is served from the cache, or
  causes a page to be stored: such a visitor is anonymous and has no progress, answers or
  messages to see. Anyone signed in (or with anonymous progress) always gets a fresh page.
- Pages carry forms (mark complete, knowledge checks). The stored HTML holds a placeholder
  where the CSRF token goes; every response, fresh or cached, gets the visitor's own token
  put in (and the CSRF cookie set), so no two visitors share a token.
- Only plain GETs without a query string are stored, only 200 responses, never a preview.
- Any publish, unpublish, move or delete of a page, a change to the program settings, a
  topic, an image or a page's view restrictions starts a new cache generation: every stored
  page is dropped at once. With a shared cache (REDIS_URL) that reaches every process; with
  the local-memory cache, other worker processes keep their copy for at most
  PAGE_CACHE_SECONDS (default 60).
"""

import hashlib
import uuid

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import get_language

from cms.page_routing import INDEX_ROUTE

CSRF_PLACEHOLDER = "kinship-page-cache-csrf-0f3d9a61c2"
GENERATION_KEY = "kinship:page-cache:generation"
CACHE_HEADER = "X-Kinship-Cache"


PAGES_ALIAS = "pages"


def _pages():
    """The cache alias for stored pages (settings.CACHES): apart from sessions and rate limits,
    so pages never push those out."""
    return caches[PAGES_ALIAS]


def cache_seconds() -> int:
    return getattr(settings, "PAGE_CACHE_SECONDS", 60)


def fragment_cache_seconds() -> int:
    """How long public fragments ({% public_fragment %}) are kept at most; 0: not at all."""
    return getattr(settings, "FRAGMENT_CACHE_SECONDS", 0)


def request_is_cacheable(request) -> bool:
    """A plain anonymous GET with nothing personal attached to it."""
    return (
        cache_seconds() > 0
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and not getattr(request, "is_preview", False)
    )


def _generation() -> str:
    """The current generation: part of every key, so a new one drops every stored page at once."""
    generation = _pages().get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        # add(): if another process set one meanwhile, use theirs.
        if not _pages().add(GENERATION_KEY, generation, timeout=None):
            generation = _pages().get(GENERATION_KEY) or generation
    return generation


def generation_for(request) -> str:
    """The current generation, read once per request (public fragments key on it too)."""
    generation = getattr(request, "kinship_generation", None)
    if generation is None:
        generation = request.kinship_generation = _generation()
    return generation


def _new_generation() -> None:
    _pages().set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def invalidate_all(**_kwargs) -> None:
    """Drop every stored page and public fragment (a signal receiver: content or settings changed)."""
    _new_generation()
    # And again once the change is committed: a page read meanwhile from the old rows may have
    # been stored under the first new generation.
    transaction.on_commit(_new_generation)


def _key(request) -> str:
    # The address hashed: a path may hold any character (spaces, quotes, line breaks), which
    # memcached refuses in keys and which should never shape a key anyway.
    address = hashlib.sha256(f"{request.get_host()}{request.path}".encode()).hexdigest()
    return f"kinship:page:{_generation()}:{get_language()}:{address}"


def _with_token(request, content: bytes) -> bytes:
    return content.replace(CSRF_PLACEHOLDER.encode(), get_token(request).encode())


class AnonymousPageCacheMixin:
    """For Wagtail page models: render with a CSRF placeholder when the result may be stored,
    and mark the response so AnonymousPageCacheMiddleware stores it."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "kinship_page_cache", False):
            context["csrf_token"] = CSRF_PLACEHOLDER
        return context

    def serve(self, request, *args, **kwargs):
        if fragment_cache_seconds() > 0:
            # Public fragments key on the generation: read it before the view reads any content, so
            # a fragment rendered from rows older than a change is never kept under the new one.
            generation_for(request)
        # A routable page's sub-views (search, form posts) are never stored: only its main view.
        match = getattr(request, "routable_resolver_match", None)
        cacheable = request_is_cacheable(request) and (match is None or match.url_name == INDEX_ROUTE)
        request.kinship_page_cache = cacheable
        response = super().serve(request, *args, **kwargs)
        if cacheable and response.status_code == 200:
            response.kinship_cacheable = True
        return response


class AnonymousPageCacheMiddleware:
    """Last in MIDDLEWARE: serves stored pages before URL routing, stores marked ones."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            return self.get_response(request)
        key = _key(request)
        stored = _pages().get(key)
        if stored is not None:
            content_type, content = stored
            response = HttpResponse(_with_token(request, content), content_type=content_type)
            response[CACHE_HEADER] = "hit"
            return response
        response = self.get_response(request)
        if getattr(response, "kinship_cacheable", False) and not response.streaming:
            # A page that started a session or left a message is personal: never stored.
            personal = settings.SESSION_COOKIE_NAME in response.cookies or CookieStorage.cookie_name in response.cookies
            if not personal:
                _pages().set(key, (response["Content-Type"], response.content), cache_seconds())
                response[CACHE_HEADER] = "miss"
        if getattr(request, "kinship_page_cache", False) and not response.streaming:
            response.content = _with_token(request, response.content)
        return response
