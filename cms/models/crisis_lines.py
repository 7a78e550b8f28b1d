"""The program's crisis lines, one set per language.

Each line is a translatable snippet: the English line and its Spanish translation share a
translation_key. A visitor sees the lines of their language; a line not translated yet is
shown in the default language (marked with its language), so no line is ever missing.
"""

from urllib.parse import quote

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin


class CrisisLine(TranslatableMixin, Orderable):
    """One place a person in crisis can reach at any hour."""

    name = models.CharField(_("name"), max_length=120, help_text=_("For example: 988 Suicide & Crisis Lifeline"))
    phone = models.CharField(_("number to call"), max_length=40, blank=True, help_text=_("For example: 988"))
    text_number = models.CharField(
        _("number to text"), max_length=40, blank=True, help_text=_("If the line takes texts.")
    )
    text_keyword = models.CharField(
        _("word to text"),
        max_length=20,
        blank=True,
        help_text=_("A word that starts the text in this language, if the line asks for one (988: AYUDA for Spanish)."),
    )
    how_to_reach = models.CharField(
        _("how to reach it"),
        max_length=250,
        blank=True,
        help_text=_("How to reach someone who speaks this language (988: press 2 for Spanish, or text AYUDA)."),
    )
    description = models.CharField(
        _("description"), max_length=200, blank=True, help_text=_("For example: Free, confidential, 24/7")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("phone"),
        FieldPanel("text_number"),
        FieldPanel("text_keyword"),
        FieldPanel("how_to_reach"),
        FieldPanel("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "pk"]
        verbose_name = _("crisis line")
        verbose_name_plural = _("crisis lines")

    def __str__(self) -> str:
        return self.name

    @property
    def sms_href(self) -> str:
        """An sms: link that opens a text to the line, with its keyword typed in when it has one."""
        number = "".join(ch for ch in self.text_number if ch.isdigit())
        return f"sms:{number}?&body={quote(self.text_keyword)}" if self.text_keyword else f"sms:{number}"

    @property
    def tel_href(self) -> str:
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
