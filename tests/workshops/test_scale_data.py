"""`manage.py seed_scale_data` builds a large dataset for benchmarks; run twice it replaces its own data."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from cms.models import Consent
from learning.models import LessonCompletion
from tests.factories import UserFactory
from tests.learning.builders import make_module
from tests.workshops.builders import make_workshop
from workshops.models import AttendanceRecord, Certificate, Cohort, CohortSession, Enrollment
from workshops.scale_data import COHORT_PREFIX, SCALE_DOMAIN


def _counts() -> dict:
    scale_members = get_user_model().objects.filter(email__endswith=f"@{SCALE_DOMAIN}")
    scale_cohorts = Cohort.objects.filter(name__startswith=COHORT_PREFIX)
    return {
        "members": scale_members.count(),
        "cohorts": scale_cohorts.count(),
        "sessions": CohortSession.objects.filter(cohort__in=scale_cohorts).count(),
        "enrollments": Enrollment.objects.filter(cohort__in=scale_cohorts).count(),
        "attendance": AttendanceRecord.objects.filter(session__cohort__in=scale_cohorts).count(),
        "completions": LessonCompletion.objects.filter(user__in=scale_members).count(),
        "certificates": Certificate.objects.filter(enrollment__cohort__in=scale_cohorts).count(),
        "consents": Consent.objects.filter(user__in=scale_members).count(),
    }


@pytest.mark.django_db
def test_a_small_scale_dataset_twice_has_the_same_counts():
    make_module(lessons=4)
    make_workshop(sessions=4, min_sessions_attended=2)
    bystander = UserFactory(email="someone@example.org")

    call_command("seed_scale_data", members=30, cohorts=3, sessions=12, verbosity=0)
    first = _counts()
    call_command("seed_scale_data", members=30, cohorts=3, sessions=12, verbosity=0)
    second = _counts()

    assert first == second
    assert first["members"] == 30 and first["cohorts"] == 3 and first["sessions"] == 36
    assert first["consents"] == 60  # both documents, so members can use the site at once
    # The first cohort is the big one, capped by the number of members: here all 30.
    big = Cohort.objects.get(name=f"{COHORT_PREFIX}001")
    assert big.enrollments.count() == 30
    assert first["enrollments"] >= 30 + 2 * 8
    assert first["attendance"] > 0 and first["completions"] > 0
    members = get_user_model().objects.filter(email__endswith=f"@{SCALE_DOMAIN}")
    assert all(member.display_name and member.time_zone for member in members)
    assert get_user_model().objects.filter(pk=bystander.pk).exists()


@pytest.mark.django_db
def test_seeding_without_the_demo_content_says_what_to_do():
    with pytest.raises(CommandError, match="load_demo_content"):
        call_command("seed_scale_data", members=5, cohorts=1, sessions=2, verbosity=0)


@pytest.mark.django_db
def test_seeding_refuses_zero_sizes():
    with pytest.raises(CommandError, match="at least 1"):
        call_command("seed_scale_data", members=0, cohorts=1, sessions=2, verbosity=0)
