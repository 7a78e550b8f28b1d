"""The journal is the member's, not the page's: a reflection, a knowledge-check answer and a
completion made on one translation of a lesson show on the others (same translation_key; a
translation made with Wagtail's "Translate" keeps its original's block ids)."""

import pytest
from wagtail.models import Locale

from learning import services
from learning.models import KnowledgeCheckAnswer, Reflection
from tests.learning.builders import knowledge_check, make_module, reflection_prompt

pytestmark = pytest.mark.django_db


@pytest.fixture
def lessons():
    """A live English lesson with a prompt and a question, and its live Spanish translation."""
    spanish = Locale.objects.get(language_code="es")
    module, (lesson,) = make_module(lessons=1, body=[reflection_prompt("rp-1"), knowledge_check("kc-1")])
    module.save_revision().publish()
    lesson.save_revision().publish()
    module.copy_for_translation(spanish).save_revision().publish()
    lesson_es = lesson.copy_for_translation(spanish)
    lesson_es.title = "Lección en español"
    lesson_es.save()
    lesson_es.save_revision().publish()
    assert [block.id for block in lesson_es.body] == [block.id for block in lesson.body]
    return lesson, lesson_es


def test_a_reflection_written_in_english_shows_on_the_spanish_lesson_and_back(member_client, member, lessons):
    lesson, lesson_es = lessons
    services.reflection_save(user=member, lesson=lesson, block_id="rp-1", text="Walking helps me rest.")
    assert "Walking helps me rest." in member_client.get(lesson_es.url).content.decode()

    services.reflection_save(user=member, lesson=lesson_es, block_id="rp-1", text="Caminar me ayuda a descansar.")
    assert Reflection.objects.filter(user=member).count() == 1  # the same entry, edited
    english = member_client.get(lesson.url).content.decode()
    assert "Caminar me ayuda a descansar." in english and "Walking helps me rest." not in english


def test_another_members_reflection_never_shows(client, member, lessons, user_factory):
    lesson, lesson_es = lessons
    services.reflection_save(user=member, lesson=lesson, block_id="rp-1", text="Mine alone.")
    client.force_login(user_factory())
    assert "Mine alone." not in client.get(lesson_es.url).content.decode()


def test_an_answer_and_a_completion_follow_the_member_across_languages(member_client, member, lessons):
    lesson, lesson_es = lessons
    services.knowledge_check_answer(lesson=lesson, block_id="kc-1", option="1", user=member)
    services.lesson_mark_complete(lesson=lesson, user=member)
    html = member_client.get(lesson_es.url).content.decode()
    assert 'id="kc-kc-1-1" value="1" required checked' in html
    assert 'class="done-badge"' in html

    services.knowledge_check_answer(lesson=lesson_es, block_id="kc-1", option="0", user=member)
    assert KnowledgeCheckAnswer.objects.filter(user=member).count() == 1
    assert 'id="kc-kc-1-0" value="0" required checked' in member_client.get(lesson.url).content.decode()


def test_loaded_translations_share_their_originals_question_and_prompt_ids():
    from learning.translated_blocks import with_original_block_ids

    original = [
        {"type": "paragraph", "id": "p-en", "value": "<p>Hi</p>"},
        reflection_prompt("rp-en"),
        knowledge_check("kc-en"),
    ]
    translated = [
        {"type": "paragraph", "id": "p-es", "value": "<p>Hola</p>"},
        {"type": "callout", "id": "extra-es", "value": {}},  # an adaptation of the Spanish lesson
        knowledge_check("kc-es"),
        reflection_prompt("rp-es"),
    ]
    ids = [block["id"] for block in with_original_block_ids(translated, original)]
    assert ids == ["p-es", "extra-es", "kc-en", "rp-en"]


def test_a_deleted_lesson_leaves_the_members_reflection_in_their_journal(member_client, member):
    """A clinician deleting a lesson does not delete what a member wrote about it."""
    module, (lesson,) = make_module(lessons=1, body=[reflection_prompt("rp-1")])
    module.save_revision().publish()
    lesson.save_revision().publish()
    services.reflection_save(user=member, lesson=lesson, block_id="rp-1", text="What I noticed this week.")
    lesson.delete()

    reflection = Reflection.objects.get(user=member)
    assert reflection.lesson is None and reflection.prompt
    me = member_client.get("/me/").content.decode()
    assert "What I noticed this week." in me
    edit = member_client.get(f"/me/reflections/{reflection.pk}/edit/")
    assert edit.status_code == 200 and "From the lesson" not in edit.content.decode()
    assert member_client.post(f"/me/reflections/{reflection.pk}/edit/", {"text": "Still mine."}).status_code == 302
    exported = member_client.get("/me/export/").json()["data"]["learning.Reflection"]["records"]
    assert [(row["lesson__title"], row["text"]) for row in exported] == [(None, "<p>Still mine.</p>")]


def test_me_says_no_lesson_is_finished_yet_not_that_nothing_was_started(member_client, member):
    """A member who wrote in a lesson without marking it finished has started: /me/ says what is
    true (no lesson finished), next to the reflection it lists."""
    module, (lesson,) = make_module(lessons=1, body=[reflection_prompt("rp-1")])
    module.save_revision().publish()
    lesson.save_revision().publish()
    services.reflection_save(user=member, lesson=lesson, block_id="rp-1", text="A first thought.")

    me = member_client.get("/me/").content.decode()
    assert "A first thought." in me
    assert "You have not finished a lesson yet." in me and "not started" not in me
