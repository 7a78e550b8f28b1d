from django.core.management.base import BaseCommand

from cms.retention import purge_expired_data


class Command(BaseCommand):
    help = "Delete what the privacy register says has expired (inactive accounts after two warnings). Cron-safe."

    def handle(self, *args, **options):
        report = purge_expired_data()
        self.stdout.write(
            f"first warnings {report.first_warnings}, final warnings {report.final_warnings}, "
            f"accounts erased {report.accounts_erased}, unverified erased {report.unverified_erased}, "
            f"expired sessions removed {report.sessions_removed}"
        )
