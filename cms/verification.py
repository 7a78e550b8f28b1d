"""Send the sign-up email again, for a new member waiting at "Verify your email address".

The answer never says whether an account exists (the same words, the same status, whatever
was typed), and sending is rate-limited per client and per address, so the form can neither
find out who has an account nor flood someone's inbox.
"""

from allauth.account.models import EmailAddress
from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from cms import ratelimit


class ResendForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Your email address"), max_length=254)


def verification_email_resend(request: HttpRequest, *, email: str) -> None:
    """Send the confirmation link again to an address that is waiting for one; otherwise nothing."""
    email = email.strip().lower()
    if not ratelimit.allow(request, ratelimit.RESEND_PER_ADDRESS, key=email):
        return  # the earlier email's link still works
    address = EmailAddress.objects.filter(email__iexact=email, verified=False, user__isnull=False).first()
    if address is not None:
        address.send_confirmation(request)


@require_http_methods(["GET", "POST"])
def resend_verification(request: HttpRequest) -> HttpResponse:
    form = ResendForm(request.POST or None, initial={"email": request.GET.get("email", "")[:254]})
    if request.method == "POST":
        if not ratelimit.allow(request, ratelimit.RESEND_PER_CLIENT):
            form.add_error(None, _("Too many tries. Please wait 10 minutes, then try again."))
            return render(request, "account/verification_resend.html", {"form": form}, status=429)
        if form.is_valid():
            verification_email_resend(request, email=form.cleaned_data["email"])
            return render(request, "account/verification_resend.html", {"form": ResendForm(), "sent": True})
        return render(request, "account/verification_resend.html", {"form": form}, status=400)
    return render(request, "account/verification_resend.html", {"form": form})
