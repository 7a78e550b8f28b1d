"""Pages a learner opens take the same number of queries whatever the size of the data."""

from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning.models import LessonCompletion, Reflection
from tests.learning.builders import knowledge_check, make_module, paragraph, reflection_prompt

# Signed-in pages are rendered fresh (docs/caching.md). Every page pays Wagtail's own serving
# frame: the member, the site, the active locale, two queries per level of the page tree
# (the child, then its specific page) and the view restrictions of its ancestors (two). On top,
# only the reader's own rows and the page's lists, each one query whatever their size; the
# member's completions come with the lessons. What is the same for everyone (the program
# settings, the crisis lines, the page's translations for the header, a module's topic) is read
# only when its public fragment is not kept: FRESH_FRAME more queries with FRAGMENT_CACHE_SECONDS=0.
LIBRARY_BUDGET = 10  # the frame, modules (with their topics), lessons with the member's completions
MODULE_BUDGET = 11  # the frame, lessons with the member's completions
LESSON_BUDGET = 15  # the frame, the module's lessons with the member's completions, answers, reflections
FRESH_FRAME = 3  # settings, crisis lines and the page's translations (a module page: its topic instead of the lines)
# The member, the library, their completions, modules and lessons, recent reflections, and the
# workshops panel (enrollments, sessions, calendar feed and certificate choices, certificates).
DASHBOARD_BUDGET = (
    # +1 here: the crisis lines in the reader's language (no topics: the panel shows none); +1
    # on main (the practice card); +1 for the modules that name a check-in (the check-in card)
    14
)


def count_queries(client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths), as a running server has
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == HTTPStatus.OK, url
    return len(queries)


def complete_all(user, lessons):
    LessonCompletion.objects.bulk_create([LessonCompletion(user=user, lesson=lesson) for lesson in lessons])


@pytest.fixture(params=[True, False], ids=["fragments kept", "fragments off"])
def fresh_frame(request, settings) -> int:
    """The frame's extra queries: none with public fragments kept, FRESH_FRAME without them."""
    if request.param:
        return 0
    settings.FRAGMENT_CACHE_SECONDS = 0
    return FRESH_FRAME


@pytest.mark.django_db
@pytest.mark.parametrize("signed_in", [False, True])
def test_library_costs_the_same_with_5_and_50_modules(
    client, member, signed_in, django_assert_max_num_queries, fresh_frame
):
    if signed_in:
        client.force_login(member)
    for _ in range(5):
        _, lessons = make_module(lessons=2)
        complete_all(member, lessons[:1])
    small = count_queries(client, "/learn/")
    for _ in range(45):
        _, lessons = make_module(lessons=2)
        complete_all(member, lessons[:1])
    large = count_queries(client, "/learn/")
    assert small == large
    with django_assert_max_num_queries(LIBRARY_BUDGET + fresh_frame):
        client.get("/learn/")


@pytest.mark.django_db
@pytest.mark.parametrize("signed_in", [False, True])
def test_lesson_costs_the_same_with_3_and_40_blocks(
    client, member, signed_in, django_assert_max_num_queries, settings, fresh_frame
):
    if signed_in:
        client.force_login(member)

    def body(size):
        blocks = [paragraph(), knowledge_check("kc-1"), reflection_prompt("rp-1")]
        blocks += [paragraph(f"More text {i}.") for i in range(size - 3)]
        blocks += [knowledge_check(f"kc-x{i}") for i in range(0)]
        return blocks

    _, small_lessons = make_module(lessons=2, body=body(3))
    _, large_lessons = make_module(lessons=2, body=body(40))
    if signed_in:
        Reflection.objects.create(user=member, lesson=small_lessons[0], block_id="rp-1", prompt="p", text="<p>x</p>")
        Reflection.objects.create(user=member, lesson=large_lessons[0], block_id="rp-1", prompt="p", text="<p>x</p>")
    small = count_queries(client, small_lessons[0].url)
    large = count_queries(client, large_lessons[0].url)
    assert small == large
    with django_assert_max_num_queries(LESSON_BUDGET + fresh_frame):
        client.get(large_lessons[0].url)


@pytest.mark.django_db
def test_dashboard_costs_the_same_with_1_and_30_modules_in_progress(
    client, member, django_assert_max_num_queries, settings
):
    client.force_login(member)
    _, lessons = make_module(lessons=3)
    complete_all(member, lessons[:1])
    Reflection.objects.create(user=member, lesson=lessons[0], block_id="rp-1", prompt="p", text="<p>x</p>")
    small = count_queries(client, "/me/")
    for _ in range(29):
        _, lessons = make_module(lessons=3)
        complete_all(member, lessons[:2])
        Reflection.objects.create(user=member, lesson=lessons[0], block_id="rp-1", prompt="p", text="<p>x</p>")
    large = count_queries(client, "/me/")
    assert small == large
    with django_assert_max_num_queries(DASHBOARD_BUDGET):
        client.get("/me/")


@pytest.mark.django_db
def test_module_page_costs_the_same_with_2_and_20_lessons(client, member, django_assert_max_num_queries, fresh_frame):
    client.force_login(member)
    small_module, small_lessons = make_module(lessons=2)
    large_module, large_lessons = make_module(lessons=20)
    complete_all(member, small_lessons[:1] + large_lessons[:10])
    assert count_queries(client, small_module.url) == count_queries(client, large_module.url)
    with django_assert_max_num_queries(MODULE_BUDGET + fresh_frame):
        client.get(large_module.url)
