"""Writes for workshops: enrollment and the waitlist, sessions, calendar feeds, reminders.

Every change to who holds a seat happens with the cohort row locked (SELECT ... FOR UPDATE)
inside one transaction, so concurrent sign-ups can never overfill a group. Emails go out
from django-tasks tasks after the transaction commits, never for a change that rolled back.
"""

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cms.task_queue import enqueue_with_transaction
from workshops import tasks
from workshops.models import (
    ACTIVE_ENROLLMENT_STATUSES,
    SEAT_HOLDING_STATUSES,
    CalendarFeed,
    Cohort,
    CohortSession,
    CohortStatus,
    Enrollment,
    EnrollmentStatus,
    Relationship,
    SessionReminder,
    SessionStatus,
)
from workshops.models.calendar_feeds import new_feed_token
from workshops.models.cohorts import MAX_SESSION_MINUTES, MIN_SESSION_MINUTES
from workshops.scheduling import local_to_utc, weekly_session_times

REMINDER_WINDOW = timedelta(hours=24)
# Cohorts that have not ended: their waitlist moves up when a seat frees, staff may place
# members in them (sign-up dates do not bind staff), and a member may be in one per workshop.
LIVE_COHORT_STATUSES = (CohortStatus.DRAFT, CohortStatus.OPEN, CohortStatus.RUNNING)
WAITLIST_MOVES_IN = LIVE_COHORT_STATUSES
STAFF_MAY_PLACE_IN = LIVE_COHORT_STATUSES


