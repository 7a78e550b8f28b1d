"""purge_expired_data: two warnings, then deletion; idempotent; staff are never purged."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from cms.models import RetentionNotice
from tests.factories import UserFactory

User = get_user_model()
DAYS = 730


@pytest.fixture(autouse=True)
def _inactivity(settings):
    settings.ACCOUNT_INACTIVITY_DAYS = DAYS


def purge():
    call_command("purge_expired_data", verbosity=0)


@pytest.mark.django_db
def test_inactive_member_is_warned_twice_then_deleted_and_repeats_change_nothing(clinician):
    start = timezone.now()
    member = UserFactory(last_login=start)
    clinician.last_login = start
    clinician.save()

    with time_machine.travel(start + timedelta(days=DAYS - 31), tick=False):
        purge()
        assert mail.outbox == []
    with time_machine.travel(start + timedelta(days=DAYS - 29), tick=False):
        purge()
        purge()
        assert [m.to for m in mail.outbox] == [[member.email]]
        assert mail.outbox[0].subject == "Are you still using your account?"
    with time_machine.travel(start + timedelta(days=DAYS - 6), tick=False):
        purge()
        purge()
        assert len(mail.outbox) == 2
        assert mail.outbox[1].subject.startswith("Last reminder")
    with time_machine.travel(start + timedelta(days=DAYS + 1), tick=False):
        purge()
        purge()
    assert not User.objects.filter(pk=member.pk).exists()
    assert User.objects.filter(pk=clinician.pk).exists()  # staff are never purged
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_signing_in_after_a_warning_keeps_the_account():
    start = timezone.now()
    member = UserFactory(last_login=start)
    with time_machine.travel(start + timedelta(days=DAYS - 20), tick=False):
        purge()
        assert RetentionNotice.objects.filter(user=member).count() == 1
        member.last_login = timezone.now() + timedelta(minutes=1)
        member.save()
    with time_machine.travel(start + timedelta(days=DAYS + 10), tick=False):
        purge()
    assert User.objects.filter(pk=member.pk).exists()
    assert not RetentionNotice.objects.filter(user=member).exists()


@pytest.mark.django_db
def test_unverified_signups_go_after_two_weeks():
    old = UserFactory(verified=False)
    User.objects.filter(pk=old.pk).update(date_joined=timezone.now() - timedelta(days=15))
    fresh = UserFactory(verified=False)
    purge()
    assert not User.objects.filter(pk=old.pk).exists()
    assert User.objects.filter(pk=fresh.pk).exists()
