import pytest
from django.contrib.auth import authenticate, get_user_model
from django.db import IntegrityError, transaction

from tests.factories import DEFAULT_PASSWORD

User = get_user_model()


@pytest.mark.django_db
def test_email_is_the_login_and_is_compared_case_insensitively():
    user = User.objects.create_user(email="Casey@Example.org", password=DEFAULT_PASSWORD)
    assert user.email == "casey@example.org"
    assert authenticate(username="CASEY@example.ORG", password=DEFAULT_PASSWORD) == user


@pytest.mark.django_db
def test_the_database_refuses_two_emails_that_differ_only_in_case():
    User.objects.create_user(email="sam@example.org", password="x")
    with pytest.raises(IntegrityError), transaction.atomic():
        User(email="SAM@example.org").save()  # bypasses the manager's normalisation on purpose


@pytest.mark.django_db
def test_the_database_refuses_an_empty_email():
    with pytest.raises(IntegrityError), transaction.atomic():
        User(email="").save()


@pytest.mark.django_db
def test_profile_fields_have_safe_defaults():
    user = User.objects.create_user(email="new@example.org", password="x")
    assert user.time_zone == "America/New_York"
    assert user.preferred_language == "en"
    assert str(user) == "new@example.org"
    assert not user.is_staff and not user.is_superuser


@pytest.mark.django_db
def test_create_superuser_needs_only_email_and_password():
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    assert admin.is_superuser and admin.is_staff
