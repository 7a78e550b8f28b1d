from django.core.management.base import BaseCommand

from workshops.services import session_reminders_send


class Command(BaseCommand):
    help = (
        "Email enrolled members about their sessions starting within the next 24 hours. "
        "Idempotent: run it as often as you like (e.g. every 5 minutes); each member gets one reminder per session."
    )

    def handle(self, *args, **options):
        sent = session_reminders_send()
        if options["verbosity"] >= 1:
            self.stdout.write(f"{sent} reminder(s) queued.")
