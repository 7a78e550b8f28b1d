"""The certificates panel of /me/ (registered in workshops/apps.py)."""

from django.http import HttpRequest

from workshops.certificates.forms import CertificatePreferenceForm
from workshops.certificates.selectors import member_certificates
from workshops.dashboard import member_workshops_for


def preference_form(*, preference, default_name: str) -> CertificatePreferenceForm:
    form = CertificatePreferenceForm(
        initial={"printed_name": preference.printed_name, "show_name_when_verified": preference.show_name_when_verified}
    )
    # An empty field prints the display name: show it, so the member knows what they will get.
    form.fields["printed_name"].widget.attrs["placeholder"] = default_name
    return form


def certificates_panel_context(request: HttpRequest) -> dict:
    # The preference comes with the other per-member reads of /me/ (workshops/dashboard.py).
    preference = member_workshops_for(request).certificate_preference
    context = member_certificates(user=request.user, preference=preference)
    context["form"] = preference_form(preference=context["preference"], default_name=context["default_name"])
    return context
