"""A cohort's handout pack: every session's handout in one PDF, for staff to print for a group.

Stored per cohort, the workshop's live revision (in the cohort's language) and the cohort's
list of sessions, so a new publish or regenerated sessions make a new pack. Like every handout
it holds curriculum only: no member's name or anything else about a person.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.models.handouts import PdfState, StoredPdf


class HandoutPack(StoredPdf):
    cohort = models.ForeignKey("workshops.Cohort", on_delete=models.CASCADE, related_name="handout_packs")
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    # A digest of the cohort's sessions (number, outline block) when the pack was asked for.
    sessions_key = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("handout pack")
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "revision", "language", "sessions_key"], name="handout_pack_once_per_revision"
            ),
            models.CheckConstraint(condition=models.Q(state__in=PdfState.values), name="handout_pack_state_valid"),
        ]

    def __str__(self) -> str:
        return f"handout pack {self.pk}"
