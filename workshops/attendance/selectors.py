"""Reads for attendance. Each takes a fixed number of queries, whatever the size of the cohort.

Rosters and marks are for staff and facilitators only; the views that call these check that.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import reduce
from operator import or_

from django.db.models import Count, F, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from learning.models import LessonCompletion, LessonPage
from workshops.attendance.codes import check_in_code, spoken
from workshops.models import (
    AttendanceApology,
    AttendanceRecord,
    AttendanceStatus,
    Cohort,
    CohortSession,
    CohortStatus,
    Enrollment,
    EnrollmentStatus,
    SessionArrival,
    SessionStatus,
    WorkshopPage,
    WorkshopRequiredModule,
)


def counted_statuses(workshop: WorkshopPage) -> frozenset[str]:
    """The marks that count towards the workshop's completion rule, from its four flags."""
    flags = {
        AttendanceStatus.PRESENT: workshop.count_present,
        AttendanceStatus.LATE: workshop.count_late,
        AttendanceStatus.LEFT_EARLY: workshop.count_left_early,
        AttendanceStatus.EXCUSED: workshop.count_excused,
    }
    return frozenset(status.value for status, counts in flags.items() if counts)


def attendance_counts(*, cohort: Cohort) -> dict[int, dict[str, int]]:
    """enrollment id -> {status: number of sessions with that mark}, in one query.

    Marks on cancelled sessions are left out: a session that did not happen cannot be attended.
    Enrollments without any mark are absent from the result (treat them as all zeros).
    """
    rows = (
        AttendanceRecord.objects.filter(session__cohort=cohort, enrollment__isnull=False)
        .exclude(session__status=SessionStatus.CANCELLED)
        .order_by()
        .values("enrollment_id", "status")
        .annotate(n=Count("pk"))
    )
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for row in rows:
        counts[row["enrollment_id"]][row["status"]] = row["n"]
    return dict(counts)


@dataclass(frozen=True)
class CompletionStatus:
    """Where one member stands against the workshop's completion rule."""

    attended: int  # sessions with a mark that counts
    required: int  # the rule's minimum
    modules_missing: tuple[str, ...] = field(default=())  # titles of required modules not finished
    meets_rule: bool = False
    reason: str = ""


def _required_modules(workshop_id: int) -> list:
    return [
        link.module
        for link in WorkshopRequiredModule.objects.filter(workshop_id=workshop_id)
        .select_related("module")
        .only("module__id", "module__title", "module__path", "module__depth")
        .order_by("sort_order", "pk")
    ]


def _finished_modules_by_member(*, modules: list, member_ids) -> dict[int, set[int]]:
    """member id -> ids of the given modules whose live lessons that member completed. Two queries.

    The same rule as workshops.selectors.modules_completed_by (a module without live lessons
    is never finished), for a whole cohort at once.
    """
    if not modules:
        return {}
    lessons = list(
        LessonPage.objects.live()
        .filter(reduce(or_, (Q(path__startswith=m.path, depth=m.depth + 1) for m in modules)))
        .values_list("id", "path")
    )
    lessons_of = {m.pk: {pk for pk, path in lessons if path.startswith(m.path)} for m in modules}
    done: dict[int, set[int]] = defaultdict(set)
    for user_id, lesson_id in LessonCompletion.objects.filter(
        user_id__in=member_ids, lesson_id__in=[pk for pk, _path in lessons]
    ).values_list("user_id", "lesson_id"):
        done[user_id].add(lesson_id)
    return {
        user_id: {module_pk for module_pk, own in lessons_of.items() if own and own <= finished}
        for user_id, finished in done.items()
    }


def _reason(*, attended: int, required: int, missing: tuple[str, ...]) -> str:
    parts = []
    if attended < required:
        parts.append(
            _("attended %(attended)s of the required %(required)s") % {"attended": attended, "required": required}
        )
    if missing:
        parts.append(
            ngettext("module not finished: %(titles)s", "modules not finished: %(titles)s", len(missing))
            % {"titles": ", ".join(missing)}
        )
    if not parts:
        return _("attended %(attended)s of the required %(required)s; meets the rule") % {
            "attended": attended,
            "required": required,
        }
    return "; ".join(parts)


