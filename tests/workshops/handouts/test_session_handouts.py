"""A session's "Print or save as PDF" and a cohort's handout pack: tagged PDFs in the group's
language, rendered once per published revision in the background, with no one's name on them."""

from http import HTTPStatus

import pytest
from wagtail.models import Locale

from cms.models import Handout
from tests.factories import UserFactory
from tests.support.handouts import is_tagged, pdf_language, pdf_text, response_bytes
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops.models import HandoutPack

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_in_tmp")]


@pytest.fixture
def cohort():
    workshop = make_workshop(sessions=3, title="Family Skills Evenings")
    workshop.save_revision().publish()
    return make_cohort(workshop, name="Tuesday group")


def session_handout_url(session) -> str:
    return f"/workshops/sessions/{session.pk}/handout/"


def pack_url(cohort) -> str:
    return f"/admin/cohorts/handouts/{cohort.pk}/"


def fetch_rendered(client, url, capture):
    with capture(execute=True):
        first = client.get(url)
    return first, client.get(url)


def test_the_session_page_links_to_its_handout(member_client, member, cohort):
    enroll(cohort, member)
    session = cohort.sessions.get(number=1)
    body = member_client.get(f"/workshops/sessions/{session.pk}/").content.decode()
    assert f'href="{session_handout_url(session)}"' in body and "Print or save as PDF" in body


def test_a_session_handout_is_a_tagged_english_pdf_with_the_title_and_body(
    member_client, member, cohort, renders, no_network, django_capture_on_commit_callbacks
):
    enroll(cohort, member)
    session = cohort.sessions.get(number=2)
    first, second = fetch_rendered(member_client, session_handout_url(session), django_capture_on_commit_callbacks)
    assert first.status_code == 200 and "preparing" in first.content.decode()
    assert second["Content-Type"] == "application/pdf"
    data = response_bytes(second)
    text = pdf_text(data)
    assert "Session title 2" in text and "Topic text 2." in text and "Homework text 2." in text
    assert "family skills evenings" in text.lower()  # the eyebrow prints in capitals
    assert member.display_name not in text and "Tuesday group" not in text  # curriculum only
    assert pdf_language(data) == "en" and is_tagged(data)
    assert len(renders) == 1


def test_the_stored_file_is_served_again_and_shared_by_sessions_of_another_cohort(
    member_client, member, cohort, renders, django_capture_on_commit_callbacks
):
    enroll(cohort, member)
    other = make_cohort(cohort.workshop, name="Thursday group")
    enroll(other, member)
    _first, second = fetch_rendered(
        member_client, session_handout_url(cohort.sessions.get(number=1)), django_capture_on_commit_callbacks
    )
    with django_capture_on_commit_callbacks(execute=True):
        again = member_client.get(session_handout_url(other.sessions.get(number=1)))
    assert response_bytes(again) == response_bytes(second)
    assert len(renders) == 1 and Handout.objects.count() == 1


def test_a_new_publish_makes_a_new_session_handout(
    member_client, member, cohort, renders, django_capture_on_commit_callbacks
):
    enroll(cohort, member)
    url = session_handout_url(cohort.sessions.get(number=1))
    fetch_rendered(member_client, url, django_capture_on_commit_callbacks)
    workshop = cohort.workshop
    workshop.refresh_from_db()
    workshop.outline[0].value["topic"] = type(workshop.outline[0].value["topic"])("<p>A clearer topic.</p>")
    workshop.save_revision().publish()
    _first, after = fetch_rendered(member_client, url, django_capture_on_commit_callbacks)
    assert "A clearer topic." in pdf_text(response_bytes(after))
    assert len(renders) == 2 and Handout.objects.count() == 1


def test_a_spanish_group_gets_the_spanish_handout(member_client, member, django_capture_on_commit_callbacks):
    workshop = make_workshop(sessions=2, title="Family Skills Evenings")
    workshop.save_revision().publish()
    translated = workshop.copy_for_translation(Locale.objects.get(language_code="es"))
    translated.title, translated.slug = "Noches de habilidades", "noches"
    translated.outline[0].value["title"] = "Sesión en español"
    translated.save_revision().publish()
    cohort = make_cohort(workshop, name="Grupo", language="es")
    enroll(cohort, member)
    session = cohort.sessions.get(number=1)
    _first, second = fetch_rendered(member_client, session_handout_url(session), django_capture_on_commit_callbacks)
    data = response_bytes(second)
    text = pdf_text(data)
    assert pdf_language(data) == "es"
    assert "Sesión en español" in text and "noches de habilidades" in text.lower() and "Tarea" in text


