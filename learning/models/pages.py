"""The module library (/learn/), its modules and their lessons, authored in Wagtail."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms import page_review
from cms.page_cache import AnonymousPageCacheMixin
from cms.page_routing import RoutedByViews
from cms.translations import FallbackToSourceMixin
from learning.blocks import LessonStreamBlock
from learning.outcomes.fields import check_in_link


class LibraryPage(FallbackToSourceMixin, AnonymousPageCacheMixin, RoutedByViews, Page):
    """The module library at /learn/, with search at /learn/search/."""

    page_urls = "learning.page_views.library_urls"

    # Goes live only through clinical review, superusers included (cms/page_review.py).
    permissions_for_user = page_review.permissions_for_user

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["learning.ModulePage"]
    max_count = 1
    template = "learning/library_page.html"

    class Meta:
        verbose_name = _("module library")


class ModulePage(FallbackToSourceMixin, AnonymousPageCacheMixin, RoutedByViews, Page):
    """A module: a short series of lessons on one topic."""

    page_urls = "learning.page_views.module_urls"

    # Goes live only through clinical review, superusers included (cms/page_review.py).
    permissions_for_user = page_review.permissions_for_user

    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two plain sentences."))
    cover_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cover_image_alt = models.CharField(
        _("cover image alt text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the cover image for people who cannot see it. Leave empty only if it is decorative."),
    )
    topic = models.ForeignKey("learning.Topic", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    objectives = StreamField(
        [("objective", blocks.CharBlock(max_length=200, label=_("Objective")))],
        blank=True,
        help_text=_("What a reader will be able to do after the module, one per line."),
    )
    order = models.PositiveSmallIntegerField(_("order in the library"), default=100)
    # Outcome check-ins (optional): signed-in members are asked before their first lesson and
    # when they finish the module (workshops/outcomes/module_selectors.py).
    check_in_before = check_in_link(_("check-in before the module"))
    check_in_after = check_in_link(
        _("check-in after the module"), help_text=_("Use the same check-in as before, so answers can be compared.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("topic"),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_image_alt")], heading=_("Cover image")),
        FieldPanel("objectives"),
        FieldPanel("order"),
        MultiFieldPanel([FieldPanel("check_in_before"), FieldPanel("check_in_after")], heading=_("Outcome check-ins")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.FilterField("order"),
    ]
    parent_page_types = ["learning.LibraryPage"]
    subpage_types = ["learning.LessonPage"]
    template = "learning/module_page.html"

    class Meta:
        verbose_name = _("module")


class LessonPage(AnonymousPageCacheMixin, RoutedByViews, Page):
    """One lesson, a few minutes long, built from blocks."""

    page_urls = "learning.page_views.lesson_urls"

    # Goes live only through clinical review, superusers included (cms/page_review.py).
    permissions_for_user = page_review.permissions_for_user

    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=5, help_text=_("About how long it takes to read, for the module's total.")
    )
    body = StreamField(LessonStreamBlock(), help_text=_("Keep sentences short and words plain."))

    content_panels = [*Page.content_panels, FieldPanel("estimated_minutes"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["learning.ModulePage"]
    subpage_types: list[str] = []
    template = "learning/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(estimated_minutes__gte=1, estimated_minutes__lte=180),
                name="lesson_minutes_between_1_and_180",
            )
        ]

    def handout_html(self, *, part: str = "", online_url: str) -> str:
        """The printable handout's HTML (rendered in the background by cms.handouts)."""
        from learning.handouts import lesson_handout_html

        return lesson_handout_html(self, online_url=online_url)
