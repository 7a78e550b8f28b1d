"""Background tasks queued together with the data they are about.

With the database queue (production), the task's row is written in the caller's transaction:
the data and its task are committed together or not at all, so a process that dies just after
a commit cannot leave a certificate ready whose email was never queued, or a handout waiting
for a render nobody will do. A backend that runs tasks at once (development, most tests) runs
the task after the commit instead, so it reads what was saved and never runs for a rollback.
"""

from django.db import transaction
from django_tasks_db import DatabaseBackend


def enqueue_with_transaction(task, **kwargs) -> None:
    """`task.enqueue(**kwargs)`, committed with the current transaction (see above)."""
    if isinstance(task.get_backend(), DatabaseBackend):
        task.enqueue(**kwargs)
    else:
        transaction.on_commit(lambda: task.enqueue(**kwargs))
