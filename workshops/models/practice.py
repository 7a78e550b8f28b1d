"""A member's answer to a session's homework: "I tried it" or "Not this week", with an
optional private note that lives in their journal. Facilitators only ever see counts."""

from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# What a member may type, and what the cleaned HTML of it may grow to.
PRACTICE_NOTE_MAX_LENGTH = 2_000
PRACTICE_NOTE_STORED_MAX_LENGTH = 3 * PRACTICE_NOTE_MAX_LENGTH


class PracticeChoice(models.TextChoices):
    TRIED = "tried", _("I tried it")
    NOT_THIS_WEEK = "not_this_week", _("Not this week")


class PracticeAnswer(models.Model):
    """One member's answer to the homework of one session of their group."""

    session = models.ForeignKey("workshops.CohortSession", on_delete=models.CASCADE, related_name="practice_answers")
    enrollment = models.ForeignKey("workshops.Enrollment", on_delete=models.CASCADE, related_name="practice_answers")
    answer = models.CharField(_("answer"), max_length=16, choices=PracticeChoice.choices)
    note = models.TextField(_("private note"), blank=True, help_text=_("Cleaned HTML. Only the member sees it."))
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("practice answer")
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "session"], name="practice_answer_once_per_session"),
            models.CheckConstraint(condition=models.Q(answer__in=PracticeChoice.values), name="practice_answer_valid"),
            models.CheckConstraint(
                condition=models.Q(LessThanOrEqual(Length("note"), PRACTICE_NOTE_STORED_MAX_LENGTH)),
                name="practice_note_length",
            ),
        ]

    def __str__(self) -> str:
        # Never the member or the note: this string can end up in logs.
        return f"practice answer {self.pk}"
