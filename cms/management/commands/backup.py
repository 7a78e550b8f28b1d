from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.backups import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database (pg_dump), the media files and the SECRET_KEY into a folder (cms/backups.py)."

    def add_arguments(self, parser):
        parser.add_argument("folder", help="Where to write the backup (created if needed). Keep it private.")

    def handle(self, *args, folder, **options):
        try:
            manifest = backup(Path(folder))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backed up to {folder}: {manifest['counts']}"))
