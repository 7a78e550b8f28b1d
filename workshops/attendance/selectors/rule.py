"""The workshop's completion rule applied to a cohort: mark counts and who meets it.

The certificates feature reads eligibility from here (via workshops.attendance.selectors).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from learning.models import LessonCompletion, LessonPage
from workshops.models import (
    AttendanceRecord,
    AttendanceStatus,
    Cohort,
    Enrollment,
    EnrollmentStatus,
    WorkshopPage,
    WorkshopRequiredModule,
)
from workshops.models.cohorts import held_sessions

# Marks that mean the member was there, at least for part of the session: rates and turnout.
ATTENDED_STATUSES = frozenset({AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY})


def display_name(member) -> str:
    """How staff screens and exports name a member: their display name, else their email."""
    return member.display_name or member.email


def labels(choices) -> dict[str, str]:
    """Each choice's label in the current language, translated once for a whole table (a model's
    get_FOO_display() translates again on every row)."""
    return {value: str(label) for value, label in choices}


def counted_statuses(workshop: WorkshopPage) -> frozenset[str]:
    """The marks that count towards the workshop's completion rule, from its four flags."""
    flags = {
        AttendanceStatus.PRESENT: workshop.count_present,
        AttendanceStatus.LATE: workshop.count_late,
        AttendanceStatus.LEFT_EARLY: workshop.count_left_early,
        AttendanceStatus.EXCUSED: workshop.count_excused,
    }
    return frozenset(status.value for status, counts in flags.items() if counts)


def attendance_counts(*, cohort: Cohort, now=None) -> dict[int, dict[str, int]]:
    """enrollment id -> {status: number of sessions with that mark}, in one query.

    Only marks of sessions held by now count: a cancelled session did not happen, and an
    apology sent ahead of time for a coming one is not yet an attended (or excused) session.
    Enrollments without any mark are absent from the result (treat them as all zeros).
    """
    rows = (
        AttendanceRecord.objects.filter(session__cohort=cohort, enrollment__isnull=False)
        .filter(held_sessions(now or timezone.now(), prefix="session__"))
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


def required_modules(workshop_id: int) -> list:
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
    # Lessons are matched by translation_key: a lesson read in another language counts.
    lessons = list(
        LessonPage.objects.live()
        .filter(reduce(or_, (Q(path__startswith=m.path, depth=m.depth + 1) for m in modules)))
        .values_list("translation_key", "path")
    )
    lessons_of = {m.pk: {key for key, path in lessons if path.startswith(m.path)} for m in modules}
    done: dict[int, set] = defaultdict(set)
    for user_id, lesson_key in LessonCompletion.objects.filter(
        user_id__in=member_ids, lesson__translation_key__in=[key for key, _path in lessons]
    ).values_list("user_id", "lesson__translation_key"):
        done[user_id].add(lesson_key)
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


def completion_for(
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


def workshop_rule(cohort: Cohort, *, with_title: bool = False) -> WorkshopPage:
    """The cohort's workshop with its completion rule (and title, for a page that shows it)."""
    if Cohort.workshop.is_cached(cohort):  # the caller already read it with the cohort
        return cohort.workshop
    fields = ["id", "min_sessions_attended", "count_present", "count_late", "count_left_early", "count_excused"]
    return WorkshopPage.objects.only(*fields, *(["title"] if with_title else [])).get(pk=cohort.workshop_id)


def completion_status(*, cohort: Cohort, now=None) -> dict[int, CompletionStatus]:
    """enrollment id -> CompletionStatus for every enrolled member of the cohort.

    At most six queries whatever the cohort's size: the workshop's rule, its required modules,
    their live lessons, the enrollments, the attendance counts and the lesson completions.
    """
    workshop = workshop_rule(cohort)
    modules = required_modules(workshop.pk)
    members = dict(
        Enrollment.objects.filter(cohort=cohort, status=EnrollmentStatus.ENROLLED).values_list("id", "member_id")
    )
    return completion_for(
        workshop=workshop, modules=modules, members=members, counts=attendance_counts(cohort=cohort, now=now)
    )
