"""The module library (/learn/), its modules and their lessons, authored in Wagtail."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.page_cache import AnonymousPageCacheMixin
from cms.page_lookups import CachedViewRestrictionsMixin, live_child_kept
from cms.translations import mark_untranslated
from learning.blocks import LessonStreamBlock


class LibraryPage(CachedViewRestrictionsMixin, AnonymousPageCacheMixin, RoutablePageMixin, Page):
    """The module library at /learn/, with search at /learn/search/."""

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

    def route(self, request, path_components):
        """Find a module and its lesson with one query each, rather than Wagtail's two per level,
        and keep what was found per process (cms/page_lookups.py): a page seen before costs none.

        In a translated library, a module or lesson not translated yet is served in the default
        language (marked on the request, so the page shows a notice) rather than a 404."""
        if not path_components or path_components[0] == "search":
            return super().route(request, path_components)
        module = live_child_kept(ModulePage.objects.select_related("topic"), self, path_components[0])
        if module is None:
            raise Http404
        module._cached_parent_obj = self
        if len(path_components) == 1:
            mark_untranslated(request, page=module, expected_locale_id=self.locale_id)
            return module.route(request, [])
        lesson = live_child_kept(LessonPage.objects.all(), module, path_components[1])
        if lesson is None:
            raise Http404
        lesson._cached_parent_obj = module
        mark_untranslated(request, page=lesson, expected_locale_id=self.locale_id)
        return lesson.route(request, path_components[2:])

    @path("search/", name="search")
    def search(self, request):
        from learning.views import library_search

        return library_search(request, library=self)


class ModulePage(CachedViewRestrictionsMixin, AnonymousPageCacheMixin, Page):
    """A module: a short series of lessons on one topic."""

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


class LessonPage(CachedViewRestrictionsMixin, AnonymousPageCacheMixin, RoutablePageMixin, Page):
    """One lesson, a few minutes long, built from blocks."""

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

    def serve(self, request, *args, **kwargs):
        """A signed-in reader's lesson from the cache while their own progress, answers and
        reflections are unchanged (cms/private_cache.py); anonymous readers: cms/page_cache.py."""
        view = args[0] if args else kwargs.get("view")
        if (
            not request.user.is_authenticated
            or getattr(request, "is_preview", False)
            or getattr(view, "__name__", "index_route") != "index_route"
        ):
            return super().serve(request, *args, **kwargs)
        from cms.private_cache import serve_cached
        from learning.selectors import reader_fingerprint

        return serve_cached(
            request,
            key_parts=lambda: ["lesson", self.pk, *reader_fingerprint(request.user)],
            render=lambda: super(LessonPage, self).serve(request, *args, **kwargs),
            changes_by_itself_at=lambda: None,
            groups_in_parts=True,
        )

    def get_context(self, request, *args, **kwargs):
        from learning.selectors import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(lesson=self, user=request.user, session=request.session))
        return context

    @path("complete/", name="complete")
    def complete(self, request):
        from learning.views import lesson_complete

        return lesson_complete(request, lesson=self)

    @path("check/<str:block_id>/", name="check")
    def answer_check(self, request, block_id):
        from learning.views import knowledge_check_answer

        return knowledge_check_answer(request, lesson=self, block_id=block_id)

    @path("reflection/<str:block_id>/", name="reflection")
    def reflection(self, request, block_id):
        from learning.views import reflection_save

        return reflection_save(request, lesson=self, block_id=block_id)
