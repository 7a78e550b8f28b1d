"""The demo library loads from its data files, twice with no change, and updates in place."""

import copy
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageLogEntry, Revision

from learning.content_files import ContentFileError, read_lesson, read_modules, rich_text
from learning.demo import DEMO_CONTENT_LOADED, load_demo_modules
from learning.demo_es import load_spanish_demo_modules
from learning.models import LessonPage, ModulePage, Topic

pytestmark = pytest.mark.django_db


def _quiet(_line):
    pass


def _both(modules_en, modules_es):
    load_demo_modules(_quiet, modules=modules_en)
    load_spanish_demo_modules(_quiet, modules=modules_es)


def _small(language):
    """The first module with its first two lessons: enough to test the loader quickly."""
    module = copy.deepcopy(read_modules(language)[0])
    module["lessons"] = module["lessons"][:2]
    return [module]


def test_loading_the_data_files_twice_changes_nothing_the_second_time():
    load_demo_modules(_quiet)
    load_spanish_demo_modules(_quiet)
    revisions = Revision.objects.count()
    logs = PageLogEntry.objects.count()
    bodies = {page.pk: list(page.body.raw_data) for page in LessonPage.objects.all()}

    load_demo_modules(_quiet)
    assert load_spanish_demo_modules(_quiet) == 0

    assert Revision.objects.count() == revisions
    assert PageLogEntry.objects.count() == logs
    assert {page.pk: list(page.body.raw_data) for page in LessonPage.objects.all()} == bodies
    for language in ("en", "es"):
        expected = sum(len(module["lessons"]) for module in read_modules(language))
        assert LessonPage.objects.filter(locale__language_code=language).count() == expected


def test_the_history_shows_loaded_demo_content():
    _both(_small("en"), _small("es"))
    lesson = LessonPage.objects.filter(locale__language_code="es").first()
    entry = PageLogEntry.objects.filter(page=lesson, action=DEMO_CONTENT_LOADED).get()
    assert entry.revision_id == lesson.live_revision_id
    assert entry.user is None
    assert str(entry.message) == "Loaded demo content"


def test_changed_data_updates_an_unedited_page_in_place_and_answers_keep_their_question():
    modules = _small("en")
    load_demo_modules(_quiet, modules=modules)
    lesson = LessonPage.objects.get(slug=modules[0]["lessons"][0]["slug"], locale__language_code="en")
    check_id = next(block.id for block in lesson.body if block.block_type == "knowledge_check")

    body = modules[0]["lessons"][0]["body"]
    body.insert(0, ("paragraph", "<p>A new first paragraph.</p>"))
    modules[0]["title"] = "A revised title"
    load_demo_modules(_quiet, modules=modules)

    lesson.refresh_from_db()
    assert lesson.body[0].value.source == "<p>A new first paragraph.</p>"
    assert next(block.id for block in lesson.body if block.block_type == "knowledge_check") == check_id
    assert ModulePage.objects.get(slug=modules[0]["slug"]).title == "A revised title"
    assert PageLogEntry.objects.filter(page=lesson, action=DEMO_CONTENT_LOADED).count() == 2


def test_a_page_a_clinician_edited_is_left_as_it_is():
    modules = _small("en")
    load_demo_modules(_quiet, modules=modules)
    lesson = LessonPage.objects.get(slug=modules[0]["lessons"][0]["slug"], locale__language_code="en")
    clinician = get_user_model().objects.create_user(email="clinician@example.org", password="x")
    lesson.title = "Edited by a clinician"
    lesson.save_revision(user=clinician).publish()

    modules[0]["lessons"][0]["title"] = "From the data files"
    load_demo_modules(_quiet, modules=modules)

    lesson.refresh_from_db()
    assert lesson.title == "Edited by a clinician"


def test_a_lesson_added_between_two_others_takes_its_place_in_both_languages():
    english, spanish = _small("en"), _small("es")
    _both(english, spanish)
    for modules in (english, spanish):
        first = modules[0]["lessons"][0]
        modules[0]["lessons"].insert(1, {**copy.deepcopy(first), "slug": "a-new-lesson", "order": 15})
    _both(english, spanish)

    for language in ("en", "es"):
        module = ModulePage.objects.get(slug=english[0]["slug"], locale__language_code=language)
        slugs = list(LessonPage.objects.child_of(module).order_by("path").values_list("slug", flat=True))
        assert slugs == [lesson["slug"] for lesson in english[0]["lessons"]], language


def test_a_module_whose_topic_does_not_exist_yet_loads_without_one():
    modules = _small("en")
    modules[0]["topic"] = "not-created-yet"
    load_demo_modules(_quiet, modules=modules)
    assert ModulePage.objects.get(slug=modules[0]["slug"]).topic is None
    assert not Topic.objects.filter(slug="not-created-yet").exists()


def test_rich_text_written_over_lines_reads_back_as_one_line():
    assert rich_text("<p>One\n  two</p>\n<ul>\n<li>three</li>\n</ul>\n") == "<p>One two</p><ul><li>three</li></ul>"
    assert rich_text("<p><b>Bold</b>\nthen text</p>") == "<p><b>Bold</b> then text</p>"


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("10-a-lesson.en.yaml", "slug: a-lesson\ntitle: T\nminutes: 3\nbody: [{poem: x}]\n", "unknown block type"),
        ("10-a-lesson.en.yaml", "slug: other\ntitle: T\nminutes: 3\nbody: []\n", "differs from the file name"),
        ("10-a-lesson.en.yaml", "slug: a-lesson\ntitle: T\nbody: []\n", "missing minutes"),
        ("10-a-lesson.en.yaml", "slug: [unclosed\n", "not valid YAML"),
        ("10-a-lesson.en.yaml", "!!python/object:os.system x\n", "not valid YAML"),
        ("a-lesson.en.yaml", "slug: a-lesson\n", "named <NN>-<lesson-slug>"),
    ],
)
def test_a_bad_data_file_names_itself_and_the_problem(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentFileError, match=message) as error:
        read_lesson(path)
    assert str(path) in str(error.value)


def test_learning_holds_no_python_file_of_content_literals():
    """Lesson text lives in learning/content/ as data; Python files there only load it."""
    learning = Path(__file__).resolve().parents[2] / "learning"
    for path in learning.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not (len(text.splitlines()) > 300 and text.count("<p>") > 5), path
    assert list((learning / "content").glob("*/module.yaml"))
