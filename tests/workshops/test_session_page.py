"""The session page shows the outlined session: objectives, the family-session plan, materials, homework."""

from http import HTTPStatus

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale
from wagtail.rich_text import RichText

from tests.learning.builders import make_module
from tests.workshops.builders import enroll, make_cohort, make_workshop, outline
from workshops.models import WorkshopIndexPage


@pytest.mark.django_db
def test_a_session_page_shows_its_plan_materials_and_homework(client, member, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path  # the uploaded worksheet stays out of the checkout
    _, lessons = make_module(lessons=1)
    document = get_document_model().objects.create(title="Boundaries worksheet", file=ContentFile(b"%PDF-1.4", "w.pdf"))
    blocks = outline(2)
    blocks[1]["value"]["materials"] = [
        {"type": "lesson", "id": "m1", "value": lessons[0].pk},
        {"type": "document", "id": "m2", "value": {"document": document.pk, "label": ""}},
        {"type": "link", "id": "m3", "value": {"url": "https://example.org/video", "text": "A short video"}},
    ]
    workshop = make_workshop(sessions=0)
    workshop.outline = blocks
    workshop.save_revision().publish()
    cohort = make_cohort(workshop)
    enroll(cohort, member)
    client.force_login(member)

    response = client.get(f"/workshops/sessions/{cohort.sessions.get(number=2).pk}/")
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    for text in ("Session title 2", "Session 2 of 2", "Objective 2", "Check-in", "Topic text 2.", "Role-play"):
        assert text in html, text
    assert "Homework text 2." in html
    assert f'href="{lessons[0].url}"' in html
    assert "Boundaries worksheet" in html and document.url in html
    assert 'href="https://example.org/video"' in html


@pytest.mark.django_db
def test_a_spanish_group_reads_its_session_outline_in_spanish(client, member):
    """The group meets in Spanish: the page teaches from the workshop's Spanish translation, as its handout does."""
    workshop = make_workshop(sessions=2)
    workshop.save_revision().publish()
    translated = workshop.copy_for_translation(Locale.objects.get(language_code="es"))
    translated.slug = "noches"
    translated.outline[0].value["topic"] = RichText("<p>Nombrar lo que sientes.</p>")
    translated.save_revision().publish()
    cohort = make_cohort(workshop, language="es")
    enroll(cohort, member)
    client.force_login(member)

    html = client.get(f"/workshops/sessions/{cohort.sessions.get(number=1).pk}/").content.decode()
    assert "Nombrar lo que sientes." in html
    assert "Topic text 1." not in html


@pytest.mark.django_db
def test_a_session_of_an_unpublished_workshop_is_hidden(client, member):
    cohort = make_cohort()
    enroll(cohort, member)
    cohort.workshop.unpublish()
    client.force_login(member)
    assert client.get(f"/workshops/sessions/{cohort.sessions.first().pk}/").status_code == HTTPStatus.NOT_FOUND


@pytest.mark.django_db
def test_clinicians_can_open_the_new_workshop_form(client, clinician):
    """The page editor (outline blocks, certificate rule, required modules) renders for clinicians."""
    client.force_login(clinician)
    index = WorkshopIndexPage.objects.get(locale__language_code="en")
    response = client.get(f"/admin/pages/add/workshops/workshoppage/{index.pk}/")
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "Certificate rule" in html and "required_modules" in html
