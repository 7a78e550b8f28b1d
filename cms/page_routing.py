"""Page types whose routes and context live with the views, not on the model.

A page model only names the URL patterns that serve it (`page_urls`, a dotted path, as settings
name ROOT_URLCONF); those patterns live in the app's `page_views.py` beside its other views,
where the selectors build the context. So a model never imports a view or a selector, and the
models load before either.

Wagtail's RoutablePageMixin does the rest as for any routable page: sub-paths such as
`complete/` resolve against these patterns, every other path falls through to child pages,
view restrictions (Wagtail's `on_serve_page` hook) wrap the whole of it, a preview renders the
"" pattern, and `{% routablepageurl page "name" %}` reverses the patterns by name.

Each view is an ordinary view function, called with the page as a keyword:
`view(request, page=page, **url_kwargs)`, so Django's view decorators (require_POST…) apply.
"""

from functools import partial

from django.utils.module_loading import import_string
from wagtail.contrib.routable_page.models import RoutablePageMixin

# The name of every page's "" pattern, as Wagtail names a routable page's own index route.
INDEX_ROUTE = "index_route"


class RoutedByViews(RoutablePageMixin):
    """For Wagtail page models: `page_urls = "app.page_views.lesson_urls"`."""

    page_urls: str

    @classmethod
    def get_subpage_urls(cls):
        # Read once per class, on the first request (RoutablePageMixin keeps the resolver).
        return tuple(import_string(cls.page_urls))

    def resolve_subpage(self, path):
        match = self.get_resolver().resolve(path)
        match.func = partial(match.func, page=self)
        return match

    def render(self, request, *args, template=None, context_overrides=None, **kwargs):
        # A live page sets is_preview in Page.serve; pages served through a pattern do it here,
        # as Wagtail's own index_route does.
        request.is_preview = getattr(request, "is_preview", False)
        return super().render(request, *args, template=template, context_overrides=context_overrides, **kwargs)
