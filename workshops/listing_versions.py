"""When the groups a workshop page lists change, the page's cached list must go.

A workshop page lists every open group of the workshop (all its language versions) with its
dates, facilitators and free seats. That list is the same for every reader with the same
language and time zone, so it is kept in the cache under the workshop's `GroupListingVersion`
token (workshops/group_cards.py). This module gives each change a new token:

- model signals cover ordinary saves and deletes of cohorts, sessions, enrollments, a
  cohort's facilitators, and a facilitator's name;
- services that write with bulk_create or queryset.update() (which send no signals) call
  `group_listings_changed` themselves;
- `group_listings_batch()` wraps large seeding jobs: one new token per workshop at the end
  instead of one per row.

The token is written in the same transaction as the change, so a reader that sees the new
token also sees the new rows; a reader that cached the old data did so under the old token.
"""

import threading
import uuid
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from workshops.models import Cohort, CohortSession, Enrollment, GroupListingVersion, WorkshopPage

# A reader before any change of a workshop has been recorded uses this token.
UNCHANGED_SO_FAR = "initial"
# Enrollment fields that change what the page lists (seats, waitlist); others do not.
LISTED_ENROLLMENT_FIELDS = frozenset({"status", "cohort", "cohort_id"})

_state = threading.local()


def group_listing_token(translation_key) -> str:
    """The workshop's current token (one query)."""
    token = GroupListingVersion.objects.filter(pk=translation_key).values_list("token", flat=True).first()
    return token.hex if token else UNCHANGED_SO_FAR


def group_listings_changed(*, cohort_ids=(), workshop_ids=(), workshops: Q | None = None) -> None:
    """Give the workshops of these cohorts (or these workshops) a new token."""
    which = Q(pk__in=list(workshop_ids)) | Q(cohorts__pk__in=list(cohort_ids))
    if workshops is not None:
        which |= workshops
    batch = getattr(_state, "batch", None)
    if batch is not None:
        batch.append(which)
        return
    _new_tokens(which)


def _new_tokens(which: Q) -> None:
    keys = set(WorkshopPage.objects.filter(which).values_list("translation_key", flat=True))
    if keys:
        GroupListingVersion.objects.bulk_create(
            [GroupListingVersion(translation_key=key, token=uuid.uuid4()) for key in keys],
            update_conflicts=True,
            unique_fields=["translation_key"],
            update_fields=["token"],
        )


@contextmanager
def group_listings_batch():
    """Collect changes and give every affected workshop one new token at the end."""
    outer = getattr(_state, "batch", None)
    if outer is not None:
        yield  # already batching: the outer batch writes the tokens
        return
    _state.batch = []
    try:
        yield
        collected = _state.batch
    finally:
        _state.batch = None
    if collected:
        # Rows deleted in the batch may no longer lead to their workshop: renew every workshop.
        _new_tokens(Q())


# --- signal receivers -----------------------------------------------------------------------


def _cohort_saving(sender, instance: Cohort, raw=False, **kwargs) -> None:
    # A cohort moved to another workshop leaves its old page: renew the old one before the save.
    # Only then: writing a token before the cohort's row is saved would take the two row locks
    # in the opposite order to a sign-up (cohort first), which can deadlock.
    if raw or instance.pk is None:
        return
    before = Cohort.objects.filter(pk=instance.pk).values_list("workshop_id", flat=True).first()
    if before is not None and before != instance.workshop_id:
        group_listings_changed(workshop_ids=[before])


def _cohort_changed(sender, instance: Cohort, raw=False, **kwargs) -> None:
    if not raw:
        group_listings_changed(workshop_ids=[instance.workshop_id])


def _session_changed(sender, instance: CohortSession, raw=False, **kwargs) -> None:
    if not raw:
        group_listings_changed(cohort_ids=[instance.cohort_id])


def _enrollment_saved(sender, instance: Enrollment, raw=False, update_fields=None, **kwargs) -> None:
    if raw or (update_fields is not None and not LISTED_ENROLLMENT_FIELDS & set(update_fields)):
        return
    group_listings_changed(cohort_ids=[instance.cohort_id])


def _enrollment_deleted(sender, instance: Enrollment, **kwargs) -> None:
    group_listings_changed(cohort_ids=[instance.cohort_id])


def _facilitators_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    if not reverse:  # cohort.facilitators.add(person), .remove(…), .clear()
        if action in ("post_add", "post_remove", "post_clear"):
            group_listings_changed(cohort_ids=[instance.pk])
    elif action in ("post_add", "post_remove"):  # person.facilitated_cohorts.add(cohort)
        group_listings_changed(cohort_ids=pk_set or ())
    elif action == "pre_clear":  # person.facilitated_cohorts.clear(): the rows are still there
        group_listings_changed(workshops=Q(cohorts__facilitators=instance))


def _person_saved(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    # Facilitators are listed by name; most saves (a sign-in) touch other fields only.
    if raw or (update_fields is not None and "display_name" not in update_fields):
        return
    group_listings_changed(workshops=Q(cohorts__facilitators=instance))


def _person_deleting(sender, instance, **kwargs) -> None:
    # Deleting a person removes their facilitator rows without an m2m signal.
    group_listings_changed(workshops=Q(cohorts__facilitators=instance))


def connect_signals() -> None:
    uid = "workshops.group_listing"
    pre_save.connect(_cohort_saving, sender=Cohort, dispatch_uid=f"{uid}.cohort_saving")
    post_save.connect(_cohort_changed, sender=Cohort, dispatch_uid=f"{uid}.cohort_saved")
    post_delete.connect(_cohort_changed, sender=Cohort, dispatch_uid=f"{uid}.cohort_deleted")
    post_save.connect(_session_changed, sender=CohortSession, dispatch_uid=f"{uid}.session_saved")
    post_delete.connect(_session_changed, sender=CohortSession, dispatch_uid=f"{uid}.session_deleted")
    post_save.connect(_enrollment_saved, sender=Enrollment, dispatch_uid=f"{uid}.enrollment_saved")
    post_delete.connect(_enrollment_deleted, sender=Enrollment, dispatch_uid=f"{uid}.enrollment_deleted")
    m2m_changed.connect(_facilitators_changed, sender=Cohort.facilitators.through, dispatch_uid=f"{uid}.facilitators")
    User = get_user_model()
    post_save.connect(_person_saved, sender=User, dispatch_uid=f"{uid}.person_saved")
    pre_delete.connect(_person_deleting, sender=User, dispatch_uid=f"{uid}.person_deleting")
