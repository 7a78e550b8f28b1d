"""Writes for attendance: the staff sheet, apologies, self check-in and Join clicks.

Staff marks are the record. What members do themselves (check in, press Join) is kept
beside it as a suggestion and never changes a mark; an apology marks the member excused
only while staff have not marked them. Every change to a mark is written to Wagtail's
audit log on the cohort, with ids, never names.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from http import HTTPStatus

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, FilteredRelation, Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cms.cache_backends import cache_is_reachable
from cms.task_queue import enqueue_with_transaction
from workshops import tasks
from workshops.attendance.codes import code_matches
from workshops.attendance.permissions import may_take_attendance
from workshops.models import (
    AttendanceApology,
    AttendanceRecord,
    AttendanceStatus,
    CohortSession,
    CohortStatus,
    Enrollment,
    EnrollmentStatus,
    SessionArrival,
)
from workshops.models.attendance_extras import APOLOGY_NOTE_MAX
from workshops.models.cohorts import JOIN_OPENS_BEFORE
from workshops.services import WorkshopError, lock_cohort_of_session

NOTE_MAX = AttendanceRecord._meta.get_field("note").max_length
# Wrong check-in codes: this many per member within the window, then every try is refused
# until the window (counted from the first wrong code) has passed.
WRONG_CODES_ALLOWED = 5
WRONG_CODE_WINDOW_SECONDS = 60
# Cohorts whose sessions are happening: members can check in, send apologies, press Join.
RUNNING_COHORT_STATUSES = (CohortStatus.OPEN, CohortStatus.RUNNING)

LOG_SHEET_SAVED = "workshops.attendance_recorded"
LOG_APOLOGY_SENT = "workshops.attendance_apology_sent"
LOG_APOLOGY_WITHDRAWN = "workshops.attendance_apology_withdrawn"


class AttendanceRefused(WorkshopError):
    """A request the rules refuse, with the HTTP status the view should answer with."""

    def __init__(self, message: str, *, status: HTTPStatus = HTTPStatus.BAD_REQUEST):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Mark:
    enrollment_id: int
    status: str
    note: str = ""


@dataclass
class SheetSaved:
    changed: int = 0
    # Rows for people no longer enrolled in the group (they left while the sheet was open).
    skipped: list[int] = field(default_factory=list)


# --- staff: the attendance sheet -----------------------------------------------------------


def _check_marks(marks: Sequence[Mark]) -> None:
    for mark in marks:
        if mark.status not in AttendanceStatus.values:
            raise AttendanceRefused(_("Please choose one of the attendance options for every marked row."))
        if len(mark.note) > NOTE_MAX:
            raise AttendanceRefused(_("A note can be at most %(max)s characters.") % {"max": NOTE_MAX})


def _refuse_marks_ahead_of_time(*, session: CohortSession, changes: Sequence[Mark], now: datetime) -> None:
    """Before a session starts, nobody can have attended or missed it: the only mark staff may
    record ahead of time is an apology (excused). Certificates count these marks."""
    if now < session.starts_at and any(mark.status != AttendanceStatus.EXCUSED for mark in changes):
        raise AttendanceRefused(
            _(
                "This session has not started yet, so nobody can be marked present, late or absent. "
                "Before it starts you can only record an apology (Excused)."
            ),
            status=HTTPStatus.CONFLICT,
        )


def attendance_sheet_save(*, session_id: int, by, marks: Sequence[Mark], now: datetime | None = None) -> SheetSaved:
    """Record the marks of one session with one upsert (bulk_create with update_conflicts), and log
    every change.

    A constant number of queries on PostgreSQL whatever the number of rows (SQLite splits an
    insert of more than 999 parameters, some 140 rows, into several). The session row is locked for
    the transaction, so when two staff save the same sheet at once the saves run one after
    the other: each row ends with the last save's mark, and each save logs exactly what it
    changed. Rows for people who are not enrolled any more are skipped and reported.
    """
    _check_marks(marks)
    now = now or timezone.now()
    with transaction.atomic():
        # The cohort's row first, then the session's: the order every attendance write uses.
        lock_cohort_of_session(session_id)
        session = (
            CohortSession.objects.select_for_update(of=("self",)).select_related("cohort").filter(pk=session_id).first()
        )
        if session is None:
            raise AttendanceRefused(_("We could not find that session."), status=HTTPStatus.NOT_FOUND)
        if not may_take_attendance(user=by, cohort=session.cohort):
            raise AttendanceRefused(
                _("Only program staff and this group's facilitators can take attendance."), status=HTTPStatus.FORBIDDEN
            )
        if session.is_cancelled:
            raise AttendanceRefused(
                _("This session was cancelled, so it has no attendance."), status=HTTPStatus.CONFLICT
            )
        # Who is enrolled now, with this session's stored mark: one query, read under the lock.
        stored: dict[int, tuple[str, str] | None] = {
            enrollment_id: None if status is None else (status, note)
            for enrollment_id, status, note in Enrollment.objects.filter(
                cohort_id=session.cohort_id, status=EnrollmentStatus.ENROLLED
            )
            .annotate(mark=FilteredRelation("attendance", condition=Q(attendance__session_id=session.pk)))
            .values_list("id", "mark__status", "mark__note")
        }
        enrolled = stored.keys()
        wanted = {mark.enrollment_id: mark for mark in marks}
        changes = [
            mark
            for enrollment_id, mark in wanted.items()
            if enrollment_id in enrolled and stored.get(enrollment_id) != (mark.status, mark.note)
        ]
        _refuse_marks_ahead_of_time(session=session, changes=changes, now=now)
        result = SheetSaved(changed=len(changes), skipped=sorted(set(wanted) - enrolled))
        if not changes:
            return result
        # An upsert on the (enrollment, session) unique constraint: a row written meanwhile by a
        # member's apology is replaced, never an IntegrityError.
        AttendanceRecord.objects.bulk_create(
            [
                AttendanceRecord(
                    session_id=session.pk,
                    enrollment_id=mark.enrollment_id,
                    status=mark.status,
                    note=mark.note,
                    recorded_by=by,
                    recorded_at=now,
                )
                for mark in changes
            ],
            update_conflicts=True,
            unique_fields=["enrollment", "session"],
            update_fields=["status", "note", "recorded_by", "recorded_at"],
        )
        log(
            instance=session.cohort,
            action=LOG_SHEET_SAVED,
            user=by,
            timestamp=now,
            data={
                "session": session.pk,
                "number": session.number,
                "changes": [
                    {
                        "enrollment": mark.enrollment_id,
                        "from": (stored[mark.enrollment_id] or (None, ""))[0],
                        "to": mark.status,
                        "note_changed": (stored[mark.enrollment_id] or (None, ""))[1] != mark.note,
                    }
                    for mark in changes
                ],
            },
        )
    return result


# --- members: what they do themselves ------------------------------------------------------------


def _member_session(*, session_id, member) -> tuple[CohortSession, Enrollment]:
    """The session and the member's enrollment in its group, or a refusal (404 for strangers)."""
    try:
        session_pk = int(session_id)
    except (TypeError, ValueError):
        session_pk = None
    session = CohortSession.objects.select_related("cohort").filter(pk=session_pk).first()
    enrollment = Enrollment.objects.filter(cohort_id=session.cohort_id, member=member).first() if session else None
    if session is None or enrollment is None:
        # Whether a session exists is none of a stranger's business.
        raise AttendanceRefused(_("We could not find that session."), status=HTTPStatus.NOT_FOUND)
    if enrollment.status != EnrollmentStatus.ENROLLED:
        raise AttendanceRefused(
            _("Only members with a place in the group can do this. You are not in the group yet."),
            status=HTTPStatus.FORBIDDEN,
        )
    if session.is_cancelled or session.cohort.status not in RUNNING_COHORT_STATUSES:
        raise AttendanceRefused(_("This session is cancelled."), status=HTTPStatus.CONFLICT)
    return session, enrollment


