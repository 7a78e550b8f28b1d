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


@register.simple_tag(takes_context=True)
def crisis_lines(context):
    """{% crisis_lines as lines %}: the program's crisis lines in the active language, read once
    per request (the footer and a lesson's crisis block share them)."""
    from cms.selectors import crisis_lines_for_language

    request = context.get("request")
    if request is None:
        return crisis_lines_for_language()
    found = getattr(request, "kinship_crisis_lines", None)
    if found is None:
        found = request.kinship_crisis_lines = crisis_lines_for_language()
    return found


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """This page in every language, for hreflang links and the language switcher."""
    from wagtail.models import Page

    from cms.languages import alternates

    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    # The head's links and the header's switcher share one lookup per request.
    found = getattr(request, "kinship_alternates", None)
    if found is None or found[0] is not page:
        found = request.kinship_alternates = (page, alternates(request, page))
    return found[1]


@register.filter(expects_localtime=True)
def local_date(value, style: str = "date"):
    """A date in the house style of the active language: |local_date, |local_date:"weekday_date",
    "day", "month_day", "weekday" or "month" (cms/dates.py)."""
    from cms.dates import local_date as format_local_date

    return format_local_date(value, style)


@register.filter(expects_localtime=True)
def local_time(value, style: str = "zone"):
    """A time in the house style of the active language, the zone named (|local_time), or not
    for the start of a range (|local_time:"time")."""
    from cms.dates import local_time as format_local_time

    return format_local_time(value, style)


@register.filter(expects_localtime=True)
def local_datetime(value, date_style: str = "weekday_date"):
    """A date and a time with its zone: "Thursday, March 7, 2030, 6:30 PM EST"."""
    from cms.dates import local_datetime as format_local_datetime

    return format_local_datetime(value, date_style)


@register.filter(expects_localtime=True)
def machine_datetime(value):
    """ISO 8601 for a <time datetime=""> attribute."""
    from cms.dates import machine_datetime as format_machine_datetime

    return format_machine_datetime(value)


@register.simple_tag(takes_context=True)
def admin_home_search(context):
    """The admin home's search box: Wagtail's page search for people who may search pages, else
    the first search area they may use (program staff and facilitators: their groups, by group or
    member name, through /admin/search/); None when there is nothing they may search."""
    from django.urls import reverse
    from django.utils.translation import gettext as _
    from wagtail.admin.forms.search import SearchForm
    from wagtail.admin.search import admin_search_areas

    areas = admin_search_areas.search_items_for_request(context["request"])
    if not areas:
        return None
    if areas[0].name == "pages":
        root = context.get("root_page")
        if root and root.pk:
            action = reverse("wagtailadmin_explore", args=[root.pk])
        else:
            action = reverse("wagtailadmin_explore_root")
        return {"action": action, "form": context.get("search_form")}
    return {
        "action": reverse("kinship_admin_search"),
        "form": SearchForm(placeholder=_("Search groups and members…")),
    }


@register.filter
def in_time_zone(value, zone):
    """`value` in a person's zone (`|in_time_zone:request.user.time_zone|local_date`); left as it is
    when there is no zone (no request, signed out), where Django's |timezone would print nothing."""
    from django.templatetags.tz import do_timezone

    if not zone or not value:
        return value
    converted = do_timezone(value, zone)
    return value if converted == "" else converted


@register.filter
def zone_label(name: str) -> str:
    """A time zone's name as people read it, in the active language (cms/timezones.py)."""
    from cms.timezones import time_zone_label

    return time_zone_label(name) if name else ""
