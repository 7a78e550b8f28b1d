"""Background work for workshops (django-tasks): every email is sent from here, after commit.

Tasks take ids, not objects, so they run the same on the immediate backend and on a
database worker on another machine; they read fresh rows and skip ones that changed since.
"""

from django.core.mail import get_connection
from django_tasks import task

from workshops.models import (
    AttendanceApology,
    CohortSession,
    Enrollment,
    EnrollmentStatus,
    SessionReminder,
    SessionStatus,
)


@task()
def send_enrollment_email(*, enrollment_id: int, kind: str) -> bool:
    from workshops.emails import ENROLLMENT_KINDS, enrollment_message

    if kind not in ENROLLMENT_KINDS:
        raise ValueError(f"unknown enrollment email {kind!r}")
    enrollment = (
        Enrollment.objects.select_related("member", "cohort")
        .prefetch_related("cohort__sessions")
        .filter(pk=enrollment_id)
    ).first()
    if enrollment is None:
        return False
    enrollment_message(enrollment, kind).send()
    return True


@task()
def send_session_change_emails(*, session_id: int, kind: str) -> int:
    """Tell every enrolled member of the session's group that it moved or was cancelled."""
    from workshops.emails import session_message

    if kind not in ("rescheduled", "cancelled"):
        raise ValueError(f"unknown session email {kind!r}")
    session = CohortSession.objects.select_related("cohort").filter(pk=session_id).first()
    if session is None:
        return 0
    members = [
        enrollment.member
        for enrollment in Enrollment.objects.filter(
            cohort_id=session.cohort_id, status=EnrollmentStatus.ENROLLED
        ).select_related("member")
    ]
    messages = [session_message(session, member, kind) for member in members]
    with get_connection() as connection:
        return connection.send_messages(messages) or 0


@task()
def send_session_reminder_email(*, reminder_id: int) -> bool:
    from workshops.emails import session_message

    reminder = SessionReminder.objects.select_related("session__cohort", "member").filter(pk=reminder_id).first()
    if reminder is None:
        return False
    session = reminder.session
    # The session may have been cancelled or moved, or the member left, since it was queued.
    if session.status != SessionStatus.SCHEDULED or session.starts_at != reminder.session_starts_at:
        return False
    if not Enrollment.objects.filter(
        cohort_id=session.cohort_id, member_id=reminder.member_id, status=EnrollmentStatus.ENROLLED
    ).exists():
        return False
    session_message(session, reminder.member, "reminder").send()
    return True


@task()
def send_apology_notice(*, apology_id: int) -> int:
    """Email the group's facilitators that a member sent an apology (if it still stands)."""
    from workshops.emails import apology_notice_message

    apology = (
        AttendanceApology.objects.select_related("session__cohort", "enrollment__member").filter(pk=apology_id).first()
    )
    if apology is None:
        return 0
    facilitators = list(apology.session.cohort.facilitators.filter(is_active=True))
    messages = [apology_notice_message(apology, facilitator) for facilitator in facilitators]
    with get_connection() as connection:
        return connection.send_messages(messages) or 0
