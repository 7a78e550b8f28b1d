"""The processes of a production Kinship, named once: `manage.py run_production` starts them,
`manage.py systemd_units` writes a unit for each, docs/deploy/compose.yaml runs each in a container.

- web: gunicorn, WEB_CONCURRENCY processes (default 2 with REDIS_URL, else 1: more need Redis),
  listening on BIND (default 127.0.0.1:8000, behind the TLS proxy).
- worker: `manage.py run_worker` (emails, certificate PDFs), with a stable worker id.
- scheduler: `manage.py run_scheduler` (reminders, purging, pruning, abandoned tasks). One per site.
"""

import os
import sys

from django.conf import settings

PROCESS_NAMES = ("web", "worker", "scheduler")


def command_for(name: str) -> list[str]:
    python = sys.executable
    if name == "web":
        return [
            python,
            "-m",
            "gunicorn",
            "cms.wsgi",
            "--workers",
            str(settings.WEB_CONCURRENCY),
            "--bind",
            os.environ.get("BIND", "127.0.0.1:8000"),
            "--access-logfile",
            "-",
            # A request longer than this is stuck (a hung database): the worker is replaced.
            "--timeout",
            os.environ.get("WEB_TIMEOUT_SECONDS", "30"),
        ]
    if name == "worker":
        worker_id = os.environ.get("WORKER_ID", "")
        return [python, "manage.py", "run_worker", *(["--worker-id", worker_id] if worker_id else [])]
    if name == "scheduler":
        return [python, "manage.py", "run_scheduler"]
    raise ValueError(f"unknown process {name!r}; one of {', '.join(PROCESS_NAMES)}")
