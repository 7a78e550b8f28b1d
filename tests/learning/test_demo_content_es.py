"""The Spanish demo content mirrors the English one, so the loader can pair every page with its translation.

Module N, lesson M and block K in Spanish must be the translation of the same module, lesson and block in
English: same slugs, same block types in the same order, knowledge checks with the same right answers. And
every text must really be translated: nothing left empty, nothing left in English.
"""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from learning.blocks import LessonStreamBlock
from learning.demo import lesson_body
from learning.demo_content import MODULES as MODULES_EN
from learning.demo_content_es import MODULES as MODULES_ES
from learning.models import ModulePage
from workshops.demo import _cohort_plans
from workshops.demo_content import WORKSHOPS as WORKSHOPS_EN
from workshops.demo_content_es import COHORT_NAMES
from workshops.demo_content_es import WORKSHOPS as WORKSHOPS_ES

# Fields that name things (slugs, kinds, addresses) rather than say something: they stay the same.
NOT_TEXT = {"slug", "topic", "kind", "level", "url", "publisher", "correct", "order", "minutes"}


def _pairs():
    for module_en, module_es in zip(MODULES_EN, MODULES_ES, strict=True):
        for lesson_en, lesson_es in zip(module_en["lessons"], module_es["lessons"], strict=True):
            yield module_en, module_es, lesson_en, lesson_es


def _texts(value, path=""):
    """Every piece of reader-facing text in a block value, with where it sits."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in NOT_TEXT:
                yield from _texts(item, f"{path}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _texts(item, f"{path}[{index}]")


def test_modules_and_lessons_line_up_with_the_english_ones():
    assert len(MODULES_ES) == len(MODULES_EN) == 5
    for module_en, module_es in zip(MODULES_EN, MODULES_ES, strict=True):
        for key in ("slug", "topic", "order"):
            assert module_es[key] == module_en[key], (module_en["slug"], key)
        assert len(module_es["objectives"]) == len(module_en["objectives"]), module_en["slug"]
        assert [lesson["slug"] for lesson in module_es["lessons"]] == [
            lesson["slug"] for lesson in module_en["lessons"]
        ]
    for _, _, lesson_en, lesson_es in _pairs():
        assert lesson_es["minutes"] == lesson_en["minutes"], lesson_en["slug"]


def test_every_lesson_has_the_same_blocks_in_the_same_order():
    for module_en, _, lesson_en, lesson_es in _pairs():
        where = f"{module_en['slug']}/{lesson_en['slug']}"
        assert [kind for kind, _ in lesson_es["body"]] == [kind for kind, _ in lesson_en["body"]], where
        for (kind, value_en), (_, value_es) in zip(lesson_en["body"], lesson_es["body"], strict=True):
            if kind == "heading":
                assert value_es["level"] == value_en["level"], where
            elif kind == "callout":
                assert value_es["kind"] == value_en["kind"], where
            elif kind in {"key_takeaways", "sources"}:
                assert len(value_es["items"]) == len(value_en["items"]), (where, kind)
            elif kind == "knowledge_check":
                right_en = [option["correct"] for option in value_en["options"]]
                right_es = [option["correct"] for option in value_es["options"]]
                assert right_es == right_en, (where, value_en["question"])


def test_spanish_sources_still_cite_nida_or_samhsa_in_every_module():
    for module in MODULES_ES:
        urls = [
            item["url"]
            for lesson in module["lessons"]
            for kind, value in lesson["body"]
            if kind == "sources"
            for item in value["items"]
        ]
        assert urls, module["slug"]
        assert all(url.startswith("https://") for url in urls), module["slug"]
        assert any("nida.nih.gov" in url or "samhsa.gov" in url for url in urls), module["slug"]


def test_no_text_is_empty_or_left_in_english():
    checked = 0
    for module_en, module_es in zip(MODULES_EN, MODULES_ES, strict=True):
        for key in ("title", "summary"):
            assert module_es[key].strip() and module_es[key] != module_en[key], (module_en["slug"], key)
        for objective_en, objective_es in zip(module_en["objectives"], module_es["objectives"], strict=True):
            assert objective_es.strip() and objective_es != objective_en
    for module_en, _, lesson_en, lesson_es in _pairs():
        assert lesson_es["title"].strip() and lesson_es["title"] != lesson_en["title"], lesson_en["slug"]
        for (kind, value_en), (_, value_es) in zip(lesson_en["body"], lesson_es["body"], strict=True):
            texts_en = dict(_texts(value_en))
            texts_es = dict(_texts(value_es))
            assert texts_es.keys() == texts_en.keys(), (lesson_en["slug"], kind)
            for path, text in texts_es.items():
                where = (module_en["slug"], lesson_en["slug"], kind, path)
                assert text.strip(), where
                assert text != texts_en[path], where
                checked += 1
    # Every block carries at least one text, so the walk did not skip any.
    assert checked >= sum(len(lesson["body"]) for _, _, lesson, _ in _pairs())


def test_spanish_lessons_and_modules_pass_the_page_validation():
    """Spanish runs longer than English: every field must still fit the blocks' and pages' limits."""
    stream = LessonStreamBlock()
    for _, module, _, lesson in _pairs():
        value = stream.to_python(lesson_body(module["slug"], lesson))
        try:
            stream.clean(value)
        except ValidationError as error:  # the message names the failing block
            pytest.fail(f"{module['slug']}/{lesson['slug']}: {error!r}")
    summary_limit = ModulePage._meta.get_field("summary").max_length
    for module in MODULES_ES:
        assert len(module["summary"]) <= summary_limit, module["slug"]
        assert all(len(objective) <= 200 for objective in module["objectives"]), module["slug"]


def test_spanish_workshops_line_up_with_the_english_ones():
    assert len(WORKSHOPS_ES) == len(WORKSHOPS_EN)
    for workshop_en, workshop_es in zip(WORKSHOPS_EN, WORKSHOPS_ES, strict=True):
        assert workshop_es["slug"] == workshop_en["slug"]
        assert workshop_es["min_sessions_attended"] == workshop_en["min_sessions_attended"]
        for key in ("title", "summary", "audience", "certificate_title"):
            assert workshop_es[key].strip() and workshop_es[key] != workshop_en[key], (workshop_en["slug"], key)
        for session_en, session_es in zip(workshop_en["sessions"], workshop_es["sessions"], strict=True):
            assert session_es["lessons"] == session_en["lessons"]
            assert session_es["practice"]["kind"] == session_en["practice"]["kind"]
            assert len(session_es["objectives"]) == len(session_en["objectives"])
            texts_en = dict(_texts({k: v for k, v in session_en.items() if k != "lessons"}))
            for path, text in _texts({k: v for k, v in session_es.items() if k != "lessons"}):
                assert text.strip() and text != texts_en[path], (workshop_en["slug"], path)


def test_every_demo_cohort_has_a_spanish_name():
    suffixes = {plan["suffix"] for plan in _cohort_plans(date(2026, 1, 5))}
    assert set(COHORT_NAMES) == suffixes
    assert all(name.strip() and name not in suffixes for name in COHORT_NAMES.values())