class WorkshopError(Exception):
    """A request the rules refuse. `message` is written for the person who made it."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class CohortNotFound(WorkshopError):
    pass


class EnrollmentNotFound(WorkshopError):
    pass


# --- helpers -------------------------------------------------------------------------


def _locked_cohort(cohort_id) -> Cohort:
    """The cohort row, locked until the transaction ends. Call inside transaction.atomic()."""
    try:
        return Cohort.objects.select_for_update().get(pk=int(cohort_id))
    except (Cohort.DoesNotExist, TypeError, ValueError) as error:
        raise CohortNotFound(_("We could not find that group. It may have been removed.")) from error


def _lock_cohorts(*cohort_ids: int) -> dict[int, Cohort]:
    # Always lock in id order, so two staff moving members in opposite directions cannot deadlock.
    return {pk: _locked_cohort(pk) for pk in sorted(set(cohort_ids))}


def _seats_taken(cohort: Cohort) -> int:
    return cohort.enrollments.filter(status__in=SEAT_HOLDING_STATUSES).count()


def _queue_enrollment_email(enrollment: Enrollment, kind: str) -> None:
    kind = str(kind)  # a status member is a str subclass; the task queue wants plain JSON
    enqueue_with_transaction(tasks.send_enrollment_email, enrollment_id=enrollment.pk, kind=kind)


def _set_status(enrollment: Enrollment, status: str, *, now: datetime) -> None:
    enrollment.status = status
    enrollment.status_changed_at = now


def _fill_open_seats(cohort: Cohort, *, now: datetime) -> list[Enrollment]:
    """Move the first waitlisted members into free seats. The cohort must be locked."""
    if cohort.status not in WAITLIST_MOVES_IN:
        return []
    free = cohort.capacity - _seats_taken(cohort)
    if free <= 0:
        return []
    promoted = list(cohort.enrollments.filter(status=EnrollmentStatus.WAITLISTED).order_by("queued_at", "pk")[:free])
    for enrollment in promoted:
        # A group that needs approval still needs it: the seat is held while staff decide.
        new_status = EnrollmentStatus.PENDING if cohort.requires_approval else EnrollmentStatus.ENROLLED
        _set_status(enrollment, new_status, now=now)
        enrollment.save(update_fields=["status", "status_changed_at"])
        _queue_enrollment_email(enrollment, "promoted" if new_status == EnrollmentStatus.ENROLLED else "pending")
    return promoted


def _check_relationship(relationship: str) -> None:
    if relationship not in Relationship.values:
        raise WorkshopError(_("Please choose how you are related to your loved one."))


def _refuse_second_active_enrollment(*, cohort: Cohort, member, existing: Enrollment | None) -> None:
    if existing is not None and existing.status in ACTIVE_ENROLLMENT_STATUSES:
        raise WorkshopError(_("You have already signed up for this group. You can see it on your page."))
    # A finished or cancelled group does not count: members may take a workshop again.
    other = (
        Enrollment.objects.filter(
            member=member,
            cohort__workshop_id=cohort.workshop_id,
            cohort__status__in=LIVE_COHORT_STATUSES,
            status__in=ACTIVE_ENROLLMENT_STATUSES,
        )
        .exclude(cohort=cohort)
        .exists()
    )
    if other:
        raise WorkshopError(
            _("You are already signed up for another group of this workshop. Leave that group first to switch.")
        )


# --- members ---------------------------------------------------------------------------


def enrollment_create(
    *, cohort_id: int, member, relationship: str, confidentiality_acknowledged: bool, now: datetime | None = None
) -> Enrollment:
    """Sign a member up: `enrolled`, `waitlisted` (group full) or `pending` (approval needed).

    Raises WorkshopError (with a message for the member) and writes nothing when the group
    does not exist, is not taking sign-ups, or the member is already in it.
    """
    _check_relationship(relationship)
    if not confidentiality_acknowledged:
        raise WorkshopError(_("Please agree to keep what the group shares private."))
    now = now or timezone.now()
    with transaction.atomic():
        cohort = _locked_cohort(cohort_id)
        if not cohort.accepts_enrollments(now):
            raise WorkshopError(_("This group is not taking sign-ups right now."))
        existing = Enrollment.objects.filter(cohort=cohort, member=member).first()
        if existing is not None and existing.status == EnrollmentStatus.DECLINED:
            raise WorkshopError(_("The team could not offer you a place in this group. Please contact them."))
        _refuse_second_active_enrollment(cohort=cohort, member=member, existing=existing)

        if _seats_taken(cohort) >= cohort.capacity:
            status = EnrollmentStatus.WAITLISTED
        elif cohort.requires_approval:
            status = EnrollmentStatus.PENDING
        else:
            status = EnrollmentStatus.ENROLLED
        enrollment = existing or Enrollment(cohort=cohort, member=member, created_at=now)
        enrollment.relationship = relationship
        enrollment.confidentiality_acknowledged_at = now
        enrollment.queued_at = now
        _set_status(enrollment, status, now=now)
        enrollment.save()
        _queue_enrollment_email(enrollment, status)
    return enrollment


def enrollment_withdraw(*, enrollment_id: int, member, now: datetime | None = None) -> Enrollment:
    """The member leaves the group (or its waitlist); a freed seat goes to the first waitlisted member."""
    now = now or timezone.now()
    cohort_id = Enrollment.objects.filter(pk=enrollment_id, member=member).values_list("cohort_id", flat=True).first()
    if cohort_id is None:
        raise EnrollmentNotFound(_("We could not find that sign-up."))
    with transaction.atomic():
        cohort = _locked_cohort(cohort_id)
        enrollment = Enrollment.objects.filter(pk=enrollment_id, member=member, cohort=cohort).first()
        if enrollment is None or enrollment.status not in ACTIVE_ENROLLMENT_STATUSES:
            raise WorkshopError(_("You are not signed up for this group any more."))
        held_seat = enrollment.status in SEAT_HOLDING_STATUSES
        _set_status(enrollment, EnrollmentStatus.WITHDRAWN, now=now)
        enrollment.save(update_fields=["status", "status_changed_at"])
        if held_seat:
            _fill_open_seats(cohort, now=now)
    return enrollment


# --- staff -----------------------------------------------------------------------------


def _staff_enrollment(*, cohort: Cohort, enrollment_id) -> Enrollment:
    try:
        enrollment_pk = int(enrollment_id)
    except (TypeError, ValueError):
        enrollment_pk = None
    enrollment = Enrollment.objects.filter(pk=enrollment_pk, cohort=cohort).select_for_update().first()
    if enrollment is None:
        raise EnrollmentNotFound(_("That person is not on this group's list."))
    return enrollment


def enrollment_approve(*, cohort_id: int, enrollment_id: int, by, now: datetime | None = None) -> Enrollment:
    """Staff accept a pending request. Its seat was held, so the group cannot overfill."""
    now = now or timezone.now()
    with transaction.atomic():
        cohort = _locked_cohort(cohort_id)
        enrollment = _staff_enrollment(cohort=cohort, enrollment_id=enrollment_id)
        if enrollment.status != EnrollmentStatus.PENDING:
            raise WorkshopError(_("Only a request waiting for approval can be approved."))
        _set_status(enrollment, EnrollmentStatus.ENROLLED, now=now)
        enrollment.save(update_fields=["status", "status_changed_at"])
        log(instance=cohort, action="workshops.enrollment_approved", user=by, data={"enrollment": enrollment.pk})
        _queue_enrollment_email(enrollment, EnrollmentStatus.ENROLLED)
    return enrollment


def enrollment_decline(*, cohort_id: int, enrollment_id: int, by, now: datetime | None = None) -> Enrollment:
    """Staff turn down a pending or waitlisted request; a freed seat goes to the first waitlisted member."""
    now = now or timezone.now()
    with transaction.atomic():
        cohort = _locked_cohort(cohort_id)
        enrollment = _staff_enrollment(cohort=cohort, enrollment_id=enrollment_id)
        if enrollment.status not in (EnrollmentStatus.PENDING, EnrollmentStatus.WAITLISTED):
            raise WorkshopError(_("Only a request that is waiting can be declined."))
        held_seat = enrollment.status in SEAT_HOLDING_STATUSES
        _set_status(enrollment, EnrollmentStatus.DECLINED, now=now)
        enrollment.save(update_fields=["status", "status_changed_at"])
        log(instance=cohort, action="workshops.enrollment_declined", user=by, data={"enrollment": enrollment.pk})
        _queue_enrollment_email(enrollment, EnrollmentStatus.DECLINED)
        if held_seat:
            _fill_open_seats(cohort, now=now)
    return enrollment


def _staff_placement_status(cohort: Cohort) -> str:
    # Staff placing someone is their approval; a full group still puts them on the waitlist.
    return EnrollmentStatus.WAITLISTED if _seats_taken(cohort) >= cohort.capacity else EnrollmentStatus.ENROLLED


def enrollment_move(
    *, cohort_id: int, enrollment_id: int, to_cohort_id: int, by, now: datetime | None = None
) -> Enrollment:
    """Staff move a member to another group of the same workshop, keeping their answers."""
    now = now or timezone.now()
    with transaction.atomic():
        try:
            target_pk = int(to_cohort_id)
        except (TypeError, ValueError) as error:
            raise CohortNotFound(_("Please choose the group to move them to.")) from error
        if target_pk == int(cohort_id):
            raise WorkshopError(_("They are already in that group."))
        locked = _lock_cohorts(int(cohort_id), target_pk)
        source, target = locked[int(cohort_id)], locked[target_pk]
        enrollment = _staff_enrollment(cohort=source, enrollment_id=enrollment_id)
        if enrollment.status not in ACTIVE_ENROLLMENT_STATUSES:
            raise WorkshopError(_("Only someone who is in the group or waiting can be moved."))
        if target.workshop_id != source.workshop_id:
            raise WorkshopError(_("Members can only move between groups of the same workshop."))
        if target.status not in STAFF_MAY_PLACE_IN:
            raise WorkshopError(_("That group is finished or cancelled."))
        in_target = Enrollment.objects.filter(cohort=target, member_id=enrollment.member_id).first()
        if in_target is not None:
            if in_target.status in ACTIVE_ENROLLMENT_STATUSES:
                raise WorkshopError(_("They are already in that group or on its waitlist."))
            in_target.delete()  # an old withdrawn or declined row would block the move
        held_seat = enrollment.status in SEAT_HOLDING_STATUSES
        enrollment.cohort = target
        enrollment.queued_at = now
        _set_status(enrollment, _staff_placement_status(target), now=now)
        enrollment.save(update_fields=["cohort", "queued_at", "status", "status_changed_at"])
        data = {"enrollment": enrollment.pk, "from": source.pk, "to": target.pk}
        log(instance=source, action="workshops.enrollment_moved_out", user=by, data=data)
        log(instance=target, action="workshops.enrollment_moved_in", user=by, data=data)
        _queue_enrollment_email(enrollment, enrollment.status)
        if held_seat:
            _fill_open_seats(source, now=now)
    return enrollment


def enrollment_add_by_email(
    *, cohort_id: int, email: str, relationship: str, by, now: datetime | None = None
) -> Enrollment:
    """Staff add a member who already has an account; the group's capacity still holds."""
    _check_relationship(relationship)
    now = now or timezone.now()
    member = get_user_model().objects.filter(email__iexact=(email or "").strip(), is_active=True).first()
    if member is None:
        raise WorkshopError(_("No account uses that email address. Ask the person to create an account first."))
    with transaction.atomic():
        cohort = _locked_cohort(cohort_id)
        if cohort.status not in STAFF_MAY_PLACE_IN:
            raise WorkshopError(_("This group is finished or cancelled."))
        existing = Enrollment.objects.filter(cohort=cohort, member=member).first()
        if existing is not None and existing.status in ACTIVE_ENROLLMENT_STATUSES:
            raise WorkshopError(_("That person is already in this group or waiting for it."))
        enrollment = existing or Enrollment(cohort=cohort, member=member, created_at=now)
        enrollment.relationship = relationship
        # Staff confirm on the form that the member agreed to the confidentiality agreement.
        enrollment.confidentiality_acknowledged_at = now
        enrollment.queued_at = now
        _set_status(enrollment, _staff_placement_status(cohort), now=now)
        enrollment.save()
        log(instance=cohort, action="workshops.enrollment_added", user=by, data={"enrollment": enrollment.pk})
        _queue_enrollment_email(enrollment, enrollment.status)
    return enrollment


