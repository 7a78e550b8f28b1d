"""Issuing: eligibility from the completion rule, idempotent, rendered once in a task, frozen."""

import io
import re

import pytest
from django.core import mail
from django.core.files.images import ImageFile
from django.db import IntegrityError, transaction
from PIL import Image as PILImage
from pypdf import PdfReader
from wagtail.images import get_image_model
from wagtail.models import Site

from cms.models import SiteSettings
from cms.services import account_erase
from tests.workshops.builders import enroll
from tests.workshops.certificates.helpers import finished_cohort, pdf_text, stored_bytes
from workshops.certificates import pdf, selectors, services
from workshops.models import (
    Certificate,
    CertificateStatus,
    CohortCertificateOptions,
    CohortStatus,
    EnrollmentStatus,
    RenderState,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(django_capture_on_commit_callbacks, program_staff):
    """Issue a cohort's certificates and run the render tasks the commit would start."""

    def run(cohort):
        with django_capture_on_commit_callbacks(execute=True):
            return services.cohort_certificates_issue(cohort_id=cohort.pk, by=program_staff)

    return run


def test_staff_see_who_is_eligible_and_why_not():
    """The overview gives every enrolled member the rule's verdict and the reason in plain words."""
    cohort, (done, short) = finished_cohort(attended=[3, 1], min_sessions=3)
    overview = selectors.cohort_certificates(cohort=cohort)
    rows = {row.enrollment.pk: row for row in overview.rows}
    assert rows[done.pk].eligible and not rows[short.pk].eligible
    assert rows[short.pk].completion.reason == "attended 1 of the required 3"
    assert overview.eligible_without_certificate == 1


def test_the_overview_costs_the_same_for_3_and_30_members(django_assert_num_queries):
    """Constant queries: completion_status plus enrollments, certificates and the cohort option."""
    small, _ = finished_cohort(attended=[3, 1, 0])
    large, _ = finished_cohort(attended=[3, 1, 0] * 10)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        selectors.cohort_certificates(cohort=small)
    with CaptureQueriesContext(connection) as many:
        selectors.cohort_certificates(cohort=large)
    assert len(few) == len(many) <= 9


def test_issuing_gives_each_eligible_member_one_rendered_certificate(issue):
    cohort, (done, also, short) = finished_cohort(attended=[4, 3, 2], names=["Ann Ames", "Bo Berg", "Cy Cole"])
    result = issue(cohort)
    assert (result.issued, result.not_eligible) == (2, 1)
    certificates = {c.enrollment_id: c for c in Certificate.objects.all()}
    assert set(certificates) == {done.pk, also.pk}
    ann = certificates[done.pk]
    assert ann.render_state == RenderState.READY and ann.is_valid
    assert (ann.sessions_attended, ann.sessions_total, ann.holder_name) == (4, 4, "Ann Ames")
    assert ann.pdf.name.startswith("certificates/") and ann.pdf.name.endswith(f"kinship-certificate-{ann.code[:4]}.pdf")
    text = pdf_text(stored_bytes(ann))
    assert "Ann Ames" in text and "Family Skills Series" in text and ann.code[:4] in text
    assert ann.pdf_sha256 == pdf.sha256(stored_bytes(ann))


def test_issuing_again_creates_nothing_new(issue):
    """Double clicks and re-runs are harmless: still one certificate per eligible member."""
    cohort, _ = finished_cohort(attended=[4, 3])
    issue(cohort)
    first = sorted(Certificate.objects.values_list("pk", "code"))
    again = issue(cohort)
    assert (again.issued, again.already) == (0, 2)
    assert sorted(Certificate.objects.values_list("pk", "code")) == first


def test_the_database_refuses_a_second_valid_certificate(issue):
    cohort, (enrollment,) = finished_cohort(attended=[4])
    issue(cohort)
    existing = Certificate.objects.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            enrollment=enrollment,
            code="K7QX3MZD92TAHRWE",
            holder_name="x",
            certificate_title="t",
            completed_on=existing.completed_on,
            sessions_attended=1,
            sessions_total=4,
        )