def _completion(
    *, workshop: WorkshopPage, modules: list, members: dict[int, int], counts: dict[int, dict[str, int]]
) -> dict[int, CompletionStatus]:
    """The rule applied to members (enrollment id -> member id) with their mark counts. Two queries at most."""
    counting = counted_statuses(workshop)
    finished = _finished_modules_by_member(modules=modules, member_ids=list(members.values()))
    required = workshop.min_sessions_attended
    result = {}
    for enrollment_id, member_id in members.items():
        attended = sum(n for status, n in counts.get(enrollment_id, {}).items() if status in counting)
        done = finished.get(member_id, set())
        missing = tuple(m.title for m in modules if m.pk not in done)
        result[enrollment_id] = CompletionStatus(
            attended=attended,
            required=required,
            modules_missing=missing,
            meets_rule=attended >= required and not missing,
            reason=_reason(attended=attended, required=required, missing=missing),
        )
    return result


def _rule_of(cohort: Cohort) -> WorkshopPage:
    return WorkshopPage.objects.only(
        "id", "min_sessions_attended", "count_present", "count_late", "count_left_early", "count_excused"
    ).get(pk=cohort.workshop_id)


def completion_status(*, cohort: Cohort) -> dict[int, CompletionStatus]:
    """enrollment id -> CompletionStatus for every enrolled member of the cohort.

    At most six queries whatever the cohort's size: the workshop's rule, its required modules,
    their live lessons, the enrollments, the attendance counts and the lesson completions.
    """
    workshop = _rule_of(cohort)
    modules = _required_modules(workshop.pk)
    members = dict(
        Enrollment.objects.filter(cohort=cohort, status=EnrollmentStatus.ENROLLED).values_list("id", "member_id")
    )
    return _completion(workshop=workshop, modules=modules, members=members, counts=attendance_counts(cohort=cohort))


# --- the staff sheet for one session ---------------------------------------------------------------

# Marks that mean the member was there, at least for part of the session: rates and turnout.
ATTENDED_STATUSES = frozenset({AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY})
# A check-in or Join this long after the start suggests 'late' rather than 'present'.
LATE_AFTER = timedelta(minutes=10)


@dataclass
class SheetRow:
    enrollment_id: int
    name: str
    relationship: str
    status: str  # the stored mark, "" when there is none
    note: str
    marked_by_apology: bool = False  # 'excused' set by the member's apology, not by staff
    apology: AttendanceApology | None = None
    joined_at: datetime | None = None
    checked_in_at: datetime | None = None
    suggestion: str = ""  # a mark the member's own check-in or Join suggests, if it differs

    @property
    def suggestion_label(self) -> str:
        return AttendanceStatus(self.suggestion).label if self.suggestion else ""


@dataclass
class Sheet:
    session: CohortSession
    cohort: Cohort
    rows: list[SheetRow]
    code: str
    check_in_open: bool

    @property
    def counts(self) -> list[tuple[str, int]]:
        marked = [row.status for row in self.rows if row.status]
        return [(label, marked.count(value)) for value, label in AttendanceStatus.choices]

    @property
    def unmarked(self) -> int:
        return sum(1 for row in self.rows if not row.status)


def _suggest(*, session: CohortSession, first_sign: datetime | None, stored: str) -> str:
    if first_sign is None:
        return ""
    suggestion = AttendanceStatus.PRESENT if first_sign <= session.starts_at + LATE_AFTER else AttendanceStatus.LATE
    # Staff already recorded them as there: nothing to suggest. Otherwise staff decide.
    return "" if stored in ATTENDED_STATUSES else suggestion.value


def _display_name(member) -> str:
    return member.display_name or member.email


def attendance_sheet(*, session_id, now: datetime | None = None) -> Sheet | None:
    """Everyone enrolled in the session's group with their mark, apology and own check-in. Five queries.

    Staff only: the caller checks may_take_attendance for sheet.cohort.
    """
    now = now or timezone.now()
    try:
        session_pk = int(session_id)
    except (TypeError, ValueError):
        return None
    session = CohortSession.objects.select_related("cohort__workshop").filter(pk=session_pk).first()
    if session is None:
        return None
    enrollments = list(
        Enrollment.objects.filter(cohort_id=session.cohort_id, status=EnrollmentStatus.ENROLLED)
        .select_related("member")
        .only("id", "relationship", "member__id", "member__display_name", "member__email")
        .order_by("member__display_name", "pk")
    )
    records = {
        r.enrollment_id: r
        for r in AttendanceRecord.objects.filter(session=session, enrollment__isnull=False).only(
            "enrollment_id", "status", "note", "recorded_by_id"
        )
    }
    apologies = {a.enrollment_id: a for a in AttendanceApology.objects.filter(session=session)}
    arrivals = {a.enrollment_id: a for a in SessionArrival.objects.filter(session=session)}
    rows = []
    for enrollment in enrollments:
        record = records.get(enrollment.pk)
        arrival = arrivals.get(enrollment.pk)
        stored = record.status if record else ""
        joined_at = arrival.joined_at if arrival else None
        checked_in_at = arrival.checked_in_at if arrival else None
        rows.append(
            SheetRow(
                enrollment_id=enrollment.pk,
                name=_display_name(enrollment.member),
                relationship=enrollment.get_relationship_display(),
                status=stored,
                note=record.note if record else "",
                marked_by_apology=bool(record and record.recorded_by_id is None and enrollment.pk in apologies),
                apology=apologies.get(enrollment.pk),
                joined_at=joined_at,
                checked_in_at=checked_in_at,
                suggestion=_suggest(session=session, first_sign=checked_in_at or joined_at, stored=stored),
            )
        )
    return Sheet(
        session=session,
        cohort=session.cohort,
        rows=rows,
        code=spoken(check_in_code(session)),
        check_in_open=session.join_window_contains(now),
    )


