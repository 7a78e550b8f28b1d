"""factory-boy factories shared by every test folder."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from cms.roles import CLINICIANS, PROGRAM_STAFF

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    display_name = factory.Faker("first_name")
    time_zone = "America/New_York"
    password = factory.django.Password(DEFAULT_PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        """Members can sign in only with a verified address (mandatory verification)."""
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)

    roles = factory.PostGeneration(lambda user, create, extracted, **kw: _add_roles(user, create, extracted, []))

    @factory.post_generation
    def consented(self, create, extracted, **kwargs):
        """Members accepted the current privacy notice and terms at sign-up (pass False to skip)."""
        if create and extracted is not False:
            from cms.consent import consent_record

            consent_record(user=self)


def _add_roles(user, create, extracted, default):
    if create:
        user.groups.add(*Group.objects.filter(name__in=extracted or default))


class ClinicianFactory(UserFactory):
    roles = factory.PostGeneration(
        lambda user, create, extracted, **kw: _add_roles(user, create, extracted, [CLINICIANS])
    )


class ProgramStaffFactory(UserFactory):
    roles = factory.PostGeneration(
        lambda user, create, extracted, **kw: _add_roles(user, create, extracted, [PROGRAM_STAFF])
    )
