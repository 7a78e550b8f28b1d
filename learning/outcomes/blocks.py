"""The items of a check-in. Each has a `key`: items with the same key are compared before and
after, and a Spanish translation keeps its English original's keys, so answers pair across
languages."""

from django.core.validators import validate_slug
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

# The kinds of item, and the values each may hold (CheckConstraints in workshops/models/outcomes.py).
AGREEMENT = "agreement"  # 1 (strongly disagree) .. 5 (strongly agree)
SCALE = "scale"  # 0 .. 10
YES_NO = "yes_no"  # 0 no, 1 yes
FREE_TEXT = "free_text"  # optional words, never scored
SCORED_KINDS = (AGREEMENT, SCALE, YES_NO)
RANGES = {AGREEMENT: (1, 5), SCALE: (0, 10), YES_NO: (0, 1)}


class ItemBlock(blocks.StructBlock):
    key = blocks.CharBlock(
        label=_("key"),
        max_length=40,
        validators=[validate_slug],
        help_text=_("A short name such as 'confidence-boundary'. The same in every language; never change it."),
    )
    text = blocks.CharBlock(label=_("wording"), max_length=200)


class ScaleItemBlock(ItemBlock):
    low_label = blocks.CharBlock(label=_("what 0 means"), max_length=60, required=False)
    high_label = blocks.CharBlock(label=_("what 10 means"), max_length=60, required=False)


ITEM_BLOCKS = [
    (AGREEMENT, ItemBlock(label=_("Agreement (1 to 5)"), icon="list-ol")),
    (SCALE, ScaleItemBlock(label=_("Scale (0 to 10)"), icon="order")),
    (YES_NO, ItemBlock(label=_("Yes or no"), icon="tick")),
    (FREE_TEXT, ItemBlock(label=_("Free text (optional)"), icon="edit")),
]
