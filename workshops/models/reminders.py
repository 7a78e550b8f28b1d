"""Which session reminders went out, so running the reminder command again sends nothing twice."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class SessionReminder(models.Model):
    session = models.ForeignKey("workshops.CohortSession", on_delete=models.CASCADE, related_name="reminders")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # A rescheduled session starts at a new time and deserves a new reminder.
    session_starts_at = models.DateTimeField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "member", "session_starts_at"], name="one_reminder_per_member_and_session_time"
            )
        ]

    def __str__(self) -> str:
        return f"reminder {self.pk}"
