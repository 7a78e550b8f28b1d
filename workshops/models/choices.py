"""The fixed vocabularies of workshops. Stored values are stable; labels are what people read."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class CohortStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open for sign-up")
    RUNNING = "running", _("Running")
    FINISHED = "finished", _("Finished")
    CANCELLED = "cancelled", _("Cancelled")


class SessionStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")


class EnrollmentStatus(models.TextChoices):
    # A member reads it as their own status ("Enrolled"); Spanish needs a form that is not "Inscritos".
    ENROLLED = "enrolled", pgettext_lazy("enrollment status", "Enrolled")
    WAITLISTED = "waitlisted", _("On the waitlist")
    PENDING = "pending", _("Waiting for approval")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    DECLINED = "declined", _("Declined")


# Enrollments that still count: the member is in, waiting for a seat, or waiting for staff.
ACTIVE_ENROLLMENT_STATUSES = (EnrollmentStatus.ENROLLED, EnrollmentStatus.WAITLISTED, EnrollmentStatus.PENDING)
# A pending request keeps its seat while staff decide, so approving never overfills a group.
SEAT_HOLDING_STATUSES = (EnrollmentStatus.ENROLLED, EnrollmentStatus.PENDING)


class Relationship(models.TextChoices):
    """How the member is related to their loved one: the only thing we record about that person."""

    PARENT = "parent", _("Parent")
    PARTNER = "partner", _("Partner or spouse")
    CHILD = "child", _("Son or daughter")
    SIBLING = "sibling", _("Brother or sister")
    OTHER_FAMILY = "other_family", _("Other family")
    FRIEND = "friend", _("Friend")


class AttendanceStatus(models.TextChoices):
    """Attendance marks staff record per member and session; the completion rule says which count."""

    PRESENT = "present", _("Present")
    LATE = "late", _("Late")
    LEFT_EARLY = "left_early", _("Left early")
    EXCUSED = "excused", _("Excused")
    ABSENT = "absent", _("Absent")


class Weekday(models.IntegerChoices):
    # Python's date.weekday() numbering, so no translation is needed when scheduling.
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")
