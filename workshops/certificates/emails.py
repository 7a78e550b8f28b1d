"""The one certificate email: "your certificate is ready". Discreet like every Kinship email:
the subject and sender never say what the program is about, and no file is attached."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from cms.email import default_from_email
from cms.models import SiteSettings
from workshops.models.certificates import Certificate


def certificate_ready_message(certificate: Certificate) -> EmailMultiAlternatives:
    """`certificate` comes with enrollment__member."""
    member = certificate.enrollment.member
    site = Site.objects.filter(is_default_site=True).first()
    with translation.override(member.preferred_language):
        context = {
            "member": member,
            "program_name": SiteSettings.for_site(site).program_name if site else "Kinship",
            "dashboard_url": settings.SITE_URL + reverse("dashboard") + "#certificates",
            "site_url": settings.SITE_URL,
        }
        message = EmailMultiAlternatives(
            subject=_("Your certificate is ready"),
            body=render_to_string("workshops/certificates/email_ready.txt", context),
            from_email=default_from_email(),
            to=[member.email],
        )
        message.attach_alternative(render_to_string("workshops/certificates/email_ready.html", context), "text/html")
    return message
