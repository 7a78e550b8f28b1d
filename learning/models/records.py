"""What a signed-in learner leaves behind: completions, answers and private reflections.

Progress is derived from completions and never stored twice.
"""

from django.conf import settings
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import GreaterThan, LessThanOrEqual
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

REFLECTION_MAX_LENGTH = 10_000
# The stored HTML may be longer than what was typed: escaping and paragraph tags add some.
REFLECTION_STORED_MAX_LENGTH = 3 * REFLECTION_MAX_LENGTH


class LessonCompletion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey("learning.LessonPage", on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="one_completion_per_lesson")]
        indexes = [models.Index(fields=["user", "-completed_at"], name="completion_user_recent")]

    def __str__(self) -> str:
        return f"completion {self.pk}"


class KnowledgeCheckAnswer(models.Model):
    """The learner's latest answer to one knowledge-check block."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="knowledge_answers")
    lesson = models.ForeignKey("learning.LessonPage", on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    option_index = models.PositiveSmallIntegerField()
    is_correct = models.BooleanField()
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson", "block_id"], name="one_answer_per_check"),
            models.CheckConstraint(condition=models.Q(option_index__lte=5), name="answer_option_within_six"),
        ]

    def __str__(self) -> str:
        return f"answer {self.pk}"


class Reflection(models.Model):
    """A private journal entry answering one reflection prompt. Only its author sees it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections")
    # The journal is the member's: a lesson deleted in the CMS leaves its entries (with the
    # prompt as it was asked) in the journal, unlinked, until the member or their account deletes them.
    lesson = models.ForeignKey(
        "learning.LessonPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    block_id = models.CharField(max_length=64)
    prompt = models.CharField(_("prompt"), max_length=300, help_text=_("The question as it was asked."))
    text = models.TextField(_("reflection"), help_text=_("Cleaned HTML."))
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson", "block_id"], name="one_reflection_per_prompt"),
            models.CheckConstraint(
                condition=models.Q(
                    GreaterThan(Length("text"), 0), LessThanOrEqual(Length("text"), REFLECTION_STORED_MAX_LENGTH)
                ),
                name="reflection_text_length",
            ),
        ]
        indexes = [models.Index(fields=["user", "-updated_at"], name="reflection_user_recent")]

    def __str__(self) -> str:
        return f"reflection {self.pk}"
