"""The demo workshops in Spanish, as Wagtail translations of the English demo workshop pages.

Text from workshops/demo_content_es.py (same slugs and sessions as the English). The session
outline keeps the English blocks' ids, so each cohort session finds its Spanish title, and lesson
links point to the Spanish lessons where they exist. Idempotent: a workshop that already has a
Spanish translation is left as it is, so staff edits survive another run.
"""

from collections.abc import Callable

from wagtail.models import Locale

from learning.demo_es import SPANISH, publish_translation
from learning.models import LessonPage
from workshops.demo import _lessons_by_path, _outline, load_spanish_demo_group
from workshops.demo_content_es import WORKSHOPS
from workshops.models import WorkshopIndexPage, WorkshopPage


def _spanish_lessons() -> dict[tuple[str, str], int]:
    """(module slug, lesson slug) -> the Spanish lesson's id, else the English one's."""
    english = _lessons_by_path()
    keys = dict(LessonPage.objects.filter(pk__in=english.values()).values_list("pk", "translation_key"))
    spanish = dict(
        LessonPage.objects.filter(translation_key__in=keys.values(), locale__language_code=SPANISH).values_list(
            "translation_key", "pk"
        )
    )
    return {pair: spanish.get(keys[pk], pk) for pair, pk in english.items()}


def load_spanish_demo_workshops(log: Callable[[str], None]) -> int:
    locale, _ = Locale.objects.get_or_create(language_code=SPANISH)
    index = WorkshopIndexPage.objects.get(locale__language_code="en")
    english = {page.slug: page for page in WorkshopPage.objects.child_of(index)}
    lessons = _spanish_lessons()
    created = 0
    for data in WORKSHOPS:
        source = english.get(data["slug"])
        if source is None:
            log(f"no English workshop {data['slug']!r} to translate: skipped")
            continue
        _page, new = publish_translation(
            source,
            locale,
            lambda _current, data=data: {
                "title": data["title"],
                "summary": data["summary"],
                "audience": data["audience"],
                "certificate_title": data["certificate_title"],
                "outline": _outline(data["slug"], data["sessions"], lessons),
                "search_description": data["summary"][:250],
            },
            log,
            update_existing=False,
        )
        created += new
    load_spanish_demo_group(log)
    return created
