"""A signed-in reader's lesson comes from the cache while their own progress, answers and
reflections are unchanged (learning/models/pages.py, cms/private_cache.py), and never after."""

from http import HTTPStatus

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from learning.models import LessonCompletion
from tests.factories import UserFactory
from tests.learning.builders import knowledge_check, make_module, paragraph, reflection_prompt
from tests.support.stored_pages import assert_own_token_posts

pytestmark = pytest.mark.django_db

BODY = [paragraph("Rest is part of caring."), knowledge_check("kc-1"), reflection_prompt("rp-1")]


@pytest.fixture
def lessons(db):
    return make_module(lessons=2, body=BODY)[1]


def seen(client, url) -> tuple[str | None, str]:
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return response.get("X-Kinship-Cache"), response.content.decode()


def test_a_second_look_costs_two_queries(member_client, lessons):
    assert seen(member_client, lessons[0].url)[0] == "miss"
    with CaptureQueriesContext(connection) as queries:
        assert seen(member_client, lessons[0].url)[0] == "hit"
    assert len(queries) <= 2  # the reader, and the fingerprint of their rows


def test_what_the_reader_does_shows_at_once(member_client, member, lessons):
    url = lessons[0].url
    seen(member_client, url)
    member_client.post(f"{url}check/kc-1/", {"option": "1"}, HTTP_ACCEPT="application/json")
    state, html = seen(member_client, url)
    assert state != "hit" and "checked" in html  # fresh (or not stored at all, when a message waited)
    member_client.post(f"{url}reflection/rp-1/", {"text": "Walking helps."}, HTTP_ACCEPT="application/json")
    state, html = seen(member_client, url)
    assert state != "hit" and "Walking helps." in html
    seen(member_client, url)
    assert seen(member_client, url)[0] == "hit"
    # Completing the other lesson moves this one's progress bar.
    LessonCompletion.objects.create(user=member, lesson=lessons[1])
    state, html = seen(member_client, url)
    assert state == "miss" and "1 of 2" in html


def test_a_reader_never_gets_another_readers_lesson(member_client, lessons):
    url = lessons[0].url
    member_client.post(f"{url}reflection/rp-1/", {"text": "Only mine."}, HTTP_ACCEPT="application/json")
    seen(member_client, url)
    other = Client()
    other.force_login(UserFactory())
    state, html = seen(other, url)
    assert state == "miss" and "Only mine." not in html


def test_the_same_reader_in_two_browsers_gets_their_own_token(member, lessons):
    url = lessons[0].url
    laptop, phone = Client(), Client()
    laptop.force_login(member)
    phone.force_login(member)
    _state, laptop_html = seen(laptop, url)
    state, phone_html = seen(phone, url)
    assert state == "hit"
    assert_own_token_posts(first_html=laptop_html, second_html=phone_html, second=phone, url=f"{url}complete/", data={})


def test_a_new_revision_shows_at_once(member_client, lessons):
    lesson = lessons[0]
    seen(member_client, lesson.url)
    lesson.title = "Rest, renamed"
    lesson.save_revision().publish()
    state, html = seen(member_client, lesson.url)
    assert state == "miss" and "Rest, renamed" in html
