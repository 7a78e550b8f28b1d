from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.backups import BackupError, counts, restore


class Command(BaseCommand):
    help = "Restore a backup folder into the empty database DATABASE_URL names, and MEDIA_ROOT."

    def add_arguments(self, parser):
        parser.add_argument("folder")
        parser.add_argument("--allow-other-key", action="store_true", help="Restore under a different SECRET_KEY.")

    def handle(self, *args, folder, allow_other_key, **options):
        try:
            manifest = restore(Path(folder), allow_other_key=allow_other_key)
        except BackupError as error:
            raise CommandError(str(error)) from error
        restored = counts()
        if restored != manifest["counts"]:
            raise CommandError(f"The restored site differs from the backup: {restored} != {manifest['counts']}")
        self.stdout.write(self.style.SUCCESS(f"Restored from {folder}: {restored}"))
