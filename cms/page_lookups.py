"""What serving a published page looks up about the page tree, kept per worker process.

Every lookup here is kept with cms.shared_lookups.kept: per process, for one page cache
generation (cms/page_cache.py) and at most PAGE_CACHE_SECONDS. A publish, unpublish, move or
delete of any page, and any save or delete of a PageViewRestriction, starts a new generation
(cms/apps.py), so the process that made the change sees it at once, and other processes within
PAGE_CACHE_SECONDS (at once with REDIS_URL).

Only what is the same for every reader is kept: never a reader's progress, answers or session.

View restrictions (private pages)
---------------------------------
Wagtail's `check_view_restrictions` (an on_serve_page hook) calls `page.get_view_restrictions()`
on every page served, which costs two queries (the ancestors' alias ids, then the restrictions).
`CachedViewRestrictionsMixin` answers it from the kept list instead. Whether *this* request may
see the page is still decided per request by Wagtail (`restriction.accept_request(request)`
reads the request's user, groups and session), so only the list of restrictions is shared.
Any page model can use it; put it before `Page` in the bases::

    from cms.page_lookups import CachedViewRestrictionsMixin

    class WorkshopPage(CachedViewRestrictionsMixin, Page):
        ...

`get_view_restrictions()` still returns a queryset: iterating it (or testing it for truth) uses
the kept list; anything that builds on it (`.order_by()`, `.exists()`, as Wagtail's admin does)
queries the database afresh.

Pages found by address
----------------------
`live_child_kept(queryset, parent, slug)` is `cms.translations.live_child_or_source` kept per
parent and slug. Only pages that exist are kept (a made-up address costs a query each time but
cannot fill the store), and each call gets its own copy of the page, so a request may set
attributes on it without another request seeing them.
"""

import copy

from django.db.models import QuerySet
from wagtail.models import Page

from cms.shared_lookups import kept
from cms.translations import live_child_or_source


def view_restrictions(page) -> QuerySet:
    """`page`'s view restrictions (its own and its ancestors'), from the per-process store."""
    if page.pk is None:
        return Page.get_view_restrictions(page)

    def build():
        queryset = Page.get_view_restrictions(page)
        return queryset, list(queryset)

    queryset, restrictions = kept(f"page:{page.pk}:view-restrictions", build)
    own = queryset._chain()
    # The same rows Wagtail would read: iteration uses them; a derived queryset queries afresh.
    own._result_cache = list(restrictions)
    own._prefetch_done = True
    return own


class CachedViewRestrictionsMixin:
    """For Wagtail page models: view restrictions without a query per request (see above)."""

    def get_view_restrictions(self):
        return view_restrictions(self)


def live_child_kept(queryset: QuerySet, parent, slug: str):
    """The live child of `parent` with this slug (or of its default-language original), a copy
    of the kept page, or None."""
    key = f"page:{parent.pk}:child:{queryset.model._meta.label_lower}:{slug}"
    page = kept(key, lambda: live_child_or_source(queryset, parent, slug), keep_none=False)
    return copy.copy(page) if page is not None else None
