"""Workshops: the index at /workshops/ and, below it, clinician-authored curricula."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class WorkshopIndexPage(Page):
    """The list of workshops at /workshops/."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count = 1
    template = "workshops/workshop_index_page.html"

    class Meta:
        verbose_name = _("workshop index")
