"""Forms for the public side of accounts."""

from django import forms
from django.urls import reverse
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from cms.consent import consent_record
from cms.names import normalise_name
from cms.timezones import DEFAULT_TIME_ZONE, time_zone_choices


class SignupExtraForm(forms.Form):
    """What allauth's sign-up asks beyond email and password: a name to show and a time zone.

    The time zone is prefilled from the browser by static/cms/js/timezone.js and stays editable.
    """

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=120,
        help_text=_(
            "What program staff and your group's facilitators call you. Other families never see it. "
            "A first name or nickname is fine."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        choices=time_zone_choices,
        initial=DEFAULT_TIME_ZONE,
        help_text=_("We show session times in this time zone."),
        widget=forms.Select(attrs={"data-detect-time-zone": "true"}),
    )

    accept_terms = forms.BooleanField(
        label=_("I have read and accept the privacy notice and the terms of use."),
        error_messages={"required": _("Please accept the privacy notice and terms to create an account.")},
        help_text=lazy(
            lambda: format_html(
                '<a href="{}">{}</a> · <a href="{}">{}</a>',
                reverse("privacy"),
                _("Privacy notice"),
                reverse("terms"),
                _("Terms of use"),
            ),
            str,
        )(),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            # Never override what the person picked when the form comes back with an error.
            self.fields["time_zone"].widget.attrs.pop("data-detect-time-zone", None)

    def clean_display_name(self) -> str:
        name = normalise_name(self.cleaned_data["display_name"])
        if not name:
            raise forms.ValidationError(_("Please enter a name to show."))
        return name

    def signup(self, request, user) -> None:
        user.display_name = self.cleaned_data["display_name"]
        user.time_zone = self.cleaned_data["time_zone"]
        user.save(update_fields=["display_name", "time_zone"])
        consent_record(user=user)


class ConsentForm(forms.Form):
    accept = forms.BooleanField(
        label=_("I have read and accept the privacy notice and the terms of use."),
        error_messages={"required": _("Please tick the box to continue.")},
    )
