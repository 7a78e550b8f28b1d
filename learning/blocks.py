"""The blocks clinicians build lessons from. Each has its own template in templates/blocks/."""

import hashlib

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from learning.video import video_embed_url

LESSON_RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class PrefetchingImageChooserBlock(ImageChooserBlock):
    """Fetches every image of a lesson, with its renditions, in two queries whatever their number."""

    def bulk_to_python(self, values):
        images = self.model_class.objects.prefetch_renditions().in_bulk([v for v in values if v])
        return [images.get(value) for value in values]


class HeadingBlock(blocks.StructBlock):
    """A section heading; lessons start at level 2 because the page title is level 1."""

    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(choices=[("h2", _("Section")), ("h3", _("Subsection"))], default="h2")

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        group = _("Text")
        description = _("A heading that splits a lesson into sections.")
        preview_value = {"text": "What addiction is", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    """Body text with the few formats lessons need: bold, italic, lists and links."""

    def __init__(self, **kwargs):
        super().__init__(features=LESSON_RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        group = _("Text")
        description = _("Plain paragraphs, lists and links.")
        preview_value = "<p>Addiction is a <b>treatable</b> condition that changes how the brain works.</p>"


class FigureBlock(blocks.StructBlock):
    """An image with required alternative text and an optional caption."""

    image = PrefetchingImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(max_length=250, required=False)

    class Meta:
        icon = "image"
        template = "blocks/figure.html"
        group = _("Media")
        description = _("An image with alt text and a caption.")


class CalloutBlock(blocks.StructBlock):
    """A highlighted box: a tip, a warning, or something to try at home."""

    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("try_at_home", _("Try this at home"))],
        default="tip",
    )
    title = blocks.CharBlock(max_length=120)
    body = blocks.RichTextBlock(features=LESSON_RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "blocks/callout.html"
        group = _("Text")
        description = _("A tip, a warning or an exercise, set apart from the text.")
        preview_value = {
            "kind": "try_at_home",
            "title": "Notice one good moment",
            "body": "<p>Tonight, thank your loved one for one thing they did well.</p>",
        }


class QuoteBlock(blocks.StructBlock):
    """A short story or quote from a family member (composite or shared with consent)."""

    text = blocks.TextBlock()
    attribution = blocks.CharBlock(max_length=120, required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        group = _("Text")
        description = _("A family member's words or a short story.")
        preview_value = {"text": "I learned I could love my son and still say no.", "attribution": "A father, 58"}


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video with a required transcript; loads nothing until played."""

    url = blocks.URLBlock(help_text=_("A YouTube or Vimeo link."))
    title = blocks.CharBlock(max_length=160)
    transcript = blocks.RichTextBlock(features=LESSON_RICH_TEXT_FEATURES, help_text=_("Required for access."))

    def clean(self, value):
        value = super().clean(value)
        if not video_embed_url(value["url"]):
            raise StructBlockValidationError({"url": ValidationError(_("Use a YouTube or Vimeo link."))})
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["embed_url"] = video_embed_url(value["url"])
        return context

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        group = _("Media")
        description = _("A video that plays on the page, with its transcript.")


class AudioBlock(blocks.StructBlock):
    """An audio file (uploaded as a document) with a required transcript."""

    audio = DocumentChooserBlock(help_text=_("An MP3, M4A or OGG file uploaded to Documents."))
    title = blocks.CharBlock(max_length=160)
    transcript = blocks.RichTextBlock(features=LESSON_RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        template = "blocks/audio.html"
        group = _("Media")
        description = _("A recording with its transcript.")


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = blocks.BooleanBlock(required=False, help_text=_("Tick every right answer."))
    feedback = blocks.TextBlock(help_text=_("What the reader sees after choosing this answer."))

    class Meta:
        icon = "radio-full"
        label = _("Answer")


def options_in_display_order(block_id, options) -> list[tuple[int, dict]]:
    """A check's answers as (stored index, option), shuffled so the right one's place gives nothing
    away (authors tend to put it first), yet the same on every reload: ordered by a hash of the
    block id and the answer's text. Answers are still saved by their stored index."""

    def shuffle_key(pair):
        return hashlib.sha256(f"{block_id}/{pair[1]['text']}".encode()).hexdigest()

    return sorted(enumerate(options), key=shuffle_key)


class KnowledgeCheckBlock(blocks.StructBlock):
    """A question with 2-6 answers, at least one right, and feedback on each."""

    question = blocks.CharBlock(max_length=300)
    # Start editors with the two answers every question needs.
    options = blocks.ListBlock(
        OptionBlock(),
        min_num=2,
        max_num=6,
        default=[{"text": "", "correct": False, "feedback": ""}, {"text": "", "correct": False, "feedback": ""}],
    )

    def clean(self, value):
        value = super().clean(value)
        if not any(option["correct"] for option in value["options"]):
            raise StructBlockValidationError({"options": ValidationError(_("Mark at least one answer as right."))})
        return value

    class Meta:
        icon = "tick-inverse"
        template = "blocks/knowledge_check.html"
        group = _("Interactive")
        description = _("A question with instant feedback.")
        preview_value = {
            "question": "Can a family cause a loved one's addiction?",
            "options": [
                {"text": "Yes", "correct": False, "feedback": "No. Many things play a part."},
                {"text": "No", "correct": True, "feedback": "Right. You did not cause it."},
            ],
        }


class ReflectionPromptBlock(blocks.StructBlock):
    """A question the reader answers in their private journal."""

    prompt = blocks.CharBlock(max_length=300)
    hint = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        icon = "edit"
        template = "blocks/reflection_prompt.html"
        group = _("Interactive")
        description = _("A private journal question. Only the reader sees the answer.")
        preview_value = {"prompt": "What is one thing you do just for yourself?", "hint": "Small things count."}


class WorksheetBlock(blocks.StructBlock):
    """A downloadable worksheet (a Wagtail document)."""

    document = DocumentChooserBlock()
    title = blocks.CharBlock(max_length=160)
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/worksheet.html"
        group = _("Media")
        description = _("A worksheet to download and print.")


class KeyTakeawaysBlock(blocks.StructBlock):
    """The few points to remember from a lesson."""

    items = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1, max_num=8)

    class Meta:
        icon = "list-ul"
        template = "blocks/key_takeaways.html"
        group = _("Text")
        description = _("A short list of what to remember.")
        preview_value = {"items": ["You did not cause it.", "You can take care of yourself."]}


class CrisisResourcesBlock(blocks.StructBlock):
    """The program's crisis lines from the site settings, so they are always current."""

    intro = blocks.CharBlock(max_length=200, required=False, default="If someone is in danger right now, reach out:")

    class Meta:
        icon = "warning"
        template = "blocks/crisis_resources.html"
        group = _("Safety")
        description = _("The program's crisis lines, kept up to date from Settings.")
        preview_value = {"intro": "If someone is in danger right now, reach out:"}


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    publisher = blocks.CharBlock(max_length=120, required=False)
    url = blocks.URLBlock()


class SourcesBlock(blocks.StructBlock):
    """Where the lesson's facts come from (NIDA, SAMHSA and the like)."""

    items = blocks.ListBlock(SourceBlock(), min_num=1)

    class Meta:
        icon = "link"
        template = "blocks/sources.html"
        group = _("Text")
        description = _("Sources and further reading.")
        preview_value = {
            "items": [
                {
                    "title": "Drugs, Brains, and Behavior: The Science of Addiction",
                    "publisher": "NIDA",
                    "url": "https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction",
                }
            ]
        }


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = FigureBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    audio = AudioBlock()
    knowledge_check = KnowledgeCheckBlock()
    reflection_prompt = ReflectionPromptBlock()
    worksheet = WorksheetBlock()
    key_takeaways = KeyTakeawaysBlock()
    crisis_resources = CrisisResourcesBlock()
    sources = SourcesBlock()