def test_a_cohort_that_is_not_finished_issues_nothing(program_staff):
    cohort, _ = finished_cohort(attended=[4])
    cohort.status = CohortStatus.RUNNING
    cohort.save()
    with pytest.raises(services.CertificateError, match="marked finished"):
        services.cohort_certificates_issue(cohort_id=cohort.pk, by=program_staff)
    assert not Certificate.objects.exists()


def test_only_enrolled_members_count(issue):
    """A member who withdrew is not issued a certificate, even with enough attendance."""
    cohort, (enrollment,) = finished_cohort(attended=[4])
    enrollment.status = EnrollmentStatus.WITHDRAWN
    enrollment.save()
    assert issue(cohort).issued == 0


def test_issuing_one_member_needs_the_rule_met(program_staff, django_capture_on_commit_callbacks):
    cohort, (done, short) = finished_cohort(attended=[3, 1])
    with pytest.raises(services.CertificateError, match="attended 1 of the required 3"):
        services.certificate_issue_one(cohort_id=cohort.pk, enrollment_id=short.pk, by=program_staff)
    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.certificate_issue_one(cohort_id=cohort.pk, enrollment_id=done.pk, by=program_staff)
    assert Certificate.objects.get().pk == certificate.pk
    with pytest.raises(services.CertificateError, match="already has a valid certificate"):
        services.certificate_issue_one(cohort_id=cohort.pk, enrollment_id=done.pk, by=program_staff)
    with pytest.raises(services.CertificateError):
        services.certificate_issue_one(cohort_id=cohort.pk, enrollment_id="not-a-number", by=program_staff)


def test_finishing_a_cohort_issues_unless_it_holds_for_review(program_staff, django_capture_on_commit_callbacks):
    cohort, _ = finished_cohort(attended=[4])
    CohortCertificateOptions.objects.create(cohort=cohort, hold_for_review=True)
    assert services.cohort_finished(cohort_id=cohort.pk, by=program_staff) is None
    assert not Certificate.objects.exists()
    services.cohort_certificate_options_set(cohort_id=cohort.pk, hold_for_review=False, by=program_staff)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.cohort_finished(cohort_id=cohort.pk, by=program_staff).issued == 1


def test_the_printed_name_is_the_members_choice(issue, member):
    """A member's chosen name (editable before issue) is printed instead of their display name."""
    cohort, _ = finished_cohort(attended=[])
    enrollment = enroll(cohort, member)
    session_ids = cohort.sessions.values_list("pk", flat=True)
    for pk in session_ids:
        enrollment.attendance.create(session_id=pk, status="present")
    services.certificate_preference_update(
        member=member, printed_name="  Robin   Q.  Member ", show_name_when_verified=False
    )
    issue(cohort)
    assert Certificate.objects.get().holder_name == "Robin Q. Member"


def test_a_render_failure_is_shown_and_a_rerun_retries_it(issue, monkeypatch):
    """Staff see 'failed' with the error; running the cohort again renders it."""
    cohort, _ = finished_cohort(attended=[4])

    def broken(content, **kwargs):
        raise RuntimeError("fonts exploded")

    monkeypatch.setattr(pdf, "render_certificate", broken)
    issue(cohort)
    certificate = Certificate.objects.get()
    assert certificate.render_state == RenderState.FAILED
    assert certificate.render_error == "RuntimeError: fonts exploded"
    assert selectors.cohort_certificates(cohort=cohort).counts == {"pending": 0, "ready": 0, "failed": 1}
    monkeypatch.undo()
    result = issue(cohort)
    certificate.refresh_from_db()
    assert (result.issued, result.retried) == (0, 1)
    assert certificate.render_state == RenderState.READY and certificate.render_error == ""


def test_the_member_gets_a_discreet_email_without_the_pdf(issue, settings):
    cohort, (enrollment,) = finished_cohort(attended=[4])
    issue(cohort)
    (message,) = mail.outbox
    assert message.to == [enrollment.member.email]
    assert message.subject == "Your certificate is ready"
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert message.attachments == []
    assert "/me/#certificates" in message.body


