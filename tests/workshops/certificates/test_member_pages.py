"""The member's side: download from /me/ (only their own), and their choices about certificates."""

from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import UserFactory
from tests.workshops.builders import enroll
from tests.workshops.certificates.helpers import finished_cohort, stored_bytes
from workshops.certificates import services
from workshops.models import AttendanceRecord, Certificate, CertificatePreference, Cohort

pytestmark = pytest.mark.django_db


def give_certificate(member, program_staff, *, title: str = "Family Skills Series") -> Certificate:
    """A finished cohort that `member` attended fully, issued and rendered."""
    cohort, _ = finished_cohort(attended=[], certificate_title=title)
    enrollment = enroll(cohort, member)
    AttendanceRecord.objects.bulk_create(
        AttendanceRecord(session=session, enrollment=enrollment, status="present") for session in cohort.sessions.all()
    )
    services.cohort_certificates_issue(cohort_id=cohort.pk, by=program_staff)
    certificate = Certificate.objects.get(enrollment=enrollment)
    services.certificate_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    return certificate


def download_url(certificate) -> str:
    return f"/certificates/{certificate.pk}/download/"


def test_the_member_downloads_the_stored_pdf_from_their_page(member_client, member, program_staff):
    certificate = give_certificate(member, program_staff)
    page = member_client.get("/me/").content.decode()
    assert "Family Skills Series" in page and download_url(certificate) in page
    response = member_client.get(download_url(certificate))
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="kinship-certificate-{certificate.code[:4]}.pdf"'
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response) == stored_bytes(certificate)


def test_another_member_gets_404_and_staff_can_download(client, member, program_staff):
    certificate = give_certificate(member, program_staff)
    client.force_login(UserFactory())
    assert client.get(download_url(certificate)).status_code == HTTPStatus.NOT_FOUND
    client.force_login(program_staff)
    assert client.get(download_url(certificate)).status_code == HTTPStatus.OK
    client.logout()
    assert client.get(download_url(certificate)).status_code == HTTPStatus.FOUND  # to sign in


def test_a_certificate_still_being_prepared_cannot_be_downloaded(member_client, member, program_staff):
    cohort, _ = finished_cohort(attended=[])
    enrollment = enroll(cohort, member)
    AttendanceRecord.objects.bulk_create(
        AttendanceRecord(session=s, enrollment=enrollment, status="present") for s in cohort.sessions.all()
    )
    services.cohort_certificates_issue(cohort_id=cohort.pk, by=program_staff)  # render task not run
    certificate = Certificate.objects.get()
    assert member_client.get(download_url(certificate)).status_code == HTTPStatus.NOT_FOUND
    assert "Being prepared" in member_client.get("/me/").content.decode()


def test_the_member_chooses_the_printed_name_and_whether_verifiers_see_it(member_client, member):
    """Off by default; saved from /me/; the name is tidied, never stored with stray spaces."""
    page = member_client.get("/me/").content.decode()
    assert 'id="id_show_name_when_verified"' in page
    assert 'name="show_name_when_verified" id="id_show_name_when_verified" checked' not in page
    response = member_client.post(
        "/me/certificates/", {"printed_name": "  Robin  Quinn ", "show_name_when_verified": "on"}
    )
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == "/me/#certificates"
    preference = CertificatePreference.objects.get(member=member)
    assert (preference.printed_name, preference.show_name_when_verified) == ("Robin Quinn", True)


def test_a_name_that_is_too_long_is_a_clear_400_and_nothing_changes(member_client, member):
    response = member_client.post("/me/certificates/", {"printed_name": "x" * 201})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert 'aria-invalid="true"' in response.content.decode()
    assert not CertificatePreference.objects.filter(member=member).exists()


def test_the_certificates_panel_costs_the_same_for_1_and_8_certificates(member_client, member, program_staff):
    give_certificate(member, program_staff)
    member_client.get("/me/")
    with CaptureQueriesContext(connection) as one:
        member_client.get("/me/")
    for index in range(7):
        give_certificate(member, program_staff, title=f"Series {index}")
    # Publishing the new workshops ended the public fragments: read once so both counts are warm.
    member_client.get("/me/")
    with CaptureQueriesContext(connection) as eight:
        response = member_client.get("/me/")
    assert response.content.decode().count("/download/") == 8
    assert len(one) == len(eight)


def test_members_never_see_other_members_certificates_on_their_page(member_client, member, program_staff):
    other = UserFactory(display_name="Someone Else Entirely")
    give_certificate(other, program_staff, title="Their Series")
    page = member_client.get("/me/").content.decode()
    assert "Their Series" not in page and "Someone Else Entirely" not in page


def test_a_revoked_certificate_is_no_longer_downloadable_by_the_member(member_client, member, program_staff):
    """The member cannot print a revoked certificate again; staff keep access to the file."""
    certificate = give_certificate(member, program_staff)
    services.certificate_revoke(certificate_id=certificate.pk, reason="Wrong group", by=program_staff)
    assert member_client.get(download_url(certificate)).status_code == HTTPStatus.NOT_FOUND
    assert "Revoked" in member_client.get("/me/").content.decode()
    member_client.force_login(program_staff)
    assert member_client.get(download_url(certificate)).status_code == HTTPStatus.OK


def test_two_certificates_with_the_same_title_name_their_group_and_workshop(member_client, member, program_staff):
    """The same workshop twice gives two certificates with one title: each card says which group."""
    for group_name in ("Tuesday evenings", "Saturday mornings"):
        cohort, _ = finished_cohort(attended=[], certificate_title="Family Skills Series")
        Cohort.objects.filter(pk=cohort.pk).update(name=group_name)
        enrollment = enroll(cohort, member)
        AttendanceRecord.objects.bulk_create(
            AttendanceRecord(session=session, enrollment=enrollment, status="present")
            for session in cohort.sessions.all()
        )
        services.cohort_certificates_issue(cohort_id=cohort.pk, by=program_staff)

    page = member_client.get("/me/").content.decode()
    cards = page.split('class="group-row"')[1:]
    assert len(cards) == 2
    named = sorted(card.split('class="group-row__name certificate-group">')[1].split("</span>")[0] for card in cards)
    groups = Cohort.objects.filter(name__in=["Tuesday evenings", "Saturday mornings"]).order_by("name")
    assert named == sorted(f"{group.workshop.title} · {group.name}" for group in groups)
