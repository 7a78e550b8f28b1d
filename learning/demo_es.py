"""The demo modules in Spanish, as Wagtail translations of the English demo pages.

The text lives beside the English in learning/content/ (`module.yaml`'s `es:` part and the
`*.es.yaml` lesson files). A Spanish module or lesson is found by its English original's slug
(translated pages share the slug under the Spanish root), created with copy_for_translation (so it
shares the original's translation_key) and published. Like the English loader it updates in place
a translation nobody has edited in the admin and leaves a clinician's edits alone; a run with no
change in the files saves nothing.
"""

from collections.abc import Callable

from wagtail.models import Locale

from learning.content_files import read_modules
from learning.demo import lesson_fields, objectives, publish_demo_revision, update_demo_page
from learning.models import LessonPage, LibraryPage, ModulePage
from learning.translated_blocks import with_original_block_ids

SPANISH = "es"


def spanish_demo_modules() -> list[dict]:
    return read_modules(SPANISH)


def publish_translation(
    source, locale: Locale, fields_for: Callable, log: Callable[[str], None], *, update_existing: bool = True
):
    """The published translation of `source`, with the fields `fields_for(current translation or
    None)` gives; True when it was created just now. An existing translation is updated in place
    (learning.demo.update_demo_page) unless `update_existing` is False."""
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        existing = existing.specific
        if update_existing:
            update_demo_page(existing, fields_for(existing), log)
        return existing, False
    page = source.copy_for_translation(locale)
    for name, value in fields_for(None).items():
        setattr(page, name, value)
    page.draft_title = page.title
    page.save()
    publish_demo_revision(page)
    log(f"translated {source.url_path} into {locale.language_code}")
    return page, True


def _keep_lesson_order(page: LessonPage, source: LessonPage, english_lessons: list, locale: Locale) -> None:
    """A Spanish lesson created after its later siblings moves in front of them, as in English."""
    later = english_lessons[english_lessons.index(source) + 1 :]
    for english in later:
        translation = english.get_translation_or_none(locale)
        if translation is not None and translation.get_parent().pk == page.get_parent().pk:
            page.move(translation, pos="left")
            return


def spanish_lesson_fields(id_key: str, lesson_data: dict, current, lesson_source) -> dict:
    """A Spanish lesson's fields. A new translation takes its English original's question and
    prompt ids (learning/translated_blocks.py), so a member's answers and reflections show in
    both languages; an existing one keeps its own ids (lesson_fields)."""
    fields = lesson_fields(id_key, lesson_data, current.body if current else None)
    if current is None:
        fields["body"] = with_original_block_ids(fields["body"], lesson_source.body)
    return fields


def load_spanish_demo_modules(log: Callable[[str], None], modules: list[dict] | None = None) -> int:
    """Publish the Spanish demo modules; returns how many pages it created."""
    modules = spanish_demo_modules() if modules is None else modules
    if not modules:
        log("no Spanish demo modules (learning/content/*/*.es.yaml) to load")
        return 0
    locale, _ = Locale.objects.get_or_create(language_code=SPANISH)
    library = LibraryPage.objects.get(locale__language_code="en")
    english_modules = {page.slug: page for page in ModulePage.objects.child_of(library)}
    created = 0
    for data in modules:
        source = english_modules.get(data["slug"])
        if source is None:
            log(f"no English module for Spanish module {data['slug']!r}: skipped")
            continue
        module, new = publish_translation(
            source,
            locale,
            lambda current, data=data: {
                "title": data["title"],
                "summary": data["summary"],
                "objectives": objectives(f"{SPANISH}/{data['slug']}", data, current.objectives if current else None),
                "search_description": data["summary"][:250],
            },
            log,
        )
        created += new
        english_lessons = list(LessonPage.objects.child_of(source).order_by("path"))
        by_slug = {page.slug: page for page in english_lessons}
        id_key = f"{SPANISH}/{module.slug}"  # block ids of Spanish lessons, as computed since the first load
        for lesson_data in data.get("lessons", []):
            lesson_source = by_slug.get(lesson_data["slug"])
            if lesson_source is None:
                log(f"no English lesson for Spanish lesson {lesson_data['slug']!r}: skipped")
                continue
            lesson, new = publish_translation(
                lesson_source,
                locale,
                lambda current, lesson_data=lesson_data, id_key=id_key, lesson_source=lesson_source: (
                    spanish_lesson_fields(id_key, lesson_data, current, lesson_source)
                ),
                log,
            )
            if new:
                _keep_lesson_order(lesson, lesson_source, english_lessons, locale)
            created += new
    return created
