"""Each certificate page costs a fixed number of queries, whatever the number of certificates."""

from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.workshops.certificates.helpers import finished_cohort
from tests.workshops.certificates.test_member_pages import give_certificate
from workshops.certificates import services
from workshops.models import Certificate

pytestmark = pytest.mark.django_db


def queries_for(client, url: str) -> int:
    client.get(url)  # warm per-process caches, as a running server has
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == HTTPStatus.OK, url
    return len(queries)


def test_the_code_form_and_the_preferences_page_cost_the_same_with_more_certificates(client, member, program_staff):
    client.force_login(member)
    give_certificate(member, program_staff)
    before = [queries_for(client, "/certificates/verify/"), queries_for(client, "/me/certificates/")]
    for index in range(5):
        give_certificate(member, program_staff, title=f"Series {index}")
    after = [queries_for(client, "/certificates/verify/"), queries_for(client, "/me/certificates/")]
    assert before == after
    assert after[0] <= 4  # the site, its settings, the footer's crisis lines (+ the session)


def test_a_download_costs_the_same_with_more_certificates(client, member, program_staff):
    client.force_login(member)
    first = give_certificate(member, program_staff)
    before = queries_for(client, f"/certificates/{first.pk}/download/")
    for index in range(5):
        give_certificate(member, program_staff, title=f"Series {index}")
    assert queries_for(client, f"/certificates/{first.pk}/download/") == before <= 12


def test_a_certificates_admin_page_costs_the_same_in_a_big_cohort(client, program_staff):
    client.force_login(program_staff)
    counts = []
    for size in (1, 25):
        cohort, _ = finished_cohort(attended=[4] * size)
        services.cohort_certificates_issue(cohort_id=cohort.pk, by=program_staff)
        certificate = Certificate.objects.filter(enrollment__cohort=cohort).first()
        counts.append(queries_for(client, f"/admin/certificates/cohort/{cohort.pk}/{certificate.pk}/"))
    assert counts[0] == counts[1] <= 40
