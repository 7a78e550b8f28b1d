"""The demo modules in Spanish, as Wagtail translations of the English demo pages.

The text lives in learning/demo_content_es.py (same layout as demo_content.py: a list of
modules, each with lessons and their blocks), written separately; without that file this
loader does nothing. A Spanish module or lesson is found by its English original's slug
(`source_slug`, else its own `slug`, else its position), created with copy_for_translation
(so it shares the original's translation_key) and published. Idempotent: a page that already
has a Spanish translation is left as it is, so a clinician's edits survive another run.
"""

import importlib
from collections.abc import Callable

from wagtail.models import Locale

from learning.demo import lesson_body
from learning.models import LessonPage, LibraryPage, ModulePage
from learning.translated_blocks import with_original_block_ids

SPANISH = "es"


def spanish_demo_modules() -> list[dict] | None:
    try:
        module = importlib.import_module("learning.demo_content_es")
    except ModuleNotFoundError as error:
        if error.name != "learning.demo_content_es":
            raise
        return None
    return module.MODULES


def _source(children: list, data: dict, position: int):
    by_slug = {page.slug: page for page in children}
    for key in (data.get("source_slug"), data.get("slug")):
        if key and key in by_slug:
            return by_slug[key]
    return children[position] if position < len(children) else None


def publish_translation(source, locale: Locale, fields: dict, log: Callable[[str], None]):
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    page = source.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(page, name, value)
    page.draft_title = page.title
    page.save()
    page.save_revision().publish()
    log(f"translated {source.url_path} into {locale.language_code}")
    return page, True


def load_spanish_demo_modules(log: Callable[[str], None], modules: list[dict] | None = None) -> int:
    """Publish the Spanish demo modules; returns how many pages it created."""
    modules = spanish_demo_modules() if modules is None else modules
    if not modules:
        log("no Spanish demo modules (learning/demo_content_es.py) to load")
        return 0
    locale, _ = Locale.objects.get_or_create(language_code=SPANISH)
    library = LibraryPage.objects.get(locale__language_code="en")
    english_modules = list(ModulePage.objects.child_of(library).order_by("order", "path"))
    created = 0
    for position, data in enumerate(modules):
        source = _source(english_modules, data, position)
        if source is None:
            log(f"no English module for Spanish module {data.get('slug')!r}: skipped")
            continue
        module, new = publish_translation(
            source,
            locale,
            {
                "title": data["title"],
                "slug": data.get("slug") or source.slug,
                "summary": data["summary"],
                "objectives": [("objective", text) for text in data.get("objectives", [])],
                "search_description": data["summary"][:250],
            },
            log,
        )
        created += new
        english_lessons = list(LessonPage.objects.child_of(source).order_by("path"))
        for lesson_position, lesson_data in enumerate(data.get("lessons", [])):
            lesson_source = _source(english_lessons, lesson_data, lesson_position)
            if lesson_source is None:
                log(f"no English lesson for Spanish lesson {lesson_data.get('slug')!r}: skipped")
                continue
            _lesson, new = publish_translation(
                lesson_source,
                locale,
                {
                    "title": lesson_data["title"],
                    "slug": lesson_data.get("slug") or lesson_source.slug,
                    "estimated_minutes": lesson_data.get("minutes", lesson_source.estimated_minutes),
                    "body": with_original_block_ids(
                        lesson_body(f"{SPANISH}/{module.slug}", lesson_data), lesson_source.body
                    ),
                },
                log,
            )
            created += new
    return created
