"""Attendance: one mark per enrolled member per session, recorded by staff."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from workshops.models.choices import AttendanceStatus


class AttendanceRecord(models.Model):
    session = models.ForeignKey("workshops.CohortSession", on_delete=models.CASCADE, related_name="attendance")
    # When a member erases their account the enrollment goes, but the mark stays, unlinked,
    # so a cohort's turnout statistics do not change after the fact.
    enrollment = models.ForeignKey(
        "workshops.Enrollment", null=True, blank=True, on_delete=models.SET_NULL, related_name="attendance"
    )
    status = models.CharField(_("attendance"), max_length=16, choices=AttendanceStatus.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("attendance record")
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "session"], name="one_attendance_mark_per_session"),
            models.CheckConstraint(
                condition=models.Q(status__in=AttendanceStatus.values), name="attendance_status_valid"
            ),
        ]
        indexes = [models.Index(fields=["session", "status"], name="attendance_session_status")]

    def __str__(self) -> str:
        return f"attendance {self.pk}"
