"""Self-paced modules: the library at /learn/ and, below it, modules and lessons."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class LibraryPage(Page):
    """The module library at /learn/."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count = 1
    template = "learning/library_page.html"

    class Meta:
        verbose_name = _("module library")
