"""The Spanish demo modules load as Wagtail translations of the English demo pages."""

import pytest
from wagtail.models import Locale

from learning.demo_es import load_spanish_demo_modules
from learning.models import LessonPage, ModulePage
from tests.learning.builders import make_module

pytestmark = pytest.mark.django_db

SPANISH_MODULES = [
    {
        "slug": "entender-la-adiccion",
        "title": "Entender la adicción",
        "summary": "La adicción es una condición de salud que se puede tratar.",
        "objectives": ["Explicar por qué la adicción es una condición de salud."],
        "lessons": [
            {
                "slug": "que-es-la-adiccion",
                "title": "¿Qué es la adicción?",
                "minutes": 4,
                "body": [("paragraph", "<p>No causaste la adicción de tu ser querido.</p>")],
            }
        ],
    }
]


def test_spanish_modules_become_published_translations_of_the_english_pages(client):
    module, lessons = make_module(lessons=1)
    created = load_spanish_demo_modules(lambda _line: None, modules=SPANISH_MODULES)

    assert created == 2
    spanish = Locale.objects.get(language_code="es")
    spanish_module = ModulePage.objects.get(locale=spanish)
    spanish_lesson = LessonPage.objects.get(locale=spanish)
    assert spanish_module.translation_key == module.translation_key
    assert spanish_lesson.translation_key == lessons[0].translation_key
    assert spanish_module.live and spanish_lesson.live
    assert spanish_lesson.get_parent().pk == spanish_module.pk
    assert spanish_module.title == "Entender la adicción"

    response = client.get("/es/learn/entender-la-adiccion/que-es-la-adiccion/")
    assert response.status_code == 200
    assert "No causaste la adicción" in response.content.decode()
    assert "untranslated-notice" not in response.content.decode()


def test_loading_twice_creates_nothing_more():
    make_module(lessons=1)
    load_spanish_demo_modules(lambda _line: None, modules=SPANISH_MODULES)
    assert load_spanish_demo_modules(lambda _line: None, modules=SPANISH_MODULES) == 0
    assert ModulePage.objects.filter(locale__language_code="es").count() == 1
    assert LessonPage.objects.filter(locale__language_code="es").count() == 1


def test_without_spanish_content_nothing_happens():
    lines = []
    assert load_spanish_demo_modules(lines.append, modules=[]) == 0
    assert "no Spanish demo modules" in lines[0]