def test_the_stored_pdf_never_changes_after_issue(issue, monkeypatch, tmp_path, settings):
    """Editing the member's name, the workshop's title or the template leaves the stored PDF
    byte-identical, even when the cohort is issued again and the render task runs again."""
    cohort, (enrollment,) = finished_cohort(attended=[4], names=["Zoë Ñúñez-O'Brien"])
    issue(cohort)
    certificate = Certificate.objects.get()
    before = stored_bytes(certificate)

    member = enrollment.member
    member.display_name = "Someone Else"
    member.save()
    services.certificate_preference_update(member=member, printed_name="Another Name", show_name_when_verified=True)
    cohort.workshop.certificate_title = "A New Title"
    cohort.workshop.save()
    other_templates = tmp_path / "templates" / "workshops"
    other_templates.mkdir(parents=True)
    (other_templates / "certificate.html").write_text("<html><body><h1>A different template</h1></body></html>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path / "templates"]}]

    issue(cohort)
    services.certificate_render(certificate_id=certificate.pk)
    assert stored_bytes(certificate) == before
    assert Certificate.objects.get().holder_name == "Zoë Ñúñez-O'Brien"
    assert pdf.certificate_html(services.certificate_content(certificate)).count("A different template") == 1


def test_a_member_who_erases_their_account_takes_the_pdf_with_them(issue):
    cohort, (enrollment,) = finished_cohort(attended=[4])
    issue(cohort)
    certificate = Certificate.objects.get()
    stored_name = certificate.pdf.name
    storage = certificate.pdf.storage
    assert storage.exists(stored_name)
    account_erase(user=enrollment.member)
    assert not Certificate.objects.exists()
    assert not storage.exists(stored_name)


def test_a_certificate_records_who_issued_it_and_never_prints_a_name_in_logs(issue, program_staff):
    cohort, _ = finished_cohort(attended=[4])
    issue(cohort)
    certificate = Certificate.objects.get()
    assert certificate.issued_by == program_staff and certificate.status == CertificateStatus.VALID
    assert str(certificate) == f"certificate {certificate.pk}"  # never the holder's name


def test_the_email_stays_discreet_even_for_a_revealing_program(issue, settings):
    """Neither subject nor sender says what the program is about, whatever it is called."""
    program = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    program.program_name = "Hope Addiction Recovery Center"
    program.email_sender_name = "Family Program"
    program.save()
    settings.DEFAULT_FROM_EMAIL = "Substance Use Program <no-reply@example.org>"
    cohort, _ = finished_cohort(attended=[4], certificate_title="Family Recovery Foundations")
    issue(cohort)
    (message,) = mail.outbox
    revealing = re.compile(r"addiction|substance|treatment|recovery|rehab|mental health", re.IGNORECASE)
    assert not revealing.search(message.subject) and not revealing.search(message.from_email)
    assert message.from_email == "Family Program <no-reply@example.org>"


def test_the_programs_logo_is_printed_from_media_and_nothing_is_refused(monkeypatch):
    """The logo comes from the media storage through the safe fetcher (no network, no refusals)."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (300, 120), "#1d4e89").save(buffer, "PNG")
    logo = get_image_model().objects.create(title="Program logo", file=ImageFile(buffer, name="logo.png"))
    program = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    program.logo = logo
    program.certificate_signatory_name = "Dr. Casey Rivera"
    program.save()

    refused = []
    original = pdf.ProjectFilesFetcher.fetch

    def spy(self, url, headers=None):
        try:
            return original(self, url)
        except pdf.RefusedResource:
            refused.append(url)
            raise

    monkeypatch.setattr(pdf.ProjectFilesFetcher, "fetch", spy)
    cohort, _ = finished_cohort(attended=[4])
    services.cohort_certificates_issue(cohort_id=cohort.pk, by=None)
    certificate = Certificate.objects.get()
    content = services.certificate_content(certificate)
    assert content.logo_url.startswith("http://testserver/media/images/")
    services.certificate_render(certificate_id=certificate.pk)
    data = stored_bytes(certificate)
    assert refused == []
    assert len(PdfReader(io.BytesIO(data)).pages[0].images) == 1
    assert "Dr. Casey Rivera" in pdf_text(data)
