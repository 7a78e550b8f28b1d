"""Writes for weekly practice: a member answers their group's current homework.

A refusal raises PracticeRefused with the HTTP status the view answers with; nothing is
written then. The note is cleaned like a journal reflection before it is stored.
"""

from datetime import datetime
from http import HTTPStatus

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.sanitize import plain_text_to_html
from workshops.models import CohortSession, CohortStatus, Enrollment, EnrollmentStatus, PracticeAnswer, PracticeChoice
from workshops.models.practice import PRACTICE_NOTE_MAX_LENGTH, PRACTICE_NOTE_STORED_MAX_LENGTH
from workshops.practice.window import current_practice_session
from workshops.services import WorkshopError

# Groups whose members can still answer: a finished group's last homework stays open a week.
PRACTICE_COHORT_STATUSES = (CohortStatus.OPEN, CohortStatus.RUNNING, CohortStatus.FINISHED)


class PracticeRefused(WorkshopError):
    """A practice answer the rules refuse, with the HTTP status the view should answer with."""

    def __init__(self, message: str, *, status: HTTPStatus = HTTPStatus.BAD_REQUEST):
        super().__init__(message)
        self.status = status


def _clean_note(note: str) -> str:
    if len(note or "") > PRACTICE_NOTE_MAX_LENGTH:
        raise PracticeRefused(
            _("Please keep your note under %(limit)s characters.") % {"limit": f"{PRACTICE_NOTE_MAX_LENGTH:,}"}
        )
    cleaned = plain_text_to_html(note)
    if len(cleaned) > PRACTICE_NOTE_STORED_MAX_LENGTH:
        raise PracticeRefused(_("Please shorten your note."))
    return cleaned


def practice_answer_save(
    *, session_id: int, member, answer: str, note: str = "", now: datetime | None = None
) -> PracticeAnswer:
    """Record (or change) the member's answer to this week's practice of their group."""
    if answer not in PracticeChoice.values:
        raise PracticeRefused(_("Please choose “I tried it” or “Not this week”."))
    cleaned = _clean_note(note)
    now = now or timezone.now()
    session = CohortSession.objects.select_related("cohort").filter(pk=session_id).first()
    enrollment = (
        Enrollment.objects.filter(cohort_id=session.cohort_id, member=member, status=EnrollmentStatus.ENROLLED).first()
        if session is not None
        else None
    )
    if enrollment is None:
        # The same answer for "no such session" and "not your group": nothing leaks about groups.
        raise PracticeRefused(_("We could not find this practice in your groups."), status=HTTPStatus.NOT_FOUND)
    if session.cohort.status not in PRACTICE_COHORT_STATUSES:
        raise PracticeRefused(_("This group is not meeting, so it has no practice."), status=HTTPStatus.CONFLICT)
    current = current_practice_session(list(session.cohort.sessions.order_by("starts_at", "pk")), now)
    if current is None or current[0].pk != session.pk:
        raise PracticeRefused(
            _("This practice is closed. You can answer the practice of the latest session until the next one starts."),
            status=HTTPStatus.CONFLICT,
        )
    with transaction.atomic():
        practice, _created = PracticeAnswer.objects.update_or_create(
            enrollment=enrollment,
            session=session,
            defaults={"answer": answer, "note": cleaned, "updated_at": now},
            create_defaults={"answer": answer, "note": cleaned, "created_at": now, "updated_at": now},
        )
    return practice
