"""#7 across certificates: after erasure no row and no file in the media folder names the member;
a certificate's download name never says what the program is about."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from cms.services import account_erase
from tests.cms.test_account_erasure import rows_mentioning
from tests.workshops.certificates.helpers import finished_cohort, pdf_text
from workshops.certificates import services
from workshops.models import Certificate

pytestmark = pytest.mark.django_db
NAME = "Quillon Verity Marsh"
REVEALING = re.compile(r"addiction|substance|treatment|recovery|rehab|mental health", re.IGNORECASE)


@pytest.fixture
def issued(django_capture_on_commit_callbacks, program_staff):
    cohort, (enrollment,) = finished_cohort(attended=[4], names=[NAME], certificate_title="Family Recovery Foundations")
    with django_capture_on_commit_callbacks(execute=True):
        services.cohort_certificates_issue(cohort_id=cohort.pk, by=program_staff)
    return enrollment


def media_files_naming(needle: str) -> list[str]:
    found = []
    for path in Path(settings.MEDIA_ROOT).rglob("*"):
        if not path.is_file():
            continue
        if needle.lower() in path.name.lower():
            found.append(str(path))
        elif path.suffix == ".pdf" and needle in pdf_text(path.read_bytes()):
            found.append(str(path))
    return found


def test_after_erasure_no_row_and_no_media_file_names_the_member(issued):
    member = issued.member
    assert media_files_naming(NAME)  # the issued PDF does carry the name beforehand
    account_erase(user=member)
    assert media_files_naming(NAME) == []
    assert rows_mentioning(NAME, member.email) == []


def test_download_names_are_discreet(client, issued):
    certificate = Certificate.objects.get()
    client.force_login(issued.member)
    name = services.pdf_file_name(certificate)
    assert re.fullmatch(r"kinship-certificate-[A-Z0-9]{4}\.pdf", name)
    assert not REVEALING.search(name) and not REVEALING.search(certificate.pdf.name)
