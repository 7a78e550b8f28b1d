"""`manage.py run_worker`: django-tasks-db's db_worker that first takes up what it was running
when it last died (cms/task_recovery.py). Give each worker its own stable --worker-id."""

import socket

from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand

from cms.task_recovery import requeue_tasks_of_worker


def default_worker_id() -> str:
    # Stable across restarts on one host; a second worker on the same host needs its own id.
    return f"{socket.gethostname()[:48]}-worker-1"


class Command(DbWorkerCommand):
    help = "Run a database background worker; first queue again the tasks this worker id left RUNNING."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(worker_id=default_worker_id(), reload=False)

    def handle(self, *args, **options):
        taken_up = requeue_tasks_of_worker(options["worker_id"])
        if taken_up:
            self.stdout.write(f"Queued again {taken_up} task(s) this worker was running when it stopped.")
        return super().handle(*args, **options)
