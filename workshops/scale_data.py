"""A large, realistic dataset for benchmarks and load tests (`manage.py seed_scale_data`).

Everything it makes is tagged so a second run replaces it instead of adding to it: members
have emails at SCALE_DOMAIN and cohorts are named "Scale group NNN". Rows go in with
bulk_create in large batches; nothing sends email or renders a PDF. The demo content
(`load_demo_content`) must be loaded first: its lessons and workshops are reused.

The first cohort is the benchmark's big one: 200 members, a running group whose past
sessions all have attendance marks, so its attendance sheet and 200 x 12 matrix are full.
"""

import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from cms.consent import CURRENT_VERSIONS
from cms.demo import DEFAULT_DEMO_PASSWORD
from cms.models import Consent
from learning.models import LessonCompletion, LessonPage, ModulePage
from workshops.certificates.codes import new_code
from workshops.models import (
    AttendanceRecord,
    AttendanceStatus,
    Certificate,
    CheckInAnswer,
    CheckInResponse,
    Cohort,
    CohortSession,
    CohortStatus,
    Enrollment,
    EnrollmentStatus,
    ModuleCheckInAnswer,
    ModuleCheckInResponse,
    Relationship,
    WorkshopPage,
)
from workshops.models.cohorts import MAX_CAPACITY
from workshops.outcomes.scale_answers import seed_check_in_answers, seed_module_check_in_answers
from workshops.scheduling import weekly_session_times

SCALE_DOMAIN = "scale.example"
COHORT_PREFIX = "Scale group "
BIG_COHORT_SIZE = MAX_CAPACITY
BATCH = 2000

FIRST_NAMES = (
    "Ana Ben Carla Dev Elena Farid Grace Hana Ivan Jade Kofi Lena Marco Nia Omar Priya Quinn Rosa Sam Tariq "
    "Uma Vic Wen Xavi Yara Zoe Ahmed Bea Chen Dana Emeka Fatima Gus Hugo Ines Jon Kai Lucia Mei Noor"
).split()
TIME_ZONES = [
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Phoenix",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Puerto_Rico",
    "America/Mexico_City",
    "Europe/Madrid",
]
# Weights from what programs report: most people come, a few are late, excused or away.
ATTENDANCE_WEIGHTS = {
    AttendanceStatus.PRESENT: 74,
    AttendanceStatus.LATE: 8,
    AttendanceStatus.LEFT_EARLY: 4,
    AttendanceStatus.EXCUSED: 6,
    AttendanceStatus.ABSENT: 8,
}


@dataclass
class ScaleCounts:
    members: int = 0
    cohorts: int = 0
    sessions: int = 0
    enrollments: int = 0
    attendance: int = 0
    completions: int = 0
    certificates: int = 0
    check_in_answers: int = 0
    module_check_in_answers: int = 0


def scale_email(number: int) -> str:
    return f"member{number:05d}@{SCALE_DOMAIN}"


def delete_scale_data() -> None:
    """Remove what an earlier run made, biggest tables first, then the members themselves, so
    every smaller table that points at them (added by a load test: arrivals, reminders,
    preferences, …) is cleaned up by its on_delete rule. All through QuerySet.delete(): about
    11 s more than Django's private raw delete on 10,000 members, and no private names."""
    members = get_user_model().objects.filter(email__endswith=f"@{SCALE_DOMAIN}")
    cohorts = Cohort.objects.filter(name__startswith=COHORT_PREFIX)
    Certificate.objects.filter(enrollment__cohort__in=cohorts).update(replaced_by=None)
    for queryset in (
        Certificate.objects.filter(enrollment__cohort__in=cohorts),
        Certificate.objects.filter(enrollment__member__in=members),
        CheckInAnswer.objects.filter(response__enrollment__cohort__in=cohorts),
        CheckInResponse.objects.filter(enrollment__cohort__in=cohorts),
        ModuleCheckInAnswer.objects.filter(response__member__in=members),
        ModuleCheckInResponse.objects.filter(member__in=members),
        AttendanceRecord.objects.filter(session__cohort__in=cohorts),
        AttendanceRecord.objects.filter(enrollment__member__in=members),
        LessonCompletion.objects.filter(user__in=members),
        Consent.objects.filter(user__in=members),
        EmailAddress.objects.filter(user__in=members),
    ):
        queryset.delete()
    Enrollment.objects.filter(member__in=members).delete()
    cohorts.delete()
    members.delete()


