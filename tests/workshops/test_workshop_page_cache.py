"""The workshop page keeps its rendered list of groups under a listing token in the database.
Every change a reader could notice must show on the very next request, and nothing about one
member may reach another."""

import re
from datetime import date, timedelta

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from tests.factories import UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops import services
from workshops.listing_versions import group_listing_token, group_listings_batch
from workshops.models import CohortSession, CohortStatus, Enrollment, EnrollmentStatus, Relationship


def soon() -> date:
    return timezone.localdate() + timedelta(days=10)


def page(client, cohort) -> str:
    return client.get(cohort.workshop.url).content.decode()


def seats(html: str) -> int:
    return int(re.search(r"(\d+) places? left", html).group(1))


@pytest.fixture
def cohort():
    return make_cohort(make_workshop(sessions=3), start=soon(), capacity=5, name="Tuesday group")


def join(cohort, member) -> Enrollment:
    return services.enrollment_create(
        cohort_id=cohort.pk, member=member, relationship=Relationship.PARENT, confidentiality_acknowledged=True
    )


@pytest.mark.django_db
def test_signing_up_and_leaving_change_the_seats_at_once(client, cohort, member):
    assert seats(page(client, cohort)) == 5
    enrollment = join(cohort, member)
    assert seats(page(client, cohort)) == 4
    services.enrollment_withdraw(enrollment_id=enrollment.pk, member=member)
    assert seats(page(client, cohort)) == 5


@pytest.mark.django_db
def test_staff_decisions_change_the_seats_at_once(client, cohort, program_staff):
    cohort.requires_approval = True
    cohort.save()
    waiting = join(cohort, UserFactory())
    assert waiting.status == EnrollmentStatus.PENDING
    assert seats(page(client, cohort)) == 4  # a request keeps its seat while staff decide
    services.enrollment_decline(cohort_id=cohort.pk, enrollment_id=waiting.pk, by=program_staff)
    assert seats(page(client, cohort)) == 5


@pytest.mark.django_db
def test_a_full_group_and_its_waitlist_show_at_once(client, cohort, program_staff):
    members = [UserFactory() for _ in range(5)]
    for person in members:
        join(cohort, person)
    assert "This group is full" in page(client, cohort)
    services.enrollment_withdraw(enrollment_id=Enrollment.objects.get(member=members[0]).pk, member=members[0])
    assert seats(page(client, cohort)) == 1


@pytest.mark.django_db
def test_a_cancelled_or_new_session_shows_at_once(client, cohort):
    assert "3 weekly sessions" in page(client, cohort)
    last = cohort.sessions.order_by("number").last()
    services.session_cancel(session_id=last.pk, by=None)
    assert "2 weekly sessions" in page(client, cohort)
    CohortSession.objects.create(
        cohort=cohort, number=4, title="Extra", starts_at=last.starts_at, ends_at=last.ends_at + timedelta(days=7)
    )
    assert "3 weekly sessions" in page(client, cohort)


@pytest.mark.django_db
def test_generated_sessions_show_at_once(client):
    """cohort_generate_sessions writes with bulk_create, which sends no signal."""
    cohort = make_cohort(make_workshop(sessions=2), start=soon(), generate=False)
    assert "Dates coming soon." in page(client, cohort)
    services.cohort_generate_sessions(cohort_id=cohort.pk, by=None)
    assert "2 weekly sessions" in page(client, cohort)


@pytest.mark.django_db
def test_cancelling_a_group_renews_the_listing_token(client, cohort, program_staff):
    """cohort_after_edit cancels sessions with queryset.update(), which sends no signal."""
    assert "Tuesday group" in page(client, cohort)
    cohort.status = CohortStatus.CANCELLED
    cohort.save()
    assert "Tuesday group" not in page(client, cohort)
    before = group_listing_token(cohort.workshop.translation_key)
    services.cohort_after_edit(cohort_id=cohort.pk, previous_status=CohortStatus.OPEN, by=program_staff)
    assert group_listing_token(cohort.workshop.translation_key) != before


@pytest.mark.django_db
def test_a_cohort_edit_shows_at_once(client, cohort):
    assert "Tuesday group" in page(client, cohort)
    cohort.name = "Wednesday group"
    cohort.capacity = 8
    cohort.save()
    html = page(client, cohort)
    assert "Wednesday group" in html and "Tuesday group" not in html
    assert seats(html) == 8


