"""The workshop page keeps each group's formatted list of dates in the cache; any change to a
session shows at once."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.test import Client

from tests.workshops.builders import make_cohort


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
