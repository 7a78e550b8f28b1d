"""allauth's sign-up form, made to do the same work whether or not the address has an account.

With ACCOUNT_PREVENT_ENUMERATION allauth answers a registered address with the same page as a
new one, and both get one email. But only a new account had its password hashed, and hashing
is most of a sign-up's time: a registered address answered ten times faster, which tells a
stranger that someone in this family is in treatment. The registered path now hashes the typed
password too, the way Django's login hashes one for an unknown address.
"""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django.contrib.auth import get_user_model


def hash_like_a_new_account(password: str) -> None:
    """The password hashing a new account costs, on a throwaway user that is never saved."""
    get_user_model()().set_password(password)


class SignupForm(AllauthSignupForm):
    def try_save(self, request):
        if self.account_already_exists:
            hash_like_a_new_account(self.cleaned_data.get("password1") or "")
        return super().try_save(request)
