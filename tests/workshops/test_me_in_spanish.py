"""/es/me/ names the member's workshops in Spanish (the workshop's live Spanish translation),
without one query per group."""

from datetime import date

import pytest
from wagtail.models import Locale

from tests.workshops.builders import enroll, make_cohort, make_workshop
from tests.workshops.test_query_budgets import count_queries

pytestmark = pytest.mark.django_db


def translate_workshop(workshop, *, title: str, slug: str, publish: bool = True):
    translated = workshop.copy_for_translation(Locale.objects.get(language_code="es"))
    translated.title, translated.slug = title, slug
    translated.save()
    if publish:
        translated.save_revision().publish()
    return translated


def test_a_member_sees_the_spanish_workshop_title_on_es_me(member_client, member):
    workshop = make_workshop(title="Family Skills Evenings")
    translated = translate_workshop(workshop, title="Noches de habilidades para familias", slug="habilidades")
    cohort = make_cohort(workshop, name="Grupo de los jueves", start=date(2030, 3, 7), weekday=3, language="es")
    enroll(cohort, member)

    spanish = member_client.get("/es/me/").content.decode()
    assert "Noches de habilidades para familias" in spanish
    assert f'href="{translated.url}"' in spanish
    assert "Family Skills Evenings" not in spanish
    english = member_client.get("/me/").content.decode()
    assert "Family Skills Evenings" in english and "Noches de habilidades" not in english


def test_es_me_starts_the_next_sessions_day_with_a_capital_and_names_the_members_status(member_client, member):
    """A line that starts with the weekday starts with a capital; "Enrolled" is the member's own
    status, not the staff roster's "Inscritos"."""
    enroll(make_cohort(make_workshop(), start=date(2030, 3, 7), weekday=3, language="es"), member)
    html = member_client.get("/es/me/").content.decode()
    card = html.split('id="next-session-heading"')[1].split("</section>")[0]
    assert "Jueves 7 de marzo" in card
    assert "Inscripción confirmada" in html and "Inscritos" not in html


def test_a_workshop_whose_translation_is_a_draft_keeps_its_own_title(member_client, member):
    workshop = make_workshop(title="Family Skills Evenings")
    translate_workshop(workshop, title="Borrador", slug="borrador", publish=False)
    enroll(make_cohort(workshop), member)
    html = member_client.get("/es/me/").content.decode()
    assert "Family Skills Evenings" in html and "Borrador" not in html


def test_es_me_costs_the_same_queries_with_one_or_three_translated_workshops(member_client, member, settings):
    settings.PRIVATE_PAGE_CACHE = False  # the page rendered afresh each time

    def add_group(number):
        workshop = make_workshop(title=f"Workshop in English {number}")
        translate_workshop(workshop, title=f"Taller en español {number}", slug=f"taller-{number}")
        enroll(make_cohort(workshop, language="es"), member)

    add_group(1)
    small = count_queries(member_client, "/es/me/")
    add_group(2)
    add_group(3)
    large = count_queries(member_client, "/es/me/")
    assert small == large
    html = member_client.get("/es/me/").content.decode()
    assert all(f"Taller en español {n}" in html for n in (1, 2, 3))
