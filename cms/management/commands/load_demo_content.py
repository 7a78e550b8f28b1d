from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cms.demo import load_demo_accounts, registered_loaders


class Command(BaseCommand):
    help = "Load Kinship's demo accounts, modules and workshops. Safe to run again: nothing is duplicated."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load the demo with DEBUG=0 too (a trial site); new accounts get generated passwords, shown once.",
        )

    def handle(self, *args, **options):
        production = not settings.DEBUG
        if production and not options["allow_production"]:
            # Refuse before touching anything: the demo makes a superuser, and its password is published.
            raise CommandError(
                "DEBUG=0 looks like production, so no demo content was loaded. The demo creates accounts, "
                "a superuser among them. To load it on a trial site anyway, add --allow-production "
                "(each new account then gets its own generated password, shown once)."
            )

        def log(message: str) -> None:
            if options["verbosity"] >= 2:
                self.stdout.write(f"  {message}")

        with transaction.atomic():
            generated = load_demo_accounts(log, production=production)
            for loader in registered_loaders():
                self.stdout.write(f"Loading {loader.name}…")
                loader.load(log)
        call_command("update_index", verbosity=0)
        if generated:
            self.stdout.write("Demo accounts and their passwords, shown only this once (change them after signing in):")
            for email, password in generated.items():
                self.stdout.write(f"  {email}  {password}")
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
