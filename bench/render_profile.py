"""Fresh render times in one process, for finding what a page costs (not a load test).

    .venv/bin/python bench/render_profile.py [--runs 20] [--profile "attendance sheet"] [--only sheet,matrix]

Uses the same database and scale data as `make bench` (DATABASE_URL, default kinship_bench;
`make bench` seeds it) and the same signed-in sessions, and renders each page through Django's
test client with DEBUG=0: the median of `--runs` renders after one warm-up, as wall-clock time
and as this process's CPU time. On a shared machine the wall-clock time mostly measures the
wait for a core; the CPU time is what the page costs in Python (PostgreSQL's share excluded),
and it is shown next to the bare Django view (/bench/floor/) in the same process.
`--profile LABEL` prints cProfile's top functions for that page. Prints the load average
before and after.
"""

import argparse
import cProfile
import os
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import server  # noqa: E402 - bench/ is not a package


def pages() -> list[tuple[str, str, str]]:
    """(label, path, cookie) for the pages with targets: the big cohort's sheet, matrix, CSV and
    overview, the staff and clinician homes, the outcome report, one signed-in member's lesson,
    module page, library, /me/, workshop page (and a visitor's), the workshops index and the
    member's own session page, and a certificate's public verification page."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from learning.models import LessonPage
    from workshops.models import Certificate, CohortSession, Enrollment, EnrollmentStatus, WorkshopPage
    from workshops.scale_data import COHORT_PREFIX

    User = get_user_model()
    member = User.objects.filter(
        preferred_language="en",
        pk__in=Enrollment.objects.filter(status=EnrollmentStatus.ENROLLED).values("member_id"),
    ).earliest("pk")
    staff = User.objects.get(email="staff@example.org")
    member_cookie = server.signed_in_cookie(member)
    staff_cookie = server.signed_in_cookie(staff)
    clinician_cookie = server.signed_in_cookie(User.objects.get(email="clinician@example.org"))
    certificate = Certificate.objects.filter(enrollment__cohort__name__startswith=COHORT_PREFIX).first()
    lesson = LessonPage.objects.live().filter(locale__language_code="en").order_by("path")[3]
    workshop = WorkshopPage.objects.live().filter(locale__language_code="en").earliest("pk")
    # The first scale cohort is the big one: 200 members, 12 sessions, eight held.
    session = (
        CohortSession.objects.filter(cohort__name__startswith=COHORT_PREFIX, ends_at__lte=timezone.now())
        .order_by("cohort_id", "-starts_at")
        .first()
    )
    # A session of one of the member's own groups: their session page.
    own_session = (
        CohortSession.objects.filter(
            cohort__enrollments__member=member, cohort__enrollments__status=EnrollmentStatus.ENROLLED
        )
        .order_by("starts_at", "pk")
        .first()
    )
    return [
        ("bare Django view (floor)", "/bench/floor/", ""),
        ("bare Django view, signed in", "/bench/floor/", member_cookie),
        ("Wagtail finding a lesson, then nothing", f"/bench/wagtail-route{lesson.url}", member_cookie),
        ("empty Wagtail admin page", "/admin/bench-floor/", staff_cookie),
        ("attendance sheet", f"/admin/attendance/sessions/{session.pk}/", staff_cookie),
        ("attendance matrix", f"/admin/attendance/cohorts/{session.cohort_id}/", staff_cookie),
        ("attendance CSV", f"/admin/attendance/cohorts/{session.cohort_id}/?export=csv", staff_cookie),
        ("cohort overview", f"/admin/cohorts/overview/{session.cohort_id}/", staff_cookie),
        ("staff home (/admin/)", "/admin/", staff_cookie),
        ("clinician home (/admin/)", "/admin/", clinician_cookie),
        ("outcome report (every cohort)", "/admin/outcomes/", staff_cookie),
        ("certificate verification", f"/certificates/verify/{certificate.code}/", ""),
        ("lesson (signed in)", lesson.url, member_cookie),
        ("module page (signed in)", lesson.get_parent().url, member_cookie),
        ("module library (signed in)", "/learn/", member_cookie),
        ("/me/ dashboard", "/me/", member_cookie),
        ("workshop page (signed in)", workshop.url, member_cookie),
        ("workshop page (anonymous)", workshop.url, ""),
        ("workshops index (signed in)", workshop.get_parent().url, member_cookie),
        ("session page (signed in)", f"/workshops/sessions/{own_session.pk}/", member_cookie),
    ]


def fresh_address() -> dict:
    """A new client address (as a proxy names it) for each request: the certificate lookup is
    rate-limited per address, and the page refusing is not the page being measured."""
    return {server.CLIENT_IP_HEADER: f"10.{random.randrange(256)}.{random.randrange(256)}.{random.randrange(256)}"}


def client_for(cookie: str):
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    if cookie:
        name, value = cookie.split("=", 1)
        client.cookies[name] = value
    return client


class QueryTimer:
    """Django's execute_wrapper: the wall-clock time spent in database queries."""

    def __init__(self):
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started


def render_ms(path: str, cookie: str, *, runs: int) -> tuple[float, float, float, int]:
    """Median wall-clock ms, median CPU ms of this process (what the page costs in Python,
    without the time spent waiting for a core on a busy machine or for PostgreSQL), median ms
    waiting for queries, and the number of queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(cookie)
    response = client.get(path, headers=fresh_address())
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}")
    times, cpu_times, query_times = [], [], []
    for _ in range(runs):
        timer = QueryTimer()
        started, cpu_started = time.perf_counter(), time.process_time()
        with connection.execute_wrapper(timer):
            client.get(path, headers=fresh_address())
        times.append((time.perf_counter() - started) * 1000)
        cpu_times.append((time.process_time() - cpu_started) * 1000)
        query_times.append(timer.seconds * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(path, headers=fresh_address())
    return statistics.median(times), statistics.median(cpu_times), statistics.median(query_times), len(queries)


def profile(path: str, cookie: str, *, runs: int) -> None:
    client = client_for(cookie)
    client.get(path, headers=fresh_address())
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(runs):
        client.get(path, headers=fresh_address())
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(int(os.environ.get("PROFILE_ROWS", "45")))
    stats.sort_stats("tottime").print_stats(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--only", default="", help="comma-separated words; pages whose label has one")
    parser.add_argument("--profile", default="", help="label (or part of it) of a page to profile")
    options = parser.parse_args()
    env = server.bench_environment(8000)
    env["ALLOWED_HOSTS"] = "127.0.0.1,localhost,testserver"
    server.setup_django(env)
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    targets = pages()
    if options.profile:
        label, path, cookie = next(t for t in targets if options.profile in t[0])
        print(f"profile of {label} ({path}), {options.runs} renders")
        profile(path, cookie, runs=options.runs)
        return
    words = [w for w in options.only.split(",") if w]
    floor_cpu = None
    print(f"{'page':32} {'wall ms':>9} {'CPU ms':>8} {'× floor CPU':>12} {'queries':>8} {'query ms':>9}")
    for label, path, cookie in targets:
        if words and label != targets[0][0] and not any(w in label for w in words):
            continue
        ms, cpu, query_ms, queries = render_ms(path, cookie, runs=options.runs)
        floor_cpu = floor_cpu or cpu
        print(f"{label:32} {ms:9.1f} {cpu:8.1f} {cpu / floor_cpu:12.1f} {queries:8} {query_ms:9.1f}")
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
