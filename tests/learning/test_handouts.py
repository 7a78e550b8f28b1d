"""A lesson's "Print or save as PDF": a tagged PDF in the lesson's language, rendered once per
published revision in the background, through the fetcher that refuses anything external."""

import pytest
from django.core.files.storage import default_storage
from wagtail.models import Locale

from cms.models import Handout, PdfState
from cms.pdf import ProjectFilesFetcher
from tests.learning.builders import knowledge_check, make_module, paragraph, reflection_prompt
from tests.support.handouts import is_tagged, pdf_language, pdf_text, response_bytes

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_in_tmp")]
EXTERNAL = "https://tracker.example.org/pixel.png"


@pytest.fixture
def lesson():
    body = [
        {"type": "heading", "value": {"text": "What helps at home", "level": "h2"}},
        paragraph("Families are not to blame for a loved one's illness."),
        knowledge_check("kc-1", question="Did you cause it?"),
        reflection_prompt("rp-1", prompt="What helps you rest?"),
    ]
    _module, (lesson,) = make_module(lessons=1, body=body)
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def handout_url(lesson) -> str:
    return lesson.url + "handout/"


def fetch_rendered(client, url, django_capture_on_commit_callbacks):
    """Ask once (the render is queued and runs after commit), then ask again for the file."""
    with django_capture_on_commit_callbacks(execute=True):
        first = client.get(url)
    return first, client.get(url)


def test_the_lesson_page_links_to_its_printable_handout(client, lesson):
    body = client.get(lesson.url).content.decode()
    assert f'href="{handout_url(lesson)}"' in body and "Print or save as PDF" in body


def test_the_first_request_says_being_prepared_and_renders_nothing_itself(client, lesson, renders):
    response = client.get(handout_url(lesson))
    assert response.status_code == 200
    body = response.content.decode()
    assert "preparing" in body and f'href="{handout_url(lesson)}"' in body  # "Check again"
    assert 'http-equiv="refresh"' not in body
    assert response["Cache-Control"] == "private, no-store"
    assert renders == []  # queued after commit, never rendered in the request
    assert Handout.objects.get().state == PdfState.PENDING


def test_the_pdf_is_tagged_in_english_and_has_the_title_and_body(
    client, lesson, renders, no_network, django_capture_on_commit_callbacks
):
    _first, second = fetch_rendered(client, handout_url(lesson), django_capture_on_commit_callbacks)
    assert second.status_code == 200 and second["Content-Type"] == "application/pdf"
    # Inline (the browser's viewer prints or saves it), under a name that says nothing of the topic.
    assert second["Content-Disposition"] == 'inline; filename="kinship-handout.pdf"'
    data = response_bytes(second)
    text = pdf_text(data)
    assert lesson.title in text and "What helps at home" in text
    assert "Families are not to blame" in text and "Did you cause it?" in text and "What helps you rest?" in text
    assert pdf_language(data) == "en"
    assert is_tagged(data)
    assert len(renders) == 1