def _members(count: int, rng: random.Random, password_hash: str) -> list:
    User = get_user_model()
    now = timezone.now()
    users = [
        User(
            email=scale_email(number),
            display_name=f"{rng.choice(FIRST_NAMES)} {chr(65 + rng.randrange(26))}.",
            time_zone=rng.choice(TIME_ZONES),
            preferred_language="es" if rng.random() < 0.15 else "en",
            password=password_hash,
            date_joined=now - timedelta(days=rng.randrange(1, 700)),
            last_login=now - timedelta(days=rng.randrange(0, 60)),
        )
        for number in range(1, count + 1)
    ]
    users = User.objects.bulk_create(users, batch_size=BATCH)
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users], batch_size=BATCH
    )
    Consent.objects.bulk_create(
        [
            Consent(user=user, document=document, version=version)
            for user in users
            for document, version in CURRENT_VERSIONS.items()
        ],
        batch_size=BATCH,
    )
    return users


def _completions(users: list, lesson_ids: list[int], rng: random.Random) -> int:
    rows = []
    now = timezone.now()
    for user in users:
        # Most readers finish a handful of lessons; a few finish everything.
        done = min(len(lesson_ids), int(rng.expovariate(1 / 6)))
        for lesson_id in rng.sample(lesson_ids, done):
            rows.append(
                LessonCompletion(user=user, lesson_id=lesson_id, completed_at=now - timedelta(days=rng.randrange(90)))
            )
    LessonCompletion.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


def _cohort_plan(index: int, today, rng: random.Random) -> tuple[str, object, int]:
    """(status, first session date, size) of the index-th cohort."""
    if index == 0:
        return CohortStatus.RUNNING, today - timedelta(weeks=8), BIG_COHORT_SIZE
    roll = rng.random()
    size = rng.randint(8, 60)
    if roll < 0.8:
        return CohortStatus.FINISHED, today - timedelta(weeks=rng.randint(14, 100)), size
    if roll < 0.97:
        return CohortStatus.RUNNING, today - timedelta(weeks=rng.randint(1, 10)), size
    return CohortStatus.OPEN, today + timedelta(weeks=rng.randint(1, 6)), size


def seed_scale_data(
    *, members: int, cohorts: int, sessions: int, seed: int = 2026, log: Callable[[str], None] = lambda _: None
) -> ScaleCounts:
    rng = random.Random(seed)  # noqa: S311 - sample data, not secrets
    workshops = list(WorkshopPage.objects.live().select_related("check_in_before").order_by("pk"))
    lesson_ids = list(LessonPage.objects.live().order_by("pk").values_list("pk", flat=True))
    if not workshops or not lesson_ids:
        raise ValueError("Load the demo content first (manage.py load_demo_content): scale data reuses it.")
    staff = get_user_model().objects.filter(email="staff@example.org").first()
    counts = ScaleCounts()
    # One hash for everyone: hashing 10,000 passwords would take longer than everything else.
    password_hash = make_password(os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD)
    with transaction.atomic():
        delete_scale_data()
        log("removed the previous scale data")
        users = _members(members, rng, password_hash)
        counts.members = len(users)
        log(f"{len(users)} members")
        counts.completions = _completions(users, lesson_ids, rng)
        log(f"{counts.completions} lesson completions")
        modules = ModulePage.objects.live().filter(check_in_before__isnull=False).select_related("check_in_before")
        counts.module_check_in_answers = seed_module_check_in_answers(
            members=users, modules=list(modules), today=timezone.localdate(), rng=rng
        )
        log(f"{counts.module_check_in_answers} module check-in answers")
        counts = _cohorts(
            count=cohorts, sessions=sessions, users=users, workshops=workshops, staff=staff, rng=rng, counts=counts
        )
        log(
            f"{counts.cohorts} cohorts, {counts.sessions} sessions, {counts.enrollments} enrollments, "
            f"{counts.attendance} attendance marks, {counts.certificates} certificates, "
            f"{counts.check_in_answers} check-in answers"
        )
    return counts


