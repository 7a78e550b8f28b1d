"""What every page looks up and almost never changes — the Wagtail site with its root page, the
program settings, the home page's sections — kept per worker process.

A kept value is used while the page cache's generation (cms/page_cache.py) is unchanged and for
at most PAGE_CACHE_SECONDS, so publishing, moving or editing the settings shows at once in the
process that made the change and everywhere once REDIS_URL shares the generation.
"""

import copy
import threading
import time

from django.db import DatabaseError

from cms.page_cache import _generation, cache_seconds, generation_read_once

_kept: dict[str, tuple[float, str, object]] = {}
_lock = threading.Lock()


def kept(key: str, build, *, keep_none: bool = True):
    """`build()`'s value, built once per process and cache generation. With keep_none=False a
    None (nothing found) is not kept, so looking up made-up names cannot fill the store."""
    generation = _generation()
    now = time.monotonic()
    found = _kept.get(key)
    if found is not None and found[1] == generation and found[0] > now:
        return found[2]
    value = build()
    if value is not None or keep_none:
        with _lock:
            _kept[key] = (now + cache_seconds(), generation, value)
    return value


def _site_for(request):
    from wagtail.models import Site

    site = Site._find_for_request(request)
    if site is not None:
        # The root page as its own class, whose `localized` (cms.models.HomePage) is kept per
        # language: Wagtail routes every request through `site.root_page.localized`.
        site.root_page = site.root_page.specific
        site.root_page.localized.specific  # noqa: B018 - fetch the root page once, with the site
    return site


class SharedLookupsMiddleware:
    """Gives Wagtail the request's site and program settings from the per-process store, so a
    page pays no query for them (Wagtail and wagtail.contrib.settings read these attributes)."""

    def __init__(self, get_response):
        self.get_response = get_response

    # Paths that are not pages: the health check must answer 503 itself when the database is down.
    SKIP_PREFIXES = ("/admin/", "/healthz/", "/static/", "/media/", "/documents/")

    def __call__(self, request):
        if cache_seconds() <= 0 or request.path.startswith(self.SKIP_PREFIXES):
            return self.get_response(request)
        with generation_read_once():
            try:
                self._attach(request)
            except DatabaseError:
                pass  # the view meets the same error and answers it its own way
            return self.get_response(request)

    @staticmethod
    def _attach(request) -> None:
        from cms.models import SiteSettings

        host, port = request._get_raw_host(), request.get_port()
        site = kept(f"site:{host}:{port}", lambda: _site_for(request))
        request._wagtail_site = site
        if site is not None:
            shared = kept(f"settings:{site.pk}", lambda: SiteSettings.for_site(site))
            own = copy.copy(shared)  # each request gets its own: Wagtail stores the request on it
            own._request = request
            setattr(request, SiteSettings.get_cache_attr_name(), own)
