"""Load test: `make load` (or `.venv/bin/python bench/load.py [--users 300] [--minutes 2]`).

Prepares the scale data (bench/server.py), makes a signed-in session for each simulated person,
puts a few finished groups' certificates back to "not issued yet" so staff have some to issue,
starts gunicorn and runs bench/locustfile.py headless. Writes p50/p95/p99 per request type to
bench/load-results.md and the README. Fails (exit 1) if any request failed.
"""

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import server  # noqa: E402 - bench/ is not a package

RESULTS = server.ROOT / "bench" / "load-results.md"
# 2 cores: three processes keep both busy while one waits on PostgreSQL, and four threads each
# let a slow request (a 200-row sheet, a PDF) run without holding up quick page views.
DEFAULT_WORKERS, DEFAULT_THREADS = 3, 4


def _address(rng: random.Random) -> str:
    return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def _staff_accounts(count: int) -> list:
    """Distinct program-staff accounts for the simulated staff (made once, kept for the next run)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from cms.consent import consent_record
    from cms.roles import PROGRAM_STAFF

    group = Group.objects.get(name=PROGRAM_STAFF)
    accounts = []
    for number in range(count):
        person, created = get_user_model().objects.get_or_create(
            email=f"bench-staff-{number}@example.org", defaults={"display_name": f"Bench staff {number}"}
        )
        if created:
            person.set_unusable_password()
            person.save(update_fields=["password"])
            person.groups.add(group)
            consent_record(user=person)
        accounts.append(person)
    return accounts


def plan(users: int) -> dict:
    """Who the simulated people are and what they touch, from the seeded data."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q
    from django.utils import timezone

    from learning.models import LessonPage
    from workshops.models import Certificate, Cohort, CohortSession, CohortStatus, Enrollment, WorkshopPage
    from workshops.scale_data import COHORT_PREFIX, SCALE_DOMAIN

    rng = random.Random(8)  # noqa: S311 - sample data
    User = get_user_model()
    scale_members = User.objects.filter(email__endswith=f"@{SCALE_DOMAIN}").order_by("pk")
    busy = Enrollment.objects.filter(cohort__status__in=[CohortStatus.OPEN, CohortStatus.RUNNING]).values("member")
    free = list(scale_members.exclude(pk__in=busy)[: users // 4])
    family = list(scale_members.filter(pk__in=busy)[:users])
    staff = _staff_accounts(max(2, users // 20))

    def people(members):
        return [{"cookie": server.signed_in_cookie(m), "client_ip": _address(rng)} for m in members]

    lessons = list(LessonPage.objects.live().order_by("path"))
    open_cohorts = list(
        Cohort.objects.filter(name__startswith=COHORT_PREFIX, status=CohortStatus.OPEN).select_related("workshop")
    )
    # Staff pages of many cohorts (the first 60 seeded), not one: each its latest held session.
    cohorts = list(Cohort.objects.filter(name__startswith=COHORT_PREFIX).order_by("pk")[:60])
    past = [
        session
        for session in (
            CohortSession.objects.filter(cohort=cohort, ends_at__lte=timezone.now()).order_by("-starts_at").first()
            for cohort in cohorts
        )
        if session is not None
    ]
    finished = list(
        Cohort.objects.filter(name__startswith=COHORT_PREFIX, status=CohortStatus.FINISHED)
        .filter(~Q(enrollments__certificates=None))
        .distinct()
        .order_by("pk")[:3]
    )
    to_issue = []
    for cohort in finished:
        certificates = Certificate.objects.filter(enrollment__cohort=cohort)
        to_issue += [
            {"cohort": cohort.pk, "enrollment": pk} for pk in certificates.values_list("enrollment", flat=True)
        ]
        certificates.delete()
    return {
        "people": {
            "family": people(family),
            "enrollers": people(free),
            "staff": people(staff),
        },
        "lessons": [lesson.url for lesson in lessons],
        "lessons_with_checks": [
            lesson.url for lesson in lessons if any(b.block_type == "knowledge_check" for b in lesson.body)
        ]
        or [lessons[0].url],
        "open_cohorts": [
            {"id": c.pk, "workshop_url": c.workshop.url, "sessions": list(c.sessions.values_list("pk", flat=True))}
            for c in open_cohorts
        ],
        "workshops": [w.url for w in WorkshopPage.objects.live()],
        "attendance_sheets": [f"/admin/attendance/sessions/{s.pk}/" for s in past],
        "attendance_matrices": [f"/admin/attendance/cohorts/{cohort.pk}/" for cohort in cohorts],
        "certificates_to_issue": to_issue,
    }


def read_stats(prefix: str) -> list[dict]:
    with open(f"{prefix}_stats.csv") as stats:
        return list(csv.DictReader(stats))


def table(rows: list[dict]) -> str:
    lines = [
        "| request | count | failures | req/s | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        name = "**all requests**" if row["Name"] == "Aggregated" else f"{row['Type']} {row['Name']}"
        lines.append(
            f"| {name} | {row['Request Count']} | {row['Failure Count']} | {float(row['Requests/s']):.1f} "
            f"| {row['50%']} | {row['95%']} | {row['99%']} | {float(row['Max Response Time']):.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument("--minutes", type=float, default=2)
    parser.add_argument("--spawn-rate", type=float, default=10, help="new simulated people per second")
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS)
    parser.add_argument("--threads", type=int, default=DEFAULT_THREADS)
    parser.add_argument("--port", type=int, default=8766)
    options = parser.parse_args()

    # As in production (cms/processes.py): certificate PDFs and emails go to a worker process
    # through the database task queue, not into the web request.
    env = {**server.bench_environment(options.port), "TASKS_BACKEND": "database"}
    server.prepare_data(env)
    load_plan = plan(options.users)
    machine = server.machine()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="kinship-load-") as folder:
        plan_file = Path(folder) / "plan.json"
        plan_file.write_text(json.dumps(load_plan))
        prefix = str(Path(folder) / "load")
        with (
            server.gunicorn(env, port=options.port, workers=options.workers, threads=options.threads),
            server.task_worker(env),
        ):
            command = [
                str(server.BIN / "locust"),
                "-f",
                str(server.ROOT / "bench" / "locustfile.py"),
                "--headless",
                f"--users={options.users}",
                f"--spawn-rate={options.spawn_rate}",
                f"--run-time={int(options.minutes * 60)}s",
                f"--host=http://127.0.0.1:{options.port}",
                f"--csv={prefix}",
                "--only-summary",
                "--stop-timeout=30",
            ]
            subprocess.run(command, env={**os.environ, "KINSHIP_LOAD_PLAN": str(plan_file)}, check=False)
        rows = read_stats(prefix)
    load_after = os.getloadavg()[0]
    total = next(row for row in rows if row["Name"] == "Aggregated")
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    report = f"""\
Measured {when} on {machine["cores"]} cores ({machine["cpu"]}), Python {machine["python"]}, \
{machine["database"]}: {options.users} simulated people (80% family members, 15% enrolling, 5% staff), \
{options.spawn_rate:g} new per second, for {options.minutes:g} minutes against gunicorn with {options.workers} \
workers × {options.threads} threads and one task worker (`manage.py run_worker`: certificate PDFs, \
emails), as `run_production` runs them; locust on the same machine. Load average (1 min) before the run \
{load_before:.1f}, after {load_after:.1f}: above {machine["cores"]}, other programs were competing for the cores.

**{total["Request Count"]} requests, {total["Failure Count"]} failed; p50 {total["50%"]} ms, \
p95 {total["95%"]} ms, p99 {total["99%"]} ms.**

{table(rows)}
"""
    RESULTS.write_text("# Latest `make load`\n\n" + report)
    server.replace_between_markers(server.ROOT / "README.md", "load", report)
    server.replace_between_markers(server.ROOT / "bench" / "README.md", "load", report)
    print(report)
    if int(total["Failure Count"]) or not int(total["Request Count"]):
        sys.exit(1)


if __name__ == "__main__":
    main()
