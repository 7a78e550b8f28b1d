from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from cms.demo import load_demo_accounts, registered_loaders


class Command(BaseCommand):
    help = "Load Kinship's demo accounts, modules and workshops. Safe to run again: nothing is duplicated."

    def handle(self, *args, **options):
        def log(message: str) -> None:
            if options["verbosity"] >= 2:
                self.stdout.write(f"  {message}")

        with transaction.atomic():
            load_demo_accounts(log)
            for loader in registered_loaders():
                self.stdout.write(f"Loading {loader.name}…")
                loader.load(log)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
