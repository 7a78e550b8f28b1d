"""Tasks left RUNNING by a worker that died (SIGKILL, out of memory, a reboot) are queued again.

django-tasks-db marks a task RUNNING when a worker claims it and never looks back, so a dead
worker's task would stay RUNNING for ever. Two ways back:
- `manage.py run_worker` starts with a stable worker id (each worker its own) and first queues
  again whatever that id was running: its previous life died mid-task.
- `manage.py run_scheduler` queues again any task RUNNING longer than TASK_ABANDONED_AFTER_SECONDS
  (a worker that never comes back).
Running a task twice is safe: certificates are rendered once (the row's state decides, under a
lock) and each email is sent at most once (cms/email_delivery.py).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)


def requeue(results) -> int:
    ids = [result.pk for result in results]
    if not ids:
        return 0
    # Only those still RUNNING: a task that finished meanwhile stays finished.
    count = DBTaskResult.objects.filter(pk__in=ids, status=TaskResultStatus.RUNNING).update(
        status=TaskResultStatus.READY, started_at=None
    )
    logger.warning("queued again %s task(s) abandoned by a dead worker", count)
    return count


def requeue_tasks_of_worker(worker_id: str) -> int:
    """Queue again the tasks this worker id was running when it last stopped (it is starting now)."""
    running = DBTaskResult.objects.running().only("pk", "worker_ids")
    return requeue([result for result in running if result.worker_ids and result.worker_ids[-1] == worker_id])


def requeue_abandoned_tasks(now=None) -> int:
    """Queue again the tasks RUNNING for longer than any task should take."""
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.TASK_ABANDONED_AFTER_SECONDS)
    return requeue(list(DBTaskResult.objects.running().filter(started_at__lt=cutoff).only("pk")))
