"""Reads the whole site shares, each in a fixed number of queries."""

from django.conf import settings
from django.utils.translation import get_language

from cms.models import CrisisLine


def crisis_lines_for_language(language_code: str | None = None) -> list[CrisisLine]:
    """The program's crisis lines in this language (the active one by default): each line in the
    language where it is translated, else in the default language, in the program's order.
    One query."""
    language = (language_code or get_language() or settings.LANGUAGE_CODE)[:2]
    return _crisis_lines(language)


def _crisis_lines(language: str) -> list[CrisisLine]:
    rows = list(
        CrisisLine.objects.filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
        .select_related("locale")
        .order_by("sort_order", "pk")
    )
    chosen: dict = {}
    for line in rows:
        current = chosen.get(line.translation_key)
        if current is None or (line.locale.language_code == language and current.locale.language_code != language):
            chosen[line.translation_key] = line
    lines = [line for line in rows if chosen[line.translation_key] is line]
    for line in lines:
        # Lets the template mark a line shown untranslated with its own language.
        line.shown_in = line.locale.language_code
    return lines
