"""The single place where Kinship changes django-allauth's behaviour."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.utils import translation


class KinshipAccountAdapter(DefaultAccountAdapter):
    def new_user(self, request):
        user = super().new_user(request)
        language = translation.get_language_from_request(request)
        if language in dict(settings.LANGUAGES):
            user.preferred_language = language
        return user