# --- the cohort report: members x sessions ------------------------------------------------------------


@dataclass
class MatrixColumn:
    session: CohortSession
    held: bool  # started and not cancelled: counts towards rates
    attended: int = 0
    marked: int = 0

    @property
    def turnout_percent(self) -> int | None:
        return round(100 * self.attended / self.marked) if self.marked else None


@dataclass
class MatrixRow:
    enrollment_id: int
    name: str
    relationship: str
    marks: list[str]  # one per column, "" when unmarked
    attended: int
    held: int
    completion: CompletionStatus

    @property
    def rate_percent(self) -> int | None:
        return round(100 * self.attended / self.held) if self.held else None


@dataclass
class Matrix:
    cohort: Cohort
    columns: list[MatrixColumn]
    rows: list[MatrixRow]
    counted: frozenset[str]

    @property
    def meeting_rule(self) -> int:
        return sum(1 for row in self.rows if row.completion.meets_rule)


def cohort_attendance_matrix(*, cohort: Cohort, now: datetime | None = None) -> Matrix:
    """Enrolled members x sessions with their marks, rates, turnout and the completion rule.

    Seven queries whatever the size: the rule, required modules, their lessons, sessions,
    enrollments, marks and lesson completions. A member's rate is the share of sessions held so
    far (started, not cancelled) they attended at least in part; a session's turnout is the
    share of marked members who were there.
    """
    now = now or timezone.now()
    workshop = _rule_of(cohort)
    modules = _required_modules(workshop.pk)
    sessions = list(cohort.sessions.order_by("number"))
    enrollments = list(
        Enrollment.objects.filter(cohort=cohort, status=EnrollmentStatus.ENROLLED)
        .select_related("member")
        .only("id", "relationship", "member__id", "member__display_name", "member__email")
        .order_by("member__display_name", "pk")
    )
    marks: dict[tuple[int, int], str] = {
        (enrollment_id, session_id): status
        for enrollment_id, session_id, status in AttendanceRecord.objects.filter(
            session__cohort=cohort, enrollment__cohort=cohort, enrollment__status=EnrollmentStatus.ENROLLED
        ).values_list("enrollment_id", "session_id", "status")
    }
    columns = [MatrixColumn(session=s, held=not s.is_cancelled and s.starts_at <= now) for s in sessions]
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    rows = []
    for enrollment in enrollments:
        row_marks = [marks.get((enrollment.pk, column.session.pk), "") for column in columns]
        attended = 0
        for column, mark in zip(columns, row_marks, strict=True):
            if not mark or column.session.is_cancelled:
                continue
            counts[enrollment.pk][mark] = counts[enrollment.pk].get(mark, 0) + 1
            column.marked += 1
            if mark in ATTENDED_STATUSES:
                column.attended += 1
                if column.held:
                    attended += 1
        rows.append(
            MatrixRow(
                enrollment_id=enrollment.pk,
                name=_display_name(enrollment.member),
                relationship=enrollment.get_relationship_display(),
                marks=row_marks,
                attended=attended,
                held=sum(1 for column in columns if column.held),
                completion=None,  # filled below, for all members at once
            )
        )
    completion = _completion(
        workshop=workshop,
        modules=modules,
        members={e.pk: e.member_id for e in enrollments},
        counts=counts,
    )
    for row in rows:
        row.completion = completion[row.enrollment_id]
    return Matrix(cohort=cohort, columns=columns, rows=rows, counted=counted_statuses(workshop))


# --- program-wide: attendance rate per cohort ------------------------------------------------------------


@dataclass
class CohortRate:
    cohort: Cohort
    sessions: int  # held in the range (not cancelled)
    marks: int
    attended: int

    @property
    def rate_percent(self) -> int | None:
        return round(100 * self.attended / self.marks) if self.marks else None


