"""Finishing a module's last lesson leads to a 'module complete' page with a next step."""

from http import HTTPStatus

import pytest

from learning.models import LessonCompletion
from tests.learning.builders import make_module
from tests.workshops.builders import make_cohort, make_workshop
from workshops.models import WorkshopRequiredModule

MODULE_COMPLETE_BUDGET = 25


@pytest.mark.django_db
def test_the_last_lesson_leads_to_module_complete_with_the_next_module_and_a_workshop(member_client, member):
    first, lessons = make_module(title="Understanding addiction", lessons=2, order=1)
    second, _ = make_module(title="Talking with your loved one", lessons=2, order=2)
    workshop = make_workshop(title="Family skills")
    WorkshopRequiredModule.objects.create(workshop=workshop, module=first)
    LessonCompletion.objects.create(user=member, lesson=lessons[0])
    response = member_client.post(f"{lessons[1].url}complete/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == f"{lessons[1].url}module-complete/"
    page = member_client.get(response["Location"]).content.decode()
    assert "Module complete" in page
    assert "Talking with your loved one" in page and second.url in page
    assert "Family skills" in page


@pytest.mark.django_db
def test_a_workshop_with_an_open_group_is_suggested_when_none_builds_on_the_module(client):
    module, lessons = make_module(lessons=1)
    make_cohort(make_workshop(title="Open workshop"))
    response = client.post(f"{lessons[0].url}complete/", follow=True)
    page = response.content.decode()
    assert "Module complete" in page
    assert "Open workshop" in page


@pytest.mark.django_db
def test_an_unfinished_module_has_no_completion_page_yet(member_client):
    module, lessons = make_module(lessons=3)
    response = member_client.post(f"{lessons[2].url}complete/")
    assert response["Location"] == lessons[2].url
    assert member_client.get(f"{lessons[2].url}module-complete/")["Location"] == module.url


@pytest.mark.django_db
def test_module_complete_costs_the_same_with_2_and_8_modules(member_client, member, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    module, lessons = make_module(lessons=1, order=1)
    LessonCompletion.objects.create(user=member, lesson=lessons[0])
    url = f"{lessons[0].url}module-complete/"

    def count() -> int:
        member_client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert member_client.get(url).status_code == HTTPStatus.OK
        return len(queries)

    make_module(lessons=2, order=2)
    small = count()
    for order in range(3, 9):
        make_module(lessons=2, order=order)
    assert count() == small
    with django_assert_max_num_queries(MODULE_COMPLETE_BUDGET):
        member_client.get(url)
