"""The demo names a program-written check-in (English and Spanish) on every demo workshop, and the
demo family member sees their own before and after."""

import pytest
from django.core.management import call_command

from learning.models import CheckIn, ModulePage
from workshops.models import CheckInResponse, WorkshopPage


@pytest.mark.django_db
def test_demo_check_ins_load_once_in_both_languages_and_the_family_sees_their_change(client):
    call_command("load_demo_content", verbosity=0, allow_production=True)
    call_command("load_demo_content", verbosity=0, allow_production=True)
    english = CheckIn.objects.get(locale__language_code="en", title="Family skills check-in")
    spanish = CheckIn.objects.get(locale__language_code="es", translation_key=english.translation_key)
    assert english.live and spanish.live and english.translation_key == spanish.translation_key
    assert [v["key"] for _k, v in english.questions] == [v["key"] for _k, v in spanish.questions]
    for workshop in WorkshopPage.objects.live():
        expected = spanish if workshop.locale.language_code == "es" else english
        assert (workshop.check_in_before_id, workshop.check_in_after_id) == (expected.pk, expected.pk)
    response = CheckInResponse.objects.get(occasion="after")
    assert CheckInResponse.objects.count() == 2
    client.force_login(response.enrollment.member)
    me = client.get("/me/").content.decode()
    assert f"/workshops/enrollments/{response.enrollment.pk}/my-answers/" in me
    mine = client.get(f"/workshops/enrollments/{response.enrollment.pk}/my-answers/").content.decode()
    assert "Disagree (2)" in mine and "Agree (4)" in mine and "7 of 10" in mine
    mine_es = client.get(f"/es/workshops/enrollments/{response.enrollment.pk}/my-answers/").content.decode()
    assert "Entiendo lo que está viviendo mi ser querido." in mine_es and "7 de 10" in mine_es


@pytest.mark.django_db
def test_demo_modules_name_a_knowledge_and_confidence_check_in_in_their_language(client):
    call_command("load_demo_content", verbosity=0, allow_production=True)
    call_command("load_demo_content", verbosity=0, allow_production=True)
    english = CheckIn.objects.get(locale__language_code="en", title="Module check-in")
    spanish = CheckIn.objects.get(locale__language_code="es", translation_key=english.translation_key)
    assert english.live and spanish.live and CheckIn.objects.count() == 4
    assert [v["key"] for _k, v in english.questions] == ["module-knowledge", "module-confidence", "comment"]
    modules = ModulePage.objects.live()
    assert modules.filter(locale__language_code="es").exists()
    for module in modules:
        expected = spanish if module.locale.language_code == "es" else english
        assert (module.check_in_before_id, module.check_in_after_id) == (expected.pk, expected.pk)
