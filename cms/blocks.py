"""Blocks shared by every app's StreamFields."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class CrisisLineBlock(blocks.StructBlock):
    """One place a person in crisis can reach at any hour."""

    name = blocks.CharBlock(max_length=120, help_text=_("e.g. 988 Suicide & Crisis Lifeline"))
    phone = blocks.CharBlock(max_length=40, required=False, help_text=_("Number to call, e.g. 988"))
    text = blocks.CharBlock(max_length=40, required=False, help_text=_("Number to text, if any"))
    note = blocks.CharBlock(max_length=200, required=False, help_text=_("e.g. Free, confidential, 24/7"))

    class Meta:
        icon = "warning"
        label = _("Crisis line")
        template = "blocks/crisis_line.html"
        description = _("A crisis line shown in every page's footer.")
        preview_value = {"name": "988 Suicide & Crisis Lifeline", "phone": "988", "text": "988"}
