"""{% public_fragment "name" vary_on... %}…{% endpublic_fragment %}: Wagtail's {% wagtailcache %}
for markup that is the same for every reader (lesson text, crisis lines, the program's name).

What it adds to {% wagtailcache %}, so no template can get it wrong:
- the key always holds the anonymous page cache's generation (cms/page_cache.py), which any
  publish, page save, move or delete, settings, crisis-line, topic, image, document or
  view-restriction change renews (cms/signal_handlers.py), and the site;
- it lives in the `pages` cache alias, for FRAGMENT_CACHE_SECONDS (0 renders every time);
- like {% wagtailcache %}, a preview is never read from or stored in the cache.

Never put anything personal inside one: names, progress, answers, reflections, messages or a
form's {% csrf_token %}. What varies by reader stays outside (docs/caching.md).
"""

from django import template
from django.conf import settings
from django.template.base import FilterExpression, Variable
from wagtail.models import Site
from wagtail.templatetags.wagtail_cache import WagtailCacheNode

from cms.page_cache import PAGES_ALIAS, generation_for

register = template.Library()

GENERATION_VAR = "kinship_fragment_generation"
SITE_VAR = "kinship_fragment_site"


def fragment_seconds() -> int:
    return getattr(settings, "FRAGMENT_CACHE_SECONDS", 0)


class _SettingSeconds:
    """The timeout expression Django's CacheNode resolves: the setting, read at each render."""

    def resolve(self, context):
        return fragment_seconds()


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
        if fragment_seconds() <= 0 or request is None:
            return self.nodelist.render(context)
        extra = {GENERATION_VAR: generation_for(request), SITE_VAR: Site.find_for_request(request)}
        with context.update(extra):
            return super().render(context)


@register.tag("public_fragment")
def public_fragment(parser, token):
    nodelist = parser.parse(("endpublic_fragment",))
    parser.delete_first_token()
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError('{% public_fragment "name" vary_on... %} needs a quoted name first.')
    return PublicFragmentNode(nodelist, bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]], parser)
