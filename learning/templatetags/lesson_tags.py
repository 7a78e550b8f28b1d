"""A lesson's body, with the blocks that are the same for every reader rendered once per process.

Knowledge checks and reflection prompts show the reader's own answer, journal entry and CSRF
token, so they are rendered for each request. Every other block (text, images, callouts…) is
rendered once per lesson revision, language and host, kept until any page, image or setting
changes (cms/shared_lookups.py), and pasted around them. Previews are never kept.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from cms.shared_lookups import kept

register = template.Library()

BLOCK_TEMPLATE = "learning/includes/lesson_block.html"


def _runs(blocks) -> list[tuple[bool, list]]:
    """The blocks in order, grouped into runs of (same for every reader?, blocks)."""
    runs: list[tuple[bool, list]] = []
    for item in blocks:
        shared = item.same_for_every_reader
        if runs and runs[-1][0] == shared:
            runs[-1][1].append(item)
        else:
            runs.append((shared, [item]))
    return runs


def _render(context, block_template, items) -> str:
    parts = []
    for item in items:
        with context.push(item=item):
            parts.append(block_template.render(context))
    return "".join(parts)


@register.simple_tag(takes_context=True)
def lesson_body(context, lesson, blocks):
    runs = _runs(blocks)
    block_template = context.template.engine.get_template(BLOCK_TEMPLATE)

    def render_shared() -> list[str]:
        return [_render(context, block_template, items) for shared, items in runs if shared]

    request = context.get("request")
    if lesson.pk is None or request is None or getattr(request, "is_preview", False):
        shared_html = render_shared()
    else:
        key = f"learning:lesson-body:{lesson.pk}:{lesson.live_revision_id}:{get_language()}:{request.get_host()}"
        shared_html = kept(key, render_shared)
    kept_parts = iter(shared_html)
    html = [next(kept_parts) if shared else _render(context, block_template, items) for shared, items in runs]
    return mark_safe("".join(html))  # noqa: S308 - rendered by our own templates, autoescaped
