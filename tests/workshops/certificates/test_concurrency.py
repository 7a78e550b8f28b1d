"""PostgreSQL: workers issuing the same cohort at the same moment end with exactly one valid
certificate per eligible enrollment (the cohort lock serialises them; the partial unique
constraint holds even for writers that skip every check)."""

import threading

import pytest
from django.db import connection, connections

from tests.workshops.certificates.helpers import finished_cohort
from workshops.certificates import services
from workshops.models import Certificate, CertificateStatus, RenderState

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def run_together(count: int, work) -> list:
    """Start `count` threads that call work() at the same instant; return results or exceptions."""
    barrier = threading.Barrier(count)
    results: list = [None] * count

    def worker(index: int) -> None:
        try:
            barrier.wait()
            results[index] = work()
        except Exception as error:  # noqa: BLE001 - reported to the test
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_two_workers_issuing_one_cohort_give_one_valid_certificate_each(program_staff):
    assert connection.vendor == "postgresql"
    cohort, enrollments = finished_cohort(attended=[4, 4, 3, 3, 3, 1, 0])
    eligible = {e.pk for e, n in zip(enrollments, [4, 4, 3, 3, 3, 1, 0], strict=True) if n >= 3}

    results = run_together(2, lambda: services.cohort_certificates_issue(cohort_id=cohort.pk, by=program_staff))

    assert not [r for r in results if isinstance(r, Exception)], results
    assert sorted(r.issued for r in results) == [0, len(eligible)]
    valid = Certificate.objects.filter(status=CertificateStatus.VALID)
    assert sorted(valid.values_list("enrollment_id", flat=True)) == sorted(eligible)
    assert valid.filter(render_state=RenderState.READY).count() == len(eligible)


def test_the_constraint_alone_refuses_a_second_valid_certificate_from_a_parallel_writer(program_staff):
    """Writers that skip the cohort lock and the 'already has one' check still cannot both win."""
    cohort, (enrollment,) = finished_cohort(attended=[4])
    facts = services.CohortFacts(
        certificate_title="Family Skills Series",
        started_on=None,
        completed_on=cohort.first_session_on,
        sessions_total=4,
        issued_on=cohort.first_session_on,
    )

    def insert():
        from django.utils import timezone

        return services._new_certificate(
            enrollment=enrollment, facts=facts, attended=4, holder_name="Ann", by=program_staff, now=timezone.now()
        )

    results = run_together(4, insert)
    assert not [r for r in results if isinstance(r, Exception)], results
    assert sum(1 for r in results if r is not None) == 1
    assert Certificate.objects.filter(enrollment=enrollment, status=CertificateStatus.VALID).count() == 1
