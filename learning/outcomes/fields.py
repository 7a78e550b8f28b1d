"""How a page names a check-in: workshops (before the first and after the last session) and
modules (before and after the module) use the same optional link."""

from django.db import models


def check_in_link(verbose_name, *, help_text="") -> models.ForeignKey:
    """An optional check-in; deleting the check-in leaves the page without one."""
    return models.ForeignKey(
        "learning.CheckIn",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=verbose_name,
        help_text=help_text,
    )
