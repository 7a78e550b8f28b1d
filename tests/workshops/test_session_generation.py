"""Sessions come from the workshop outline and a weekly schedule in the cohort's own time zone."""

from datetime import UTC, date, datetime, time
from http import HTTPStatus
from zoneinfo import ZoneInfo

import pytest
import time_machine

from cms.timezones import time_zone_label
from tests.factories import UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops import services
from workshops.models import CohortSession, CohortStatus
from workshops.scheduling import weekly_session_times

NEW_YORK = ZoneInfo("America/New_York")


def test_a_weekly_new_york_group_keeps_7pm_across_the_november_change():
    """Clocks go back on Sunday 2 November 2025: 7 pm stays 7 pm, so the UTC hour moves by one."""
    times = weekly_session_times(
        start=date(2025, 10, 20), weekday=1, local_time=time(19, 0), minutes=90, count=4, time_zone="America/New_York"
    )
    starts = [start for start, _ in times]
    assert starts == [
        datetime(2025, 10, 21, 23, 0, tzinfo=UTC),
        datetime(2025, 10, 28, 23, 0, tzinfo=UTC),
        datetime(2025, 11, 5, 0, 0, tzinfo=UTC),
        datetime(2025, 11, 12, 0, 0, tzinfo=UTC),
    ]
    assert [start.astimezone(NEW_YORK).time() for start in starts] == [time(19, 0)] * 4
    assert all((end - start).total_seconds() == 90 * 60 for start, end in times)


def test_the_first_session_is_on_the_chosen_weekday_on_or_after_the_start_date():
    """A Monday start date with a Thursday weekday begins that Thursday; a Thursday start begins that day."""
    monday, thursday = date(2030, 3, 4), date(2030, 3, 7)
    first = weekly_session_times(start=monday, weekday=3, local_time=time(9), minutes=60, count=1, time_zone="UTC")
    same = weekly_session_times(start=thursday, weekday=3, local_time=time(9), minutes=60, count=1, time_zone="UTC")
    assert first[0][0].date() == thursday
    assert same[0][0].date() == thursday


def test_spring_forward_keeps_the_local_time_too():
    """Clocks go forward on 9 March 2025 in New York: a 7 pm group is still at 7 pm the week after."""
    times = weekly_session_times(
        start=date(2025, 3, 3), weekday=0, local_time=time(19, 0), minutes=60, count=2, time_zone="America/New_York"
    )
    assert [start.astimezone(NEW_YORK).hour for start, _ in times] == [19, 19]
    assert [start.hour for start, _ in times] == [0, 23]


@pytest.mark.django_db
def test_generation_makes_one_session_per_outlined_session_with_its_title():
    """Six outlined sessions give six weekly sessions, numbered, titled and linked to their outline block."""
    workshop = make_workshop(sessions=6)
    cohort = make_cohort(workshop, start=date(2025, 10, 20), weekday=1, status=CohortStatus.DRAFT)
    sessions = list(cohort.sessions.order_by("number"))
    assert [s.number for s in sessions] == [1, 2, 3, 4, 5, 6]
    assert [s.title for s in sessions] == [f"Session title {n}" for n in range(1, 7)]
    assert [s.outline_block_id for s in sessions] == [f"session-{n}" for n in range(1, 7)]
    assert all(s.starts_at.astimezone(NEW_YORK).time() == time(19, 0) for s in sessions)


@pytest.mark.django_db
def test_a_draft_cohort_can_regenerate_but_an_open_one_cannot():
    """Regenerating replaces a draft's sessions; once open, sessions are edited one by one."""
    cohort = make_cohort(status=CohortStatus.DRAFT)
    cohort.local_start_time = time(18, 0)
    cohort.save()
    services.cohort_generate_sessions(cohort_id=cohort.pk, by=None)
    assert {s.starts_at.astimezone(NEW_YORK).hour for s in cohort.sessions.all()} == {18}

    cohort.status = CohortStatus.OPEN
    cohort.save()
    with pytest.raises(services.WorkshopError, match="already has sessions"):
        services.cohort_generate_sessions(cohort_id=cohort.pk, by=None)
    assert cohort.sessions.count() == 4


@pytest.mark.django_db
def test_a_workshop_without_an_outline_cannot_generate_sessions():
    cohort = make_cohort(make_workshop(sessions=0), generate=False)
    with pytest.raises(services.WorkshopError, match="no sessions in its outline"):
        services.cohort_generate_sessions(cohort_id=cohort.pk, by=None)
    assert not CohortSession.objects.exists()


@pytest.mark.django_db
def test_rescheduling_uses_the_cohorts_local_time_and_bumps_the_calendar_sequence():
    """A session moved to 6 pm on a New York date lands at the right UTC instant; calendars see a new SEQUENCE."""
    cohort = make_cohort(start=date(2025, 10, 20), weekday=1)
    session = cohort.sessions.get(number=3)
    moved = services.session_reschedule(
        session_id=session.pk, starts_on=date(2025, 11, 6), local_start_time=time(18, 0), minutes=60, by=None
    )
    assert moved.starts_at == datetime(2025, 11, 6, 23, 0, tzinfo=UTC)
    assert moved.ends_at == datetime(2025, 11, 7, 0, 0, tzinfo=UTC)
    assert moved.sequence == 1
    cancelled = services.session_cancel(session_id=session.pk, by=None)
    assert cancelled.is_cancelled and cancelled.sequence == 2
    assert cohort.sessions.exclude(pk=session.pk).filter(status="scheduled").count() == 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("zone", "first", "after_europe_changes", "after_us_changes", "session_3"),
    [
        # Europe leaves summer time on 26 October, the US on 2 November 2025.
        (
            "Europe/Madrid",
            "Wednesday, October 22, 2025 at 1:00 AM CEST",
            "Wednesday, October 29, 12:00 AM",
            "Wednesday, November 5, 1:00 AM",
            "Wednesday, November 5, 2025, 1:00 AM",
        ),
        (
            "America/Los_Angeles",
            "Tuesday, October 21, 2025 at 4:00 PM PDT",
            "Tuesday, October 28, 4:00 PM",
            "Tuesday, November 4, 4:00 PM",
            "Tuesday, November 4, 2025, 4:00 PM",
        ),
    ],
)
@time_machine.travel(datetime(2025, 10, 1, 12, tzinfo=UTC))  # read before the group starts, that year
def test_members_see_a_new_york_group_in_their_own_time_zone(
    client, zone, first, after_europe_changes, after_us_changes, session_3
):
    """Madrid and Los Angeles members read the same 7 pm New York sessions at their own local times."""
    workshop = make_workshop(sessions=4)
    cohort = make_cohort(workshop, start=date(2025, 10, 20), weekday=1)
    member = UserFactory(time_zone=zone)
    client.force_login(member)

    html = client.get(workshop.url).content.decode()
    assert first in html
    assert after_europe_changes in html
    assert after_us_changes in html

    enroll(cohort, member)
    session = cohort.sessions.get(number=3)
    response = client.get(f"/workshops/sessions/{session.pk}/")
    assert response.status_code == HTTPStatus.OK
    assert session_3 in response.content.decode()
    assert time_zone_label(zone) in response.content.decode()  # "Pacific time (Los Angeles)"
