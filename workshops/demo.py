"""Demo workshops for `load_demo_content`: two curricula, each with a running, an open and a
finished cohort, the demo family member enrolled, attendance for the sessions already held and
certificates for those who completed a finished cohort.

Idempotent: workshops are matched by slug and cohorts by name, and what exists is left as it
is, so staff edits to demo data survive another run. Dates are relative to the first run.
"""

import uuid
from collections.abc import Callable
from datetime import time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.utils import timezone

from learning.models import LessonPage
from workshops import services
from workshops.demo_content import WORKSHOPS
from workshops.models import (
    AttendanceRecord,
    AttendanceStatus,
    Cohort,
    CohortStatus,
    Enrollment,
    EnrollmentStatus,
    Relationship,
    SessionStatus,
    WorkshopIndexPage,
    WorkshopPage,
)

_ID_NAMESPACE = uuid.UUID("0b8f4f5e-2a55-4c1e-9b7f-5d1f8b2a9c31")
DEMO_TIME_ZONE = "America/New_York"
FAMILY_EMAIL = "family@example.org"
DEMO_FACILITATORS = ("clinician@example.org", "staff@example.org")
# A few more members so staff see a roster and a waitlist; they cannot sign in.
DEMO_MEMBERS = [("demo.member1@example.org", "Avery"), ("demo.member2@example.org", "Blake")]


def _stable_id(*parts: object) -> str:
    return str(uuid.uuid5(_ID_NAMESPACE, "/".join(str(part) for part in parts)))


def _lessons_by_path() -> dict[tuple[str, str], int]:
    lessons = LessonPage.objects.filter(url_path__startswith="/home/learn/").values_list("id", "url_path")
    found = {}
    for pk, url_path in lessons:
        parts = url_path.strip("/").split("/")
        if len(parts) >= 4:
            found[(parts[-2], parts[-1])] = pk
    return found


def _outline(workshop_slug: str, sessions: list[dict], lessons: dict) -> list[dict]:
    blocks = []
    for index, data in enumerate(sessions):
        key = f"{workshop_slug}/{index}"
        materials = [
            {"type": "lesson", "value": lessons[pair], "id": _stable_id(key, "lesson", pair)}
            for pair in data["lessons"]
            if pair in lessons
        ]
        value = {
            "title": data["title"],
            "objectives": [
                {"type": "item", "value": text, "id": _stable_id(key, "objective", i)}
                for i, text in enumerate(data["objectives"])
            ],
            "check_in": data["check_in"],
            "topic": data["topic"],
            "practice": data["practice"],
            "homework": data["homework"],
            "materials": materials,
        }
        blocks.append({"type": "session", "value": value, "id": _stable_id(key)})
    return blocks


def _workshop(index: WorkshopIndexPage, data: dict, log: Callable[[str], None]) -> WorkshopPage:
    workshop = WorkshopPage.objects.child_of(index).filter(slug=data["slug"]).first()
    if workshop is not None:
        return workshop
    workshop = WorkshopPage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        audience=data["audience"],
        certificate_title=data["certificate_title"],
        min_sessions_attended=data["min_sessions_attended"],
        outline=_outline(data["slug"], data["sessions"], _lessons_by_path()),
        search_description=data["summary"][:250],
    )
    index.add_child(instance=workshop)
    workshop.save_revision().publish()
    log(f"created workshop {workshop.slug}")
    return workshop


def _cohort_plans(today) -> list[dict]:
    tomorrow = today + timedelta(days=1)
    return [
        # Started three weeks ago; its next session is tomorrow evening (a reminder is due).
        {
            "suffix": "Evening group",
            "status": CohortStatus.RUNNING,
            "start": tomorrow - timedelta(weeks=3),
            "weekday": tomorrow.weekday(),
            "time": time(19, 0),
            "capacity": 10,
        },
        {
            "suffix": "Morning group",
            "status": CohortStatus.OPEN,
            "start": today + timedelta(weeks=2),
            "weekday": 1,
            "time": time(10, 0),
            "capacity": 12,
        },
        {
            "suffix": "Spring group",
            "status": CohortStatus.FINISHED,
            "start": today - timedelta(weeks=20),
            "weekday": 2,
            "time": time(18, 30),
            "capacity": 12,
        },
    ]


def _spanish_cohort_plan(today) -> dict:
    """One group of the first workshop that meets in Spanish (its certificates print in Spanish)."""
    return {
        "suffix": "Grupo en español",
        "language": "es",
        "status": CohortStatus.OPEN,
        "start": today + timedelta(weeks=1),
        "weekday": 3,
        "time": time(18, 0),
        "capacity": 12,
    }


