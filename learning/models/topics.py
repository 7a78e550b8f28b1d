from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A theme that groups modules: addiction basics, codependency, enabling, and so on.

    Translatable: the Spanish topic shares its English original's translation_key, so a module
    shows its topic in the reader's language whichever translation its own field points at."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("The same in every language."))
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["order", "name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="topic_slug_unique_per_language"),
            models.UniqueConstraint(fields=["locale", "name"], name="topic_name_unique_per_language"),
        ]

    def __str__(self) -> str:
        return self.name
