"""The module library (/learn/), its modules and their lessons, authored in Wagtail."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms import page_review
from cms.page_cache import AnonymousPageCacheMixin
from cms.translations import FallbackToSourceMixin
from learning.blocks import LessonStreamBlock


class LibraryPage(FallbackToSourceMixin, AnonymousPageCacheMixin, RoutablePageMixin, Page):
    """The module library at /learn/, with search at /learn/search/."""

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

    def get_context(self, request, *args, **kwargs):
        from learning.selectors import library_modules

        context = super().get_context(request, *args, **kwargs)
        context["modules"] = library_modules(library=self, user=request.user)
        return context

    @path("search/", name="search")
    def search(self, request):
        from learning.views import library_search

        return library_search(request, library=self)


class ModulePage(FallbackToSourceMixin, AnonymousPageCacheMixin, Page):
    """A module: a short series of lessons on one topic."""

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

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("topic"),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_image_alt")], heading=_("Cover image")),
        FieldPanel("objectives"),
        FieldPanel("order"),
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

    def get_context(self, request, *args, **kwargs):
        from learning.selectors import module_overview, topic_in_locale

        context = super().get_context(request, *args, **kwargs)
        context.update(module_overview(module=self, user=request.user, session=request.session))
        # In the language of the library it was reached through (an untranslated module under
        # /es/learn/ still shows its topic in Spanish).
        context["topic"] = topic_in_locale(self.topic, locale_id=self.get_parent().locale_id)
        return context


class LessonPage(AnonymousPageCacheMixin, RoutablePageMixin, Page):
    """One lesson, a few minutes long, built from blocks."""

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

    def get_context(self, request, *args, **kwargs):
        from learning.selectors import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(lesson=self, user=request.user, session=request.session))
        return context

    @path("complete/", name="complete")
    def complete(self, request):
        from learning.views import lesson_complete

        return lesson_complete(request, lesson=self)

    @path("module-complete/", name="module_complete")
    def module_complete(self, request):
        from learning.views import module_complete

        return module_complete(request, lesson=self)

    @path("handout/", name="handout")
    def handout(self, request):
        from learning.views import lesson_handout

        return lesson_handout(request, lesson=self)

    def handout_html(self, *, part: str = "", online_url: str) -> str:
        """The printable handout's HTML (rendered in the background by cms.handouts)."""
        from learning.handouts import lesson_handout_html

        return lesson_handout_html(self, online_url=online_url)

    @path("check/<str:block_id>/", name="check")
    def answer_check(self, request, block_id):
        from learning.views import knowledge_check_answer

        return knowledge_check_answer(request, lesson=self, block_id=block_id)

    @path("reflection/<str:block_id>/", name="reflection")
    def reflection(self, request, block_id):
        from learning.views import reflection_save

        return reflection_save(request, lesson=self, block_id=block_id)
