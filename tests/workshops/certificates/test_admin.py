"""Staff screens: a cohort's Certificates page (eligibility, progress, issue), a certificate's
page (revoke with a reason, reissue), and finishing a cohort in the cohort editor."""

from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import ModelLogEntry

from tests.factories import UserFactory
from tests.workshops.certificates.helpers import finished_cohort
from tests.workshops.test_admin import cohort_form
from workshops.models import Certificate, CertificateStatus, CohortCertificateOptions, CohortStatus, RenderState

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, program_staff):
    client.force_login(program_staff)
    return client


def page_url(cohort) -> str:
    return f"/admin/certificates/cohort/{cohort.pk}/"


def certificate_url(certificate) -> str:
    return f"/admin/certificates/cohort/{certificate.enrollment.cohort_id}/{certificate.pk}/"


def test_the_page_shows_eligibility_reasons_and_progress(staff_client):
    cohort, _ = finished_cohort(attended=[4, 1], names=["Ann Ames", "Bo Berg"])
    body = staff_client.get(page_url(cohort)).content.decode()
    assert "Ann Ames" in body and "Bo Berg" in body
    assert "attended 1 of the required 3" in body
    assert "0 issued · 0 being prepared · 0 failed" in body


def test_issue_button_renders_every_eligible_certificate(staff_client, django_capture_on_commit_callbacks):
    cohort, _ = finished_cohort(attended=[4, 3, 1])
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(page_url(cohort), {"action": "issue_all"}, follow=True)
    assert "2 certificates are being prepared." in response.content.decode()
    assert Certificate.objects.filter(render_state=RenderState.READY).count() == 2
    assert "2 issued · 0 being prepared · 0 failed" in staff_client.get(page_url(cohort)).content.decode()
    entry = ModelLogEntry.objects.get(action="workshops.certificates_issued")
    assert entry.data == {"issued": 2, "retried": 0}


def test_the_page_costs_the_same_for_3_and_30_members(staff_client, django_capture_on_commit_callbacks):
    """Same queries whatever the cohort's size, and within the admin budget."""
    counts = []
    for attended in ([4, 3, 1], [4, 3, 1] * 10):
        cohort, _ = finished_cohort(attended=attended)
        with django_capture_on_commit_callbacks(execute=True):
            staff_client.post(page_url(cohort), {"action": "issue_all"})
        staff_client.get(page_url(cohort))
        with CaptureQueriesContext(connection) as queries:
            assert staff_client.get(page_url(cohort)).status_code == HTTPStatus.OK
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 40


def test_issue_one_and_a_refusal_is_a_message(staff_client):
    cohort, (done, short) = finished_cohort(attended=[4, 1])
    response = staff_client.post(page_url(cohort), {"action": "issue_one", "enrollment": short.pk}, follow=True)
    assert "Not eligible yet: attended 1 of the required 3." in response.content.decode()
    staff_client.post(page_url(cohort), {"action": "issue_one", "enrollment": done.pk})
    assert Certificate.objects.get().enrollment_id == done.pk
    response = staff_client.post(page_url(cohort), {"action": "nonsense"}, follow=True)
    assert response.status_code == HTTPStatus.OK


def test_marking_a_cohort_finished_in_the_editor_issues_certificates(staff_client, django_capture_on_commit_callbacks):
    cohort, _ = finished_cohort(attended=[4, 4, 0])
    cohort.status = CohortStatus.RUNNING
    cohort.save()
    data = cohort_form(cohort.workshop, name=cohort.name, status="finished")
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(f"/admin/cohorts/edit/{cohort.pk}/", data)
    assert response.status_code == HTTPStatus.FOUND
    assert Certificate.objects.filter(render_state=RenderState.READY).count() == 2


def test_a_cohort_held_for_review_issues_nothing_when_finished(staff_client):
    cohort, _ = finished_cohort(attended=[4])
    cohort.status = CohortStatus.RUNNING
    cohort.save()
    staff_client.post(page_url(cohort), {"action": "options", "hold_for_review": "on"})
    assert CohortCertificateOptions.objects.get(cohort=cohort).hold_for_review
    staff_client.post(
        f"/admin/cohorts/edit/{cohort.pk}/", cohort_form(cohort.workshop, name=cohort.name, status="finished")
    )
    assert not Certificate.objects.exists()


def issued(staff_client, django_capture_on_commit_callbacks) -> Certificate:
    cohort, _ = finished_cohort(attended=[4], names=["Zoë Nunez"])
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(page_url(cohort), {"action": "issue_all"})
    return Certificate.objects.get()


def test_revoking_needs_a_reason_kept_for_staff_and_audited(staff_client, django_capture_on_commit_callbacks):
    certificate = issued(staff_client, django_capture_on_commit_callbacks)
    response = staff_client.post(certificate_url(certificate), {"action": "revoke", "reason": ""})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
    staff_client.post(certificate_url(certificate), {"action": "revoke", "reason": "Marked present by mistake"})
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED and certificate.revoke_reason == "Marked present by mistake"
    entry = ModelLogEntry.objects.get(action="workshops.certificate_revoked")
    assert entry.data == {"certificate": certificate.pk}  # ids only: no name, no reason in the log
    assert "Marked present by mistake" in staff_client.get(certificate_url(certificate)).content.decode()


def test_reissuing_with_a_corrected_name_gives_a_new_code(staff_client, django_capture_on_commit_callbacks):
    certificate = issued(staff_client, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(certificate_url(certificate), {"action": "reissue", "holder_name": "Zoë Núñez"})
    assert response.status_code == HTTPStatus.FOUND
    certificate.refresh_from_db()
    new = certificate.replaced_by
    assert certificate.status == CertificateStatus.REPLACED
    assert new.holder_name == "Zoë Núñez" and new.code != certificate.code and new.render_state == RenderState.READY
    response = staff_client.post(certificate_url(certificate), {"action": "reissue", "holder_name": "Again"})
    assert response.status_code == HTTPStatus.BAD_REQUEST  # a replaced certificate cannot be reissued twice


def test_a_certificate_of_another_cohort_is_404(staff_client, django_capture_on_commit_callbacks):
    certificate = issued(staff_client, django_capture_on_commit_callbacks)
    other, _ = finished_cohort(attended=[])
    assert staff_client.get(f"/admin/certificates/cohort/{other.pk}/{certificate.pk}/").status_code == 404


def test_clinicians_and_members_cannot_open_the_certificate_screens(client, clinician):
    cohort, _ = finished_cohort(attended=[4])
    for person in (clinician, UserFactory()):
        client.force_login(person)
        response = client.get(page_url(cohort))
        assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
        assert "attended" not in response.content.decode()
