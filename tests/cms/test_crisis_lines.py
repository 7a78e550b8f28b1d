"""The crisis lines in the visitor's language: one set per language, falling back to the
default language line by line, with how to reach each line in Spanish."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from cms.models import CrisisLine
from cms.selectors import crisis_lines_for_language
from tests.learning.builders import make_module

pytestmark = pytest.mark.django_db


def footer(html: str) -> str:
    return html[html.index('<footer class="site-footer">') :]


def test_the_migration_gives_every_line_a_spanish_translation():
    english = CrisisLine.objects.filter(locale__language_code="en")
    spanish = CrisisLine.objects.filter(locale__language_code="es")
    assert [line.phone for line in english] == ["988", "1-800-662-4357", "911"]
    assert {line.translation_key for line in spanish} == {line.translation_key for line in english}


def test_english_pages_show_the_english_lines(client):
    html = footer(client.get("/").content.decode())
    assert "988 Suicide &amp; Crisis Lifeline" in html
    assert 'href="tel:988"' in html and 'href="sms:988"' in html
    assert "For Spanish, press 2 or text AYUDA to 988." in html
    assert "Línea de Prevención" not in html


def test_spanish_pages_show_the_spanish_lines_and_how_to_reach_988_in_spanish(client):
    html = footer(client.get("/es/").content.decode())
    assert "988 Línea de Prevención del Suicidio y Crisis" in html
    assert "marca 2 para hablar en español" in html
    assert "Envía AYUDA por mensaje de texto al" in html
    assert 'href="sms:988?&amp;body=AYUDA"' in html
    assert "Línea Nacional de Ayuda de SAMHSA" in html and "Llama y pide atención en español." in html
    assert "Emergencias" in html and "Puedes pedir un intérprete de español." in html
    for english in ("Suicide &amp; Crisis Lifeline", "Free, confidential", "If someone is in danger", "Emergency"):
        assert english not in html


def test_a_line_not_translated_yet_shows_in_english_marked_as_english(client):
    CrisisLine.objects.create(
        locale=Locale.objects.get(language_code="en"), sort_order=9, name="County Mobile Crisis Team", phone="555-0100"
    )
    html = footer(client.get("/es/").content.decode())
    assert re.search(r'<li lang="en">\s*<strong>County Mobile Crisis Team</strong>', html)
    assert html.index("Emergencias") < html.index("County Mobile Crisis Team")


def test_a_spanish_only_line_shows_on_spanish_pages_only(client):
    CrisisLine.objects.create(
        locale=Locale.objects.get(language_code="es"), sort_order=0, name="Línea local en español", phone="555-0101"
    )
    assert "Línea local en español" in client.get("/es/").content.decode()
    assert "Línea local en español" not in client.get("/").content.decode()


def test_the_lessons_crisis_block_follows_the_language(client):
    spanish = Locale.objects.get(language_code="es")
    block = {"type": "crisis_resources", "id": "crisis-1", "value": {"intro": "Pide ayuda:"}}
    _module, (lesson,) = make_module(lessons=1, body=[block])
    module_es = lesson.get_parent().specific.copy_for_translation(spanish)
    module_es.save_revision().publish()
    lesson_es = lesson.copy_for_translation(spanish)
    lesson_es.save_revision().publish()
    lesson.save_revision().publish()
    _module.save_revision().publish()
    html = client.get(lesson_es.url).content.decode()
    main = html[: html.index('<footer class="site-footer">')]
    assert 'class="crisis-block"' in main and "988 Línea de Prevención del Suicidio y Crisis" in main


def test_an_edit_shows_at_once(client):
    client.get("/es/")
    line = CrisisLine.objects.get(locale__language_code="es", phone="911")
    line.description = "Si alguien corre peligro en este momento."
    line.save()
    assert "Si alguien corre peligro en este momento." in client.get("/es/").content.decode()


def test_the_lines_take_one_query(django_assert_num_queries):
    with django_assert_num_queries(1):
        lines = crisis_lines_for_language("es")
    with django_assert_num_queries(0):
        assert [line.shown_in for line in lines] == ["es", "es", "es"]


def test_a_page_reads_the_lines_once_for_its_footer_and_its_crisis_block(rf):
    from django.template import Context, Template

    request = rf.get("/")
    template = Template(
        "{% load kinship_tags %}{% crisis_lines as a %}{% crisis_lines as b %}{{ a|length }}{{ b|length }}"
    )
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert template.render(Context({"request": request})) == "33"
    assert len(queries) == 1


def test_the_demo_loader_fills_both_languages_once():
    CrisisLine.objects.all().delete()
    call_command("load_demo_content", verbosity=0, allow_production=True)
    call_command("load_demo_content", verbosity=0, allow_production=True)
    assert CrisisLine.objects.filter(locale__language_code="en").count() == 3
    assert CrisisLine.objects.filter(locale__language_code="es").count() == 3
