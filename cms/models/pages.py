"""The site's root page."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from cms.translations import FallbackToSourceMixin


class HomePage(FallbackToSourceMixin, Page):
    """Welcomes a family member and points to the modules and the workshops."""

    intro_heading = models.CharField(
        max_length=200,
        default="You are not alone. Learn how to help your loved one, and yourself.",
    )
    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    learn_call_to_action = models.CharField(max_length=80, default="Start learning")
    workshops_call_to_action = models.CharField(max_length=80, default="Join a workshop")

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro_heading"),
        FieldPanel("intro"),
        FieldPanel("learn_call_to_action"),
        FieldPanel("workshops_call_to_action"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["learning.LibraryPage", "workshops.WorkshopIndexPage"]
    max_count = 1
    template = "cms/home_page.html"

    class Meta:
        verbose_name = _("home page")

    @property
    def localized(self):
        """This page in the active language (Wagtail routes every request from here): kept per
        process, rather than a Locale query (and for Spanish, a page query) per request."""
        from django.utils.translation import get_language

        from cms.shared_lookups import kept

        wagtails = super()
        if self.pk is None:
            return wagtails.localized
        return kept(f"home:{self.pk}:localized:{get_language()}", lambda: wagtails.localized.specific)

    def route(self, request, path_components):
        """The first step below the home page (/learn/, /workshops/) without a query per request."""
        if not path_components:
            return super().route(request, path_components)
        from cms.shared_lookups import kept

        # All sections at once (a handful), so made-up addresses cannot fill the store.
        sections = kept(
            f"home:{self.pk}:sections", lambda: {child.slug: child.specific for child in self.get_children()}
        )
        section = sections.get(path_components[0])
        if section is None:
            raise Http404
        return section.route(request, path_components[1:])
