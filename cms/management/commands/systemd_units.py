"""`manage.py systemd_units --output /etc/systemd/system`: one unit per process (cms/processes.py),
each running from this checkout with this Python and an environment file."""

import shlex
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from cms.processes import PROCESS_NAMES, command_for

UNIT = """[Unit]
Description=Kinship {name}
After=network-online.target postgresql.service redis-server.service
Wants=network-online.target

[Service]
Type=simple
User={user}
WorkingDirectory={root}
EnvironmentFile={env_file}
ExecStart={command}
Restart=always
RestartSec=2
# The worker finishes its task on SIGTERM; a task cut short is taken up again at restart.
KillSignal=SIGTERM
TimeoutStopSec=60
NoNewPrivileges=true
ProtectSystem=full
PrivateTmp=true

[Install]
WantedBy=multi-user.target
"""


class Command(BaseCommand):
    help = "Write systemd units kinship-web, kinship-worker and kinship-scheduler."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=".", help="Folder for the .service files (default: here).")
        parser.add_argument("--user", default="kinship", help="The system user the services run as.")
        parser.add_argument("--env-file", default="/etc/kinship.env", help="KEY=value lines (docs/configuration.md).")

    def handle(self, *args, **options):
        output = Path(options["output"])
        output.mkdir(parents=True, exist_ok=True)
        root = Path(settings.BASE_DIR)
        for name in PROCESS_NAMES:
            command = command_for(name)
            command[0] = sys.executable
            if name == "web":
                # systemd expands ${WEB_CONCURRENCY} and ${BIND} from the environment file at start.
                command[command.index("--workers") + 1] = "${WEB_CONCURRENCY}"
                command[command.index("--bind") + 1] = "${BIND}"
            unit = UNIT.format(
                name=name,
                user=options["user"],
                root=root,
                env_file=options["env_file"],
                command=" ".join(part if part.startswith("${") else shlex.quote(part) for part in command),
            )
            path = output / f"kinship-{name}.service"
            path.write_text(unit)
            self.stdout.write(f"wrote {path}")
