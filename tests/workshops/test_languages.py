"""Workshops in two languages: cohorts carry a language, certificates print in it, and a
member's emails and calendars come in their preferred language.

Texts are compared with what the Spanish catalog gives for the same msgid (so these tests
check that Spanish is used, while tests/cms/test_translations.py checks the catalog is
complete); dates and URLs prove the language on their own.
"""

from datetime import date

import pytest
from django.core import mail
from django.utils import formats, translation
from icalendar import Calendar

from tests.factories import UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from tests.workshops.certificates.helpers import finished_cohort, pdf_text, stored_bytes
from workshops import services
from workshops.certificates import services as certificate_services
from workshops.models import Cohort

pytestmark = pytest.mark.django_db


def spanish(msgid: str, **values) -> str:
    with translation.override("es"):
        text = translation.gettext(msgid)
    return text % values if values else text


def test_a_new_cohort_meets_in_english_unless_staff_choose_spanish():
    cohort = make_cohort()
    assert cohort.language == "en"
    assert [code for code, _name in Cohort._meta.get_field("language").choices] == ["en", "es"]


def test_a_workshop_page_lists_the_groups_in_the_readers_language_first(client):
    workshop = make_workshop()
    make_cohort(workshop, name="Monday group", start=date(2030, 3, 4))
    make_cohort(workshop, name="Grupo del jueves", start=date(2030, 4, 4), language="es")

    english = client.get(workshop.url).content.decode()
    assert english.index("Monday group") < english.index("Grupo del jueves")

    spanish_page = client.get(f"/es{workshop.url}")
    assert spanish_page.status_code == 200
    body = spanish_page.content.decode()
    assert body.index("Grupo del jueves") < body.index("Monday group")
    assert "untranslated-notice" in body  # the workshop page itself is not translated yet


def test_a_spanish_workshop_index_lists_workshops_not_translated_yet(client):
    workshop = make_workshop(title="Family Skills Evenings")
    make_cohort(workshop, language="es")
    response = client.get("/es/workshops/")
    assert response.status_code == 200
    assert "Family Skills Evenings" in response.content.decode()
    assert f'href="{workshop.url}"' in response.content.decode()


def test_a_spanish_groups_certificate_prints_in_spanish(settings, tmp_path, django_capture_on_commit_callbacks):
    settings.MEDIA_ROOT = tmp_path
    cohort, (enrollment,) = finished_cohort(attended=[4], names=["Lucía Gómez"])
    Cohort.objects.filter(pk=cohort.pk).update(language="es")
    enrollment.member.preferred_language = "en"  # the group's language wins over the member's
    enrollment.member.save(update_fields=["preferred_language"])
    with django_capture_on_commit_callbacks(execute=True):
        certificate_services.cohort_certificates_issue(cohort_id=cohort.pk, by=None)
    certificate = enrollment.certificates.get()
    text = " ".join(pdf_text(stored_bytes(certificate)).split())

    assert "Lucía Gómez" in text
    assert spanish("Certificate of completion") in text
    assert spanish("This certifies that") in text
    # Dates in Spanish (Django's own Spanish formats), and the check address in Spanish.
    completed = certificate.completed_on
    with translation.override("es"):
        spanish_date = formats.date_format(completed, "DATE_FORMAT")
    assert " de " in spanish_date and spanish_date in text
    assert "/es/certificates/verify/" in text


def test_emails_and_their_calendar_come_in_the_members_preferred_language(django_capture_on_commit_callbacks):
    cohort = make_cohort(make_workshop(sessions=2), start=date(2030, 3, 4), weekday=0, name="Grupo")
    member = UserFactory(preferred_language="es", time_zone="America/New_York")
    with django_capture_on_commit_callbacks(execute=True):
        services.enrollment_create(
            cohort_id=cohort.pk, member=member, relationship="parent", confidentiality_acknowledged=True
        )
    (message,) = mail.outbox
    assert message.subject == spanish("You have a place in your group")
    assert "lunes, 4 de marzo" in message.body.lower() or "lunes 4 de marzo" in message.body.lower()
    assert "/es/me/" in message.body
    (_name, content, _mimetype) = message.attachments[0]
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == spanish("Group session %(number)s of %(total)s", number=1, total=2)
    assert "/es/workshops/sessions/" in str(event["URL"])


def test_the_session_calendar_and_the_feed_use_the_members_language(client):
    cohort = make_cohort(make_workshop(sessions=2))
    member = UserFactory(preferred_language="es")
    enroll(cohort, member)
    session = cohort.sessions.get(number=1)
    client.force_login(member)
    single = Calendar.from_ical(client.get(f"/es/workshops/sessions/{session.pk}/calendar.ics").content)
    assert "/es/workshops/sessions/" in str(single.walk("VEVENT")[0]["URL"])

    feed = services.calendar_feed_create(member=member)
    client.logout()
    calendar = Calendar.from_ical(client.get(f"/calendar/{feed.token}.ics").content)
    assert str(calendar["X-WR-CALNAME"]) == spanish("Group sessions")
    event = calendar.walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == spanish("Group session %(number)s of %(total)s", number=1, total=2)
    assert "/es/workshops/sessions/" in str(event["URL"])


def test_staff_choose_the_groups_language_in_the_cohort_form(client, program_staff):
    from tests.workshops.test_admin import cohort_form

    workshop = make_workshop()
    client.force_login(program_staff)
    form = client.get(f"/admin/cohorts/new/?workshop={workshop.pk}").content.decode()
    assert 'name="language"' in form and 'value="es"' in form
    response = client.post("/admin/cohorts/new/", cohort_form(workshop, name="Grupo del martes", language="es"))
    assert response.status_code == 302
    assert Cohort.objects.get(name="Grupo del martes").language == "es"
    bad = client.post("/admin/cohorts/new/", cohort_form(workshop, name="Otro", language="xx"))
    assert bad.status_code == 200 and not Cohort.objects.filter(name="Otro").exists()
