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

    def send_mail(self, template_prefix, email, context):
        """Account emails go out in the member's preferred language, whatever page sent them."""
        from django.contrib.auth import get_user_model

        user = context.get("user")
        if user is None:
            user = get_user_model().objects.filter(email__iexact=email).only("preferred_language").first()
        language = getattr(user, "preferred_language", None) or translation.get_language()
        with translation.override(language):
            return super().send_mail(template_prefix, email, context)

    def get_login_redirect_url(self, request):
        """Clinicians and program staff start on the admin home, where their work is listed;
        members on /me/. A `next` address still wins (allauth checks it first)."""
        from cms.roles import is_staff_member

        if is_staff_member(request.user):
            return "/admin/"
        return super().get_login_redirect_url(request)

    def new_user(self, request):
        user = super().new_user(request)
        # The language the sign-up page was shown in (its URL, or the browser's choice).
        language = translation.get_language()
        if language in dict(settings.LANGUAGES):
            user.preferred_language = language
        return user


class KinshipMFAAdapter(DefaultMFAAdapter):
    def can_delete_authenticator(self, authenticator) -> bool:
        """Staff who must use two-step sign-in cannot switch it off (they may replace it)."""
        if requires_mfa(authenticator.user):
            return False
        return super().can_delete_authenticator(authenticator)
