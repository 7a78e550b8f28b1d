import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import call_command

User = get_user_model()


@pytest.mark.django_db
def test_load_demo_content_creates_the_contract_accounts_and_is_idempotent(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "a-demo-password-for-tests")
    call_command("load_demo_content", verbosity=0, allow_production=True)
    call_command("load_demo_content", verbosity=0, allow_production=True)
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


@pytest.mark.django_db
def test_with_debug_off_the_demo_is_refused_without_the_flag_and_creates_nothing(settings):
    from django.core.management.base import CommandError
    from wagtail.models import Page

    settings.DEBUG = False
    pages_before = Page.objects.count()
    with pytest.raises(CommandError, match="--allow-production"):
        call_command("load_demo_content", verbosity=0)
    assert not User.objects.exists()
    assert Page.objects.count() == pages_before


def test_with_debug_off_the_command_exits_non_zero(tmp_path):
    from tests.cms.test_settings import run_manage

    result = run_manage(
        "load_demo_content",
        DEBUG="0",
        SECRET_KEY="tests-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    )
    assert result.returncode != 0
    assert "--allow-production" in result.stderr


@pytest.mark.django_db
def test_allowed_in_production_it_never_uses_the_published_password(settings, monkeypatch, capsys):
    from cms.demo import DEFAULT_DEMO_PASSWORD

    settings.DEBUG = False
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    call_command("load_demo_content", verbosity=0, allow_production=True)
    shown = capsys.readouterr().out
    admin = User.objects.get(email="admin@example.org")
    assert not admin.check_password(DEFAULT_DEMO_PASSWORD)
    line = next(line for line in shown.splitlines() if "admin@example.org" in line)
    assert admin.check_password(line.split()[-1])  # the printed password is the one set
    # A second run shows nothing and keeps the passwords people may already have changed.
    call_command("load_demo_content", verbosity=0, allow_production=True)
    assert "admin@example.org" not in capsys.readouterr().out
    assert admin.check_password(line.split()[-1]) and User.objects.get(pk=admin.pk).check_password(line.split()[-1])

    monkeypatch.setenv("DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD)  # named explicitly: still refused as a password
    call_command("load_demo_content", verbosity=0, allow_production=True)
    assert not User.objects.get(pk=admin.pk).check_password(DEFAULT_DEMO_PASSWORD)
