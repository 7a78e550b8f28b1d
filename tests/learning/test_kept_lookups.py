"""Signed-in learning pages keep what is the same for every reader per process (pages found by
address, view restrictions, hreflang alternates, the reader-independent lesson blocks): a change
shows at once, a private page stays private, and no reader ever sees another reader's state."""

import re
from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import translation
from wagtail.models import Locale, PageViewRestriction

from cms.page_lookups import view_restrictions
from learning.models import KnowledgeCheckAnswer, LessonCompletion, Reflection
from tests.factories import UserFactory
from tests.learning.builders import knowledge_check, make_module, paragraph, reflection_prompt

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def signed_in(user, **kwargs) -> Client:
    client = Client(**kwargs)
    client.force_login(user)
    return client


def body_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK, url
    return response.content.decode()


@pytest.fixture
def lesson_with_questions():
    module, lessons = make_module(
        lessons=2, body=[paragraph("Rest is part of caring."), knowledge_check("kc-1"), reflection_prompt("rp-1")]
    )
    return module, lessons


def test_a_publish_shows_the_new_lesson_to_a_signed_in_reader_at_once(member_client, lesson_with_questions):
    module, (lesson, _) = lesson_with_questions
    assert "Rest is part of caring." in body_of(member_client, lesson.url)

    lesson.title = "A new title"
    lesson.body = [paragraph("Sleep is part of caring."), knowledge_check("kc-1"), reflection_prompt("rp-1")]
    lesson.save_revision().publish()

    page = body_of(member_client, lesson.url)
    assert "A new title" in page and "Sleep is part of caring." in page
    assert "Rest is part of caring." not in page
    assert "A new title" in body_of(member_client, module.url)


def test_a_new_or_unpublished_lesson_shows_at_once_in_the_module_and_the_library(member_client, lesson_with_questions):
    module, (first, second) = lesson_with_questions
    body_of(member_client, module.url), body_of(member_client, "/learn/"), body_of(member_client, second.url)

    second.unpublish()
    assert member_client.get(second.url).status_code == HTTPStatus.NOT_FOUND
    assert second.title not in body_of(member_client, module.url)
    assert second.title not in body_of(member_client, first.url)  # no longer the next lesson
    assert "1 lesson" in body_of(member_client, "/learn/")

    second.save_revision().publish()
    assert second.title in body_of(member_client, module.url)
    assert body_of(member_client, second.url)


def test_a_made_up_address_is_a_404_and_is_not_kept(member_client, lesson_with_questions):
    module, (lesson, _) = lesson_with_questions
    for _ in range(2):
        assert member_client.get(f"{module.url}no-such-lesson/").status_code == HTTPStatus.NOT_FOUND
        assert member_client.get("/learn/no-such-module/").status_code == HTTPStatus.NOT_FOUND
    assert member_client.get(lesson.url).status_code == HTTPStatus.OK


