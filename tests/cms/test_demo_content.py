import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import call_command

User = get_user_model()


@pytest.mark.django_db
def test_load_demo_content_creates_the_contract_accounts_and_is_idempotent(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "a-demo-password-for-tests")
    call_command("load_demo_content", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    emails = ["admin@example.org", "clinician@example.org", "staff@example.org", "family@example.org"]
    assert User.objects.filter(email__in=emails).count() == 4
    assert EmailAddress.objects.filter(email__in=emails, verified=True, primary=True).count() == 4
    assert User.objects.get(email="admin@example.org").is_superuser
    assert User.objects.get(email="clinician@example.org").groups.filter(name="Clinicians").exists()
    assert User.objects.get(email="staff@example.org").groups.filter(name="Program staff").exists()
    family = User.objects.get(email="family@example.org")
    assert family.groups.count() == 0 and not family.is_superuser
    assert family.check_password("a-demo-password-for-tests")
    from cms.consent import has_current_consent

    assert has_current_consent(user=family)  # demo members go straight in, no consent screen
