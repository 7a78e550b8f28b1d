"""What members tell us themselves about a session: an apology before it, a Join click or a
check-in code during it. Staff see these as suggestions on the attendance sheet; they never
change an AttendanceRecord by themselves (except an apology, which stands as 'excused'
until staff decide otherwise)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

APOLOGY_NOTE_MAX = 300


class AttendanceApology(models.Model):
    """'I can't make it', sent by an enrolled member before the session starts."""

    session = models.ForeignKey("workshops.CohortSession", on_delete=models.CASCADE, related_name="apologies")
    enrollment = models.ForeignKey("workshops.Enrollment", on_delete=models.CASCADE, related_name="apologies")
    note = models.CharField(_("note for the team"), max_length=APOLOGY_NOTE_MAX, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("apology")
        verbose_name_plural = _("apologies")
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "session"], name="one_apology_per_session"),
        ]

    def __str__(self) -> str:
        return f"apology {self.pk}"


class SessionArrival(models.Model):
    """When a member pressed Join and when they typed the check-in code, for one session.

    The first time of each is kept: it is what the facilitator wants to see ("joined 19:00").
    """

    session = models.ForeignKey("workshops.CohortSession", on_delete=models.CASCADE, related_name="arrivals")
    enrollment = models.ForeignKey("workshops.Enrollment", on_delete=models.CASCADE, related_name="arrivals")
    joined_at = models.DateTimeField(_("pressed Join"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)

    class Meta:
        verbose_name = _("session arrival")
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "session"], name="one_arrival_per_session"),
            models.CheckConstraint(
                condition=models.Q(joined_at__isnull=False) | models.Q(checked_in_at__isnull=False),
                name="arrival_has_a_time",
            ),
        ]

    def __str__(self) -> str:
        return f"arrival {self.pk}"
