"""The Spanish demo modules load as Wagtail translations of the English demo pages."""

import pytest
from wagtail.models import Locale

from learning.demo_es import load_spanish_demo_modules
from learning.models import LessonPage, ModulePage
from tests.learning.builders import make_module

pytestmark = pytest.mark.django_db


def spanish_modules(module) -> list[dict]:
    """Spanish text for a module built by make_module: translated pages share the English slugs."""
    return [
        {
            "slug": module.slug,
            "title": "Entender la adicción",
            "summary": "La adicción es un trastorno de salud que se puede tratar.",
            "objectives": ["Explicar por qué la adicción es un trastorno de salud."],
            "lessons": [
                {
                    "slug": "lesson-1",
                    "title": "¿Qué es la adicción?",
                    "minutes": 4,
                    "body": [("paragraph", "<p>Tus errores no crearon la adicción de tu ser querido.</p>")],
                }
            ],
        }
    ]


def test_spanish_modules_become_published_translations_of_the_english_pages(client):
    module, lessons = make_module(lessons=1)
    created = load_spanish_demo_modules(lambda _line: None, modules=spanish_modules(module))

    assert created == 2
    spanish = Locale.objects.get(language_code="es")
    spanish_module = ModulePage.objects.get(locale=spanish)
    spanish_lesson = LessonPage.objects.get(locale=spanish)
    assert spanish_module.translation_key == module.translation_key
    assert spanish_lesson.translation_key == lessons[0].translation_key
    assert spanish_module.live and spanish_lesson.live
    assert spanish_lesson.get_parent().pk == spanish_module.pk
    assert spanish_module.title == "Entender la adicción"

    response = client.get(f"/es/learn/{module.slug}/lesson-1/")
    assert response.status_code == 200
    assert "Tus errores no crearon la adicción" in response.content.decode()
    assert "untranslated-notice" not in response.content.decode()


def test_loading_twice_creates_nothing_more():
    module, _lessons = make_module(lessons=1)
    load_spanish_demo_modules(lambda _line: None, modules=spanish_modules(module))
    assert load_spanish_demo_modules(lambda _line: None, modules=spanish_modules(module)) == 0
    assert ModulePage.objects.filter(locale__language_code="es").count() == 1
    assert LessonPage.objects.filter(locale__language_code="es").count() == 1


def test_without_spanish_content_nothing_happens():
    lines = []
    assert load_spanish_demo_modules(lines.append, modules=[]) == 0
    assert "no Spanish demo modules" in lines[0]
