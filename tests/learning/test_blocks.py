"""Lesson blocks: each is documented for editors, validates what it must, renders on its own."""

import pytest
from django.core.exceptions import ValidationError
from django.template.loader import get_template

from learning.blocks import KnowledgeCheckBlock, LessonStreamBlock, VideoBlock
from learning.video import video_embed_url


@pytest.mark.parametrize("name", list(LessonStreamBlock().child_blocks))
def test_every_block_has_a_template_icon_description_and_group(name):
    block = LessonStreamBlock().child_blocks[name]
    assert block.meta.template, name
    get_template(block.meta.template)
    assert block.meta.icon and block.meta.icon != "placeholder", name
    assert block.meta.description, name
    assert block.meta.group, name
    assert block.__doc__, name


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name",
    [n for n, b in LessonStreamBlock().child_blocks.items() if hasattr(b.meta, "preview_value")],
)
def test_blocks_with_a_preview_value_render_it(name, rf):
    block = LessonStreamBlock().child_blocks[name]
    value = block.get_preview_value()
    request = rf.get("/")
    from wagtail.models import Site

    request.site = Site.objects.get(is_default_site=True)
    html = block.render(value, context={"request": request, "settings": _settings_context(request)})
    assert html.strip()


def _settings_context(request):
    from wagtail.contrib.settings.context_processors import settings

    return settings(request)["settings"]


def test_text_blocks_cover_what_a_lesson_needs():
    assert {
        "paragraph",
        "heading",
        "image",
        "callout",
        "quote",
        "video",
        "audio",
        "knowledge_check",
        "reflection_prompt",
        "worksheet",
        "key_takeaways",
        "crisis_resources",
        "sources",
    } <= set(LessonStreamBlock().child_blocks)


def _check(options):
    block = KnowledgeCheckBlock()
    return block.clean(block.to_python({"question": "Q?", "options": options}))


def test_knowledge_check_needs_a_right_answer():
    with pytest.raises(ValidationError):
        _check([{"text": "a", "correct": False, "feedback": "x"}, {"text": "b", "correct": False, "feedback": "y"}])


@pytest.mark.parametrize("count", [1, 7])
def test_knowledge_check_has_two_to_six_options(count):
    options = [{"text": f"o{i}", "correct": i == 0, "feedback": "f"} for i in range(count)]
    with pytest.raises(ValidationError):
        _check(options)


def test_knowledge_check_accepts_a_good_question():
    value = _check([{"text": "a", "correct": True, "feedback": "x"}, {"text": "b", "correct": False, "feedback": "y"}])
    assert value["question"] == "Q?"


def test_video_needs_a_transcript_and_a_known_provider():
    block = VideoBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"url": "https://example.org/v.mp4", "title": "t", "transcript": "<p>x</p>"}))
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"url": "https://youtu.be/dQw4w9WgXcQ", "title": "t", "transcript": ""}))
    ok = block.clean(block.to_python({"url": "https://youtu.be/dQw4w9WgXcQ", "title": "t", "transcript": "<p>x</p>"}))
    assert ok["title"] == "t"


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        ("javascript:alert(1)", None),
        ("https://evil.example/watch?v=dQw4w9WgXcQ", None),
        ("https://www.youtube.com/watch?v=bad", None),
    ],
)
def test_video_links_become_privacy_friendly_embeds(url, embed):
    assert video_embed_url(url) == embed
