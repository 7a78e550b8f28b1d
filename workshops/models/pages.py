"""Workshops: the index at /workshops/ and, below it, clinician-authored curricula."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms import page_review
from cms.page_routing import RoutedByViews
from cms.translations import FallbackToSourceMixin
from learning.outcomes.fields import check_in_link
from workshops.blocks import SessionOutlineBlock
from workshops.models.choices import AttendanceStatus

# Paths under /workshops/ that belong to workshops.urls (sessions, sign-up, calendar), so no
# page may take them: a page there would be unreachable.
RESERVED_SLUGS = frozenset({"sessions", "cohorts", "enrollments", "calendar-link"})

DEFAULT_CONFIDENTIALITY_AGREEMENT = (
    "<p>What members share in the group stays in the group.</p>"
    "<ul><li>I will not tell anyone outside the group who was there or what they said.</li>"
    "<li>I will not record the sessions or take screenshots.</li>"
    "<li>I will join from a private place where others cannot hear.</li></ul>"
)


class WorkshopIndexPage(FallbackToSourceMixin, RoutedByViews, Page):
    """The list of workshops at /workshops/."""

    page_urls = "workshops.page_views.workshop_index_urls"

    # Goes live only through clinical review, superusers included (cms/page_review.py).
    permissions_for_user = page_review.permissions_for_user

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["workshops.WorkshopPage"]
    max_count = 1
    template = "workshops/workshop_index_page.html"

    class Meta:
        verbose_name = _("workshop index")


class WorkshopPage(RoutedByViews, Page):
    """A workshop curriculum: written once by clinicians, run as many cohorts by program staff."""

    page_urls = "workshops.page_views.workshop_urls"

    # Goes live only through clinical review, superusers included (cms/page_review.py).
    permissions_for_user = page_review.permissions_for_user

    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two plain sentences."))
    audience = models.TextField(
        _("who it is for"), max_length=400, help_text=_("e.g. Parents and partners of someone in treatment.")
    )
    certificate_title = models.CharField(
        _("title on certificates"),
        max_length=120,
        help_text=_(
            "How the workshop is named on a certificate. Members may show certificates to others, "
            "so a discreet name such as 'Family Skills Series' is fine."
        ),
    )
    outline = StreamField(
        [("session", SessionOutlineBlock())],
        help_text=_("The sessions in the order they run. Cohorts get one meeting per session."),
    )
    confidentiality_agreement = RichTextField(
        _("group confidentiality agreement"),
        features=["bold", "italic", "ul", "ol", "link"],
        default=DEFAULT_CONFIDENTIALITY_AGREEMENT,
        help_text=_("Members must agree to this before they join a group."),
    )
    min_sessions_attended = models.PositiveSmallIntegerField(_("sessions needed for a certificate"), default=1)
    count_present = models.BooleanField(_("'Present' counts"), default=True)
    count_late = models.BooleanField(_("'Late' counts"), default=True)
    count_left_early = models.BooleanField(_("'Left early' counts"), default=False)
    count_excused = models.BooleanField(_("'Excused' counts"), default=False)
    # Outcome check-ins (optional): members are asked around the first and after the last session.
    check_in_before = check_in_link(_("check-in before the first session"))
    check_in_after = check_in_link(
        _("check-in after the last session"),
        help_text=_("Use the same check-in as before, so answers can be compared."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldPanel("outline"),
        FieldPanel("confidentiality_agreement"),
        MultiFieldPanel(
            [
                FieldPanel("certificate_title"),
                FieldPanel("min_sessions_attended"),
                FieldRowPanel(
                    [
                        FieldPanel("count_present"),
                        FieldPanel("count_late"),
                        FieldPanel("count_left_early"),
                        FieldPanel("count_excused"),
                    ]
                ),
                InlinePanel(
                    "required_modules",
                    label=_("Module that must be completed"),
                    help_text=_("Optional: self-paced modules a member must finish as well."),
                ),
            ],
            heading=_("Certificate rule"),
        ),
        MultiFieldPanel(
            [FieldPanel("check_in_before"), FieldPanel("check_in_after")],
            heading=_("Outcome check-ins"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("audience")]
    parent_page_types = ["workshops.WorkshopIndexPage"]
    subpage_types: list[str] = []
    template = "workshops/workshop_page.html"

    class Meta:
        verbose_name = _("workshop")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(count_present=True)
                | models.Q(count_late=True)
                | models.Q(count_left_early=True)
                | models.Q(count_excused=True),
                name="workshop_some_attendance_counts",
            ),
        ]

    @property
    def counted_attendance_statuses(self) -> list[str]:
        """The attendance statuses that count towards the certificate rule."""
        flags = {
            AttendanceStatus.PRESENT: self.count_present,
            AttendanceStatus.LATE: self.count_late,
            AttendanceStatus.LEFT_EARLY: self.count_left_early,
            AttendanceStatus.EXCUSED: self.count_excused,
        }
        return [status.value for status, counts in flags.items() if counts]

    def in_language(self, language: str) -> "WorkshopPage":
        """This workshop's live translation in `language` (one query), else the workshop itself."""
        translated = (
            WorkshopPage.objects.live()
            .filter(translation_key=self.translation_key, locale__language_code=language)
            .first()
        )
        return translated or self

    @property
    def session_outlines(self) -> list:
        """The outline's session blocks, in order (each has a stable `.id`)."""
        return [block for block in self.outline if block.block_type == "session"]

    def handout_html(self, *, part: str, online_url: str) -> str:
        """One session's printable handout (`part` is its outline block id); cms.handouts renders it."""
        from workshops.handouts.html import session_handout_html

        return session_handout_html(self, block_id=part, online_url=online_url)

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("'%(slug)s' is used by the site itself. Please choose another slug.") % {
                "slug": self.slug
            }
        if not self.counted_attendance_statuses:
            errors["count_present"] = _("Choose at least one attendance status that counts.")
        sessions = len(self.session_outlines)
        if sessions and self.min_sessions_attended > sessions:
            errors["min_sessions_attended"] = _(
                "The outline has %(count)s sessions, so a certificate cannot need more than that."
            ) % {"count": sessions}
        if errors:
            raise ValidationError(errors)


class WorkshopRequiredModule(Orderable):
    """A self-paced module a member must complete, on top of attendance, to earn the certificate."""

    workshop = ParentalKey(WorkshopPage, on_delete=models.CASCADE, related_name="required_modules")
    module = models.ForeignKey("learning.ModulePage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("module")]

    class Meta(Orderable.Meta):
        verbose_name = _("required module")
        constraints = [models.UniqueConstraint(fields=["workshop", "module"], name="workshop_module_once")]

    def __str__(self) -> str:
        return f"required module {self.pk}"
