"""Wagtail's user admin for Kinship's user: email, display name, time zone, language."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet

from cms.names import normalise_name
from cms.timezones import time_zone_choices

User = get_user_model()
PROFILE_FIELDS = ["display_name", "time_zone", "preferred_language"]


class ProfileFieldsMixin(forms.ModelForm):
    display_name = forms.CharField(label=_("Display name"), max_length=120, required=False)
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=time_zone_choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Kinship keeps no first or last name: the display name is all we need.
        self.fields.pop("first_name", None)
        self.fields.pop("last_name", None)

    def clean_display_name(self) -> str:
        return normalise_name(self.cleaned_data.get("display_name"))


class KinshipUserCreationForm(ProfileFieldsMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = {"email", "is_superuser", "groups", *PROFILE_FIELDS}


class KinshipUserEditForm(ProfileFieldsMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = {"email", "is_active", "is_superuser", "groups", *PROFILE_FIELDS}


class KinshipUserViewSet(UserViewSet):
    ordering = "email"

    def get_form_class(self, for_update=False):
        return KinshipUserEditForm if for_update else KinshipUserCreationForm
