"""Small builders for workshops under the WorkshopIndexPage that migrations created."""

import itertools
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import F
from django.utils import timezone

from workshops.models import (
    Cohort,
    CohortStatus,
    Enrollment,
    EnrollmentStatus,
    Relationship,
    WorkshopIndexPage,
    WorkshopPage,
)
from workshops.services import cohort_generate_sessions

_counter = itertools.count(1)


def outline(count: int) -> list[dict]:
    return [
        {
            "type": "session",
            "id": f"session-{index + 1}",
            "value": {
                "title": f"Session title {index + 1}",
                "objectives": [{"type": "item", "id": f"objective-{index + 1}", "value": f"Objective {index + 1}"}],
                "check_in": "<p>One word for your week.</p>",
                "topic": f"<p>Topic text {index + 1}.</p>",
                "practice": {"kind": "role_play", "instructions": "<p>Practise saying no.</p>"},
                "homework": f"<p>Homework text {index + 1}.</p>",
                "materials": [],
            },
        }
        for index in range(count)
    ]


def make_workshop(*, sessions: int = 4, title: str | None = None, **fields) -> WorkshopPage:
    number = next(_counter)
    workshop = WorkshopPage(
        title=title or f"Workshop {number}",
        slug=f"workshop-{number}",
        summary="A short summary.",
        audience="Families.",
        certificate_title="Family Skills",
        outline=outline(sessions),
        **fields,
    )
    WorkshopIndexPage.objects.get(locale__language_code="en").add_child(instance=workshop)
    return workshop


def started_earlier_today(zone: str) -> tuple[date, time]:
    """Today's date in `zone` and a start time already past there (an hour ago, or midnight):
    attendance is taken only for sessions that have started, so "noon today" fails all morning."""
    now = timezone.localtime(timezone=ZoneInfo(zone))
    start = max(now - timedelta(hours=1), now.replace(hour=0, minute=0, second=0, microsecond=0))
    return now.date(), start.time().replace(second=0, microsecond=0)


def make_cohort(
    workshop: WorkshopPage | None = None,
    *,
    generate: bool = True,
    status: str = CohortStatus.OPEN,
    start: date = date(2030, 3, 4),
    weekday: int = 0,
    local_start_time: time = time(19, 0),
    time_zone: str = "America/New_York",
    **fields,
) -> Cohort:
    workshop = workshop or make_workshop()
    fields.setdefault("name", f"Group {next(_counter)}")
    fields.setdefault("meeting_url", "https://meet.example.org/secret-room-123")
    cohort = Cohort.objects.create(
        workshop=workshop,
        status=status,
        first_session_on=start,
        weekday=weekday,
        local_start_time=local_start_time,
        time_zone=time_zone,
        **fields,
    )
    if generate:
        cohort_generate_sessions(cohort_id=cohort.pk, by=None)
    return cohort


def enroll(cohort: Cohort, member, status: str = EnrollmentStatus.ENROLLED, **fields) -> Enrollment:
    """A row straight in the table, for tests about what members see (not about the rules)."""
    now = timezone.now()
    fields.setdefault("relationship", Relationship.PARENT)
    return Enrollment.objects.create(
        cohort=cohort, member=member, status=status, confidentiality_acknowledged_at=now, queued_at=now, **fields
    )


def move_sessions_into_the_past(cohort: Cohort) -> None:
    """The group has met: every session moves back by whole weeks until the last one is over
    (staff mark, and finish, only sessions that have happened)."""
    last = cohort.sessions.order_by("-ends_at").first()
    weeks = max((last.ends_at - timezone.now()) // timedelta(weeks=1) + 1, 0)
    shift = timedelta(weeks=weeks)
    cohort.sessions.update(starts_at=F("starts_at") - shift, ends_at=F("ends_at") - shift)
