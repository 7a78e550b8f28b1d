"""`manage.py run_scheduler`: the periodic jobs, in one long-running process (one per site).

Every job is safe to run more often than planned (each reminder goes once, purging is
idempotent), so a restart simply runs them all once more.
"""

import signal
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django_tasks import task_backends
from django_tasks_db import DatabaseBackend

from cms.task_recovery import requeue_abandoned_tasks


@dataclass
class Job:
    name: str
    every_seconds: int
    due_at: float = 0.0

    def run(self) -> None:
        if self.name == "requeue_abandoned_tasks":
            requeue_abandoned_tasks()
        elif self.name == "prune_db_task_results":
            if not isinstance(task_backends["default"], DatabaseBackend):
                return  # tasks run at once: no results are stored
            days = str(settings.TASK_RESULTS_KEEP_DAYS)
            call_command("prune_db_task_results", "--min-age-days", days, "--failed-min-age-days", days, verbosity=0)
        else:
            call_command(self.name, verbosity=0)


def schedule() -> list[Job]:
    return [
        Job("send_session_reminders", every_seconds=5 * 60),
        Job("requeue_abandoned_tasks", every_seconds=5 * 60),
        Job("purge_expired_data", every_seconds=24 * 60 * 60),
        Job("prune_db_task_results", every_seconds=24 * 60 * 60),
    ]


class Command(BaseCommand):
    help = "Run send_session_reminders, purge_expired_data and task pruning on schedule (one per site)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every job once, then exit.")

    def handle(self, *args, **options):
        stopping = []
        signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
        jobs = schedule()
        while not stopping:
            now = time.monotonic()
            for job in jobs:
                if job.due_at > now:
                    continue
                close_old_connections()
                try:
                    job.run()
                    self.stdout.write(f"ran {job.name}")
                except Exception as error:  # one failing job must not stop the others
                    self.stderr.write(f"{job.name} failed: {type(error).__name__}: {error}")
                job.due_at = now + job.every_seconds
            if options["once"]:
                return
            # Short naps, so SIGTERM (systemd, docker stop) ends the loop within a second.
            while not stopping and time.monotonic() < min(job.due_at for job in jobs):
                time.sleep(1)
