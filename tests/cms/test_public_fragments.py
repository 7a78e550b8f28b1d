"""Public fragments of signed-in pages ({% public_fragment %}, docs/caching.md): lesson text,
module and library cards, the header, footer and the program's name are kept; a publish, a
crisis-line or settings edit shows on the very next request, and nothing personal is ever kept."""

import re
from http import HTTPStatus

import pytest
from django.core.cache import caches
from django.template import RequestContext, Template
from django.test import Client
from django.utils.html import escape
from wagtail.models import Site

from cms.models import CrisisLine, SiteSettings
from cms.page_cache import CSRF_PLACEHOLDER
from learning.models import KnowledgeCheckAnswer, LessonCompletion, Reflection
from tests.factories import UserFactory
from tests.learning.builders import knowledge_check, make_module, paragraph, reflection_prompt

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def kept(monkeypatch) -> dict[str, str]:
    """Every public fragment written to the pages alias during the test, by key."""
    pages = caches["pages"]
    written: dict[str, str] = {}
    original = pages.set

    def recording_set(key, value, *args, **kwargs):
        if key.startswith("template.cache."):
            written[key] = value
        return original(key, value, *args, **kwargs)

    monkeypatch.setattr(pages, "set", recording_set)
    return written


@pytest.fixture
def lesson(db):
    _, lessons = make_module(
        lessons=2,
        body=[
            paragraph("Rest is part of caring."),
            knowledge_check("kc-1"),
            paragraph("Small steps count."),
            reflection_prompt("rp-1"),
        ],
    )
    return lessons[0]


def _signed_in(display_name: str) -> tuple[Client, object]:
    member = UserFactory(display_name=display_name)
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    return client, member


@pytest.mark.django_db
def test_a_published_change_shows_on_the_very_next_signed_in_request(lesson, kept):
    client, _member = _signed_in("Robin")
    assert "Rest is part of caring." in client.get(lesson.url).content.decode()
    assert any("Rest is part of caring." in value for value in kept.values()), "the lesson text was kept"
    lesson.body = [paragraph("Sleep helps everyone."), knowledge_check("kc-1")]
    lesson.save_revision().publish()
    body = client.get(lesson.url).content.decode()
    assert "Sleep helps everyone." in body and "Rest is part of caring." not in body


@pytest.mark.django_db
def test_a_module_publish_or_a_new_lesson_shows_on_the_module_page_and_the_library(lesson):
    client, _member = _signed_in("Robin")
    module = lesson.get_parent().specific
    assert "1 lesson" not in client.get("/learn/").content.decode()
    client.get(module.url)
    module.summary = "Why rest matters."
    module.save_revision().publish()
    LessonPage = type(lesson)
    module.add_child(instance=LessonPage(title="A third lesson", slug="third", estimated_minutes=5, body=[]))
    for url in (module.url, "/learn/"):
        body = client.get(url).content.decode()
        assert "Why rest matters." in body and "3 lessons" in body, url


@pytest.mark.django_db
def test_a_crisis_line_or_settings_edit_shows_on_the_very_next_request(lesson):
    client, _member = _signed_in("Robin")
    first = client.get(lesson.url).content.decode()
    line = CrisisLine.objects.filter(locale__language_code="en").first()
    assert escape(line.name) in first
    line.name = "Family Warmline"
    line.save()
    assert "Family Warmline" in client.get(lesson.url).content.decode()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.program_name = "Harbor Family Program"
    site_settings.save()
    body = client.get(lesson.url).content.decode()
    assert "<title>" in body and "Harbor Family Program</title>" in body
    assert body.count("Harbor Family Program") >= 3  # the title, the header and the footer


@pytest.mark.django_db
def test_two_members_each_see_their_own_answers_and_nothing_personal_is_kept(lesson, kept):
    robin, robin_member = _signed_in("Robin Quill")
    sam, sam_member = _signed_in("Sam Ferny")
    KnowledgeCheckAnswer.objects.create(
        user=robin_member, lesson=lesson, block_id="kc-1", option_index=1, is_correct=True
    )
    Reflection.objects.create(
        user=robin_member, lesson=lesson, block_id="rp-1", prompt="p", text="<p>Robin's private note</p>"
    )
    LessonCompletion.objects.create(user=robin_member, lesson=lesson)
    robin_page = robin.get(lesson.url).content.decode()
    sam_page = sam.get(lesson.url).content.decode()
    # Both readers were served from the same kept fragments (the second read them)...
    assert "Rest is part of caring." in sam_page and "Small steps count." in sam_page
    # ...and each sees only their own state.
    assert "Robin&#x27;s private note" in robin_page and "private note" not in sam_page
    assert "You have completed this lesson." in robin_page and "You have completed this lesson." not in sam_page
    assert "Right: you did not cause it." in robin_page and "Right: you did not cause it." not in sam_page
    # What is kept has no names, answers, journals, progress, messages or tokens.
    stored = "".join(kept.values())
    assert "Rest is part of caring." in stored and "Need help now?" in stored
    for personal in ("Robin", "Sam", "private note", "Right: you did not cause it.", "completed", "checked"):
        assert personal not in stored
    tokens = {*TOKEN.findall(robin_page), *TOKEN.findall(sam_page)}
    assert tokens and not any(token in stored for token in tokens)
    # Every form kept carries the placeholder, never a token.
    assert stored.count('name="csrfmiddlewaretoken"') == stored.count(f'value="{CSRF_PLACEHOLDER}"') > 0


@pytest.mark.django_db
def test_forms_in_kept_fragments_carry_each_readers_own_token(lesson):
    """The header (sign out, language switcher) is kept with a placeholder; each member's token is put in."""
    robin, _ = _signed_in("Robin")
    sam, _ = _signed_in("Sam")
    robin_page, sam_page = robin.get(lesson.url).content.decode(), sam.get(lesson.url).content.decode()
    assert CSRF_PLACEHOLDER not in robin_page and CSRF_PLACEHOLDER not in sam_page
    sam_token = TOKEN.search(sam_page.split("</header>")[0]).group(1)
    # The token in Sam's kept header is Sam's: switching language with it works.
    switched = sam.post("/i18n/setlang/", {"language": "es", "next": lesson.url, "csrfmiddlewaretoken": sam_token})
    assert switched.status_code == HTTPStatus.FOUND


@pytest.mark.django_db
def test_fragment_cache_seconds_0_keeps_nothing(lesson, settings, kept):
    settings.FRAGMENT_CACHE_SECONDS = 0
    client, _member = _signed_in("Robin")
    assert client.get(lesson.url).status_code == HTTPStatus.OK
    assert kept == {}


@pytest.mark.django_db
def test_a_preview_is_never_kept(rf, kept):
    template = Template('{% load public_fragment_tags %}{% public_fragment "note" %}{{ text }}{% endpublic_fragment %}')
    request = rf.get("/")
    request.is_preview = True
    assert template.render(RequestContext(request, {"text": "A draft"})) == "A draft"
    assert template.render(RequestContext(request, {"text": "Another draft"})) == "Another draft"
    assert kept == {}
    request.is_preview = False
    assert template.render(RequestContext(request, {"text": "Published"})) == "Published"
    assert template.render(RequestContext(request, {"text": "Not shown until a publish"})) == "Published"
    assert list(kept.values()) == ["Published"]
