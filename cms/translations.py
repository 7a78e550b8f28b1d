"""Pages in more than one language: finding a page's untranslated original, and saying so.

A page requested in Spanish that exists only in English is served in English (not a 404);
`mark_untranslated` records that on the request so base.html shows a notice and marks the
content's language.
"""

from django.conf import settings
from django.db.models import Case, IntegerField, Q, Subquery, Value, When
from django.db.models.functions import Concat
from django.http import Http404
from wagtail.models import Locale, Page


def source_path_of(parent, field: str = "url_path") -> Subquery:
    """SQL for the `field` of the default-language translation of `parent`."""
    return Subquery(
        Page.objects.filter(
            translation_key=parent.translation_key, locale__language_code=settings.LANGUAGE_CODE
        ).values(field)[:1]
    )


def live_child_or_source(queryset, parent, slug: str):
    """The live child of `parent` with this slug, else the same child of parent's default-language
    original: one query either way (the original's path is a subquery)."""
    own = f"{parent.url_path}{slug}/"
    return (
        queryset.live()
        .filter(Q(url_path=own) | Q(url_path=Concat(source_path_of(parent), Value(f"{slug}/"))))
        .annotate(_not_own=Case(When(url_path=own, then=Value(0)), default=Value(1), output_field=IntegerField()))
        .order_by("_not_own")
        .first()
    )


def one_per_translation(pages: list, *, locale_id: int) -> list:
    """One page per translation group, in the given order: the one in `locale_id` where it
    exists, else the original (shown untranslated)."""
    chosen: dict = {}
    for page in pages:
        current = chosen.get(page.translation_key)
        if current is None or (page.locale_id == locale_id and current.locale_id != locale_id):
            chosen[page.translation_key] = page
    return [page for page in pages if chosen[page.translation_key] is page]


def mark_untranslated(request, *, page, expected_locale_id) -> None:
    if page.locale_id != expected_locale_id:
        request.kinship_untranslated = settings.LANGUAGE_CODE


class FallbackToSourceMixin:
    """For a translated page with Wagtail's own routing (home, workshop index): a child that has
    no translation yet is found below the default-language original and served from there."""

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components:
                raise
            source = self.get_translation_or_none(Locale.get_default())
            if source is None or source.pk == self.pk:
                raise
            result = source.specific.route(request, path_components)
            mark_untranslated(
                request, page=result.page if hasattr(result, "page") else result[0], expected_locale_id=self.locale_id
            )
            return result
