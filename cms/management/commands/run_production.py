"""`manage.py run_production`: the whole site on one machine, in one command.

With --release it first checks the deployment (`check --deploy`), migrates and collects static
files. Then it starts web (gunicorn), worker and scheduler (cms/processes.py), restarts any that
exits, and on SIGTERM or Ctrl+C stops them all. `--only web` runs one process in the foreground
(what each container of docs/deploy/compose.yaml does).
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from cms.processes import PROCESS_NAMES, command_for

RESTART_DELAY_SECONDS = 2


class Command(BaseCommand):
    help = "Run Kinship's web, worker and scheduler processes on this machine (one command)."

    def add_arguments(self, parser):
        parser.add_argument("--release", action="store_true", help="check --deploy, migrate, collectstatic first.")
        parser.add_argument("--only", choices=PROCESS_NAMES, help="Run this one process in the foreground.")

    def handle(self, *args, **options):
        if settings.DEBUG:
            raise CommandError("run_production needs DEBUG=0 (see docs/configuration.md); `make run` is for DEBUG=1.")
        if options["release"]:
            call_command("check", deploy=True, fail_level="ERROR")
            call_command("migrate", interactive=False, verbosity=1)
            call_command("collectstatic", interactive=False, verbosity=0)
        root = Path(settings.BASE_DIR)
        if options["only"]:
            os.chdir(root)
            command = command_for(options["only"])
            os.execv(command[0], command)  # noqa: S606 - our own interpreter, fixed arguments
        self.supervise(root)

    def supervise(self, root: Path) -> None:
        children: dict[str, subprocess.Popen] = {}
        stopping = []

        def stop(signum, frame):
            stopping.append(signum)

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)

        def start(name: str) -> None:
            children[name] = subprocess.Popen(command_for(name), cwd=root)  # noqa: S603 - fixed arguments
            self.stdout.write(f"started {name} (pid {children[name].pid})")

        for name in PROCESS_NAMES:
            start(name)
        while not stopping:
            time.sleep(1)
            for name, child in list(children.items()):
                if child.poll() is not None and not stopping:
                    self.stderr.write(f"{name} exited with {child.returncode}; starting it again")
                    time.sleep(RESTART_DELAY_SECONDS)
                    start(name)
        for child in children.values():
            child.send_signal(signal.SIGTERM)
        for name, child in children.items():
            try:
                child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                child.kill()
            self.stdout.write(f"stopped {name}")
        sys.exit(0)