def cohort_fill_open_seats(*, cohort_id: int, now: datetime | None = None) -> list[Enrollment]:
    """After staff add seats (or reopen a group), move waitlisted members up."""
    with transaction.atomic():
        cohort = _locked_cohort(cohort_id)
        return _fill_open_seats(cohort, now=now or timezone.now())


def cohort_after_edit(*, cohort_id: int, previous_status: str, by, now: datetime | None = None) -> None:
    """What follows a staff edit of a cohort: a cancelled group cancels its coming sessions and
    tells everyone still in it or waiting; otherwise freed or added seats go to the waitlist."""
    now = now or timezone.now()
    with transaction.atomic():
        cohort = _locked_cohort(cohort_id)
        if cohort.status != CohortStatus.CANCELLED or previous_status == CohortStatus.CANCELLED:
            _fill_open_seats(cohort, now=now)
            return
        coming = cohort.sessions.filter(status=SessionStatus.SCHEDULED, starts_at__gt=now)
        coming.update(status=SessionStatus.CANCELLED, sequence=F("sequence") + 1, updated_at=now)
        log(instance=cohort, action="workshops.cohort_cancelled", user=by)
        for enrollment in cohort.enrollments.filter(status__in=ACTIVE_ENROLLMENT_STATUSES):
            _queue_enrollment_email(enrollment, "group_cancelled")


