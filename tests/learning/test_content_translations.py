"""What the Spanish demo library must share with the English one (learning/content/).

Spanish is written for Spanish-speaking families, not word for word, so it may add blocks (a
callout for Latino families, an example) or word things in its own order. What must match: the
same lessons in every module (the loader pairs pages by slug), knowledge checks with the same
number of right answers in the same order of checks, sources in both, and every text translated.
Every module folder is covered, so lessons added later are checked the same way.
"""

import pytest
from django.core.exceptions import ValidationError

from learning.blocks import LessonStreamBlock
from learning.content_files import read_modules
from learning.demo import lesson_body
from learning.models import ModulePage

ENGLISH = read_modules("en")
SPANISH = {module["slug"]: module for module in read_modules("es")}


def _blocks(lesson, block_type):
    return [value for kind, value in lesson["body"] if kind == block_type]


def _pairs():
    for module_en in ENGLISH:
        module_es = SPANISH[module_en["slug"]]
        lessons_es = {lesson["slug"]: lesson for lesson in module_es["lessons"]}
        for lesson_en in module_en["lessons"]:
            yield f"{module_en['slug']}/{lesson_en['slug']}", lesson_en, lessons_es[lesson_en["slug"]]


def test_every_module_has_the_same_lessons_in_both_languages():
    assert [module["slug"] for module in ENGLISH] == list(SPANISH)
    for module_en in ENGLISH:
        module_es = SPANISH[module_en["slug"]]
        assert [(lesson["order"], lesson["slug"]) for lesson in module_es["lessons"]] == [
            (lesson["order"], lesson["slug"]) for lesson in module_en["lessons"]
        ], module_en["slug"]
        assert module_es["lessons"], module_en["slug"]


def test_knowledge_checks_have_the_same_right_answers_in_the_same_order():
    for where, lesson_en, lesson_es in _pairs():
        right_en = [
            sum(option["correct"] for option in check["options"]) for check in _blocks(lesson_en, "knowledge_check")
        ]
        right_es = [
            sum(option["correct"] for option in check["options"]) for check in _blocks(lesson_es, "knowledge_check")
        ]
        assert right_es == right_en, where


def test_a_lesson_with_sources_in_one_language_has_them_in_the_other():
    for where, lesson_en, lesson_es in _pairs():
        assert bool(_blocks(lesson_en, "sources")) == bool(_blocks(lesson_es, "sources")), where


def test_titles_and_summaries_are_translated():
    for module_en in ENGLISH:
        module_es = SPANISH[module_en["slug"]]
        for key in ("title", "summary"):
            assert module_es[key].strip() and module_es[key] != module_en[key], (module_en["slug"], key)
        assert len(module_es["objectives"]) == len(module_en["objectives"]), module_en["slug"]
        for objective_en, objective_es in zip(module_en["objectives"], module_es["objectives"], strict=True):
            assert objective_es.strip() and objective_es != objective_en, module_en["slug"]
    for where, lesson_en, lesson_es in _pairs():
        assert lesson_es["title"].strip() and lesson_es["title"] != lesson_en["title"], where


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_lesson_and_module_passes_the_page_validation(language):
    """Spanish runs longer than English: every field must still fit the blocks' and pages' limits."""
    stream = LessonStreamBlock()
    summary_limit = ModulePage._meta.get_field("summary").max_length
    for module in read_modules(language):
        assert len(module["summary"]) <= summary_limit, module["slug"]
        assert all(len(objective) <= 200 for objective in module["objectives"]), module["slug"]
        for lesson in module["lessons"]:
            try:
                stream.clean(stream.to_python(lesson_body(module["slug"], lesson)))
            except ValidationError as error:  # the message names the failing block
                pytest.fail(f"{language} {module['slug']}/{lesson['slug']}: {error!r}")
