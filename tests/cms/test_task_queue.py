"""A task is queued with the data it is about (cms/task_queue.py): with the database queue its
row is part of the caller's transaction, so both commit or neither does; with a backend that
runs tasks at once, it runs after the commit."""

import pytest
from django.db import transaction
from django_tasks.signals import task_finished
from django_tasks_db.models import DBTaskResult

from cms.task_queue import enqueue_with_transaction
from workshops.certificates.tasks import send_certificate_ready_email

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_with_the_database_queue_the_task_commits_or_rolls_back_with_the_data(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with transaction.atomic():
        enqueue_with_transaction(send_certificate_ready_email, certificate_id=1)
        assert DBTaskResult.objects.count() == 1  # written now, inside the transaction
        transaction.set_rollback(True)
    assert DBTaskResult.objects.count() == 0

    with transaction.atomic():
        enqueue_with_transaction(send_certificate_ready_email, certificate_id=2)
    assert list(DBTaskResult.objects.values_list("args_kwargs__kwargs__certificate_id", flat=True)) == [2]


def test_a_task_run_at_once_waits_for_the_commit(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    ran = []

    def record(sender, task_result, **kwargs):
        ran.append(task_result.kwargs["certificate_id"])

    task_finished.connect(record, dispatch_uid="test_task_queue")
    try:
        with transaction.atomic():
            enqueue_with_transaction(send_certificate_ready_email, certificate_id=3)
            assert ran == []
        assert ran == [3]
        with transaction.atomic():
            enqueue_with_transaction(send_certificate_ready_email, certificate_id=4)
            transaction.set_rollback(True)
        assert ran == [3]
    finally:
        task_finished.disconnect(dispatch_uid="test_task_queue")
