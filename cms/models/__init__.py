from cms.models.consent import Consent, RetentionNotice
from cms.models.crisis_lines import CrisisLine
from cms.models.deliveries import SentEmail
from cms.models.handouts import Handout, PdfState
from cms.models.health import HealthProbe
from cms.models.pages import HomePage
from cms.models.site_settings import SiteSettings
from cms.models.users import User

__all__ = [
    "Consent",
    "CrisisLine",
    "Handout",
    "HealthProbe",
    "HomePage",
    "PdfState",
    "RetentionNotice",
    "SentEmail",
    "SiteSettings",
    "User",
]
