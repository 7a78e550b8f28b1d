"""Dates and times in the order and style of the reader's language.

Templates use them through the |local_date and |local_time filters (cms/templatetags), code
(email subjects) calls them directly. Spanish follows the RAE and Fundéu: day and month
names are lowercase ("el jueves 17 de diciembre"; a date that starts a line gets |capfirst),
and times use the 24-hour clock ("18:30"), never a mix of both.
"""

from django.template.defaultfilters import date as format_date
from django.template.defaultfilters import time as format_time
from django.utils.translation import get_language

# Formats written for English, and what each becomes in other languages.
LOCAL_FORMATS = {
    "es": {
        "l, F j, Y": r"l j \d\e F \d\e Y",
        "l, F j": r"l j \d\e F",
        # A list of dates: the day in full (an abbreviation needs its period, "jue.", and the full
        # word is easier to read).
        "D, M j": r"l j \d\e F",
        "D, M j, Y": r"l j \d\e F \d\e Y",
        "M j": r"j \d\e F",
        "F j": r"j \d\e F",
        "l": "l",
        "g:i A T": "H:i T",
        "g:i A": "H:i",
    }
}
# Languages whose day and month names are common nouns, written lowercase.
LOWERCASE_NAMES = {"es"}


def _language() -> str:
    return (get_language() or "en")[:2]


def local_date(value, fmt: str = "DATE_FORMAT") -> str:
    """`value` (already in the reader's time zone) as a date in the active language."""
    language = _language()
    text = format_date(value, LOCAL_FORMATS.get(language, {}).get(fmt, fmt))
    # Django's Spanish names are capitalised ("Jueves"); these formats hold only names, numbers
    # and "de", so lowercasing the whole text is safe.
    return text.lower() if language in LOWERCASE_NAMES else text


def local_time(value, fmt: str = "TIME_FORMAT") -> str:
    """`value` (already in the reader's time zone) as a time in the active language."""
    return format_time(value, LOCAL_FORMATS.get(_language(), {}).get(fmt, fmt))
