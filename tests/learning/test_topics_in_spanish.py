"""Topics are translatable: /es/learn/ and Spanish module pages show every topic in Spanish,
whichever translation a module's own field points at."""

import pytest
from wagtail.models import Locale

from learning.models import Topic
from learning.selectors import topic_in_locale, topics_for_locale
from tests.learning.builders import make_module

pytestmark = pytest.mark.django_db


def english_topic_names() -> list[str]:
    return list(Topic.objects.filter(locale__language_code="en").values_list("name", flat=True))


def translate_module(module, *, title: str, slug: str):
    spanish = Locale.objects.get(language_code="es")
    translated = module.copy_for_translation(spanish)
    translated.title, translated.slug = title, slug
    translated.save()
    translated.save_revision().publish()
    return translated


def test_every_topic_has_a_spanish_translation_and_mental_health_exists():
    english = Topic.objects.filter(locale__language_code="en")
    spanish = {topic.translation_key: topic for topic in Topic.objects.filter(locale__language_code="es")}
    assert {topic.slug for topic in english} >= {"addiction-basics", "codependency", "mental-health"}
    for topic in english:
        assert spanish[topic.translation_key].slug == topic.slug
        assert spanish[topic.translation_key].name != topic.name
    assert english.get(slug="mental-health").name == "Mental health"
    assert spanish[english.get(slug="mental-health").translation_key].name == "Salud mental"


def test_spanish_library_shows_topics_in_spanish_only(client):
    for order, slug in enumerate(("addiction-basics", "codependency", "enabling", "mental-health")):
        topic = Topic.objects.get(slug=slug, locale__language_code="en")
        module, _lessons = make_module(lessons=1, topic=topic, order=order)
        module.save_revision().publish()
        if slug != "enabling":  # one module not translated yet: still a Spanish topic label
            translate_module(module, title=f"Módulo {order}", slug=f"modulo-{order}")
    html = client.get("/es/learn/").content.decode()
    for spanish_name in ("Conceptos básicos de la adicción", "Codependencia", "Ayudar sin facilitar", "Salud mental"):
        assert spanish_name in html
    for english_name in english_topic_names():
        assert english_name not in html, english_name
    english_html = client.get("/learn/").content.decode()
    assert "Addiction basics" in english_html and "Salud mental" not in english_html


def test_a_spanish_module_page_shows_its_topic_in_spanish(client):
    topic = Topic.objects.get(slug="codependency", locale__language_code="en")
    module, _lessons = make_module(lessons=1, topic=topic)
    module.save_revision().publish()
    translated = translate_module(module, title="Cuidarte", slug="cuidarte")
    html = client.get(translated.url).content.decode()
    assert '<p class="module-card__topic">Codependencia</p>' in html
    assert "Codependency" not in html


def test_a_topic_not_translated_yet_falls_back_to_english():
    english = Locale.objects.get(language_code="en")
    spanish = Locale.objects.get(language_code="es")
    topic = Topic.objects.create(name="Grief", slug="grief", locale=english)
    assert topic_in_locale(topic, locale_id=spanish.pk) == topic
    assert topic_in_locale(None, locale_id=spanish.pk) is None


def test_topics_take_one_query(django_assert_num_queries):
    spanish = Locale.objects.get(language_code="es")
    with django_assert_num_queries(1):
        topics = topics_for_locale(spanish.pk)
    with django_assert_num_queries(0):
        assert all(topic.locale.language_code == "es" for topic in topics.values())
    assert len(topics) == Topic.objects.filter(locale__language_code="en").count()
