"""Spanish dates and times follow the RAE and Fundéu: "desde el jueves 17 de diciembre", never
"desde el Jueves"; one clock (24-hour, "19:00") everywhere."""

from datetime import UTC, date, datetime

import pytest
import time_machine
from django.utils import timezone, translation

from cms.dates import local_date, local_time
from tests.factories import UserFactory
from tests.support.spanish_typography import capitalised_names_mid_sentence, visible_lines
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops import emails

pytestmark = pytest.mark.django_db
THURSDAY = date(2030, 3, 7)


def test_the_support_check_finds_a_capitalised_weekday_mid_sentence():
    assert capitalised_names_mid_sentence("6 sesiones semanales, desde el Jueves 7 de marzo")
    assert capitalised_names_mid_sentence("Tu sesión del Jueves cambió")
    assert not capitalised_names_mid_sentence("Jueves 7 de marzo, 19:00\nSesión 1: jueves 7 de marzo")


@time_machine.travel(datetime(2030, 1, 15, 12, tzinfo=UTC))
def test_spanish_dates_have_lowercase_names_and_a_24_hour_clock():
    moment = timezone.make_aware(timezone.datetime(2030, 12, 19, 18, 30))
    with translation.override("es"):
        assert local_date(moment, "weekday_date") == "jueves 19 de diciembre de 2030"
        assert local_date(moment, "day") == "jueves 19 de diciembre"
        assert local_time(timezone.localtime(moment), "time") == "18:30"
    with translation.override("en"):
        assert local_date(moment, "weekday_date") == "Thursday, December 19, 2030"


def test_spanish_workshop_and_session_pages_write_weekdays_lowercase_mid_sentence(client):
    workshop = make_workshop()
    cohort = make_cohort(workshop, name="Grupo de los jueves", start=THURSDAY, weekday=3, language="es")
    member = UserFactory(preferred_language="es", time_zone="America/New_York")
    enroll(cohort, member)
    client.force_login(member)

    workshop_page = visible_lines(client.get(f"/es{workshop.url}").content.decode())
    assert "desde el jueves 7 de marzo de 2030 a las 19:00" in workshop_page
    assert capitalised_names_mid_sentence(workshop_page) == []

    session_page = visible_lines(client.get(f"/es/workshops/sessions/{cohort.sessions.first().pk}/").content.decode())
    assert "Jueves 7 de marzo de 2030, 19:00" in session_page  # a line starts with the date
    assert "el jueves 7 de marzo" in session_page  # "the link appears … on Thursday"
    assert capitalised_names_mid_sentence(session_page) == []

    me = visible_lines(client.get("/es/me/").content.decode())
    assert capitalised_names_mid_sentence(me) == []


def test_spanish_emails_write_weekdays_lowercase_mid_sentence():
    cohort = make_cohort(start=THURSDAY, weekday=3, language="es")
    member = UserFactory(preferred_language="es", time_zone="America/New_York")
    enrollment = enroll(cohort, member)
    session = cohort.sessions.first()
    reminder = emails.session_message(session, member, "reminder")
    assert reminder.subject.endswith("del jueves")
    confirmation = emails.enrollment_message(enrollment, "enrolled")
    for message in (reminder, confirmation):
        assert capitalised_names_mid_sentence(message.subject) == []
        assert capitalised_names_mid_sentence(message.body) == []
        assert capitalised_names_mid_sentence(visible_lines(message.alternatives[0][0])) == []
    assert "PM" not in reminder.body and "19:00" in reminder.body
