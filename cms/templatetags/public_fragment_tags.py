"""{% public_fragment "name" vary_on... %}…{% endpublic_fragment %}: Wagtail's {% wagtailcache %}
for markup that is the same for every reader (lesson text, crisis lines, the program's name).

What it adds to {% wagtailcache %}, so no template can get it wrong:
- the key always holds the anonymous page cache's generation (cms/page_cache.py), which any
  publish, page save, move or delete, settings, crisis-line, topic, image, document or
  view-restriction change renews (cms/signal_handlers.py), and the site;
- it lives in the `pages` cache alias, for FRAGMENT_CACHE_SECONDS (0 renders every time);
- like {% wagtailcache %}, a preview is never read from or stored in the cache.

A form inside one is rendered with a placeholder for its CSRF token, and each reader's own token
is put in when the fragment is shown (as cms/page_cache.py does for whole pages); nothing else
personal may be inside one: no names, progress, answers, reflections or messages. What varies by
reader stays outside (docs/caching.md).
"""

from django import template
from django.template.base import FilterExpression, Variable
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site
from wagtail.templatetags.wagtail_cache import WagtailCacheNode

from cms.page_cache import CSRF_PLACEHOLDER, PAGES_ALIAS, fragment_cache_seconds, generation_for

register = template.Library()

GENERATION_VAR = "kinship_fragment_generation"
SITE_VAR = "kinship_fragment_site"


class _SettingSeconds:
    """The timeout expression Django's CacheNode resolves: the setting, read at each render."""

    def resolve(self, context):
        return fragment_cache_seconds()


class PublicFragmentNode(WagtailCacheNode):
    def __init__(self, nodelist, fragment_name: str, vary_on: list, parser):
        super().__init__(
            nodelist,
            _SettingSeconds(),
            fragment_name,
            [*vary_on, Variable(GENERATION_VAR), Variable(f"{SITE_VAR}.pk")],
            FilterExpression(f'"{PAGES_ALIAS}"', parser),
        )

    def render(self, context):
        request = context.get("request")
        token = context.get("csrf_token")
        if fragment_cache_seconds() <= 0 or request is None or str(token or "NOTPROVIDED") == "NOTPROVIDED":  # noqa: S105 - Django's "no token" value
            return self.nodelist.render(context)
        extra = {
            GENERATION_VAR: generation_for(request),
            SITE_VAR: Site.find_for_request(request),
            "csrf_token": CSRF_PLACEHOLDER,
        }
        with context.update(extra):
            value = super().render(context)
        # The reader's own token (or, for a page the anonymous cache will store, its placeholder again).
        return mark_safe(value.replace(CSRF_PLACEHOLDER, str(token)))  # noqa: S308 - our own rendered markup


@register.simple_tag(takes_context=True)
def page_frame_is_public(context) -> bool:
    """{% page_frame_is_public as frame_public %}: whether this response is a Wagtail page read with
    a plain GET and no query string, whose frame (translations, header) depends only on its
    address, the language and whether someone is signed in."""
    request = context.get("request")
    return (
        request is not None
        and request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and isinstance(context.get("page"), Page)
    )


@register.tag("public_fragment")
def public_fragment(parser, token):
    nodelist = parser.parse(("endpublic_fragment",))
    parser.delete_first_token()
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError('{% public_fragment "name" vary_on... %} needs a quoted name first.')
    return PublicFragmentNode(nodelist, bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]], parser)
