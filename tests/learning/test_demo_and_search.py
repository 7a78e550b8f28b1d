"""The five demo modules, and search over modules and lessons."""

from http import HTTPStatus

import pytest
from django.core.management import call_command

from learning.content_files import read_modules
from learning.models import LessonPage, ModulePage, Topic
from tests.learning.builders import make_module, paragraph


@pytest.mark.django_db
def test_demo_content_builds_complete_modules_twice_without_duplicates():
    call_command("load_demo_content", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    modules = list(ModulePage.objects.live().filter(locale__language_code="en").order_by("order"))
    assert [m.slug for m in modules] == [module["slug"] for module in read_modules("en")]
    assert {"addiction-basics", "codependency", "enabling", "communication-tools", "caregiver-coping"} <= {
        m.slug for m in modules
    }
    topics = set(Topic.objects.values_list("slug", flat=True))
    for module, data in zip(modules, read_modules("en"), strict=True):
        # A module's topic is set once that topic exists (a new topic may come with a later migration).
        assert (module.topic is not None) == (data["topic"] in topics), module.slug
        lessons = LessonPage.objects.child_of(module).live()
        assert lessons.count() >= 3, module.slug
        types = [block.block_type for lesson in lessons for block in lesson.body]
        for needed in ("knowledge_check", "reflection_prompt", "crisis_resources", "sources"):
            assert needed in types, (module.slug, needed)
    english = LessonPage.objects.filter(locale__language_code="en")
    assert english.count() == sum(LessonPage.objects.child_of(m).count() for m in modules)


@pytest.mark.django_db
def test_demo_lessons_cite_nida_or_samhsa():
    call_command("load_demo_content", verbosity=0)
    for module in ModulePage.objects.all():
        cited = " ".join(
            str(block.value)
            for lesson in LessonPage.objects.child_of(module)
            for block in lesson.body
            if block.block_type == "sources"
        )
        assert "nida.nih.gov" in cited or "samhsa.gov" in cited, module.slug


@pytest.mark.django_db
def test_demo_lessons_render(client):
    call_command("load_demo_content", verbosity=0)
    for lesson in LessonPage.objects.live()[:5]:
        response = client.get(lesson.url)
        assert response.status_code == HTTPStatus.OK
        assert "988" in response.content.decode()


@pytest.mark.django_db
def test_search_finds_lessons_by_their_body_text(client):
    call_command("update_index", verbosity=0)
    _, lessons = make_module(lessons=1, body=[paragraph("Detachment with love means caring from a distance.")])
    make_module(lessons=1, body=[paragraph("Something else entirely.")])
    call_command("update_index", verbosity=0)
    response = client.get("/learn/search/", {"q": "detachment"})
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert lessons[0].title in html
    assert "1 result" in html


@pytest.mark.django_db
def test_empty_search_shows_the_form_only(client):
    response = client.get("/learn/search/")
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert 'name="q"' in html
    assert 'role="status"' not in html  # no result count without a query


@pytest.mark.django_db
def test_search_with_odd_input_never_errors(client):
    for query in ["'; DROP TABLE x; --", "<script>", "a" * 500, "%", "\\"]:
        response = client.get("/learn/search/", {"q": query, "page": "notanumber"})
        assert response.status_code == HTTPStatus.OK
        assert "<script>" not in response.content.decode().split("<main")[1]