def _cohorts(*, count, sessions, users, workshops, staff, rng, counts: ScaleCounts) -> ScaleCounts:
    now = timezone.now()
    today = now.date()
    plans = [_cohort_plan(index, today, rng) for index in range(count)]
    cohort_rows = []
    for index, (status, start, size) in enumerate(plans):
        cohort_rows.append(
            Cohort(
                workshop=workshops[index % len(workshops)],
                name=f"{COHORT_PREFIX}{index + 1:03d}",
                time_zone=rng.choice(TIME_ZONES[:4]),
                # Open groups keep seats free for people who join during a load test.
                capacity=min(MAX_CAPACITY, max(size, 12) + (40 if status == CohortStatus.OPEN else 0)),
                status=status,
                first_session_on=start,
                weekday=start.weekday(),
                local_start_time=time(rng.choice((10, 13, 18, 19)), rng.choice((0, 30))),
                session_minutes=90,
                meeting_url=f"https://meet.example.org/scale-{index + 1:03d}",
                enrollment_closes_at=now + timedelta(weeks=6) if status == CohortStatus.OPEN else None,
            )
        )
    cohort_rows = Cohort.objects.bulk_create(cohort_rows, batch_size=BATCH)
    counts.cohorts = len(cohort_rows)
    if staff is not None:
        Through = Cohort.facilitators.through
        Through.objects.bulk_create([Through(cohort_id=c.pk, user_id=staff.pk) for c in cohort_rows])

    session_rows = []
    for cohort in cohort_rows:
        outlines = cohort.workshop.session_outlines
        times = weekly_session_times(
            start=cohort.first_session_on,
            weekday=cohort.weekday,
            local_time=cohort.local_start_time,
            minutes=cohort.session_minutes,
            count=sessions,
            time_zone=cohort.time_zone,
        )
        for number, (starts_at, ends_at) in enumerate(times, start=1):
            block = outlines[(number - 1) % len(outlines)] if outlines else None
            session_rows.append(
                CohortSession(
                    cohort=cohort,
                    number=number,
                    outline_block_id=(block.id or "") if block else "",
                    title=block.value["title"] if block else f"Session {number}",
                    starts_at=starts_at,
                    ends_at=ends_at,
                )
            )
    session_rows = CohortSession.objects.bulk_create(session_rows, batch_size=BATCH)
    counts.sessions = len(session_rows)
    sessions_by_cohort: dict[int, list[CohortSession]] = {}
    for session in session_rows:
        sessions_by_cohort.setdefault(session.cohort_id, []).append(session)

    enrollment_rows = []
    for cohort, (_status, _start, size) in zip(cohort_rows, plans, strict=True):
        for member in rng.sample(users, min(size, len(users))):
            joined = datetime.combine(cohort.first_session_on, time(12), tzinfo=UTC) - timedelta(days=14)
            enrollment_rows.append(
                Enrollment(
                    cohort=cohort,
                    member=member,
                    relationship=rng.choice(Relationship.values),
                    status=EnrollmentStatus.ENROLLED,
                    confidentiality_acknowledged_at=joined,
                    queued_at=joined,
                    created_at=joined,
                    status_changed_at=joined,
                )
            )
    enrollment_rows = Enrollment.objects.bulk_create(enrollment_rows, batch_size=BATCH)
    counts.enrollments = len(enrollment_rows)
    counts.check_in_answers = seed_check_in_answers(
        enrollments=enrollment_rows, cohorts_by_id={c.pk: c for c in cohort_rows}, rng=rng
    )

    statuses = list(ATTENDANCE_WEIGHTS)
    weights = list(ATTENDANCE_WEIGHTS.values())
    attendance_rows, certificate_rows = [], []
    cohort_by_id = {cohort.pk: cohort for cohort in cohort_rows}
    for enrollment in enrollment_rows:
        cohort = cohort_by_id[enrollment.cohort_id]
        held = [s for s in sessions_by_cohort.get(cohort.pk, []) if s.ends_at <= now]
        counted = cohort.workshop.counted_attendance_statuses
        counting = 0
        for session in held:
            status = rng.choices(statuses, weights)[0]
            counting += status in counted
            attendance_rows.append(
                AttendanceRecord(
                    session=session,
                    enrollment=enrollment,
                    status=status,
                    recorded_by=staff,
                    recorded_at=session.ends_at,
                )
            )
        workshop = cohort.workshop
        if cohort.status == CohortStatus.FINISHED and held and counting >= workshop.min_sessions_attended:
            certificate_rows.append(
                Certificate(
                    enrollment=enrollment,
                    code=new_code(),
                    holder_name=enrollment.member.display_name,
                    certificate_title=workshop.certificate_title or workshop.title,
                    started_on=held[0].starts_at.date(),
                    completed_on=held[-1].starts_at.date(),
                    sessions_attended=counting,
                    sessions_total=len(held),
                    issued_at=held[-1].ends_at + timedelta(days=1),
                    issued_on=(held[-1].ends_at + timedelta(days=1)).date(),
                    issued_by=staff,
                    # No PDF is rendered for scale data (bench/certificates.py measures rendering).
                    render_state="pending",
                )
            )
    AttendanceRecord.objects.bulk_create(attendance_rows, batch_size=BATCH)
    counts.attendance = len(attendance_rows)
    Certificate.objects.bulk_create(certificate_rows, batch_size=BATCH)
    counts.certificates = len(certificate_rows)
    return counts
