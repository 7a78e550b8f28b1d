"""What a reader does on a lesson: complete it, answer checks, keep reflections."""

from http import HTTPStatus

import pytest

from learning.models import KnowledgeCheckAnswer, LessonCompletion, Reflection
from learning.models.records import REFLECTION_MAX_LENGTH
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.learning.builders import knowledge_check, make_module, paragraph, reflection_prompt

BODY = [paragraph(), knowledge_check("kc-1"), reflection_prompt("rp-1")]


@pytest.fixture
def lessons(db):
    _, lessons = make_module(lessons=3, body=BODY)
    return lessons


# --- reading ------------------------------------------------------------------------


@pytest.mark.django_db
def test_lessons_are_readable_without_an_account(client, lessons):
    html = client.get(lessons[0].url).content.decode()
    assert "Families are not to blame." in html
    assert "Did you cause it?" in html
    assert "to keep a private journal" in html  # reflection asks anonymous readers to sign in
    assert 'rel="next"' in html and lessons[1].url in html


@pytest.mark.django_db
def test_previous_and_next_lesson_navigation(client, lessons):
    html = client.get(lessons[1].url).content.decode()
    assert f'rel="prev" href="{lessons[0].url}"' in html
    assert f'rel="next" href="{lessons[2].url}"' in html
    last = client.get(lessons[2].url).content.decode()
    assert 'rel="next"' not in last


# --- completing ---------------------------------------------------------------------


@pytest.mark.django_db
def test_member_marks_a_lesson_complete_once(member_client, member, lessons):
    for _ in range(2):
        response = member_client.post(f"{lessons[0].url}complete/", {"next": lessons[1].url})
        assert response.status_code == HTTPStatus.FOUND
        assert response["Location"] == lessons[1].url
    assert LessonCompletion.objects.filter(user=member).count() == 1
    module_html = member_client.get(lessons[0].get_parent().url).content.decode()
    assert "1 of 3 lessons done" in module_html
    assert '<progress id="progress-' in module_html and 'value="1"' in module_html


@pytest.mark.django_db
def test_completing_needs_a_post(member_client, lessons):
    assert member_client.get(f"{lessons[0].url}complete/").status_code == HTTPStatus.METHOD_NOT_ALLOWED


@pytest.mark.django_db
def test_next_is_only_followed_to_our_own_site(member_client, lessons):
    response = member_client.post(f"{lessons[0].url}complete/", {"next": "//evil.example/"})
    assert response["Location"] == lessons[0].url


@pytest.mark.django_db
def test_anonymous_progress_lives_in_the_session_and_survives_signing_in(client, lessons):
    client.post(f"{lessons[0].url}complete/")
    client.post(f"{lessons[1].url}check/kc-1/", {"option": "1"})
    assert "1 of 3 lessons done" in client.get(lessons[0].get_parent().url).content.decode()
    assert LessonCompletion.objects.count() == 0

    user = UserFactory(email="later@example.org")
    client.post("/accounts/login/", {"login": "later@example.org", "password": DEFAULT_PASSWORD})
    assert LessonCompletion.objects.filter(user=user, lesson=lessons[0]).exists()
    answer = KnowledgeCheckAnswer.objects.get(user=user)
    assert (answer.lesson_id, answer.block_id, answer.is_correct) == (lessons[1].pk, "kc-1", True)


# --- knowledge checks ---------------------------------------------------------------


@pytest.mark.django_db
def test_answer_without_javascript_redirects_and_shows_feedback(member_client, member, lessons):
    response = member_client.post(f"{lessons[0].url}check/kc-1/", {"option": "0"})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == f"{lessons[0].url}#block-kc-1"
    html = member_client.get(lessons[0].url).content.decode()
    assert "Not quite." in html and "No, you did not." in html
    assert KnowledgeCheckAnswer.objects.get(user=member).option_index == 0


@pytest.mark.django_db
def test_answer_with_javascript_gets_json_feedback_and_keeps_the_latest(member_client, member, lessons):
    url = f"{lessons[0].url}check/kc-1/"
    member_client.post(url, {"option": "0"}, HTTP_ACCEPT="application/json")
    response = member_client.post(url, {"option": "1"}, HTTP_ACCEPT="application/json")
    assert response.json() == {"option": 1, "correct": True, "feedback": "Right: you did not cause it."}
    answer = KnowledgeCheckAnswer.objects.get(user=member)
    assert (answer.option_index, answer.is_correct) == (1, True)


@pytest.mark.django_db
@pytest.mark.parametrize("option", ["2", "-1", "abc", "", "99999999999999999999"])
def test_forged_option_is_a_400_and_stores_nothing(member_client, lessons, option):
    response = member_client.post(f"{lessons[0].url}check/kc-1/", {"option": option})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "does not belong to this question" in response.content.decode()
    assert KnowledgeCheckAnswer.objects.count() == 0


@pytest.mark.django_db
def test_another_lessons_block_id_is_a_400_and_stores_nothing(member_client, lessons):
    _, other = make_module(lessons=1, body=[knowledge_check("kc-elsewhere")])
    response = member_client.post(f"{lessons[0].url}check/kc-elsewhere/", {"option": "1"})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert KnowledgeCheckAnswer.objects.count() == 0


@pytest.mark.django_db
def test_a_reflection_block_id_is_not_a_knowledge_check(member_client, lessons):
    response = member_client.post(f"{lessons[0].url}check/rp-1/", {"option": "0"}, HTTP_ACCEPT="application/json")
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "error" in response.json()


# --- reflections --------------------------------------------------------------------


