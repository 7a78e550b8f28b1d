from django import forms
from django.utils.translation import gettext_lazy as _

from learning.models.records import REFLECTION_MAX_LENGTH


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label=_("Your reflection"),
        # The service gives the friendly limit message; this only stops absurd posts early.
        max_length=REFLECTION_MAX_LENGTH * 5,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": REFLECTION_MAX_LENGTH}),
        help_text=_("Private: only you can see this. Up to 10,000 characters."),
        error_messages={"required": _("Write something first, or delete the reflection.")},
    )
