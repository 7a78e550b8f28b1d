"""Page benchmark: `make bench` (or `.venv/bin/python bench/pages.py [--seconds N] [--reseed]`).

Runs gunicorn against PostgreSQL with the scale data (see bench/server.py), then for each page
measures requests per second and p50/p99 latency with wrk, next to a bare Django view in the
same server and run (/bench/floor/, mounted only when BENCH_FLOOR=1). It also counts each page's
database queries (one request through Django's test client) and times a certificate PDF against
a trivial WeasyPrint page. Writes bench/results.md, prints it and puts it in the README.
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import server  # noqa: E402 - bench/ is not a package

WRK_SCRIPT = Path(__file__).resolve().parent / "wrk_report.lua"
RESULTS = server.ROOT / "bench" / "results.md"
TARGET_ANONYMOUS = 0.5  # the issue: anonymous lesson >= 50% of the floor's requests/second
TARGET_SIGNED_IN = 0.1  # signed-in pages >= 10% (aim for 25%)


def targets(env: dict) -> list[dict]:
    """The pages to measure: (label, who, path, cookie), found in the seeded data."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from learning.models import LessonPage
    from workshops.models import Certificate, Cohort, CohortSession, Enrollment, WorkshopPage
    from workshops.scale_data import COHORT_PREFIX

    User = get_user_model()
    big = Cohort.objects.get(name=f"{COHORT_PREFIX}001")
    # English pages for an English reader (a Spanish one is sent to /es/…, a redirect, not a page).
    member = (
        Enrollment.objects.filter(cohort=big, member__preferred_language="en")
        .select_related("member")
        .order_by("pk")
        .first()
        .member
    )
    staff = User.objects.get(email="staff@example.org")
    session = CohortSession.objects.filter(cohort=big, ends_at__lte=timezone.now()).order_by("-starts_at").first()
    lesson = LessonPage.objects.live().filter(locale__language_code="en").order_by("path")[1]
    workshop = WorkshopPage.objects.live().filter(locale__language_code="en").order_by("pk").first()
    certificate = Certificate.objects.filter(enrollment__cohort__name__startswith=COHORT_PREFIX).first()
    as_member, as_staff = server.signed_in_cookie(member), server.signed_in_cookie(staff)
    site = "http://127.0.0.1"
    lesson_path = lesson.get_url().replace(site, "") if lesson.get_url().startswith(site) else lesson.get_url()
    workshop_path = workshop.get_url()
    rows = [
        ("bare Django view (floor)", "anyone", "/bench/floor/", None, "floor"),
        ("lesson", "anonymous", lesson_path, None, "anonymous"),
        ("lesson", "member", lesson_path, as_member, "signed_in"),
        ("module library", "anonymous", "/learn/", None, "anonymous"),
        ("module library", "member", "/learn/", as_member, "signed_in"),
        ("/me/ dashboard", "member", "/me/", as_member, "signed_in"),
        ("workshop page", "anonymous", workshop_path, None, "anonymous"),
        ("workshop page", "member", workshop_path, as_member, "signed_in"),
        (
            f"attendance sheet ({big.enrollments.count()} members)",
            "staff",
            f"/admin/attendance/sessions/{session.pk}/",
            as_staff,
            "signed_in",
        ),
        (
            f"attendance matrix ({big.enrollments.count()}×{big.sessions.count()})",
            "staff",
            f"/admin/attendance/cohorts/{big.pk}/",
            as_staff,
            "signed_in",
        ),
        ("attendance CSV export", "staff", f"/admin/attendance/cohorts/{big.pk}/?export=csv", as_staff, "signed_in"),
        ("certificate verification", "anyone", f"/certificates/verify/{certificate.code}/", None, "anonymous"),
    ]
    return [dict(label=r[0], who=r[1], path=r[2], cookie=r[3], kind=r[4]) for r in rows]


def count_queries(target: dict) -> int:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1", headers={server.CLIENT_IP_HEADER: "10.9.9.9"})
    if target["cookie"]:
        name, value = target["cookie"].split("=", 1)
        client.cookies[name] = value
    client.get(target["path"])  # warm: the first request fills per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(target["path"])
    if response.status_code != 200:
        raise RuntimeError(f"{target['path']} answered {response.status_code} for {target['who']}")
    return len(queries)


def fresh_render_ms(target: dict, *, runs: int = 10) -> float:
    """Median ms of the page rendered afresh, not from a cache (the first view after a change),
    through Django's test client in this process."""
    import statistics

    from django.test import Client, override_settings

    client = Client(HTTP_HOST="127.0.0.1", headers={server.CLIENT_IP_HEADER: "10.9.9.9"})
    if target["cookie"]:
        name, value = target["cookie"].split("=", 1)
        client.cookies[name] = value
    times = []
    with override_settings(PRIVATE_PAGE_CACHE=False):
        client.get(target["path"])
        for _ in range(runs):
            started = time.perf_counter()
            client.get(target["path"])
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def wrk(port: int, target: dict, *, seconds: int, connections: int) -> dict:
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout=30s", "-s", str(WRK_SCRIPT)]
    if target["cookie"]:
        command += ["-H", f"Cookie: {target['cookie']}"]
    command.append(f"http://127.0.0.1:{port}{target['path']}")
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    data = json.loads(re.search(r"^WRK_JSON (.*)$", output, re.M).group(1))
    if data["non2xx"] or data["errors"]:
        raise RuntimeError(f"{target['path']}: {data['non2xx']} non-2xx answers, {data['errors']} socket errors")
    return {
        "rps": data["requests"] / (data["duration_us"] / 1e6),
        "p50_ms": data["p50_us"] / 1000,
        "p99_ms": data["p99_us"] / 1000,
        "requests": data["requests"],
    }


