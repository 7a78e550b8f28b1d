"""Anonymous lesson, module and library pages come from the cache (cms/page_cache.py): safely,
with each visitor's own CSRF token, and dropped as soon as the content changes."""

import re
from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import NoReverseMatch, reverse

from cms.page_cache import CACHE_HEADER, CSRF_PLACEHOLDER
from learning.models import LessonCompletion, LibraryPage
from tests.learning.builders import knowledge_check, make_module, paragraph

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def module_and_lessons(db):
    return make_module(lessons=2, body=[paragraph("Rest is part of caring."), knowledge_check("kc-1")])


def _cache_state(response) -> str | None:
    return response.headers.get(CACHE_HEADER)


@pytest.mark.django_db
def test_anonymous_lesson_module_and_library_are_stored_then_served_from_the_cache(client, module_and_lessons):
    module, lessons = module_and_lessons
    for url in (lessons[0].url, module.url, LibraryPage.objects.get(locale__language_code="en").url):
        first, second = Client().get(url), Client().get(url)
        assert (first.status_code, _cache_state(first)) == (HTTPStatus.OK, "miss")
        assert (second.status_code, _cache_state(second)) == (HTTPStatus.OK, "hit")
        # The same page, apart from each visitor's own CSRF token.
        assert TOKEN.sub("", second.content.decode()) == TOKEN.sub("", first.content.decode())


@pytest.mark.django_db
def test_a_cached_page_costs_no_database_query(django_assert_num_queries, module_and_lessons):
    url = module_and_lessons[1][0].url
    Client().get(url)
    with django_assert_num_queries(0):
        response = Client().get(url)
    assert _cache_state(response) == "hit"


@pytest.mark.django_db
def test_two_anonymous_visitors_each_submit_the_form_from_the_cached_page(module_and_lessons):
    lesson = module_and_lessons[1][0]
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    page_one, page_two = first.get(lesson.url), second.get(lesson.url)
    assert (_cache_state(page_one), _cache_state(page_two)) == ("miss", "hit")
    html_one, html_two = page_one.content.decode(), page_two.content.decode()
    assert CSRF_PLACEHOLDER not in html_one and CSRF_PLACEHOLDER not in html_two
    token_one, token_two = TOKEN.search(html_one).group(1), TOKEN.search(html_two).group(1)
    # Each visitor got their own secret in their own cookie: no shared token.
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value
    for visitor, token in ((first, token_one), (second, token_two)):
        answer = visitor.post(f"{lesson.url}check/kc-1/", {"option": "0", "csrfmiddlewaretoken": token})
        assert answer.status_code == HTTPStatus.FOUND
        done = visitor.post(f"{lesson.url}complete/", {"csrfmiddlewaretoken": token})
        assert done.status_code == HTTPStatus.FOUND
    # A token from the other visitor's page is refused: the cache did not make tokens shareable.
    assert first.post(f"{lesson.url}complete/", {"csrfmiddlewaretoken": "x" * 64}).status_code == 403


@pytest.mark.django_db
def test_a_visitor_with_progress_gets_their_own_page_not_the_cached_one(module_and_lessons):
    lesson = module_and_lessons[1][0]
    Client().get(lesson.url)  # stored
    reader = Client()
    reader.post(f"{lesson.url}complete/")
    page = reader.get(lesson.url)
    assert _cache_state(page) is None
    assert "You have completed this lesson." in page.content.decode()


@pytest.mark.django_db
def test_signed_in_pages_are_never_stored_or_served_from_the_cache(member_client, member, module_and_lessons):
    lesson = module_and_lessons[1][0]
    Client().get(lesson.url)  # an anonymous copy is stored
    LessonCompletion.objects.create(user=member, lesson=lesson)
    page = member_client.get(lesson.url)
    assert _cache_state(page) is None  # rendered fresh for them: neither the anonymous copy nor stored
    assert "You have completed this lesson." in page.content.decode()
    assert "no-store" in page.headers["Cache-Control"]  # never in a shared or browser cache
    assert _cache_state(member_client.get(lesson.url)) is None


@pytest.mark.django_db
def test_pages_with_messages_or_query_strings_are_not_cached(module_and_lessons):
    lesson = module_and_lessons[1][0]
    Client().get(lesson.url)  # stored
    assert _cache_state(Client().get(f"{lesson.url}?utm=1")) is None
    visitor = Client()
    visitor.cookies["messages"] = "a message waiting to be shown"
    assert _cache_state(visitor.get(lesson.url)) is None


@pytest.mark.django_db
def test_publishing_unpublishing_and_moving_drop_the_cached_pages(module_and_lessons):
    module, lessons = module_and_lessons
    Client().get(lessons[0].url)
    lessons[0].title = "A new title"
    lessons[0].save_revision().publish()
    fresh = Client().get(lessons[0].url)
    assert _cache_state(fresh) == "miss" and "A new title" in fresh.content.decode()

    Client().get(module.url)
    lessons[1].unpublish()
    after_unpublish = Client().get(module.url)
    assert _cache_state(after_unpublish) == "miss"
    assert lessons[1].title not in after_unpublish.content.decode()

    other_module, _ = make_module(lessons=0)
    old_url = lessons[0].url
    Client().get(old_url)
    lessons[0].move(other_module, pos="last-child")
    moved = Client().get(old_url)
    # Wagtail redirects the old address to the new one; the stored copy is not served.
    assert _cache_state(moved) is None and moved.status_code == HTTPStatus.MOVED_PERMANENTLY


@pytest.mark.django_db
def test_the_bench_floor_view_is_not_mounted_by_default(client):
    with pytest.raises(NoReverseMatch):
        reverse("bench_floor")
    assert client.get("/bench/floor/").status_code == HTTPStatus.NOT_FOUND


@pytest.mark.django_db
def test_a_signed_in_lesson_never_touches_a_stored_page(member_client, module_and_lessons, monkeypatch, settings):
    """Signed-in pages are rendered fresh: no whole page is read or stored for them, only public
    fragments (tests/cms/test_public_fragments.py), and with FRAGMENT_CACHE_SECONDS=0 not even those."""
    from django.core.cache import caches

    url = module_and_lessons[1][0].url
    pages = caches["pages"]
    touched = []
    for name in ("get", "set", "add"):
        original = getattr(pages, name)
        monkeypatch.setattr(
            pages,
            name,
            lambda key, *args, _o=original, **kwargs: touched.append(key) or _o(key, *args, **kwargs),
        )
    assert member_client.get(url).status_code == HTTPStatus.OK
    assert touched and not [key for key in touched if key.startswith("kinship:page:")]
    touched.clear()
    settings.FRAGMENT_CACHE_SECONDS = 0
    assert member_client.get(url).status_code == HTTPStatus.OK
    assert touched == []


@pytest.mark.django_db
def test_stored_pages_live_in_their_own_alias_and_leave_sessions_alone(client, module_and_lessons, settings):
    """Pages go to the "pages" alias with an explicit size; sessions and rate limits stay in "default"."""
    from django.core.cache import caches

    assert settings.SESSION_CACHE_ALIAS == "default"
    assert "MAX_ENTRIES" in settings.CACHES["pages"].get("OPTIONS", {}) or settings.REDIS_URL
    caches["default"].set("a-session-like-entry", 1)
    client.get(module_and_lessons[1][0].url)
    client.get(module_and_lessons[1][0].url)
    assert _cache_state(client.get(module_and_lessons[1][0].url)) == "hit"
    caches["pages"].clear()  # a publish-sized flush of pages
    assert caches["default"].get("a-session-like-entry") == 1
