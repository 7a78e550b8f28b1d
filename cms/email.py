"""Who our emails come from: a neutral name the program chooses, at the configured address."""

from email.utils import formataddr, parseaddr

from django.conf import settings
from wagtail.models import Site

from cms.models import SiteSettings


def default_from_email() -> str:
    default_name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    site = Site.objects.filter(is_default_site=True).first()
    name = (SiteSettings.for_site(site).email_sender_name if site else "") or default_name
    return formataddr((name, address)) if name else address
