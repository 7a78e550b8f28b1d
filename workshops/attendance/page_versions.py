"""Each cohort's staff attendance pages carry a version (Cohort.pages_version) that moves on every
change those pages show, in the same transaction as the change. page_cache.py keys its stored
copies by it, so a copy is used only while it is current, in every process: the number lives in
the database, not in a per-process cache.

Moved by model signals on saves (marks, apologies, arrivals, enrollments, sessions, the cohort,
its facilitators, a member's name, a lesson completion, which the completion rule reads) and on
the deletions that matter (an enrollment, a session); by the services that write or delete in
bulk without signals (the sheet's upsert, an apology taken back, generated or cancelled
sessions, claimed lesson progress). Marks, apologies, arrivals and completions are only ever
deleted with their session, enrollment or account, so they keep Django's fast bulk delete.
A full save of the cohort changes its updated_at, which is in the key too. One UPDATE per
change, the cohort found by a subquery; a cascade bumps each cohort once.
"""

from django.db.models import F, Q
from django.db.models.signals import m2m_changed, post_delete, post_save

from workshops.models import (
    AttendanceApology,
    AttendanceRecord,
    Cohort,
    CohortSession,
    Enrollment,
    SessionArrival,
)


def bump(*, cohort_ids=(), session_ids=(), member_ids=()) -> None:
    """Move the pages version of the cohorts given, those of the sessions given, and those the
    members given are enrolled in."""
    match = Q(pk__in=[pk for pk in cohort_ids if pk is not None])
    if session_ids:
        match |= Q(pk__in=CohortSession.objects.filter(pk__in=session_ids).values("cohort_id"))
    if member_ids:
        match |= Q(pk__in=Enrollment.objects.filter(member_id__in=member_ids).values("cohort_id"))
    if cohort_ids or session_ids or member_ids:
        Cohort.objects.filter(match).update(pages_version=F("pages_version") + 1)


def _by_session(sender, instance, **kwargs) -> None:
    if getattr(instance, "session_id", None) is not None:
        bump(session_ids=[instance.session_id])


def _by_cohort(sender, instance, **kwargs) -> None:
    bump(cohort_ids=[instance.cohort_id])


def _deleted_with_cohort(sender, instance, origin=None, **kwargs) -> None:
    """An enrollment or session deleted: once per cohort per deletion, none when the cohort goes too."""
    deleting = origin.model if hasattr(origin, "model") else type(origin)
    if deleting is Cohort:
        return
    done = origin.__dict__.setdefault("_kinship_bumped_cohorts", set()) if origin is not None else set()
    if instance.cohort_id not in done:
        done.add(instance.cohort_id)
        bump(cohort_ids=[instance.cohort_id])


def _cohort_saved(sender, instance, update_fields=None, created=False, **kwargs) -> None:
    # A full save writes a new updated_at (part of the key); a save of a few fields does not.
    if update_fields and "pages_version" not in update_fields:
        bump(cohort_ids=[instance.pk])


def _facilitators_changed(sender, instance, action, pk_set=None, **kwargs) -> None:
    if not action.startswith("post_"):
        return
    if isinstance(instance, Cohort):
        bump(cohort_ids=[instance.pk])
    elif pk_set:  # changed from the user's side: user.facilitated_cohorts.add(...)
        bump(cohort_ids=list(pk_set))


def _member_saved(sender, instance, update_fields=None, **kwargs) -> None:
    # Signing in saves last_login only: nothing the pages show.
    if update_fields and set(update_fields) <= {"last_login", "password"}:
        return
    bump(member_ids=[instance.pk])


def _progress_changed(sender, instance=None, user=None, **kwargs) -> None:
    """A lesson completed (saved) or progress claimed at sign-in (bulk, signal from learning)."""
    member_id = user.pk if user is not None else getattr(instance, "user_id", None)
    if member_id is not None:
        bump(member_ids=[member_id])


def connect() -> None:
    """Called from WorkshopsConfig.ready()."""
    from django.contrib.auth import get_user_model

    from learning.models import LessonCompletion
    from learning.signals import progress_claimed

    uid = "kinship.attendance.pages_version"
    for model in (AttendanceRecord, AttendanceApology, SessionArrival):
        post_save.connect(_by_session, sender=model, dispatch_uid=f"{uid}.save.{model.__name__}")
    for model in (Enrollment, CohortSession):
        post_save.connect(_by_cohort, sender=model, dispatch_uid=f"{uid}.save.{model.__name__}")
        post_delete.connect(_deleted_with_cohort, sender=model, dispatch_uid=f"{uid}.delete.{model.__name__}")
    post_save.connect(_cohort_saved, sender=Cohort, dispatch_uid=f"{uid}.cohort")
    m2m_changed.connect(_facilitators_changed, sender=Cohort.facilitators.through, dispatch_uid=f"{uid}.facilitators")
    post_save.connect(_member_saved, sender=get_user_model(), dispatch_uid=f"{uid}.member")
    post_save.connect(_progress_changed, sender=LessonCompletion, dispatch_uid=f"{uid}.completion.save")
    progress_claimed.connect(_progress_changed, dispatch_uid=f"{uid}.claimed")
