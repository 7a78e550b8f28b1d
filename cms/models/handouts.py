"""Printable handouts: a page's PDF, rendered once per published revision and stored.

A lesson has one handout per live revision; a workshop has one per session of its outline
(`part` is the outline block's id). A new publish makes a new revision and so a new handout;
the older ones are deleted once the new one is ready. Handouts hold curriculum only, never
anything about a person, so one stored file serves everyone who may see the page.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PdfState(models.TextChoices):
    """Where the background rendering stands."""

    PENDING = "pending", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


def handout_upload_to(instance, filename: str) -> str:
    # A random folder keeps the stored file's address unguessable; downloads go through views.
    return f"handouts/{secrets.token_hex(12)}/{filename}"


class StoredPdf(models.Model):
    """A PDF rendered in the background and stored in the default storage."""

    pdf = models.FileField(_("PDF"), upload_to=handout_upload_to, max_length=255, blank=True)
    state = models.CharField(max_length=16, choices=PdfState.choices, default=PdfState.PENDING)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    rendered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def is_ready(self) -> bool:
        return self.state == PdfState.READY and bool(self.pdf)

    @property
    def has_failed(self) -> bool:
        return self.state == PdfState.FAILED


class Handout(StoredPdf):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    # The live revision it was rendered from: the PDF prints exactly that revision's content.
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    # "" for the whole page (a lesson); a workshop session's outline block id.
    part = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("handout")
        constraints = [
            models.UniqueConstraint(fields=["page", "revision", "language", "part"], name="handout_once_per_revision"),
            models.CheckConstraint(condition=models.Q(state__in=PdfState.values), name="handout_state_valid"),
            models.CheckConstraint(
                condition=models.Q(language__in=[code for code, _name in settings.LANGUAGES]),
                name="handout_language_known",
            ),
        ]

    def __str__(self) -> str:
        return f"handout {self.pk}"