@pytest.mark.django_db
def test_facilitator_changes_show_at_once(client, cohort):
    leader = UserFactory(display_name="Dana Leader")
    assert "Dana Leader" not in page(client, cohort)
    cohort.facilitators.add(leader)
    assert "Led by Dana Leader" in page(client, cohort)
    leader.display_name = "Dana Rivers"
    leader.save()
    assert "Led by Dana Rivers" in page(client, cohort)
    leader.facilitated_cohorts.clear()
    assert "Led by" not in page(client, cohort)
    cohort.facilitators.add(leader)
    assert "Led by Dana Rivers" in page(client, cohort)
    leader.delete()
    assert "Led by" not in page(client, cohort)


@pytest.mark.django_db
def test_sign_up_closing_shows_when_the_time_comes_without_any_change(client, member):
    closes = timezone.now() + timedelta(hours=2)
    cohort = make_cohort(make_workshop(sessions=2), start=soon(), enrollment_closes_at=closes)
    client.force_login(member)
    assert "Join this group" in page(client, cohort)
    with time_machine.travel(closes + timedelta(seconds=1), tick=False):
        html = page(client, cohort)
    assert "Sign-up is closed." in html and "Join this group" not in html


@pytest.mark.django_db
def test_sign_up_opening_shows_when_the_time_comes(client):
    opens = timezone.now() + timedelta(hours=2)
    cohort = make_cohort(make_workshop(sessions=2), start=soon(), enrollment_opens_at=opens)
    assert "Sign-up has not opened yet." in page(client, cohort)
    with time_machine.travel(opens + timedelta(seconds=1), tick=False):
        assert "Sign in to join" in page(client, cohort)


@pytest.mark.django_db
def test_one_members_place_never_shows_for_another(cohort):
    alice, bob = UserFactory(), UserFactory()
    alice.time_zone = bob.time_zone = "Europe/Madrid"  # the same kept list serves both
    alice.save()
    bob.save()
    enrollment = enroll(cohort, alice)
    as_alice, as_bob = Client(), Client()
    as_alice.force_login(alice)
    as_bob.force_login(bob)
    alice_html, bob_html = page(as_alice, cohort), page(as_bob, cohort)
    assert "You are in this group." in alice_html
    assert f"/workshops/enrollments/{enrollment.pk}/" in alice_html
    assert "You are in this group." not in bob_html
    assert f"/workshops/enrollments/{enrollment.pk}/" not in bob_html
    assert "Join this group" in bob_html
    visitor_html = page(Client(), cohort)
    assert "You are in this group." not in visitor_html and "Sign in to join" in visitor_html


@pytest.mark.django_db
def test_visitors_and_members_each_get_their_own_times(cohort, member):
    member.time_zone = "Asia/Tokyo"
    member.save()
    signed_in = Client()
    signed_in.force_login(member)
    assert "Times are in your time zone (Asia/Tokyo)" in page(signed_in, cohort)
    visitor_html = page(Client(), cohort)
    assert "Times are in the group's time zone (America/New_York)" in visitor_html
    assert "Asia/Tokyo" not in visitor_html


@pytest.mark.django_db
def test_rows_written_without_signals_in_a_batch_renew_every_workshop_once(cohort):
    before = group_listing_token(cohort.workshop.translation_key)
    with group_listings_batch():
        enroll(cohort, UserFactory())
        assert group_listing_token(cohort.workshop.translation_key) == before  # not yet: one write at the end
    assert group_listing_token(cohort.workshop.translation_key) != before


@pytest.mark.django_db
def test_a_change_to_one_workshop_keeps_the_other_workshops_lists(cohort):
    other = make_cohort(make_workshop(sessions=2), start=soon())
    before = group_listing_token(other.workshop.translation_key)
    enroll(cohort, UserFactory())
    assert group_listing_token(other.workshop.translation_key) == before


@pytest.mark.django_db
def test_workshop_pages_are_found_and_restricted_from_the_per_process_store(client):
    """The index finds a workshop without querying the page tree each time, and a private
    workshop stays private (cms/page_lookups.py)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import PageViewRestriction

    workshop = make_workshop()
    url = workshop.url
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert not any('FROM "wagtailcore_page"' in q["sql"] for q in queries.captured_queries)
    assert not any("wagtailcore_pageviewrestriction" in q["sql"] for q in queries.captured_queries)
    PageViewRestriction.objects.create(page=workshop, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(url).status_code == 302  # sign in first
    assert client.get(url + "no-such-page/").status_code == 404