def test_a_second_request_serves_the_stored_file(client, lesson, renders, django_capture_on_commit_callbacks):
    _first, second = fetch_rendered(client, handout_url(lesson), django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        third = client.get(handout_url(lesson))
    assert response_bytes(third) == response_bytes(second)
    assert len(renders) == 1 and Handout.objects.count() == 1


def test_a_new_publish_makes_a_new_file_and_drops_the_old_one(
    client, lesson, renders, django_capture_on_commit_callbacks
):
    _first, before = fetch_rendered(client, handout_url(lesson), django_capture_on_commit_callbacks)
    old = Handout.objects.get()
    lesson.title = "A new title for the lesson"
    lesson.save_revision().publish()
    _first, after = fetch_rendered(client, handout_url(lesson), django_capture_on_commit_callbacks)
    assert "A new title for the lesson" in pdf_text(response_bytes(after))
    assert len(renders) == 2
    new = Handout.objects.get()  # the old revision's handout is gone, and its file
    assert new.pk != old.pk and new.revision_id != old.revision_id and new.pdf.name != old.pdf.name
    assert not default_storage.exists(old.pdf.name)
    assert response_bytes(before) != response_bytes(after)


def test_a_spanish_lesson_prints_in_spanish(client, lesson, django_capture_on_commit_callbacks):
    spanish = Locale.objects.get(language_code="es")
    lesson.get_parent().specific.copy_for_translation(spanish).save_revision().publish()
    lesson_es = lesson.copy_for_translation(spanish)
    lesson_es.title = "Lección en español"
    lesson_es.save_revision().publish()
    lesson_es.refresh_from_db()
    _first, second = fetch_rendered(client, f"/es{handout_url(lesson)}", django_capture_on_commit_callbacks)
    data = response_bytes(second)
    assert pdf_language(data) == "es"
    text = pdf_text(data)
    assert "Lección en español" in text and "Unos 5 minutos" in text and "Comprueba lo que aprendiste" in text


def test_an_external_image_in_a_lesson_is_never_fetched(
    client, renders, no_network, django_capture_on_commit_callbacks
):
    body = [paragraph(f'Look: <img src="{EXTERNAL}" alt="">'), paragraph("Still printed.")]
    _module, (lesson,) = make_module(lessons=1, body=body)
    lesson.save_revision().publish()
    _first, second = fetch_rendered(client, handout_url(lesson), django_capture_on_commit_callbacks)
    assert "Still printed." in pdf_text(response_bytes(second))
    ((_html, fetcher),) = renders
    assert isinstance(fetcher, ProjectFilesFetcher) and EXTERNAL in fetcher.refused


def test_a_lesson_never_published_has_no_handout(client):
    _module, (lesson,) = make_module(lessons=1)  # live, but without a revision
    assert client.get(handout_url(lesson)).status_code == 404


def test_query_budgets(client, lesson, django_assert_max_num_queries, django_capture_on_commit_callbacks):
    """Wagtail's own routing walks the page tree (about a dozen queries at a lesson's depth); the
    handout adds a constant few: find or create the row, the program's settings, the footer."""
    with django_capture_on_commit_callbacks(execute=True), django_assert_max_num_queries(25):
        client.get(handout_url(lesson))  # being prepared; rendered after commit, outside the count
    with django_assert_max_num_queries(16):
        response = client.get(handout_url(lesson))
    assert response["Content-Type"] == "application/pdf"


def test_a_failed_render_says_so_and_is_tried_again_later(
    client, lesson, monkeypatch, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from cms import pdf

    def broken(html, **kwargs):
        raise OSError("no fonts today")

    monkeypatch.setattr(pdf, "html_to_pdf", broken)
    _first, second = fetch_rendered(client, handout_url(lesson), django_capture_on_commit_callbacks)
    handout = Handout.objects.get()
    assert handout.state == PdfState.FAILED and "no fonts today" in handout.error
    assert second.status_code == 503 and "could not prepare" in second.content.decode()
    monkeypatch.undo()
    Handout.objects.filter(pk=handout.pk).update(rendered_at=handout.rendered_at - timedelta(minutes=11))
    _again, ready = fetch_rendered(client, handout_url(lesson), django_capture_on_commit_callbacks)
    assert ready["Content-Type"] == "application/pdf"


def test_certificates_and_handouts_share_one_renderer():
    from cms import pdf
    from workshops.certificates import pdf as certificate_pdf

    assert certificate_pdf.ProjectFilesFetcher is pdf.ProjectFilesFetcher
    assert certificate_pdf.font_config is pdf.font_config and certificate_pdf.html_to_pdf is pdf.html_to_pdf


def test_a_corrected_crisis_line_is_printed_on_the_next_handout(client, django_capture_on_commit_callbacks):
    """Lessons print the program's crisis lines: a change to them drops every stored handout."""
    from cms.models import CrisisLine

    _module, (lesson,) = make_module(lessons=1, body=[{"type": "crisis_resources", "value": {"intro": "Reach out:"}}])
    lesson.save_revision().publish()
    _first, before = fetch_rendered(client, handout_url(lesson), django_capture_on_commit_callbacks)
    line = CrisisLine.objects.filter(locale__language_code="en").first()
    assert line.name in pdf_text(response_bytes(before))
    with django_capture_on_commit_callbacks(execute=True):
        line.name = "Family Crisis Line (new name)"
        line.save()
    assert Handout.objects.count() == 0
    _first, after = fetch_rendered(client, handout_url(lesson), django_capture_on_commit_callbacks)
    assert "Family Crisis Line (new name)" in pdf_text(response_bytes(after))


def test_deleting_the_lesson_deletes_its_stored_file(client, lesson, django_capture_on_commit_callbacks):
    fetch_rendered(client, handout_url(lesson), django_capture_on_commit_callbacks)
    name = Handout.objects.get().pdf.name
    assert default_storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        lesson.delete()
    assert Handout.objects.count() == 0 and not default_storage.exists(name)
