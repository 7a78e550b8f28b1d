"""Rate limits and used-code memory live in the `default` cache alias (Redis in production,
shared by every worker), never in a process's own memory. Finding: with four workers 17 of 20
failed sign-ins got through a limit of 5."""

import pytest
from django.core.cache import caches
from django.test import override_settings

from tests.factories import UserFactory
from tests.support.recording_cache import RecordingCache

RECORDING = {"BACKEND": "tests.support.recording_cache.RecordingCache", "LOCATION": "recording"}


@pytest.mark.django_db
def test_sign_in_and_certificate_check_limits_count_in_the_default_cache(client, settings):
    member = UserFactory()
    with override_settings(CACHES={**settings.CACHES, "default": RECORDING}):
        caches.close_all()
        RecordingCache.written = set()
        client.post("/accounts/login/", {"login": member.email, "password": "wrong-password-here"})
        client.get("/certificates/verify/K7QX3MZD92TAHRWE/")
        written = " ".join(RecordingCache.written)
    assert "allauth:rl:allauth.account:login_failed" in written  # allauth's sign-in limits
    assert "ratelimit:" in written  # certificate checks
