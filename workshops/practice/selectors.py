"""Reads for weekly practice. Each takes a fixed number of queries, whatever the number of
groups, sessions or answers.

Members read only their own answers. Facilitators read `practice_counts`, which returns
numbers alone, with small numbers hidden so no one's answer can be worked out.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Q
from django.utils import timezone

from workshops.models import (
    Cohort,
    CohortSession,
    Enrollment,
    EnrollmentStatus,
    PracticeAnswer,
    PracticeChoice,
    SessionStatus,
    WorkshopPage,
)
from workshops.practice.services import PRACTICE_COHORT_STATUSES
from workshops.practice.window import current_practice_session
from workshops.selectors import WORKSHOP_LONG_TEXTS, MemberWorkshops

# Counts below this show as "fewer than 3": in a small group a count of 1 or 2 says who.
SMALLEST_SHOWN_COUNT = 3


@dataclass
class ThisWeeksPractice:
    """One group's open practice for the member: the homework, and their answer if any."""

    session: CohortSession
    cohort: Cohort
    homework: object  # the curriculum's RichText, in the group's language; None if the outline has none
    closes_at: datetime
    answer: PracticeAnswer | None


def _workshops_in_languages(cohorts: list[Cohort]) -> dict[tuple[int, str], WorkshopPage]:
    """Each cohort's workshop in the cohort's language (else the workshop itself), one query."""
    source_ids = {cohort.workshop_id for cohort in cohorts}
    if not source_ids:
        return {}
    pages = list(
        WorkshopPage.objects.live()
        .filter(
            Q(pk__in=source_ids)
            | Q(translation_key__in=WorkshopPage.objects.filter(pk__in=source_ids).values("translation_key"))
        )
        .select_related("locale")
        .defer(*(name for name in WORKSHOP_LONG_TEXTS if name != "outline"))
    )
    by_pk = {page.pk: page for page in pages}
    by_key_language = {(page.translation_key, page.locale.language_code): page for page in pages}
    found = {}
    for cohort in cohorts:
        source = by_pk.get(cohort.workshop_id)
        if source is None:
            continue  # the workshop is not live: nothing to practise from it
        found[(cohort.workshop_id, cohort.language)] = by_key_language.get(
            (source.translation_key, cohort.language), source
        )
    return found


def _homework(workshops: dict, cohort: Cohort, session: CohortSession):
    """The session's homework (RichText), read from the outline's stored data: the card shows
    nothing else of the session, and converting its blocks would load every linked lesson."""
    workshop = workshops.get((cohort.workshop_id, cohort.language))
    if workshop is None:
        return None
    sessions = [item for item in workshop.outline.raw_data if item["type"] == "session"]
    if session.outline_block_id:
        item = next((item for item in sessions if item.get("id") == session.outline_block_id), None)
    else:  # as outline_block_of: the session's number in the outline
        item = sessions[session.number - 1] if session.number <= len(sessions) else None
    if item is None:
        return None
    homework_block = workshop.outline.stream_block.child_blocks["session"].child_blocks["homework"]
    return homework_block.to_python(item["value"].get("homework", ""))


@dataclass
class MemberPractice:
    """The practice card of /me/: each group's open practice, and the member's practice notes."""

    this_week: list[ThisWeeksPractice]
    notes: list[PracticeAnswer]


def member_practice(*, user, groups: MemberWorkshops, notes: int, now: datetime | None = None) -> MemberPractice:
    """Open practice per enrolled group and the latest `notes` practice notes, from the groups
    and sessions /me/ has read already: one query for the member's answers, one more for the
    curricula when some practice is open."""
    now = now or timezone.now()
    sessions_by_cohort: dict[int, list[CohortSession]] = defaultdict(list)
    for session in groups.sessions:
        sessions_by_cohort[session.cohort_id].append(session)
    open_now = []
    for enrollment in groups.enrolled:
        if enrollment.cohort.status not in PRACTICE_COHORT_STATUSES:
            continue
        current = current_practice_session(sessions_by_cohort[enrollment.cohort_id], now)
        if current is not None:
            open_now.append((enrollment, *current))
    # All of the member's answers, newest first: a handful per group, so one read serves both
    # the open practice and the journal notes.
    answers = practice_history(user=user)
    by_session = {answer.session_id: answer for answer in answers}
    workshops = _workshops_in_languages([e.cohort for e, _s, _c in open_now]) if open_now else {}
    this_week = []
    for enrollment, session, closes_at in open_now:
        homework = _homework(workshops, enrollment.cohort, session)
        if homework is not None:
            this_week.append(
                ThisWeeksPractice(
                    session=session,
                    cohort=enrollment.cohort,
                    homework=homework,
                    closes_at=closes_at,
                    answer=by_session.get(session.pk),
                )
            )
    journal = sorted((a for a in answers if a.note), key=lambda a: (a.updated_at, a.pk), reverse=True)[:notes]
    return MemberPractice(this_week=this_week, notes=journal)


def practice_history(*, user, cohort_id: int | None = None) -> list[PracticeAnswer]:
    """The member's own answers, newest session first, each with its session and group: one query."""
    answers = PracticeAnswer.objects.filter(enrollment__member=user)
    if cohort_id is not None:
        answers = answers.filter(session__cohort_id=cohort_id)
    return list(answers.select_related("session__cohort").order_by("-session__starts_at", "-pk"))


# --- facilitators: counts only ------------------------------------------------------------


