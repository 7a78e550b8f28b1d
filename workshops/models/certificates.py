"""Certificates of completion, the member's choices about them, and a cohort's issuing option.

A certificate freezes at issue everything it prints (name, title, dates, sessions attended)
and, once rendered, its PDF: later edits to the member, the workshop or the template never
change an issued certificate. A correction is a new certificate with a new code; the old
one then reads "replaced" on the public verification page.
"""

from django.conf import settings
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import Exact
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from workshops.certificates.codes import CODE_LENGTH, display

HOLDER_NAME_MAX = 200


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    REVOKED = "revoked", _("Revoked")
    REPLACED = "replaced", _("Replaced")


class RenderState(models.TextChoices):
    """Where the background rendering of the PDF stands; staff see it on the cohort page."""

    PENDING = "pending", _("Being prepared")
    READY = "ready", _("Issued")
    FAILED = "failed", _("Failed")


class Certificate(models.Model):
    # Deleted with the member's enrollment (and so with the account): a verification of a
    # certificate whose holder erased their data then honestly says "not found".
    enrollment = models.ForeignKey("workshops.Enrollment", on_delete=models.CASCADE, related_name="certificates")
    code = models.CharField(_("verification code"), max_length=CODE_LENGTH, unique=True)
    status = models.CharField(
        _("status"), max_length=16, choices=CertificateStatus.choices, default=CertificateStatus.VALID
    )

    # Frozen at issue: what the PDF prints and the verification page shows.
    holder_name = models.CharField(_("name on the certificate"), max_length=HOLDER_NAME_MAX)
    certificate_title = models.CharField(_("certificate title"), max_length=120)
    started_on = models.DateField(_("first session"), null=True, blank=True)
    completed_on = models.DateField(_("completed on"))
    sessions_attended = models.PositiveSmallIntegerField(_("sessions attended"))
    sessions_total = models.PositiveSmallIntegerField(_("sessions held"))

    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    # The day of issue in the cohort's own time zone: no date a certificate prints may be later.
    issued_on = models.DateField(_("issued on"), default=timezone.localdate)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    # The stored PDF. Its storage name has a random folder so a guessed /media/ URL finds nothing;
    # members download it through a view that checks who asks.
    pdf = models.FileField(_("PDF"), upload_to="certificates/", max_length=255, blank=True)
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    render_state = models.CharField(max_length=16, choices=RenderState.choices, default=RenderState.PENDING)
    render_error = models.TextField(blank=True)
    rendered_at = models.DateTimeField(null=True, blank=True)

    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Staff-only: never shown on the public page.
    revoke_reason = models.TextField(_("reason"), blank=True)
    replaced_by = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replaces"
    )

    class Meta:
        verbose_name = _("certificate")
        ordering = ["-issued_at", "-pk"]
        constraints = [
            # At most one valid certificate per enrollment, whatever double clicks, retries or
            # parallel workers do: the database refuses a second one.
            models.UniqueConstraint(
                fields=["enrollment"],
                condition=models.Q(status=CertificateStatus.VALID),
                name="one_valid_certificate_per_enrollment",
            ),
            models.CheckConstraint(condition=Exact(Length("code"), CODE_LENGTH), name="certificate_code_full_length"),
            models.CheckConstraint(
                condition=models.Q(status__in=CertificateStatus.values), name="certificate_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(render_state__in=RenderState.values), name="certificate_render_state_valid"
            ),
            models.CheckConstraint(condition=~models.Q(holder_name=""), name="certificate_holder_name_not_empty"),
            models.CheckConstraint(
                condition=models.Q(status=CertificateStatus.VALID) | models.Q(revoked_at__isnull=False),
                name="certificate_ended_has_date",
            ),
            models.CheckConstraint(
                condition=models.Q(sessions_attended__lte=models.F("sessions_total")),
                name="certificate_attended_within_held",
            ),
            # Certificates go to courts and employers: never a date after the day of issue.
            models.CheckConstraint(
                condition=models.Q(completed_on__lte=models.F("issued_on")), name="certificate_completed_by_issue"
            ),
            models.CheckConstraint(
                condition=models.Q(started_on__isnull=True) | models.Q(started_on__lte=models.F("completed_on")),
                name="certificate_started_before_completed",
            ),
        ]
        indexes = [models.Index(fields=["enrollment", "status"], name="certificate_enrollment_status")]

    def __str__(self) -> str:
        # Never the holder's name: this string ends up in logs and admin titles.
        return f"certificate {self.pk}"

    @property
    def is_valid(self) -> bool:
        return self.status == CertificateStatus.VALID

    @property
    def display_code(self) -> str:
        return display(self.code)

    @property
    def is_ready(self) -> bool:
        return self.render_state == RenderState.READY and bool(self.pdf)


class CertificatePreference(models.Model):
    """A member's own choices about their certificates, set on /me/.

    The name to print lives here rather than on an enrollment because a member wants the same
    name on every certificate; it is copied onto a certificate when it is issued and can be
    changed any time before that. Showing the name to verifiers is off unless they turn it on,
    and applies to all their certificates at once, including ones already issued.
    """

    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificate_preference"
    )
    printed_name = models.CharField(
        _("name to print on your certificates"),
        max_length=HOLDER_NAME_MAX,
        blank=True,
        help_text=_("As you want it to appear, for example your full legal name. Empty: your display name."),
    )
    show_name_when_verified = models.BooleanField(
        _("show my name to people who check my certificate"),
        default=False,
        help_text=_(
            "Off: the check page shows only whether the certificate is valid, and the person checking "
            "types the name they see on it to confirm it."
        ),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("certificate preference")

    def __str__(self) -> str:
        return f"certificate preference {self.pk}"


class CohortCertificateOptions(models.Model):
    """How a cohort issues certificates. No row means the default: issue when it is finished."""

    cohort = models.OneToOneField(
        "workshops.Cohort", on_delete=models.CASCADE, primary_key=True, related_name="certificate_options"
    )
    hold_for_review = models.BooleanField(
        _("hold certificates for staff review"),
        default=False,
        help_text=_(
            "Off: certificates go to every eligible member as soon as the cohort is marked finished. "
            "On: nothing is issued until staff press 'Issue certificates' on the cohort's Certificates page."
        ),
    )

    class Meta:
        verbose_name = _("cohort certificate options")

    def __str__(self) -> str:
        return f"certificate options {self.pk}"