def _count_subquery(queryset) -> Coalesce:
    rows = queryset.order_by().values("cohort_key").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def program_attendance(*, cohorts, start: datetime, end: datetime, now: datetime | None = None) -> list[CohortRate]:
    """Per cohort (of those given), the sessions held between start and end (started by now, not
    cancelled) and the share of their marks that say the member was there. One query,
    whatever the number of cohorts."""
    end = min(end, now or timezone.now())
    in_range = {"starts_at__gte": start, "starts_at__lt": end}
    sessions = (
        CohortSession.objects.filter(cohort=OuterRef("pk"), **in_range)
        .exclude(status=SessionStatus.CANCELLED)
        .annotate(cohort_key=F("cohort_id"))
    )
    records = (
        AttendanceRecord.objects.filter(
            session__cohort=OuterRef("pk"), **{f"session__{k}": v for k, v in in_range.items()}
        )
        .exclude(session__status=SessionStatus.CANCELLED)
        .annotate(cohort_key=F("session__cohort_id"))
    )
    rows = (
        cohorts.select_related("workshop")
        .annotate(
            sessions_in_range=_count_subquery(sessions),
            marks_in_range=_count_subquery(records),
            attended_in_range=_count_subquery(records.filter(status__in=ATTENDED_STATUSES)),
        )
        .filter(sessions_in_range__gt=0)
        .order_by("workshop__title", "name", "pk")
    )
    return [
        CohortRate(
            cohort=cohort,
            sessions=cohort.sessions_in_range,
            marks=cohort.marks_in_range,
            attended=cohort.attended_in_range,
        )
        for cohort in rows
    ]


# --- the member's own attendance, for /me/ ------------------------------------------------------------


@dataclass
class OwnSession:
    session: CohortSession
    status: str  # "" while nothing is recorded

    @property
    def label(self) -> str:
        return AttendanceStatus(self.status).label if self.status else ""


@dataclass
class OwnCohort:
    cohort: Cohort
    sessions: list[OwnSession]


def member_attendance(*, user, now: datetime | None = None) -> list[OwnCohort]:
    """The member's own marks, per group they are enrolled in, for sessions that have started.
    Three queries. Never anyone else's."""
    now = now or timezone.now()
    enrollments = list(
        Enrollment.objects.filter(member=user, status=EnrollmentStatus.ENROLLED)
        .exclude(cohort__status=CohortStatus.DRAFT)
        .select_related("cohort")
        .order_by("cohort__first_session_on", "cohort__pk")
    )
    if not enrollments:
        return []
    cohort_ids = [e.cohort_id for e in enrollments]
    sessions = list(
        CohortSession.objects.filter(cohort_id__in=cohort_ids, starts_at__lte=now)
        .exclude(status=SessionStatus.CANCELLED)
        .order_by("starts_at", "pk")
    )
    marks = dict(
        AttendanceRecord.objects.filter(enrollment__in=[e.pk for e in enrollments]).values_list("session_id", "status")
    )
    by_cohort: dict[int, list[OwnSession]] = defaultdict(list)
    for session in sessions:
        by_cohort[session.cohort_id].append(OwnSession(session=session, status=marks.get(session.pk, "")))
    return [OwnCohort(cohort=e.cohort, sessions=by_cohort[e.cohort_id]) for e in enrollments if by_cohort[e.cohort_id]]


# --- the member's own session page --------------------------------------------------------------


@dataclass
class OwnSessionState:
    """What an enrolled member can do about attendance on a session page, and what they did."""

    enrollment_id: int
    apology: AttendanceApology | None
    arrival: SessionArrival | None
    mark: str
    can_send_apology: bool
    can_check_in: bool

    @property
    def mark_label(self) -> str:
        return AttendanceStatus(self.mark).label if self.mark else ""


def member_session_state(*, view, now: datetime | None = None) -> OwnSessionState | None:
    """For the session page (a workshops.selectors.SessionView): None unless the viewer is enrolled.
    Three queries."""
    if not view.is_enrolled:
        return None
    now = now or timezone.now()
    session, enrollment = view.session, view.enrollment
    running = not session.is_cancelled and view.cohort.status in (CohortStatus.OPEN, CohortStatus.RUNNING)
    mark = (
        AttendanceRecord.objects.filter(session=session, enrollment=enrollment).values_list("status", flat=True).first()
    )
    return OwnSessionState(
        enrollment_id=enrollment.pk,
        apology=AttendanceApology.objects.filter(session=session, enrollment=enrollment).first(),
        arrival=SessionArrival.objects.filter(session=session, enrollment=enrollment).first(),
        mark=mark or "",
        can_send_apology=running and now < session.starts_at,
        can_check_in=running and session.join_window_contains(now),
    )