@dataclass(frozen=True)
class ShownCount:
    """A count as a facilitator may see it: the number, or a bound when the number is hidden."""

    value: int | None  # None when hidden
    hidden_as: str = ""  # "fewer" (the count is under 3) or "at_least" (hidden so others can't be worked out)

    @property
    def is_hidden(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class PracticeCounts:
    session: CohortSession
    members: int  # enrolled in the group now
    tried: ShownCount
    not_this_week: ShownCount

    @property
    def group_too_small(self) -> bool:
        """In a group of 3 or fewer every count but "all of them" is under 3 and hidden, so its
        line read "fewer than 3 of 2 tried it · fewer than 3 said not this week": none is shown."""
        return self.members <= SMALLEST_SHOWN_COUNT


def shown_counts(*, members: int, tried: int, not_this_week: int) -> tuple[ShownCount, ShownCount]:
    """Hide small counts, and one more count when the rest would give a small one away.

    The group's size is known to the facilitator, so "not answered" = members - tried -
    not this week. When both counts show and that rest is 1 or 2, the smaller count is hidden
    too (shown as "3 or more"), so the rest cannot be worked out by subtracting.
    """

    def primary(count: int) -> ShownCount:
        return ShownCount(None, "fewer") if count < SMALLEST_SHOWN_COUNT else ShownCount(count)

    shown_tried, shown_not = primary(tried), primary(not_this_week)
    rest = members - tried - not_this_week
    if not shown_tried.is_hidden and not shown_not.is_hidden and 0 < rest < SMALLEST_SHOWN_COUNT:
        if not_this_week <= tried:
            shown_not = ShownCount(None, "at_least")
        else:
            shown_tried = ShownCount(None, "at_least")
    return shown_tried, shown_not


def practice_counts(*, sessions: list[CohortSession]) -> dict[int, PracticeCounts]:
    """Per session, how many of the group's enrolled members tried its practice and how many
    said not this week: numbers only, never who and never notes. Two queries for any number
    of sessions (their groups' sizes, then the answers)."""
    if not sessions:
        return {}
    cohort_ids = {session.cohort_id for session in sessions}
    members = dict(
        Enrollment.objects.filter(cohort_id__in=cohort_ids, status=EnrollmentStatus.ENROLLED)
        .order_by()
        .values("cohort_id")
        .annotate(n=Count("pk"))
        .values_list("cohort_id", "n")
    )
    # Only answers of members still enrolled count, so the numbers stay within the group's size.
    answered = {
        row["session_id"]: row
        for row in PracticeAnswer.objects.filter(session__in=sessions, enrollment__status=EnrollmentStatus.ENROLLED)
        .order_by()
        .values("session_id")
        .annotate(
            tried=Count("pk", filter=Q(answer=PracticeChoice.TRIED)),
            not_this_week=Count("pk", filter=Q(answer=PracticeChoice.NOT_THIS_WEEK)),
        )
    }
    counts = {}
    for session in sessions:
        row = answered.get(session.pk, {"tried": 0, "not_this_week": 0})
        size = members.get(session.cohort_id, 0)
        tried, not_this_week = shown_counts(members=size, tried=row["tried"], not_this_week=row["not_this_week"])
        counts[session.pk] = PracticeCounts(session=session, members=size, tried=tried, not_this_week=not_this_week)
    return counts


def with_practice_counts(sessions: list[CohortSession], now: datetime | None = None) -> list[CohortSession]:
    """The sessions, each with `.practice`: its PracticeCounts once it has started (its practice
    is set then), else None. Two queries."""
    now = now or timezone.now()
    counts = practice_counts(sessions=[s for s in sessions if s.starts_at <= now and not s.is_cancelled])
    for session in sessions:
        session.practice = counts.get(session.pk)
    return sessions


def practice_counts_before(*, session: CohortSession) -> PracticeCounts | None:
    """For the check-in of `session`: the counts of the practice set at the group's previous
    session (not cancelled), or None for the first session. Three queries."""
    previous = (
        CohortSession.objects.filter(cohort_id=session.cohort_id, starts_at__lt=session.starts_at)
        .exclude(status=SessionStatus.CANCELLED)
        .order_by("-starts_at", "-pk")
        .first()
    )
    return practice_counts(sessions=[previous])[previous.pk] if previous is not None else None


# --- the session page -----------------------------------------------------------------------


@dataclass
class SessionPractice:
    """What the session page shows an enrolled member about practice."""

    is_open: bool  # this session's practice can be answered now
    closes_at: datetime | None
    answer: PracticeAnswer | None  # the member's answer to this session's practice
    history: list[PracticeAnswer]  # all their answers in this group, newest first


def session_practice(*, view, user, now: datetime | None = None) -> SessionPractice | None:
    """For an enrolled member's session page (a `SessionView`): two queries; None for others."""
    if not view.is_enrolled:
        return None
    now = now or timezone.now()
    current = current_practice_session(list(view.cohort.sessions.order_by("starts_at", "pk")), now)
    is_open = (
        current is not None and current[0].pk == view.session.pk and view.cohort.status in PRACTICE_COHORT_STATUSES
    )
    history = practice_history(user=user, cohort_id=view.cohort.pk)
    answer = next((item for item in history if item.session_id == view.session.pk), None)
    return SessionPractice(is_open=is_open, closes_at=current[1] if is_open else None, answer=answer, history=history)
