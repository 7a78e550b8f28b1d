"""Cohorts in the right time: new groups start in the program's time zone (common zones first),
the workshop chooser names each page's language, and "first session" is one date everywhere."""

from datetime import date, time

import pytest
from wagtail.models import Site

from cms.models import SiteSettings
from cms.timezones import time_zone_choices
from tests.workshops.builders import make_cohort, make_workshop
from workshops.forms import workshop_choice_label

pytestmark = pytest.mark.django_db


def test_common_zones_come_first_and_every_zone_once():
    (common_label, common), (_all_label, rest) = time_zone_choices()
    assert common[0][0] == "America/New_York"
    names = [name for name, _label in common + rest]
    assert len(names) == len(set(names)) and "Africa/Abidjan" in names


def test_a_new_cohort_form_starts_in_the_programs_zone(client, program_staff):
    row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    row.time_zone = "America/Los_Angeles"
    row.save()
    client.force_login(program_staff)
    form = client.get("/admin/cohorts/new/").context["form"]
    assert form.initial["time_zone"] == "America/Los_Angeles"


def test_the_workshop_chooser_names_each_pages_language():
    workshop = make_workshop(title="Family Skills")
    assert workshop_choice_label(workshop) == "Family Skills (English)"


def test_first_session_is_the_same_date_on_the_cohort_list_and_the_attendance_index(client, program_staff):
    # Scheduled from Monday, meeting on Thursdays at 11 pm in Los Angeles: Friday in New York.
    make_cohort(
        name="Late group",
        start=date(2030, 3, 4),
        weekday=3,
        local_start_time=time(23, 0),
        time_zone="America/Los_Angeles",
        status="open",
    )
    program_staff.time_zone = "America/New_York"
    program_staff.save()
    client.force_login(program_staff)
    listing = client.get("/admin/cohorts/").content.decode()
    index = client.get("/admin/attendance/").content.decode()
    # Friday, in the viewer's zone, in the one date style of staff pages.
    assert "Friday, March 8, 2030" in listing
    assert "Friday, March 8, 2030" in index
    assert "4 Mar 2030" not in index