def _log_mark_change(*, session: CohortSession, enrollment: Enrollment, action: str, by, old, new) -> None:
    log(
        instance=session.cohort,
        action=action,
        user=by,
        data={
            "session": session.pk,
            "number": session.number,
            "changes": [{"enrollment": enrollment.pk, "from": old, "to": new, "note_changed": False}],
        },
    )


def apology_send(*, session_id: int, member, note: str = "", now: datetime | None = None) -> AttendanceApology:
    """'I can't make it': kept for staff, and the member is marked excused unless staff marked them already."""
    now = now or timezone.now()
    note = (note or "").strip()
    if len(note) > APOLOGY_NOTE_MAX:
        raise AttendanceRefused(_("Please keep the note to %(max)s characters.") % {"max": APOLOGY_NOTE_MAX})
    with transaction.atomic():
        lock_cohort_of_session(session_id)  # before the session's row, as the sheet's save does
        session, enrollment = _member_session(session_id=session_id, member=member)
        if now >= session.starts_at:
            raise AttendanceRefused(
                _("This session has already started. Please tell your facilitator directly."),
                status=HTTPStatus.CONFLICT,
            )
        apology, _created = AttendanceApology.objects.update_or_create(
            session=session, enrollment=enrollment, defaults={"note": note, "created_at": now}
        )
        _record, created = AttendanceRecord.objects.get_or_create(
            session=session,
            enrollment=enrollment,
            defaults={"status": AttendanceStatus.EXCUSED, "recorded_by": None, "recorded_at": now},
        )
        if created:
            _log_mark_change(
                session=session, enrollment=enrollment, action=LOG_APOLOGY_SENT, by=member, old=None, new="excused"
            )
        enqueue_with_transaction(tasks.send_apology_notice, apology_id=apology.pk)
    return apology


