"""A cohort runs a workshop once, for one group of family members, on a weekly schedule."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.timezones import DEFAULT_TIME_ZONE, validate_time_zone
from workshops.models.choices import CohortStatus, SessionStatus, Weekday

MAX_CAPACITY = 200
MIN_SESSION_MINUTES = 15
MAX_SESSION_MINUTES = 480
# Members see the Join link from this long before the start until the end of a session.
JOIN_OPENS_BEFORE = timedelta(minutes=15)


def held_sessions(now, *, prefix: str = "") -> models.Q:
    """Sessions held by `now`: started and not cancelled. Eligibility, the cohort report and the
    certificate all count these, so they always agree. `prefix` reaches them through a relation
    (for example "session__" from attendance records)."""
    return models.Q(**{f"{prefix}starts_at__lte": now}) & ~models.Q(**{f"{prefix}status": SessionStatus.CANCELLED})


class Cohort(models.Model):
    workshop = models.ForeignKey(
        "workshops.WorkshopPage",
        on_delete=models.PROTECT,  # a curriculum with groups behind it must not vanish
        related_name="cohorts",
        verbose_name=_("workshop"),
    )
    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("Members see this name, also in emails. Keep it neutral, e.g. 'Tuesday evening group'."),
    )
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="facilitated_cohorts", verbose_name=_("facilitators")
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=DEFAULT_TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_("The group meets at the same local time in this zone, also across daylight-saving changes."),
    )
    capacity = models.PositiveSmallIntegerField(
        _("seats"), default=12, validators=[MinValueValidator(1), MaxValueValidator(MAX_CAPACITY)]
    )
    requires_approval = models.BooleanField(
        _("staff approve each sign-up"),
        default=False,
        help_text=_("If ticked, a sign-up waits for staff to approve it. It keeps a seat while it waits."),
    )
    enrollment_opens_at = models.DateTimeField(_("sign-up opens"), null=True, blank=True)
    enrollment_closes_at = models.DateTimeField(_("sign-up closes"), null=True, blank=True)
    meeting_url = models.URLField(
        _("video meeting link"),
        max_length=500,
        blank=True,
        validators=[URLValidator(schemes=["https"])],
        help_text=_("Only enrolled members see it, from 15 minutes before each session until it ends."),
    )
    location = models.CharField(
        _("location"), max_length=200, blank=True, help_text=_("Optional: a room or address for in-person groups.")
    )
    status = models.CharField(_("status"), max_length=16, choices=CohortStatus.choices, default=CohortStatus.DRAFT)
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The group meets in this language. Its certificates print in it too."),
    )

    # The weekly schedule that sessions are generated from (then each session can be edited).
    first_session_on = models.DateField(
        _("start date"), help_text=_("The first session is on the chosen weekday, on or after this date.")
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    local_start_time = models.TimeField(_("start time"), help_text=_("Local time in the group's time zone."))
    session_minutes = models.PositiveSmallIntegerField(
        _("minutes per session"),
        default=90,
        validators=[MinValueValidator(MIN_SESSION_MINUTES), MaxValueValidator(MAX_SESSION_MINUTES)],
    )

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["-first_session_on", "name"]
        constraints = [
            models.UniqueConstraint(fields=["workshop", "name"], name="cohort_name_unique_per_workshop"),
            models.CheckConstraint(
                condition=models.Q(capacity__gte=1, capacity__lte=MAX_CAPACITY), name="cohort_capacity_in_range"
            ),
            models.CheckConstraint(condition=models.Q(weekday__gte=0, weekday__lte=6), name="cohort_weekday_valid"),
            models.CheckConstraint(
                condition=models.Q(session_minutes__gte=MIN_SESSION_MINUTES, session_minutes__lte=MAX_SESSION_MINUTES),
                name="cohort_session_minutes_in_range",
            ),
            models.CheckConstraint(condition=models.Q(status__in=CohortStatus.values), name="cohort_status_valid"),
            models.CheckConstraint(
                condition=models.Q(enrollment_opens_at__isnull=True)
                | models.Q(enrollment_closes_at__isnull=True)
                | models.Q(enrollment_closes_at__gt=models.F("enrollment_opens_at")),
                name="cohort_enrollment_closes_after_it_opens",
            ),
            models.CheckConstraint(condition=~models.Q(name=""), name="cohort_name_not_empty"),
            models.CheckConstraint(
                condition=models.Q(language__in=[code for code, _name in settings.LANGUAGES]),
                name="cohort_language_known",
            ),
        ]
        indexes = [models.Index(fields=["workshop", "status"], name="cohort_workshop_status")]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if (
            self.enrollment_opens_at
            and self.enrollment_closes_at
            and self.enrollment_closes_at <= self.enrollment_opens_at
        ):
            raise ValidationError({"enrollment_closes_at": _("Sign-up must close after it opens.")})

    def accepts_enrollments(self, now) -> bool:
        """Open for sign-up right now: status 'open' and inside the sign-up window, if one is set."""
        if self.status != CohortStatus.OPEN:
            return False
        if self.enrollment_opens_at and now < self.enrollment_opens_at:
            return False
        return not (self.enrollment_closes_at and now >= self.enrollment_closes_at)


class CohortSession(models.Model):
    """One meeting of a cohort. Generated from the workshop outline, then editable one by one."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="sessions")
    number = models.PositiveSmallIntegerField(_("number"))
    # The outline block this session teaches, so its materials follow the clinicians' edits.
    outline_block_id = models.CharField(max_length=64, blank=True)
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    status = models.CharField(
        _("status"), max_length=16, choices=SessionStatus.choices, default=SessionStatus.SCHEDULED
    )
    # RFC 5545 SEQUENCE: calendars replace an event only when this grows.
    sequence = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("session")
        ordering = ["cohort", "number"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "number"], name="session_number_unique_per_cohort"),
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="session_ends_after_start"
            ),
            models.CheckConstraint(condition=models.Q(number__gte=1), name="session_number_positive"),
            models.CheckConstraint(condition=models.Q(status__in=SessionStatus.values), name="session_status_valid"),
        ]
        indexes = [models.Index(fields=["starts_at"], name="session_starts_at")]

    def __str__(self) -> str:
        return f"{self.cohort_id}/{self.number} {self.title}"

    @property
    def is_cancelled(self) -> bool:
        return self.status == SessionStatus.CANCELLED

    def is_held(self, now) -> bool:
        """Started and not cancelled (see held_sessions)."""
        return not self.is_cancelled and self.starts_at <= now

    def join_window_contains(self, now) -> bool:
        return self.starts_at - JOIN_OPENS_BEFORE <= now < self.ends_at
