"""Background work for workshops (django-tasks): every email is sent from here, after commit.

Tasks take ids, not objects, so they run the same on the immediate backend and on a
database worker on another machine; they read fresh rows and skip ones that changed since.
Each email goes at most once (cms/email_delivery.py keys it by what it is about, plus the
task's first id where the same email may rightly go again later); a mail server that fails
gets the task queued again with backoff (`attempt`).
"""

from django_tasks import task

from cms.email_delivery import RETRYABLE, retry_later, send_each_once, send_once
from workshops.models import (
    AttendanceApology,
    CohortSession,
    Enrollment,
    EnrollmentStatus,
    SessionReminder,
    SessionStatus,
)


@task(takes_context=True)
def send_enrollment_email(context, *, enrollment_id: int, kind: str, attempt: int = 1, delivery: str = "") -> bool:
    from workshops.emails import ENROLLMENT_KINDS, enrollment_message

    if kind not in ENROLLMENT_KINDS:
        raise ValueError(f"unknown enrollment email {kind!r}")
    # The same kind may rightly go again (enrolled, withdrawn, enrolled again): the key names this task.
    delivery = delivery or str(context.task_result.id)
    enrollment = (
        Enrollment.objects.select_related("member", "cohort")
        .prefetch_related("cohort__sessions")
        .filter(pk=enrollment_id)
    ).first()
    if enrollment is None:
        return False
    try:
        return send_once(enrollment_message(enrollment, kind), key=f"enrollment:{enrollment_id}:{kind}:{delivery}")
    except RETRYABLE as error:
        again = dict(enrollment_id=enrollment_id, kind=kind, delivery=delivery)
        if not retry_later(send_enrollment_email, attempt=attempt, error=error, **again):
            raise
        return False


@task(takes_context=True)
def send_session_change_emails(context, *, session_id: int, kind: str, attempt: int = 1, delivery: str = "") -> int:
    """Tell every enrolled member of the session's group that it moved or was cancelled."""
    from workshops.emails import session_message

    if kind not in ("rescheduled", "cancelled"):
        raise ValueError(f"unknown session email {kind!r}")
    delivery = delivery or str(context.task_result.id)  # a session may move twice: one key per change
    session = CohortSession.objects.select_related("cohort").filter(pk=session_id).first()
    if session is None:
        return 0
    members = [
        enrollment.member
        for enrollment in Enrollment.objects.filter(
            cohort_id=session.cohort_id, status=EnrollmentStatus.ENROLLED
        ).select_related("member")
    ]
    messages = [
        (session_message(session, member, kind), f"session:{session_id}:{kind}:{delivery}:{member.pk}")
        for member in members
    ]
    try:
        return send_each_once(messages)
    except RETRYABLE as error:
        # Those sent before the failure are in the ledger: the retry sends only the rest.
        again = dict(session_id=session_id, kind=kind, delivery=delivery)
        if not retry_later(send_session_change_emails, attempt=attempt, error=error, **again):
            raise
        return 0


@task()
def send_session_reminder_email(*, reminder_id: int, attempt: int = 1) -> bool:
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
    try:
        return send_once(session_message(session, reminder.member, "reminder"), key=f"reminder:{reminder_id}")
    except RETRYABLE as error:
        if not retry_later(send_session_reminder_email, attempt=attempt, error=error, reminder_id=reminder_id):
            raise
        return False


@task()
def send_apology_notice(*, apology_id: int, attempt: int = 1) -> int:
    """Email the group's facilitators that a member sent an apology (if it still stands)."""
    from workshops.emails import apology_notice_message

    apology = (
        AttendanceApology.objects.select_related("session__cohort", "enrollment__member").filter(pk=apology_id).first()
    )
    if apology is None:
        return 0
    facilitators = list(apology.session.cohort.facilitators.filter(is_active=True))
    messages = [
        (apology_notice_message(apology, facilitator), f"apology:{apology_id}:{facilitator.pk}")
        for facilitator in facilitators
    ]
    try:
        return send_each_once(messages)
    except RETRYABLE as error:
        if not retry_later(send_apology_notice, attempt=attempt, error=error, apology_id=apology_id):
            raise
        return 0
