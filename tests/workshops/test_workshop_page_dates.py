"""The workshop page's dates: any change to a session shows at once, in the reader's zone, and a
date in another year says which."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client

from tests.workshops.builders import make_cohort, make_workshop


@pytest.mark.django_db
def test_a_moved_session_shows_its_new_date_on_the_workshop_page(client):
    cohort = make_cohort()
    url = cohort.workshop.url
    before = client.get(url).content.decode()
    session = cohort.sessions.order_by("number").last()
    assert session.starts_at.strftime("%B %-d") in before

    session.starts_at += timedelta(days=3)
    session.ends_at += timedelta(days=3)
    session.save()
    after = client.get(url).content.decode()
    assert after != before
    local = session.starts_at.astimezone(ZoneInfo(cohort.time_zone))
    assert local.strftime("%A, %B %-d") in after


@pytest.mark.django_db
def test_each_time_zone_gets_its_own_dates(member_client, member):
    cohort = make_cohort(time_zone="America/New_York")
    member.time_zone = "Asia/Tokyo"
    member.save()
    visitor = Client().get(cohort.workshop.url).content.decode()
    signed_in = member_client.get(cohort.workshop.url).content.decode()
    assert "EDT" in visitor or "EST" in visitor
    assert "JST" in signed_in


@pytest.mark.django_db
def test_every_date_of_a_group_meeting_into_the_new_year_says_which_year(client):
    """Read in December, "Monday, January 4" would be last January: next year's dates carry it."""
    with time_machine.travel(datetime(2026, 12, 6, 12, tzinfo=UTC)):
        cohort = make_cohort(make_workshop(sessions=6), start=date(2026, 12, 14), weekday=0)
        html = client.get(cohort.workshop.url).content.decode()
    every_date = html.split('class="cohort-card__dates"')[1].split("</ol>")[0]
    assert ">Monday, December 14, 7:00 PM–" in every_date
    assert ">Monday, December 28, 7:00 PM–" in every_date
    assert ">Monday, January 4, 2027, 7:00 PM–" in every_date
    assert ">Monday, January 18, 2027, 7:00 PM–" in every_date


@pytest.mark.django_db
def test_time_zones_are_named_as_people_say_them(member_client, member):
    """A zone reads "Pacific time (Los Angeles)", in the reader's language, not "America/Los_Angeles"."""
    cohort = make_cohort(time_zone="America/New_York")
    visitor = Client().get(cohort.workshop.url).content.decode()
    assert "Times are in the group's time zone: Eastern time (New York)." in visitor

    member.time_zone = "America/Los_Angeles"
    member.save()
    signed_in = member_client.get(cohort.workshop.url).content.decode()
    assert "Times are in your time zone: Pacific time (Los Angeles)." in signed_in
    assert "America/Los_Angeles" not in signed_in and "America/New_York" not in signed_in

    member.preferred_language = "es"
    member.save()
    spanish = member_client.get(f"/es{cohort.workshop.url}").content.decode()
    assert "Las horas están en tu zona horaria: Hora del Pacífico (Los Ángeles)." in spanish

    member.time_zone = "America/Argentina/Buenos_Aires"  # not one of the common zones: its name, spaced
    member.save()
    assert (
        "zona horaria: America/Argentina/Buenos Aires."
        in member_client.get(f"/es{cohort.workshop.url}").content.decode()
    )