def test_a_private_module_stays_private_once_its_restrictions_are_kept(lesson_with_questions):
    module, (lesson, _) = lesson_with_questions
    group = Group.objects.create(name="Cohort A")
    restriction = PageViewRestriction.objects.create(page=module, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(group)
    insider, outsider = UserFactory(), UserFactory()
    insider.groups.add(group)

    for _ in range(2):  # the second time from the kept list
        assert Client().get(lesson.url).status_code == HTTPStatus.FOUND
        assert signed_in(outsider).get(lesson.url).status_code == HTTPStatus.FOUND
        assert signed_in(insider).get(lesson.url).status_code == HTTPStatus.OK
        assert signed_in(outsider).get(module.url).status_code == HTTPStatus.FOUND

    # Which groups may see it is read per request, not kept: a group added counts at once.
    newcomers = Group.objects.create(name="Cohort B")
    outsider.groups.add(newcomers)
    restriction.groups.add(newcomers)
    assert signed_in(outsider).get(lesson.url).status_code == HTTPStatus.OK


def test_a_restriction_added_or_removed_applies_at_once(member_client, lesson_with_questions):
    module, (lesson, _) = lesson_with_questions
    assert member_client.get(lesson.url).status_code == HTTPStatus.OK  # no restrictions, kept

    restriction = PageViewRestriction.objects.create(page=module, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Staff only"))
    response = member_client.get(lesson.url)
    assert response.status_code == HTTPStatus.FOUND and "/login/" in response["Location"]

    restriction.delete()
    assert member_client.get(lesson.url).status_code == HTTPStatus.OK


def test_kept_restrictions_cost_no_query_and_what_builds_on_them_asks_the_database(
    lesson_with_questions, django_assert_num_queries
):
    module, (lesson, _) = lesson_with_questions
    PageViewRestriction.objects.create(page=module, restriction_type=PageViewRestriction.LOGIN)
    assert [r.page_id for r in view_restrictions(lesson)] == [module.pk]
    with django_assert_num_queries(0):
        assert [r.page_id for r in view_restrictions(lesson)] == [module.pk]
    # Wagtail's admin orders them: a fresh query, not the kept list.
    with django_assert_num_queries(1):
        assert view_restrictions(lesson).order_by("-page__depth").count() == 1


def test_a_reader_never_sees_another_readers_answer_reflection_or_progress(lesson_with_questions):
    module, (lesson, _) = lesson_with_questions
    reader_b = UserFactory()
    KnowledgeCheckAnswer.objects.create(user=reader_b, lesson=lesson, block_id="kc-1", option_index=1, is_correct=True)
    Reflection.objects.create(user=reader_b, lesson=lesson, block_id="rp-1", prompt="p", text="<p>B's secret</p>")
    LessonCompletion.objects.create(user=reader_b, lesson=lesson)

    page_b = body_of(signed_in(reader_b), lesson.url)  # B renders (and so keeps) the shared blocks first
    assert "B&#x27;s secret" in page_b or "B's secret" in page_b
    assert " checked" in page_b and "You have completed this lesson." in page_b

    reader_a = signed_in(UserFactory())
    page_a = body_of(reader_a, lesson.url)
    assert "secret" not in page_a
    assert " checked" not in page_a and "Right: you did not cause it." not in page_a
    assert "You have completed this lesson." not in page_a
    assert "lesson-list__item--done" not in body_of(reader_a, module.url)
    assert "progress" not in body_of(reader_a, "/learn/").split("module-list", 1)[1].split("</ul>", 1)[0]


def test_each_reader_gets_their_own_csrf_token_in_every_form(lesson_with_questions):
    module, (lesson, _) = lesson_with_questions
    for reader in (UserFactory(), UserFactory()):
        client = signed_in(reader, enforce_csrf_checks=True)
        page = body_of(client, lesson.url)
        tokens = TOKEN.findall(page)
        assert len(tokens) >= 3  # knowledge check, reflection, mark complete
        response = client.post(f"{lesson.url}check/kc-1/", {"option": "1", "csrfmiddlewaretoken": tokens[0]})
        assert response.status_code == HTTPStatus.FOUND
        assert KnowledgeCheckAnswer.objects.filter(user=reader, block_id="kc-1").exists()


def test_the_spanish_fallback_still_shows_the_english_lesson_with_a_notice(member_client):
    module, (lesson,) = make_module(lessons=1, body=[paragraph("Families are not to blame."), knowledge_check()])
    with translation.override("es"):
        notice = translation.gettext("This page is not translated yet. You are reading it in English.")
    for _ in range(2):  # the second time from the kept pages
        spanish = body_of(member_client, f"/es{lesson.url}")
        assert "Families are not to blame." in spanish and notice in spanish
        english = body_of(member_client, lesson.url)
        assert "untranslated-notice" not in english and notice not in english


def test_hreflang_alternates_follow_a_new_translation_at_once(member_client):
    module, (lesson,) = make_module(lessons=1)
    assert 'hreflang="es"' not in body_of(member_client, lesson.url)

    spanish_locale = Locale.objects.get(language_code="es")
    module.copy_for_translation(spanish_locale).save_revision().publish()
    lesson.copy_for_translation(spanish_locale).save_revision().publish()
    assert f'<link rel="alternate" hreflang="es" href="/es{lesson.url}">' in body_of(member_client, lesson.url)


def test_a_renamed_module_shows_at_once_on_every_page_that_names_it(member_client, lesson_with_questions):
    module, (first, second) = lesson_with_questions
    for url in ("/learn/", module.url, first.url, second.url):
        body_of(member_client, url)

    module.title = "Caring for yourself"
    module.save_revision().publish()
    assert "Caring for yourself" in body_of(member_client, "/learn/")  # the module card
    assert "Caring for yourself" in body_of(member_client, module.url)
    assert "Caring for yourself" in body_of(member_client, second.url)  # breadcrumb


def test_new_settings_show_at_once_in_the_shared_footer(member_client, lesson_with_questions):
    from wagtail.models import Site

    from cms.models import SiteSettings

    module, (lesson, _) = lesson_with_questions
    body_of(member_client, lesson.url)
    settings_row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.support_email = "help@family.example"
    settings_row.save()
    footer = body_of(member_client, lesson.url).split('<footer class="site-footer">', 1)[1]
    assert "help@family.example" in footer