def certificate_render() -> dict:
    """Median ms of a certificate PDF against a trivial WeasyPrint page (from bench/certificates.py)."""
    import certificates

    return certificates.render_times(runs=30)


def table(results: list[dict]) -> str:
    lines = [
        "| page | as | req/s | floor req/s just before | × floor | p50 ms | p99 ms | queries |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in results:
        ratio = row["ratio"]
        lines.append(
            f"| {row['label']} | {row['who']} | {row['rps']:.0f} | {row['floor_rps']:.0f} | {ratio:.0%} "
            f"| {row['p50_ms']:.1f} | {row['p99_ms']:.1f} | {row['queries']} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="measured seconds per page (after 2 s warm-up)")
    parser.add_argument("--floor-seconds", type=int, default=4, help="floor run before each page")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=None, help="gunicorn workers (default: one per core)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--reseed", action="store_true", help="rebuild the scale data even if it is there")
    options = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("make bench needs wrk: on Debian or Ubuntu `sudo apt-get install wrk`, on macOS `brew install wrk`.")

    env = server.bench_environment(options.port)
    seeding = server.prepare_data(env, reseed=options.reseed)
    import os

    workers = options.workers or os.cpu_count() or 2
    pages = targets(env)
    for page in pages:
        page["queries"] = count_queries(page)
    staff_pages = [page for page in pages if page["who"] == "staff"]
    for page in staff_pages:
        page["fresh_ms"] = fresh_render_ms(page)
    machine = server.machine()
    load_before = os.getloadavg()[0]
    results = []
    with server.gunicorn(env, port=options.port, workers=workers):
        floor_page = pages[0]
        wrk(options.port, floor_page, seconds=2, connections=options.connections)  # warm-up
        for page in pages:
            # The floor is measured again right before each page, and each page's ratio is to
            # that neighbour: on a shared machine the load changes from minute to minute.
            page["floor_rps"] = wrk(
                options.port, floor_page, seconds=options.floor_seconds, connections=options.connections
            )["rps"]
            wrk(options.port, page, seconds=2, connections=options.connections)  # warm-up
            page.update(wrk(options.port, page, seconds=options.seconds, connections=options.connections))
            page["ratio"] = page["rps"] / page["floor_rps"]
            print(
                f"  {page['label']} ({page['who']}): {page['rps']:.0f} req/s ({page['ratio']:.0%} of the floor), "
                f"p99 {page['p99_ms']:.1f} ms",
                flush=True,
            )
            results.append(page)
    load_after = os.getloadavg()[0]
    render = certificate_render()
    floor = max(page["floor_rps"] for page in results)

    anonymous_lesson = next(r for r in results if r["label"] == "lesson" and r["who"] == "anonymous")
    signed_in = [r for r in results if r["kind"] == "signed_in"]
    worst = min(signed_in, key=lambda r: r["ratio"])
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    fresh_table = "\n".join(f"| {page['label']} | {page['fresh_ms']:.0f} |" for page in staff_pages)
    report = f"""\
Measured {when} on {machine["cores"]} cores ({machine["cpu"]}), Python {machine["python"]}, \
{machine["database"]}, {machine["os"]}; gunicorn with {workers} sync workers, wrk with \
{options.connections} connections for {options.seconds} s per page after a 2 s warm-up, each after a \
{options.floor_seconds} s run of the floor (× floor is against that neighbouring run); scale data: \
{server.SCALE["members"]:,} members, {server.SCALE["cohorts"]} cohorts × {server.SCALE["sessions"]} sessions.

{table(results)}

Signed-in pages come from per-person caches while what they show is unchanged
(cms/private_cache.py): a lesson while the reader's progress, answers and reflections are, /me/
while the member's rows are, a staff page while its cohort is (a save, a check-in or an apology
makes the next view a fresh one). The staff pages rendered afresh, in one process through
Django's test client, median of 10:

| page | fresh render ms |
|---|---:|
{fresh_table}

| certificate PDF | median ms |
|---|---:|
| trivial WeasyPrint page | {render["bare_weasyprint_trivial_page_ms"]} |
| one certificate | {render["certificate_ms"]} ({render["certificate_over_bare"]}× the trivial page) |

Targets from issue 8: anonymous lesson ≥ {TARGET_ANONYMOUS:.0%} of the floor — \
**{anonymous_lesson["ratio"]:.0%}**; signed-in pages ≥ {TARGET_SIGNED_IN:.0%} (aim 25%) — slowest \
is {worst["label"]} at **{worst["ratio"]:.0%}**. Load average (1 min) before the run \
{load_before:.1f}, after {load_after:.1f}: above {machine["cores"]} means other programs were competing for the \
cores, and every number here is lower than on a quiet machine (the ratios less so). The best floor run: \
{floor:.0f} req/s.
"""
    if seeding.get("seeded_now"):
        report += f"\nSeeding the scale data took {seeding['seed_seconds']} s in this run.\n"
    RESULTS.write_text("# Latest `make bench`\n\n" + report)
    server.replace_between_markers(server.ROOT / "README.md", "bench", report)
    server.replace_between_markers(server.ROOT / "bench" / "README.md", "bench", report)
    print(report)
    time.sleep(0)


if __name__ == "__main__":
    main()
