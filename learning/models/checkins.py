"""Outcome check-ins: a short questionnaire clinicians write in the admin.

A snippet with drafts, revisions and a workflow, so it goes live only through the same
"Clinical review" workflow as lessons and curricula (the learning migration assigns it), and
translatable like topics: the Spanish check-in shares its original's translation_key and keys.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index

from learning.outcomes.blocks import FREE_TEXT, ITEM_BLOCKS

MAX_ITEMS = 10  # under two minutes on a phone


class CheckIn(
    TranslatableMixin, WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model
):
    title = models.CharField(_("title"), max_length=120, help_text=_("Staff see this. e.g. 'Family skills check-in'."))
    intro = models.TextField(
        _("introduction"), max_length=400, blank=True, help_text=_("One or two plain sentences members read first.")
    )
    items = StreamField(ITEM_BLOCKS, verbose_name=_("questions"), min_num=1, max_num=MAX_ITEMS)

    panels = [FieldPanel("title"), FieldPanel("intro"), FieldPanel("items")]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("outcome check-in")
        verbose_name_plural = _("outcome check-ins")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        keys = [block.value["key"] for block in self.items]
        if len(keys) != len(set(keys)):
            raise ValidationError({"items": _("Each question needs its own key.")})
        if sum(1 for block in self.items if block.block_type == FREE_TEXT) > 1:
            raise ValidationError({"items": _("A check-in may have one free-text question at most.")})

    @property
    def questions(self) -> list:
        """(kind, value) pairs in order; value has key, text (and labels for scales)."""
        return [(block.block_type, block.value) for block in self.items]