def _cohort(workshop: WorkshopPage, plan: dict, facilitators, log) -> Cohort:
    name = plan["suffix"]
    cohort = Cohort.objects.filter(workshop=workshop, name=name).first()
    if cohort is not None:
        return cohort
    cohort = Cohort.objects.create(
        workshop=workshop,
        name=name,
        time_zone=DEMO_TIME_ZONE,
        capacity=plan["capacity"],
        status=plan["status"],
        first_session_on=plan["start"],
        weekday=plan["weekday"],
        local_start_time=plan["time"],
        session_minutes=90,
        language=plan.get("language", "en"),
        meeting_url=f"https://meet.example.org/{_stable_id(workshop.slug, name)[:13]}",
        enrollment_closes_at=(timezone.now() + timedelta(weeks=2) if plan["status"] == CohortStatus.OPEN else None),
    )
    cohort.facilitators.set(facilitators)
    services.cohort_generate_sessions(cohort_id=cohort.pk, by=None)
    log(f"created cohort {workshop.slug}/{name}")
    return cohort


def load_spanish_demo_group(log: Callable[[str], None]) -> None:
    """The first workshop's group that meets in Spanish. Made once the Spanish translation is
    live, so its sessions take their titles from the Spanish outline, as a staff member's would."""
    workshop = WorkshopPage.objects.filter(slug=WORKSHOPS[0]["slug"], locale__language_code="en").first()
    if workshop is None:
        return
    people = {user.email: user for user in get_user_model().objects.filter(email__in=DEMO_FACILITATORS)}
    facilitators = [people[email] for email in DEMO_FACILITATORS if email in people]
    today = timezone.now().astimezone(ZoneInfo(DEMO_TIME_ZONE)).date()
    _cohort(workshop, _spanish_cohort_plan(today), facilitators, log)


def _enroll(cohort: Cohort, member, relationship: str) -> None:
    # Straight into the table: the demo places people in running and finished groups, which
    # the sign-up rules (rightly) refuse, and it must not send emails.
    now = timezone.now()
    Enrollment.objects.get_or_create(
        cohort=cohort,
        member=member,
        defaults={
            "relationship": relationship,
            "status": EnrollmentStatus.ENROLLED,
            "confidentiality_acknowledged_at": now,
            "queued_at": now,
        },
    )


def load_demo_workshops(log: Callable[[str], None]) -> None:
    User = get_user_model()
    index = WorkshopIndexPage.objects.get(locale__language_code="en")
    people = {user.email: user for user in User.objects.filter(email__in=[FAMILY_EMAIL, *DEMO_FACILITATORS])}
    facilitators = [people[email] for email in DEMO_FACILITATORS if email in people]
    members = []
    for email, display_name in DEMO_MEMBERS:
        member, created = User.objects.get_or_create(email=email, defaults={"display_name": display_name})
        if created:
            member.set_unusable_password()
            member.save(update_fields=["password"])
        members.append(member)

    today = timezone.now().astimezone(ZoneInfo(DEMO_TIME_ZONE)).date()
    for number, data in enumerate(WORKSHOPS):
        workshop = _workshop(index, data, log)
        cohorts = {plan["status"]: _cohort(workshop, plan, facilitators, log) for plan in _cohort_plans(today)}
        # The family member is in the first workshop's running group and finished the second one.
        family = people.get(FAMILY_EMAIL)
        family_cohort = cohorts[CohortStatus.RUNNING if number == 0 else CohortStatus.FINISHED]
        if family is not None:
            _enroll(family_cohort, family, Relationship.PARENT)
        for member, relationship in zip(members, (Relationship.PARTNER, Relationship.SIBLING), strict=True):
            _enroll(cohorts[CohortStatus.RUNNING], member, relationship)
        recorder = facilitators[0] if facilitators else None
        for status in (CohortStatus.RUNNING, CohortStatus.FINISHED):
            _mark_past_sessions(cohorts[status], recorder)
        _issue_certificates(cohorts[CohortStatus.FINISHED], log)


def _demo_mark(member_index: int, session_number: int) -> str:
    # Mostly there, now and then late or away: enough for the reports to show something.
    if (member_index + session_number) % 7 == 3:
        return AttendanceStatus.LATE
    if (member_index + session_number) % 11 == 5:
        return AttendanceStatus.ABSENT
    return AttendanceStatus.PRESENT


def _mark_past_sessions(cohort: Cohort, recorder) -> None:
    """Attendance for the sessions already held; marks staff changed since are left alone."""
    now = timezone.now()
    enrollments = list(cohort.enrollments.filter(status=EnrollmentStatus.ENROLLED).order_by("pk"))
    held = cohort.sessions.filter(starts_at__lt=now).exclude(status=SessionStatus.CANCELLED)
    AttendanceRecord.objects.bulk_create(
        [
            AttendanceRecord(
                session=session,
                enrollment=enrollment,
                status=_demo_mark(index, session.number),
                recorded_by=recorder,
                recorded_at=session.ends_at,
            )
            for session in held
            for index, enrollment in enumerate(enrollments)
        ],
        ignore_conflicts=True,
    )


def _issue_certificates(cohort: Cohort, log: Callable[[str], None]) -> None:
    from workshops.certificates.services import cohort_certificates_issue

    result = cohort_certificates_issue(cohort_id=cohort.pk, by=None)
    if result.issued:
        log(f"issued {result.issued} certificate(s) for {cohort.name}")
