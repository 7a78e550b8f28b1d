"""A family member's place in a cohort. It records the relationship, never the loved one."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from workshops.models.choices import ACTIVE_ENROLLMENT_STATUSES, EnrollmentStatus, Relationship


class Enrollment(models.Model):
    cohort = models.ForeignKey("workshops.Cohort", on_delete=models.CASCADE, related_name="enrollments")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="workshop_enrollments")
    relationship = models.CharField(_("relationship to your loved one"), max_length=16, choices=Relationship.choices)
    status = models.CharField(_("status"), max_length=16, choices=EnrollmentStatus.choices)
    confidentiality_acknowledged_at = models.DateTimeField(_("agreed to confidentiality"))
    # Place in line: the waitlist is first come, first served (ties broken by id).
    queued_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(default=timezone.now)
    status_changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("enrollment")
        constraints = [
            # One row per member and cohort: enrolling twice is refused by the database too.
            models.UniqueConstraint(fields=["cohort", "member"], name="enrollment_once_per_cohort"),
            models.CheckConstraint(
                condition=models.Q(status__in=EnrollmentStatus.values), name="enrollment_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(relationship__in=Relationship.values), name="enrollment_relationship_valid"
            ),
        ]
        indexes = [
            models.Index(fields=["cohort", "status", "queued_at"], name="enrollment_cohort_queue"),
            models.Index(fields=["member", "status"], name="enrollment_member_status"),
        ]

    def __str__(self) -> str:
        # Never the member's name: this string ends up in logs and admin titles.
        return f"enrollment {self.pk}"

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_ENROLLMENT_STATUSES
