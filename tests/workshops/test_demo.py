"""`load_demo_content` adds two workshops with running, open and finished cohorts, idempotently."""

import pytest
from django.core.management import call_command

from workshops.demo_content_es import WORKSHOPS as SPANISH_WORKSHOPS
from workshops.models import Cohort, CohortStatus, Enrollment, EnrollmentStatus, WorkshopPage


@pytest.mark.django_db
def test_demo_workshops_cohorts_and_the_family_members_enrollment_load_once():
    call_command("load_demo_content", verbosity=0, allow_production=True)
    call_command("load_demo_content", verbosity=0, allow_production=True)
    workshops = {w.title: w for w in WorkshopPage.objects.live().filter(locale__language_code="en")}
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


@pytest.mark.django_db
def test_demo_has_attendance_for_held_sessions_and_certificates_for_the_finished_group():
    from django.utils import timezone

    from workshops.models import AttendanceRecord, Certificate, CertificateStatus

    call_command("load_demo_content", verbosity=0, allow_production=True)
    marks = AttendanceRecord.objects.count()
    call_command("load_demo_content", verbosity=0, allow_production=True)
    assert AttendanceRecord.objects.count() == marks  # idempotent
    for cohort in Cohort.objects.exclude(status=CohortStatus.OPEN):
        held = cohort.sessions.filter(starts_at__lt=timezone.now()).count()
        enrolled = cohort.enrollments.filter(status=EnrollmentStatus.ENROLLED).count()
        assert held and AttendanceRecord.objects.filter(session__cohort=cohort).count() == held * enrolled
    assert set(AttendanceRecord.objects.values_list("status", flat=True)) >= {"present", "late"}
    assert not AttendanceRecord.objects.filter(session__cohort__status=CohortStatus.OPEN).exists()
    finished_family = Enrollment.objects.get(member__email="family@example.org", cohort__status=CohortStatus.FINISHED)
    assert Certificate.objects.filter(enrollment=finished_family, status=CertificateStatus.VALID).count() == 1


@pytest.mark.django_db
def test_demo_workshops_read_in_spanish_with_the_spanish_group_and_spanish_lessons(client):
    from workshops.models import WorkshopPage

    call_command("load_demo_content", verbosity=0, allow_production=True)
    call_command("load_demo_content", verbosity=0, allow_production=True)
    spanish = WorkshopPage.objects.filter(locale__language_code="es")
    assert spanish.count() == 2  # idempotent: one translation per demo workshop
    page = client.get("/es/workshops/family-recovery-foundations/", HTTP_ACCEPT_LANGUAGE="es")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Bases de la recuperación en familia" in html and "Grupo en español" in html
    assert "untranslated-notice" not in html
    assert html.index("Grupo en español") < html.index("Morning group")  # the reader's language first
    outline = spanish.get(slug="family-recovery-foundations").outline
    lessons = [material.value for material in outline[0].value["materials"]]
    assert [lesson.url_path.split("/")[-2] for lesson in lessons] == ["what-addiction-is"]
    assert {lesson.locale.language_code for lesson in lessons} == {"es"}  # the session's lesson, in Spanish
    group = Cohort.objects.get(language="es")
    titles = [data["title"] for data in SPANISH_WORKSHOPS[0]["sessions"]]
    assert list(group.sessions.order_by("number").values_list("title", flat=True)) == titles  # its sessions too