# --- sessions ----------------------------------------------------------------------------


def _queue_session_change_emails(session: CohortSession, kind: str) -> None:
    enqueue_with_transaction(tasks.send_session_change_emails, session_id=session.pk, kind=kind)


def cohort_generate_sessions(*, cohort_id: int, by) -> list[CohortSession]:
    """One session per outlined session of the workshop, weekly, at the cohort's local start time.

    Sessions of a draft cohort can be generated again (after a schedule change); once a cohort
    is open, sessions are edited one by one so members hear about every change.
    """
    with transaction.atomic():
        cohort = _locked_cohort(cohort_id)
        outlines = cohort.workshop.session_outlines
        # Session titles in the group's language, from the workshop's translation where its
        # outline matches (a translation still being written keeps the original's titles).
        translated = cohort.workshop.in_language(cohort.language).session_outlines
        if len(translated) == len(outlines):
            outlines = translated
        if not outlines:
            raise WorkshopError(_("The workshop has no sessions in its outline yet. Ask a clinician to add them."))
        if cohort.sessions.exists():
            if cohort.status != CohortStatus.DRAFT:
                raise WorkshopError(_("This group already has sessions. Change them one by one, so members are told."))
            cohort.sessions.all().delete()
        times = weekly_session_times(
            start=cohort.first_session_on,
            weekday=cohort.weekday,
            local_time=cohort.local_start_time,
            minutes=cohort.session_minutes,
            count=len(outlines),
            time_zone=cohort.time_zone,
        )
        sessions = CohortSession.objects.bulk_create(
            [
                CohortSession(
                    cohort=cohort,
                    number=number,
                    outline_block_id=block.id or "",
                    title=block.value["title"],
                    starts_at=starts_at,
                    ends_at=ends_at,
                )
                for number, (block, (starts_at, ends_at)) in enumerate(zip(outlines, times, strict=True), start=1)
            ]
        )
        log(instance=cohort, action="workshops.sessions_generated", user=by, data={"count": len(sessions)})
    return sessions


def lock_cohort_of_session(session_id) -> None:
    """Lock the row of the session's cohort. Every write that touches a session's attendance
    takes the cohort's row before the session's (members' apologies too), always in that order:
    PostgreSQL checks foreign keys at commit, so two writers taking them the other way round
    could each wait for the other. Call inside transaction.atomic()."""
    try:
        session_pk = int(session_id)
    except (TypeError, ValueError):
        return  # no such session: the caller refuses it with its own message
    cohort = CohortSession.objects.filter(pk=session_pk).values("cohort_id")
    list(Cohort.objects.select_for_update().filter(pk__in=cohort).values_list("pk", flat=True))