def apology_withdraw(*, session_id: int, member, now: datetime | None = None) -> None:
    """Take an apology back before the session: the 'excused' it set goes too, unless staff marked it since."""
    now = now or timezone.now()
    with transaction.atomic():
        lock_cohort_of_session(session_id)  # before the session's row, as the sheet's save does
        session, enrollment = _member_session(session_id=session_id, member=member)
        if now >= session.starts_at:
            raise AttendanceRefused(_("This session has already started."), status=HTTPStatus.CONFLICT)
        deleted, _rows = AttendanceApology.objects.filter(session=session, enrollment=enrollment).delete()
        if not deleted:
            raise AttendanceRefused(_("There is no apology to take back."), status=HTTPStatus.CONFLICT)
        unmarked, _rows = AttendanceRecord.objects.filter(
            session=session, enrollment=enrollment, status=AttendanceStatus.EXCUSED, recorded_by__isnull=True
        ).delete()
        if unmarked:
            _log_mark_change(
                session=session,
                enrollment=enrollment,
                action=LOG_APOLOGY_WITHDRAWN,
                by=member,
                old="excused",
                new=None,
            )


def _wrong_code_key(member) -> str:
    return f"workshops:attendance:wrong-check-in-codes:{member.pk}"


def _note_wrong_code(member) -> None:
    key = _wrong_code_key(member)
    cache.add(key, 0, timeout=WRONG_CODE_WINDOW_SECONDS)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=WRONG_CODE_WINDOW_SECONDS)


def _first_time(*, session: CohortSession, enrollment: Enrollment, field_name: str, now: datetime) -> SessionArrival:
    """Set joined_at or checked_in_at, keeping the first time if it is already set."""
    arrivals = SessionArrival.objects.filter(session=session, enrollment=enrollment)
    if not arrivals.update(**{field_name: Coalesce(F(field_name), Value(now))}):
        try:
            with transaction.atomic():
                return SessionArrival.objects.create(session=session, enrollment=enrollment, **{field_name: now})
        except IntegrityError:  # a second tab got there first
            arrivals.update(**{field_name: Coalesce(F(field_name), Value(now))})
    return arrivals.get()


def check_in(*, session_id: int, member, enrollment_id, code: str, now: datetime | None = None) -> SessionArrival:
    """An enrolled member checks in with the code the facilitator read out.

    Refused, writing nothing, when the session is not theirs, they are not (yet) in the group,
    the form names someone else's place, it is outside the session's window (from 15 minutes
    before the start to the end), or the code is wrong. After five wrong codes within a
    minute every try is refused for the rest of that minute.
    """
    now = now or timezone.now()
    session, enrollment = _member_session(session_id=session_id, member=member)
    if str(enrollment_id) != str(enrollment.pk):
        raise AttendanceRefused(
            _("This check-in form is for someone else's place. Please reload the page and try again."),
            status=HTTPStatus.FORBIDDEN,
        )
    if not session.join_window_contains(now):
        raise AttendanceRefused(
            _("Check-in opens %(minutes)s minutes before the session starts and closes when it ends.")
            % {"minutes": int(JOIN_OPENS_BEFORE.total_seconds() // 60)},
            status=HTTPStatus.FORBIDDEN,
        )
    wrong_codes = cache.get(_wrong_code_key(member))
    if wrong_codes is None and not cache_is_reachable():
        # Fail closed: without a counter a short code could be guessed. Staff can still mark presence.
        raise AttendanceRefused(
            _("Checking in with a code does not work right now. Your facilitator can mark you present."),
            status=HTTPStatus.SERVICE_UNAVAILABLE,
        )
    if (wrong_codes or 0) >= WRONG_CODES_ALLOWED:
        raise AttendanceRefused(
            _("Too many wrong codes. Please wait a minute, then try again."), status=HTTPStatus.TOO_MANY_REQUESTS
        )
    if not code_matches(session, code):
        _note_wrong_code(member)
        raise AttendanceRefused(
            _("That code does not match. Please check the code your facilitator read out and try again.")
        )
    return _first_time(session=session, enrollment=enrollment, field_name="checked_in_at", now=now)


def join_record(*, session_id: int, member, now: datetime | None = None) -> SessionArrival | None:
    """Note when an enrolled member pressed Join. It proves nothing about attending; staff see it as a hint.

    Returns None (and writes nothing) for anyone who is not an enrolled member of the group.
    """
    now = now or timezone.now()
    try:
        session, enrollment = _member_session(session_id=session_id, member=member)
    except AttendanceRefused:
        return None
    return _first_time(session=session, enrollment=enrollment, field_name="joined_at", now=now)
