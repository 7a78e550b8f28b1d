"""The single place where Kinship changes django-allauth's behaviour."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django.conf import settings
from django.utils import translation

from cms.email import default_from_email
from cms.mfa import requires_mfa


class KinshipAccountAdapter(DefaultAccountAdapter):
    def get_from_email(self) -> str:
        return default_from_email()

    def new_user(self, request):
        user = super().new_user(request)
        language = translation.get_language_from_request(request)
        if language in dict(settings.LANGUAGES):
            user.preferred_language = language
        return user


class KinshipMFAAdapter(DefaultMFAAdapter):
    def can_delete_authenticator(self, authenticator) -> bool:
        """Staff who must use two-step sign-in cannot switch it off (they may replace it)."""
        if requires_mfa(authenticator.user):
            return False
        return super().can_delete_authenticator(authenticator)