def _locked_session(session_id, *, cohort_id: int | None = None) -> CohortSession:
    lock_cohort_of_session(session_id)
    sessions = CohortSession.objects.select_for_update().select_related("cohort")
    if cohort_id is not None:
        sessions = sessions.filter(cohort_id=cohort_id)
    try:
        return sessions.get(pk=int(session_id))
    except (CohortSession.DoesNotExist, TypeError, ValueError) as error:
        raise WorkshopError(_("We could not find that session.")) from error


def session_reschedule(
    *, session_id: int, starts_on: date, local_start_time: time, minutes: int, by, cohort_id: int | None = None
) -> CohortSession:
    """Move one session to another local date and time (in the cohort's zone) and tell its members."""
    if not MIN_SESSION_MINUTES <= minutes <= MAX_SESSION_MINUTES:
        raise WorkshopError(_("A session lasts between 15 minutes and 8 hours."))
    with transaction.atomic():
        session = _locked_session(session_id, cohort_id=cohort_id)
        if session.is_cancelled:
            raise WorkshopError(_("This session is cancelled, so it cannot be moved."))
        starts_at = local_to_utc(starts_on, local_start_time, session.cohort.time_zone)
        ends_at = starts_at + timedelta(minutes=minutes)
        if (starts_at, ends_at) == (session.starts_at, session.ends_at):
            return session
        session.starts_at, session.ends_at = starts_at, ends_at
        session.sequence += 1
        session.save(update_fields=["starts_at", "ends_at", "sequence", "updated_at"])
        log(
            instance=session.cohort,
            action="workshops.session_rescheduled",
            user=by,
            data={"session": session.pk, "starts_at": starts_at.isoformat()},
        )
        _queue_session_change_emails(session, "rescheduled")
    return session


def session_cancel(*, session_id: int, by, cohort_id: int | None = None) -> CohortSession:
    """Cancel one session (the others stay) and tell its enrolled members."""
    with transaction.atomic():
        session = _locked_session(session_id, cohort_id=cohort_id)
        if session.is_cancelled:
            raise WorkshopError(_("This session is already cancelled."))
        session.status = SessionStatus.CANCELLED
        session.sequence += 1
        session.save(update_fields=["status", "sequence", "updated_at"])
        log(instance=session.cohort, action="workshops.session_cancelled", user=by, data={"session": session.pk})
        _queue_session_change_emails(session, "cancelled")
    return session


# --- calendar feed -------------------------------------------------------------------------


def calendar_feed_create(*, member) -> CalendarFeed:
    """A new private feed address; any older address stops working at once."""
    with transaction.atomic():
        feed, created = CalendarFeed.objects.select_for_update().get_or_create(member=member)
        if not created:
            feed.token = new_feed_token()
            feed.created_at = timezone.now()
            feed.save(update_fields=["token", "created_at"])
    return feed


def calendar_feed_revoke(*, member) -> None:
    CalendarFeed.objects.filter(member=member).delete()


# --- reminders -------------------------------------------------------------------------------


def _reminder_candidates(*, now: datetime) -> Iterable[tuple[int, int, datetime]]:
    """(session id, member id, session start) for every enrolled member of a session in the next 24 h."""
    return Enrollment.objects.filter(
        status=EnrollmentStatus.ENROLLED,
        cohort__status__in=(CohortStatus.OPEN, CohortStatus.RUNNING),
        cohort__sessions__status=SessionStatus.SCHEDULED,
        cohort__sessions__starts_at__gt=now,
        cohort__sessions__starts_at__lte=now + REMINDER_WINDOW,
    ).values_list("cohort__sessions__id", "member_id", "cohort__sessions__starts_at")


def session_reminders_send(*, now: datetime | None = None) -> int:
    """Email every enrolled member of a session starting within 24 hours, once.

    Safe to run every few minutes, even twice at the same moment: a reminder row is written
    first (unique per member, session and start time) and only the run that wrote it sends.
    """
    now = now or timezone.now()
    candidates = list(_reminder_candidates(now=now))
    sent_before = set(
        SessionReminder.objects.filter(session_id__in={c[0] for c in candidates}).values_list(
            "session_id", "member_id", "session_starts_at"
        )
    )
    created = []
    for session_id, member_id, starts_at in candidates:
        if (session_id, member_id, starts_at) in sent_before:
            continue
        try:
            with transaction.atomic():
                reminder = SessionReminder.objects.create(
                    session_id=session_id, member_id=member_id, session_starts_at=starts_at, sent_at=now
                )
        except IntegrityError:
            continue  # another run got there first
        created.append(reminder.pk)
        enqueue_with_transaction(tasks.send_session_reminder_email, reminder_id=reminder.pk)
    return len(created)
