"""The site's root page."""

from django.db import models
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