def test_people_outside_the_group_get_no_session_handout(client, cohort):
    session = cohort.sessions.get(number=1)
    client.force_login(UserFactory())
    assert client.get(session_handout_url(session)).status_code == HTTPStatus.NOT_FOUND
    client.logout()
    assert client.get(session_handout_url(session)).status_code == HTTPStatus.FOUND  # to sign in


def test_staff_download_a_pack_with_every_session_and_no_names(
    client, program_staff, cohort, renders, no_network, django_capture_on_commit_callbacks
):
    member = UserFactory(display_name="Rosalind Example")
    enroll(cohort, member)
    client.force_login(program_staff)
    for tab in ("sessions", "overview"):
        assert f'href="{pack_url(cohort)}"' in client.get(f"/admin/cohorts/{tab}/{cohort.pk}/").content.decode()
    first, second = fetch_rendered(client, pack_url(cohort), django_capture_on_commit_callbacks)
    assert first.status_code == 200 and "preparing" in first.content.decode()
    assert second["Content-Type"] == "application/pdf"
    data = response_bytes(second)
    text = pdf_text(data)
    for number in (1, 2, 3):
        assert f"Session title {number}" in text and f"Homework text {number}." in text
    assert "Rosalind Example" not in text and member.email not in text
    assert pdf_language(data) == "en" and is_tagged(data)
    with django_capture_on_commit_callbacks(execute=True):
        again = client.get(pack_url(cohort))
    assert response_bytes(again) == data and len(renders) == 1 and HandoutPack.objects.count() == 1


def test_a_new_publish_makes_a_new_pack(client, program_staff, cohort, renders, django_capture_on_commit_callbacks):
    client.force_login(program_staff)
    fetch_rendered(client, pack_url(cohort), django_capture_on_commit_callbacks)
    workshop = cohort.workshop
    workshop.refresh_from_db()
    workshop.title = "Family Skills Evenings, second edition"
    workshop.save_revision().publish()
    _first, after = fetch_rendered(client, pack_url(cohort), django_capture_on_commit_callbacks)
    assert "second edition" in pdf_text(response_bytes(after))
    assert len(renders) == 2 and HandoutPack.objects.count() == 1


@pytest.mark.parametrize("who", ["member", "clinician"])
def test_only_staff_get_a_pack(client, who, cohort, member, clinician):
    enroll(cohort, member)
    client.force_login(member if who == "member" else clinician)
    response = client.get(pack_url(cohort))
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert response.get("Content-Type") != "application/pdf"
    assert HandoutPack.objects.count() == 0


def test_a_cohort_without_sessions_has_nothing_to_print(client, program_staff):
    workshop = make_workshop(sessions=2)
    workshop.save_revision().publish()
    cohort = make_cohort(workshop, generate=False)
    client.force_login(program_staff)
    response = client.get(pack_url(cohort))
    assert response.status_code == HTTPStatus.NOT_FOUND and "nothing to print" in response.content.decode()


def test_query_budgets(
    client, member, program_staff, cohort, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    enroll(cohort, member)
    client.force_login(member)
    url = session_handout_url(cohort.sessions.get(number=1))
    with django_capture_on_commit_callbacks(execute=True), django_assert_max_num_queries(SESSION_BUDGET):
        client.get(url)
    with django_assert_max_num_queries(SESSION_BUDGET):
        assert client.get(url)["Content-Type"] == "application/pdf"
    client.force_login(program_staff)
    with django_capture_on_commit_callbacks(execute=True), django_assert_max_num_queries(PACK_BUDGET):
        client.get(pack_url(cohort))
    with django_assert_max_num_queries(PACK_BUDGET):
        assert client.get(pack_url(cohort))["Content-Type"] == "application/pdf"


SESSION_BUDGET = 24
PACK_BUDGET = 30


def test_a_spanish_groups_pack_is_in_spanish(client, program_staff, django_capture_on_commit_callbacks):
    workshop = make_workshop(sessions=2, title="Family Skills Evenings")
    workshop.save_revision().publish()
    translated = workshop.copy_for_translation(Locale.objects.get(language_code="es"))
    translated.title, translated.slug = "Noches de habilidades", "noches"
    translated.save_revision().publish()
    cohort = make_cohort(workshop, name="Grupo", language="es")
    client.force_login(program_staff)
    _first, second = fetch_rendered(client, pack_url(cohort), django_capture_on_commit_callbacks)
    data = response_bytes(second)
    assert pdf_language(data) == "es"
    assert "Noches de habilidades" in pdf_text(data) and "Tarea para casa" in pdf_text(data)
