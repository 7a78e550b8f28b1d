"""Program-wide settings that clinicians and staff edit in the Wagtail admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from cms.timezones import DEFAULT_TIME_ZONE, TimeZoneSelect, validate_time_zone


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    # Read on every page (footer); one row, fetched once per request and cached on it.
    select_related = ["logo"]

    program_name = models.CharField(_("program name"), max_length=120, default="Kinship")
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the header and on certificates. Its title is used as alt text."),
    )
    certificate_signatory_name = models.CharField(max_length=120, blank=True)
    certificate_signatory_title = models.CharField(max_length=120, blank=True)
    support_email = models.EmailField(
        _("contact email"),
        blank=True,
        help_text=_("How families reach the program: shown in every page's footer and on the contact page."),
    )
    contact_phone = models.CharField(
        _("contact phone"),
        max_length=40,
        blank=True,
        help_text=_("Shown with the contact email. A number staff answer during office hours."),
    )
    email_sender_name = models.CharField(
        _("email sender name"),
        max_length=80,
        blank=True,
        help_text=_(
            'The name families see on our emails. Keep it neutral (for example "Family Program"): '
            "others may see it in their inbox."
        ),
    )
    time_zone = models.CharField(
        _("program time zone"),
        max_length=64,
        default=DEFAULT_TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_("Where the program runs. New groups start in this time zone."),
    )
    quick_exit_url = models.URLField(
        default="https://www.weather.gov/",
        help_text=_("A neutral site the quick-exit button leaves for."),
    )

    panels = [
        FieldPanel("program_name"),
        FieldPanel("logo"),
        FieldPanel("support_email"),
        FieldPanel("contact_phone"),
        FieldPanel("time_zone", widget=TimeZoneSelect),
        FieldPanel("email_sender_name"),
        MultiFieldPanel(
            [FieldPanel("certificate_signatory_name"), FieldPanel("certificate_signatory_title")],
            heading=_("Certificates"),
        ),
        FieldPanel("quick_exit_url"),
    ]

    class Meta:
        verbose_name = _("program settings")
