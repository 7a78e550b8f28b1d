"""Forms of the certificate pages: plain fields, labels and help written for the person using them."""

from django import forms
from django.utils.translation import gettext_lazy as _

from workshops.models.certificates import HOLDER_NAME_MAX


class VerifyCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Certificate code"),
        max_length=40,
        help_text=_("The 16 letters and digits printed at the bottom of the certificate, e.g. K7QX-3MZD-92TA-HRWE."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )


class NameCheckForm(forms.Form):
    name = forms.CharField(
        label=_("Name printed on the certificate"),
        max_length=HOLDER_NAME_MAX,
        help_text=_("Type it as you see it. Capitals, accents and extra spaces do not matter."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


class CertificatePreferenceForm(forms.Form):
    printed_name = forms.CharField(
        label=_("Name to print on your certificates"),
        max_length=HOLDER_NAME_MAX,
        required=False,
        help_text=_(
            "For example your full legal name, if a court or employer needs it. Leave it empty to use "
            "the name you use here. Certificates already issued keep their name; ask the team to correct one."
        ),
    )
    show_name_when_verified = forms.BooleanField(
        label=_("Show my name to people who check my certificate"),
        required=False,
        help_text=_(
            "Off (recommended): the check page says only whether the certificate is valid; the person "
            "checking types the name they see on it and the page confirms whether it matches."
        ),
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept for staff and the audit log. The public check page shows only 'revoked' and the date."),
    )


class ReissueForm(forms.Form):
    holder_name = forms.CharField(
        label=_("Name to print"),
        max_length=HOLDER_NAME_MAX,
        help_text=_("The new certificate gets a new code; the old code then reads 'replaced'."),
    )


class CohortOptionsForm(forms.Form):
    hold_for_review = forms.BooleanField(
        label=_("Hold certificates for staff review"),
        required=False,
        help_text=_(
            "Off: every eligible member gets a certificate as soon as the cohort is marked finished. "
            "On: nothing is issued until you press 'Issue certificates' below."
        ),
    )
