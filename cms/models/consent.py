from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Consent(models.Model):
    """A member accepted a version of the privacy notice or the terms."""

    class Document(models.TextChoices):
        PRIVACY = "privacy", _("Privacy notice")
        TERMS = "terms", _("Terms of use")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents")
    document = models.CharField(max_length=16, choices=Document.choices)
    version = models.CharField(max_length=20)
    accepted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "document", "version"], name="one_consent_per_version"),
        ]

    def __str__(self) -> str:
        return f"consent {self.pk}"


class RetentionNotice(models.Model):
    """A warning sent before an inactive account is deleted (two are sent, then it goes)."""

    class Kind(models.TextChoices):
        FIRST = "first", _("First warning")
        FINAL = "final", _("Final warning")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="retention_notices")
    kind = models.CharField(max_length=8, choices=Kind.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "kind"], name="one_retention_notice_per_kind")]

    def __str__(self) -> str:
        return f"retention notice {self.pk}"