@pytest.mark.django_db
def test_member_saves_and_edits_one_private_reflection_per_prompt(member_client, member, lessons):
    url = f"{lessons[0].url}reflection/rp-1/"
    member_client.post(url, {"text": "I sleep better\nwhen I walk.\n\nAnd I call my sister."})
    member_client.post(url, {"text": "Walking helps."})
    reflection = Reflection.objects.get(user=member)
    assert reflection.text == "<p>Walking helps.</p>"
    assert reflection.prompt == "What helps you rest?"
    html = member_client.get(lessons[0].url).content.decode()
    assert "Walking helps.</textarea>" in html
    assert "Walking helps." in member_client.get("/me/").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("<script>alert(1)</script>Hello", "<p>alert(1)Hello</p>"),
        ('<b onclick="steal()">Bold</b>', "<p><b>Bold</b></p>"),
        ('<a href="javascript:alert(1)">link</a>', '<p><a rel="nofollow noopener noreferrer">link</a></p>'),
        ("<p>broken <i>markup", "<p>broken <i>markup</i></p>"),
        ('<img src=x onerror="alert(1)">ok', "<p>ok</p>"),
        ("<svg><style>x</style></svg>safe", "<p>xsafe</p>"),
    ],
)
def test_reflection_html_is_stored_clean_and_renders_inert(member_client, member, lessons, typed, stored):
    member_client.post(f"{lessons[0].url}reflection/rp-1/", {"text": typed})
    assert Reflection.objects.get(user=member).text == stored
    dashboard = member_client.get("/me/").content.decode()
    for dangerous in ("<script>alert", "onclick=", "javascript:", "onerror=", "<svg"):
        assert dangerous not in dashboard


@pytest.mark.django_db
def test_too_long_reflection_gets_a_clear_400_keeps_the_text_and_the_saved_one(member_client, member, lessons):
    url = f"{lessons[0].url}reflection/rp-1/"
    member_client.post(url, {"text": "First version."})
    too_long = "word " * (REFLECTION_MAX_LENGTH // 5 + 10)
    response = member_client.post(url, {"text": too_long})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    html = response.content.decode()
    assert "Please keep a reflection under 10,000 characters" in html
    assert too_long.strip()[:200] in html  # what was typed is still in the box
    assert Reflection.objects.get(user=member).text == "<p>First version.</p>"


@pytest.mark.django_db
def test_empty_reflection_is_refused_with_a_message(member_client, lessons):
    response = member_client.post(f"{lessons[0].url}reflection/rp-1/", {"text": "   "})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Write something first" in response.content.decode()
    assert Reflection.objects.count() == 0


@pytest.mark.django_db
def test_anonymous_reflection_post_goes_to_sign_in_and_stores_nothing(client, lessons):
    response = client.post(f"{lessons[0].url}reflection/rp-1/", {"text": "hello"})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/accounts/login/")
    assert Reflection.objects.count() == 0


@pytest.mark.django_db
def test_reflection_for_an_unknown_prompt_is_a_400(member_client, lessons):
    response = member_client.post(f"{lessons[0].url}reflection/kc-1/", {"text": "hello"})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert Reflection.objects.count() == 0


@pytest.mark.django_db
def test_someone_elses_reflection_cannot_be_read_edited_or_deleted(client, lessons):
    owner = UserFactory()
    reflection = Reflection.objects.create(
        user=owner, lesson=lessons[0], block_id="rp-1", prompt="p", text="<p>Private words</p>"
    )
    intruder = UserFactory()
    client.force_login(intruder)
    for url in (f"/me/reflections/{reflection.pk}/edit/", f"/me/reflections/{reflection.pk}/delete/"):
        assert client.get(url).status_code == HTTPStatus.NOT_FOUND
        assert client.post(url, {"text": "hijacked"}).status_code == HTTPStatus.NOT_FOUND
    assert "Private words" not in client.get(lessons[0].url).content.decode()
    assert "Private words" not in client.get("/me/").content.decode()
    reflection.refresh_from_db()
    assert reflection.text == "<p>Private words</p>"


@pytest.mark.django_db
def test_author_edits_and_deletes_their_reflection_from_me(member_client, member, lessons):
    reflection = Reflection.objects.create(user=member, lesson=lessons[0], block_id="rp-1", prompt="p", text="<p>a</p>")
    edit = f"/me/reflections/{reflection.pk}/edit/"
    assert member_client.get(edit).status_code == HTTPStatus.OK
    member_client.post(edit, {"text": "Changed <b>mind</b>"})
    reflection.refresh_from_db()
    assert reflection.text == "<p>Changed <b>mind</b></p>"
    member_client.post(f"/me/reflections/{reflection.pk}/delete/")
    assert not Reflection.objects.filter(pk=reflection.pk).exists()


@pytest.mark.django_db
def test_member_pages_are_not_cached(member_client, member, lessons):
    reflection = Reflection.objects.create(user=member, lesson=lessons[0], block_id="rp-1", prompt="p", text="<p>a</p>")
    response = member_client.get(f"/me/reflections/{reflection.pk}/edit/")
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_continue_where_you_left_off_on_me_and_on_the_module(member_client, member, lessons):
    module = lessons[0].get_parent()
    member_client.post(f"{lessons[0].url}complete/")
    dashboard = member_client.get("/me/").content.decode()
    assert "Continue where you left off" in dashboard
    assert f'href="{lessons[1].url}"' in dashboard
    assert "1 of 3 lessons done" in dashboard
    module_html = member_client.get(module.url).content.decode()
    assert "Continue where you left off" in module_html and f'href="{lessons[1].url}"' in module_html


@pytest.mark.django_db
def test_finished_modules_are_listed_as_completed_on_me(member_client, member, lessons):
    for lesson in lessons:
        member_client.post(f"{lesson.url}complete/")
    dashboard = member_client.get("/me/").content.decode()
    assert "Completed" in dashboard
    assert "Continue where you left off" not in dashboard
