"""With the production task backend (django-tasks-db), issuing only queues work: the staff
request returns at once with every certificate 'being prepared', and `db_worker` renders them."""

import pytest
from django.core import mail
from django.core.management import call_command

from tests.workshops.certificates.helpers import finished_cohort
from workshops.certificates import selectors, services
from workshops.models import Certificate, RenderState

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def database_tasks(settings):
    # django-tasks resets its backends when TASKS changes (a setting_changed receiver).
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_issuing_queues_renders_and_the_worker_does_them(database_tasks, program_staff):
    cohort, _ = finished_cohort(attended=[4, 4, 3])
    result = services.cohort_certificates_issue(cohort_id=cohort.pk, by=program_staff)
    assert result.issued == 3
    assert selectors.cohort_certificates(cohort=cohort).counts == {"pending": 3, "ready": 0, "failed": 0}

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

    assert Certificate.objects.filter(render_state=RenderState.READY).exclude(pdf="").count() == 3
    # Each render queued its email in the transaction that stored the PDF; the worker sent them.
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        Certificate.objects.values_list("enrollment__member__email", flat=True)
    )
