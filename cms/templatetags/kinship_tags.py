from django import template
from django.utils.safestring import mark_safe

from cms.sanitize import clean_user_html

register = template.Library()


@register.filter
def clean_html(value: str) -> str:
    """Render user-written HTML: it was cleaned when stored; cleaning again on the way out
    is cheap and means a row written by any other path cannot inject markup either."""
    return mark_safe(clean_user_html(value))  # noqa: S308 - the sanitizer's output is safe by construction


@register.filter
def plain_text(value: str) -> str:
    """Stored clean HTML back as the text someone typed, to edit it in a textarea."""
    from cms.sanitize import html_to_plain_text

    return html_to_plain_text(value)


class KeptFragmentNode(template.Node):
    def __init__(self, nodelist, vary_on):
        self.nodelist = nodelist
        self.vary_on = vary_on

    def render(self, context):
        from django.utils.translation import get_language

        from cms.shared_lookups import kept

        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        names = [str(value.resolve(context)) for value in self.vary_on]
        key = ":".join(["fragment", *names, get_language() or "", request.get_host()])
        return kept(key, lambda: self.nodelist.render(context))


@register.tag
def kept_fragment(parser, token):
    """{% kept_fragment "name" page.pk %}…{% endkept_fragment %}: the markup between is rendered
    once per process, per name and values, language and host, and kept until any page, image or
    setting changes (cms/shared_lookups.py). Only for markup that is the same for every reader:
    never the user, their progress, messages or a CSRF token. Previews are not kept."""
    vary_on = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    if not vary_on:
        raise template.TemplateSyntaxError("kept_fragment needs a name")
    nodelist = parser.parse(("endkept_fragment",))
    parser.delete_first_token()
    return KeptFragmentNode(nodelist, vary_on)


@register.simple_tag
def crisis_lines():
    """{% crisis_lines as lines %}: the program's crisis lines in the active language."""
    from cms.selectors import crisis_lines_for_language

    return crisis_lines_for_language()


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """This page in every language, for hreflang links and the language switcher."""
    from wagtail.models import Page

    from cms.languages import alternates

    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    return alternates(request, page if isinstance(page, Page) else None)


@register.filter(expects_localtime=True)
def local_date(value, fmt: str = "DATE_FORMAT"):
    """Like |date, in the order and style of the active language (cms/dates.py)."""
    from cms.dates import local_date as format_local_date

    return format_local_date(value, fmt)


@register.filter(expects_localtime=True)
def local_time(value, fmt: str = "TIME_FORMAT"):
    """Like |time, with a 24-hour clock where the active language uses one (cms/dates.py)."""
    from cms.dates import local_time as format_local_time

    return format_local_time(value, fmt)
