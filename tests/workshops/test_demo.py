"""`load_demo_content` adds two workshops with running, open and finished cohorts, idempotently."""

import pytest
from django.core.management import call_command

from workshops.models import Cohort, CohortStatus, Enrollment, EnrollmentStatus, WorkshopPage


@pytest.mark.django_db
def test_demo_workshops_cohorts_and_the_family_members_enrollment_load_once():
    call_command("load_demo_content", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    workshops = {w.title: w for w in WorkshopPage.objects.live()}
    assert set(workshops) == {"Family Recovery Foundations", "Communication and Boundaries"}
    assert len(workshops["Family Recovery Foundations"].session_outlines) == 6
    assert len(workshops["Communication and Boundaries"].session_outlines) == 4
    for workshop in workshops.values():
        statuses = sorted(Cohort.objects.filter(workshop=workshop, language="en").values_list("status", flat=True))
        assert statuses == sorted([CohortStatus.RUNNING, CohortStatus.OPEN, CohortStatus.FINISHED])
        for cohort in workshop.cohorts.all():
            assert cohort.sessions.count() == len(workshop.session_outlines)
    # One group of the first workshop meets in Spanish and is open for sign-up.
    (spanish,) = Cohort.objects.filter(language="es")
    assert spanish.workshop == workshops["Family Recovery Foundations"] and spanish.status == CohortStatus.OPEN
    family = Enrollment.objects.filter(member__email="family@example.org", status=EnrollmentStatus.ENROLLED)
    assert family.filter(cohort__status=CohortStatus.RUNNING).count() == 1
    running = family.get(cohort__status=CohortStatus.RUNNING).cohort
    assert running.sessions.filter(starts_at__gt=running.created_at).exists()  # something is coming up
