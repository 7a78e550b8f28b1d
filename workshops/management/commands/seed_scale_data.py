import time

from django.core.management.base import BaseCommand, CommandError

from workshops.scale_data import seed_scale_data


class Command(BaseCommand):
    help = (
        "Build a large dataset for benchmarks and load tests: members at @scale.example, cohorts named "
        "'Scale group NNN' with sessions, attendance and certificates. Run load_demo_content first. "
        "A second run replaces the earlier scale data instead of adding to it."
    )

    def add_arguments(self, parser):
        parser.add_argument("--members", type=int, default=10_000)
        parser.add_argument("--cohorts", type=int, default=300)
        parser.add_argument("--sessions", type=int, default=12, help="sessions per cohort")
        parser.add_argument("--seed", type=int, default=2026, help="random seed: the same seed gives the same data")

    def handle(self, *args, members, cohorts, sessions, seed, **options):
        if members < 1 or cohorts < 1 or sessions < 1:
            raise CommandError("--members, --cohorts and --sessions must each be at least 1.")
        started = time.monotonic()
        try:
            counts = seed_scale_data(
                members=members,
                cohorts=cohorts,
                sessions=sessions,
                seed=seed,
                log=lambda m: self.stdout.write(f"  {m}"),
            )
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Scale data is ready in {time.monotonic() - started:.0f} s: {counts.members} members, "
                f"{counts.cohorts} cohorts, {counts.sessions} sessions, {counts.enrollments} enrollments, "
                f"{counts.attendance} attendance marks, {counts.completions} completions, "
                f"{counts.certificates} certificates."
            )
        )
