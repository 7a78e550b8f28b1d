"""Library, module, lesson and workshop pages are served by the views in learning/page_views.py
and workshops/page_views.py (cms/page_routing.py): the same addresses, and a preview shows what
the live page shows."""

from http import HTTPStatus

import pytest

from learning.models import LibraryPage
from tests.learning.builders import make_module
from tests.workshops.builders import make_cohort, make_workshop
from workshops.models import WorkshopIndexPage

pytestmark = pytest.mark.django_db


def test_every_page_and_action_keeps_its_address():
    module, (lesson, *_rest) = make_module(lessons=2)
    library = LibraryPage.objects.get(locale__language_code="en")
    assert library.reverse_subpage("search") == "search/"
    assert lesson.reverse_subpage("complete") == "complete/"
    assert lesson.reverse_subpage("module_complete") == "module-complete/"
    assert lesson.reverse_subpage("check", args=["kc-1"]) == "check/kc-1/"
    assert lesson.reverse_subpage("reflection", args=["rp-1"]) == "reflection/rp-1/"
    assert lesson.url == f"/learn/{module.slug}/{lesson.slug}/"


def test_a_module_still_routes_to_its_lessons(client):
    module, lessons = make_module(lessons=2)
    response = client.get(lessons[1].url)
    assert response.status_code == HTTPStatus.OK
    assert lessons[1].title in response.content.decode()
    assert client.get(f"{module.url}no-such-lesson/").status_code == HTTPStatus.NOT_FOUND


def test_a_lesson_action_still_answers_only_posts(client):
    _module, (lesson, *_rest) = make_module(lessons=1)
    assert client.get(f"{lesson.url}complete/").status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert client.post(f"{lesson.url}complete/").status_code == HTTPStatus.FOUND


def test_previews_show_what_the_view_adds(client):
    module, lessons = make_module(lessons=2)
    library = LibraryPage.objects.get(locale__language_code="en")
    workshop = make_workshop()
    cohort = make_cohort(workshop, name="Tuesday evening group")
    index = WorkshopIndexPage.objects.get(locale__language_code="en")
    shown = {
        library: module.title,  # the library's module list
        module: lessons[1].title,  # the module's lesson list
        lessons[0]: lessons[1].title,  # the lesson's "next" link
        index: workshop.title,  # the index's workshop list
        workshop: cohort.name,  # the workshop's open groups
    }
    for page, text in shown.items():
        response = page.make_preview_request()
        assert response.status_code == HTTPStatus.OK, page
        assert text in response.content.decode(), page
