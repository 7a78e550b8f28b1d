"""Dates and times in Kinship's one style per language: every page, email, certificate and export
goes through these helpers (templates through the |local_date, |local_time and |machine_datetime
filters in cms/templatetags), so one date looks the same everywhere in a language.

The patterns live in Django's per-language format files (cms/formats/<language>/formats.py, found
through FORMAT_MODULE_PATH); here they have names that say what they are for:

    date          a calendar day             March 7, 2030           7 de marzo de 2030
    weekday_date  the day something happens  Thursday, March 7, 2030 jueves 7 de marzo de 2030
    day           the same, year left out    Thursday, March 7       jueves 7 de marzo
                  (only in this year: a day in another year is written as weekday_date)
    month_day     tight spaces (headings)    March 7                 7 de marzo
    weekday       a subject line             Thursday                jueves
    time          start of a time range      6:30 PM                 18:30
    zone          any other time: zone named 6:30 PM EST             18:30 EST

Spanish follows the RAE and Fundéu: day and month names are lowercase ("el jueves 7 de marzo"; a
date that starts a line gets |capfirst), one 24-hour clock. Values are shown in the zone they
are in: pass a datetime already in the reader's zone (templates: {% timezone %}; code:
`in_zone`). tests/cms/test_one_date_style.py fails on any other date format in the code.
"""

from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from django.core.exceptions import ImproperlyConfigured
from django.utils import dateformat, formats
from django.utils.timezone import is_aware, localdate, localtime
from django.utils.translation import get_language

DATE_STYLES = {
    "date": "DATE_FORMAT",
    "weekday_date": "WEEKDAY_DATE_FORMAT",
    "day": "DAY_FORMAT",
    "month_day": "MONTH_DAY_FORMAT",
    "weekday": "WEEKDAY_FORMAT",
    "month": "YEAR_MONTH_FORMAT",
}
TIME_STYLES = {"time": "TIME_FORMAT", "zone": "TIME_ZONE_FORMAT"}
# For machines (a <time datetime=""> attribute), never for people.
MACHINE_FORMAT = "Y-m-d\\TH:i:sO"
# Languages whose day and month names are common nouns, written lowercase.
LOWERCASE_NAMES = {"es"}


def _language() -> str:
    return (get_language() or "en")[:2]


@cache
def pattern(language: str, style: str) -> str:
    """The Django format pattern of a named style in a language."""
    name = DATE_STYLES.get(style) or TIME_STYLES.get(style)
    if name is None:
        raise ValueError(f"Unknown date or time style {style!r}; use one of {[*DATE_STYLES, *TIME_STYLES]}")
    for module in formats.get_format_modules(language):
        if hasattr(module, name):
            return getattr(module, name)
    raise ImproperlyConfigured(f"No {name} for {language} in cms/formats")


def in_zone(value: datetime, zone: str | ZoneInfo) -> datetime:
    """An aware datetime in a named zone (a person's or a group's)."""
    return localtime(value, zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone))


def local_date(value, style: str = "date") -> str:
    """`value` (a date, or a datetime already in the reader's zone) as a date in the active language."""
    if value in (None, ""):
        return ""
    language = _language()
    if style not in DATE_STYLES:
        raise ValueError(f"Unknown date style {style!r}; use one of {list(DATE_STYLES)}")
    if style == "day" and value.year != _this_year(value):
        # A group that meets into January is listed in December: "Monday, January 4" would
        # read as the January just gone.
        style = "weekday_date"
    text = dateformat.format(value, pattern(language, style))
    # Django's Spanish weekdays are capitalised ("Jueves"); these patterns hold only names,
    # numbers and "de", so lowercasing the whole text is safe.
    return text.lower() if language in LOWERCASE_NAMES else text


def _this_year(value) -> int:
    """Today's year where `value` is: its own zone for an aware datetime, else the site's."""
    if isinstance(value, datetime) and is_aware(value):
        return localdate(timezone=value.tzinfo).year
    return localdate().year


def local_time(value, style: str = "zone") -> str:
    """`value` (a datetime already in the reader's zone) as a time: "zone" names the zone, "time"
    leaves it out for the start of a range whose end names it."""
    if value in (None, ""):
        return ""
    if style not in TIME_STYLES:
        raise ValueError(f"Unknown time style {style!r}; use one of {list(TIME_STYLES)}")
    return dateformat.format(value, pattern(_language(), style))


def local_datetime(value, date_style: str = "weekday_date") -> str:
    """A moment as a date and a time with its zone: "Thursday, March 7, 2030, 6:30 PM EST"."""
    if value in (None, ""):
        return ""
    return f"{local_date(value, date_style)}, {local_time(value, 'zone')}"


def machine_datetime(value) -> str:
    """ISO 8601 with the offset, for a <time datetime=""> attribute."""
    if value in (None, ""):
        return ""
    if not isinstance(value, datetime):
        return dateformat.format(value, "Y-m-d")
    return dateformat.format(value, MACHINE_FORMAT if is_aware(value) else "Y-m-d\\TH:i:s")
