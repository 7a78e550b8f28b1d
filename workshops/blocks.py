"""The blocks clinicians outline a workshop with: one SessionOutlineBlock per session."""

import copy

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

SESSION_RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class DocumentMaterialBlock(blocks.StructBlock):
    """A handout or worksheet members can download."""

    document = DocumentChooserBlock()
    label = blocks.CharBlock(max_length=120, required=False, help_text=_("Leave empty to use the document's title."))

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "workshops/blocks/document_material.html"
        description = _("A handout or worksheet to download.")


class LessonMaterialBlock(blocks.PageChooserBlock):
    """A self-paced lesson to read before or after the session."""

    def __init__(self, **kwargs):
        super().__init__(page_type="learning.LessonPage", **kwargs)

    def bulk_to_python(self, values):
        """The lessons without their bodies: a material shows a lesson's title and link, and the
        workshop page, the session page and /me/'s practice card read every session's materials
        whenever they read the outline (the bodies were most of that query's bytes and CPU)."""
        lessons = self.model_class.objects.defer_streamfields().in_bulk([pk for pk in values if pk is not None])
        result, seen = [], set()
        for pk in values:
            lesson = lessons.get(pk)
            # As Wagtail's own: a lesson named twice gets two instances.
            result.append(copy.copy(lesson) if lesson is not None and pk in seen else lesson)
            seen.add(pk)
        return result

    class Meta:
        icon = "doc-empty-inverse"
        label = _("Lesson")
        template = "workshops/blocks/lesson_material.html"
        description = _("A lesson from the module library.")


class LinkMaterialBlock(blocks.StructBlock):
    """A page on another website, such as a video or an article."""

    url = blocks.URLBlock(label=_("Address"))
    text = blocks.CharBlock(max_length=120, label=_("Link text"), help_text=_("Say where the link goes."))

    class Meta:
        icon = "link"
        label = _("Web link")
        template = "workshops/blocks/link_material.html"
        description = _("A page on another website.")


class MaterialsBlock(blocks.StreamBlock):
    """What members get for a session: documents, lessons and links."""

    document = DocumentMaterialBlock()
    lesson = LessonMaterialBlock()
    link = LinkMaterialBlock()

    class Meta:
        icon = "folder-open-inverse"
        required = False


PRACTICE_KINDS = [
    ("role_play", _("Role-play")),
    ("conflict_resolution", _("Conflict-resolution practice")),
    ("communication", _("Communication practice")),
    ("reflection", _("Guided reflection")),
    ("other", _("Practice")),
]


class PracticeValue(blocks.StructValue):
    def kind_label(self) -> str:
        return str(dict(PRACTICE_KINDS).get(self.get("kind"), ""))


class PracticeBlock(blocks.StructBlock):
    """The exercise members try together during the session."""

    kind = blocks.ChoiceBlock(choices=PRACTICE_KINDS, default="role_play")
    instructions = blocks.RichTextBlock(features=SESSION_RICH_TEXT_FEATURES)

    class Meta:
        icon = "group"
        label = _("Practice exercise")
        value_class = PracticeValue


class SessionOutlineBlock(blocks.StructBlock):
    """One session of a workshop, in the usual family-session shape:
    check-in, topic, practice exercise, homework; plus objectives and materials."""

    title = blocks.CharBlock(max_length=120)
    objectives = blocks.ListBlock(
        blocks.CharBlock(max_length=200, label=_("Objective")),
        min_num=1,
        help_text=_("What members will be able to do after this session."),
    )
    check_in = blocks.RichTextBlock(
        features=SESSION_RICH_TEXT_FEATURES,
        label=_("Check-in"),
        help_text=_("How the group opens, e.g. a round of 'one word for your week'."),
    )
    topic = blocks.RichTextBlock(features=SESSION_RICH_TEXT_FEATURES, label=_("Topic"))
    practice = PracticeBlock()
    homework = blocks.RichTextBlock(
        features=SESSION_RICH_TEXT_FEATURES,
        label=_("Homework"),
        help_text=_("Something small to try before next time."),
    )
    materials = MaterialsBlock(required=False, label=_("Materials for members"))

    class Meta:
        icon = "date"
        label = _("Session")
        template = "workshops/blocks/session_outline.html"
        description = _("One session: objectives, check-in, topic, practice, homework and materials.")
        form_classname = "struct-block session-outline-block"
        preview_value = {
            "title": "Understanding addiction as a family",
            "objectives": ["Name three ways addiction affects a family"],
            "check_in": "<p>One word for how your week went.</p>",
            "topic": "<p>Addiction is a health condition, not a moral failing.</p>",
            "practice": {"kind": "role_play", "instructions": "<p>Practise saying no, kindly.</p>"},
            "homework": "<p>Notice one moment you felt calm this week.</p>",
        }
