"""A member's answers to a workshop's outcome check-ins, and their yes or no to being asked.

Least data: a response links the enrollment (so the member and the group), the occasion, the
language and the day; each answer holds one number or, for the free-text question, the words
and whether the member lets staff read them anonymously. Staff never see a single row: the
report (workshops/outcomes/selectors.py) shows counts and averages of groups of 5 or more.
"""

from django.conf import settings
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from learning.outcomes.blocks import AGREEMENT, FREE_TEXT, RANGES, SCALE, YES_NO

COMMENT_MAX_LENGTH = 1_000


class Occasion(models.TextChoices):
    BEFORE = "before", _("Before the first session")
    AFTER = "after", _("After the last session")


class ItemKind(models.TextChoices):
    AGREEMENT = AGREEMENT, _("Agreement (1 to 5)")
    SCALE = SCALE, _("Scale (0 to 10)")
    YES_NO = YES_NO, _("Yes or no")
    FREE_TEXT = FREE_TEXT, _("Free text")


class ResponseStatus(models.TextChoices):
    ANSWERED = "answered", _("Answered")
    SKIPPED = "skipped", _("Skipped")  # "not this time": no answers, counts nowhere


class CheckInResponse(models.Model):
    enrollment = models.ForeignKey("workshops.Enrollment", on_delete=models.CASCADE, related_name="check_in_responses")
    occasion = models.CharField(_("occasion"), max_length=8, choices=Occasion.choices)
    status = models.CharField(_("status"), max_length=10, choices=ResponseStatus.choices)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    # A day, not a time: enough to tell before from after, and less to hold.
    answered_on = models.DateField(_("answered on"), default=timezone.localdate)

    class Meta:
        verbose_name = _("check-in response")
        constraints = [
            # One answer per member, group and occasion (the enrollment is the member in the group).
            models.UniqueConstraint(fields=["enrollment", "occasion"], name="check_in_response_once"),
            models.CheckConstraint(condition=models.Q(occasion__in=Occasion.values), name="check_in_occasion_valid"),
            models.CheckConstraint(condition=models.Q(status__in=ResponseStatus.values), name="check_in_status_valid"),
        ]
        indexes = [models.Index(fields=["occasion", "status"], name="check_in_response_occasion")]

    def __str__(self) -> str:
        return f"check-in response {self.pk}"


def _in_range(kind: str) -> models.Q:
    low, high = RANGES[kind]
    return models.Q(kind=kind, value__gte=low, value__lte=high, text="", share_text=False)


def answer_constraints(prefix: str) -> list:
    """One value in the item's range, or words for the free-text item: the same rule for the
    answers to a workshop's check-in and to a module's."""
    return [
        models.UniqueConstraint(fields=["response", "item_key"], name=f"{prefix}_answer_once_per_item"),
        models.CheckConstraint(
            condition=_in_range(AGREEMENT)
            | _in_range(SCALE)
            | _in_range(YES_NO)
            | models.Q(kind=FREE_TEXT, value__isnull=True),
            name=f"{prefix}_answer_in_range",
        ),
        models.CheckConstraint(
            condition=models.Q(LessThanOrEqual(Length("text"), COMMENT_MAX_LENGTH)),
            name=f"{prefix}_comment_length",
        ),
    ]


class AnswerFields(models.Model):
    """One answer to one question: a number, or for the free-text question words and whether the
    member lets staff read them anonymously."""

    item_key = models.SlugField(_("question key"), max_length=40)
    kind = models.CharField(_("kind"), max_length=12, choices=ItemKind.choices)
    value = models.SmallIntegerField(_("value"), null=True, blank=True)
    text = models.TextField(_("comment"), blank=True)
    share_text = models.BooleanField(_("share this comment anonymously"), default=False)

    class Meta:
        abstract = True


class CheckInAnswer(AnswerFields):
    response = models.ForeignKey(CheckInResponse, on_delete=models.CASCADE, related_name="answers")

    class Meta:
        verbose_name = _("check-in answer")
        constraints = answer_constraints("check_in")

    def __str__(self) -> str:
        return f"check-in answer {self.pk}"


class ModuleCheckInResponse(models.Model):
    """A member's answer (or "not this time") to a module's check-in, before or after the module.
    The module is the page the member answered on, in their language; the report pairs before
    and after across a module's translations (by translation key)."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_check_in_responses"
    )
    module = models.ForeignKey("learning.ModulePage", on_delete=models.CASCADE, related_name="+")
    occasion = models.CharField(_("occasion"), max_length=8, choices=Occasion.choices)
    status = models.CharField(_("status"), max_length=10, choices=ResponseStatus.choices)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    answered_on = models.DateField(_("answered on"), default=timezone.localdate)

    class Meta:
        verbose_name = _("module check-in response")
        constraints = [
            models.UniqueConstraint(fields=["member", "module", "occasion"], name="module_check_in_response_once"),
            models.CheckConstraint(
                condition=models.Q(occasion__in=Occasion.values), name="module_check_in_occasion_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=ResponseStatus.values), name="module_check_in_status_valid"
            ),
        ]
        indexes = [models.Index(fields=["occasion", "status"], name="module_check_in_occasion")]

    def __str__(self) -> str:
        return f"module check-in response {self.pk}"


class ModuleCheckInAnswer(AnswerFields):
    response = models.ForeignKey(ModuleCheckInResponse, on_delete=models.CASCADE, related_name="answers")

    class Meta:
        verbose_name = _("module check-in answer")
        constraints = answer_constraints("module_check_in")

    def __str__(self) -> str:
        return f"module check-in answer {self.pk}"


class CheckInConsent(models.Model):
    """The member's answer to "may we ask you?": once "no", never asked again, and counted nowhere."""

    class Choice(models.TextChoices):
        AGREED = "agreed", _("Agreed to answer")
        DECLINED = "declined", _("Asked not to be asked")

    member = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="check_in_consent")
    choice = models.CharField(_("choice"), max_length=8, choices=Choice.choices)
    decided_on = models.DateField(_("decided on"), default=timezone.localdate)

    class Meta:
        verbose_name = _("check-in consent")
        constraints = [
            models.CheckConstraint(condition=models.Q(choice__in=["agreed", "declined"]), name="check_in_consent_valid")
        ]

    def __str__(self) -> str:
        return f"check-in consent {self.pk}"
