"""Who may see and take attendance: program staff (and superusers) for every cohort, and a
cohort's own facilitators for that cohort only. Nobody else sees rosters or marks."""

from django.db.models import QuerySet

from cms.roles import PROGRAM_STAFF, has_role
from workshops.models import Cohort


def is_program_staff(user) -> bool:
    return user.is_authenticated and (user.is_superuser or has_role(user, PROGRAM_STAFF))


def may_take_attendance(*, user, cohort: Cohort) -> bool:
    """One or two queries."""
    if not user.is_authenticated:
        return False
    return is_program_staff(user) or cohort.facilitators.filter(pk=user.pk).exists()


def attendance_cohorts(*, user) -> QuerySet[Cohort]:
    """The cohorts whose attendance this person may see: all for staff, their own for facilitators."""
    if is_program_staff(user):
        return Cohort.objects.all()
    if not user.is_authenticated:
        return Cohort.objects.none()
    return Cohort.objects.filter(facilitators=user)


def facilitates_any(user) -> bool:
    return user.is_authenticated and Cohort.objects.filter(facilitators=user).exists()


def sees_cohorts(request) -> bool:
    """Program staff and facilitators: asked by the admin menu and search on every admin page, so
    read once per request."""
    found = getattr(request, "_kinship_sees_cohorts", None)
    if found is None:
        found = request._kinship_sees_cohorts = is_program_staff(request.user) or facilitates_any(request.user)
    return found
