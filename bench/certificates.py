"""Certificate benchmark: `make bench` (or `.venv/bin/python bench/certificates.py [--quick]`).

Measures, in one run on this machine:

1. the median time of a bare WeasyPrint render of a trivial page (the baseline),
2. the median time to render one certificate (templates/workshops/certificate.html),
3. the median time to issue a 100-member cohort (eligibility, rows, and 100 renders through
   the django-tasks immediate backend, as `cohort_certificates_issue` runs them),
4. a worker's memory over 1,000 renders with the shared FontConfiguration (it must stay flat),
   next to a few hundred renders that build a new FontConfiguration each time (it grows).

Results go to bench/results.json and are printed; bench/README.md quotes them. Uses a throwaway
SQLite database and media folder, never the project's own.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUICK = "--quick" in sys.argv
NAMES = ["Zoë Ñúñez-O'Brien", "Анна Петрова", "محمد", "<b>Bold</b> & <script>", "🙂 Sam", "王小明"]


def setup_django(tmp: Path) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="cms.settings",
        DEBUG="0",
        SECRET_KEY="bench-only-" + "x" * 50,
        ALLOWED_HOSTS="localhost",
        SECURE_SSL_REDIRECT="0",
        STATIC_MANIFEST="0",
        TASKS_BACKEND="immediate",
        DATABASE_URL=f"sqlite:///{tmp / 'bench.sqlite3'}",
        MEDIA_ROOT=str(tmp / "media"),
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        LOG_LEVEL="WARNING",
    )
    import django
    from django.conf import settings

    django.setup()
    # Bench users never sign in: the slow password hasher would only measure itself.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def content(index: int = 0):
    from workshops.certificates.pdf import CertificateContent

    return CertificateContent(
        holder_name=NAMES[index % len(NAMES)],
        certificate_title="Family Skills Series",
        program_name="Kinship",
        started_on="March 4, 2030",
        completed_on="April 1, 2030",
        sessions_attended=5,
        sessions_total=6,
        signatory_name="Dr. Casey Rivera",
        signatory_title="Program director",
        code_display="K7QX-3MZD-92TA-HRWE",
        verify_url="https://kinship.example.org/certificates/verify/K7QX3MZD92TAHRWE/",
    )


def median_ms(function, runs: int) -> float:
    function()  # warm up: fonts loaded, templates compiled
    samples = []
    for index in range(runs):
        started = time.perf_counter()
        function(index)
        samples.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(samples), 1)


def render_times(runs: int) -> dict:
    from weasyprint import HTML

    from workshops.certificates import pdf

    def bare(_index=0):
        HTML(string="<p>Hello</p>").write_pdf(font_config=pdf.font_config())

    def certificate(index=0):
        pdf.render_certificate(content(index))

    bare_ms = median_ms(bare, runs)
    certificate_ms = median_ms(certificate, runs)
    return {
        "runs": runs,
        "bare_weasyprint_trivial_page_ms": bare_ms,
        "certificate_ms": certificate_ms,
        "certificate_over_bare": round(certificate_ms / bare_ms, 2),
    }


def issue_times(members: int, rounds: int) -> dict:
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    from tests.factories import ProgramStaffFactory, UserFactory
    from tests.workshops.builders import enroll, make_cohort, make_workshop
    from workshops.certificates.services import cohort_certificates_issue
    from workshops.models import AttendanceRecord, Certificate, Cohort, CohortStatus, RenderState

    staff = ProgramStaffFactory()
    samples = []
    for _round in range(rounds):
        cohort = make_cohort(make_workshop(sessions=4, min_sessions_attended=3), capacity=200)
        sessions = list(cohort.sessions.all())
        enrollments = [enroll(cohort, UserFactory(display_name=NAMES[i % len(NAMES)])) for i in range(members)]
        AttendanceRecord.objects.bulk_create(
            AttendanceRecord(session=s, enrollment=e, status="present") for e in enrollments for s in sessions
        )
        Cohort.objects.filter(pk=cohort.pk).update(status=CohortStatus.FINISHED)
        started = time.perf_counter()
        result = cohort_certificates_issue(cohort_id=cohort.pk, by=staff)
        samples.append(time.perf_counter() - started)
        ready = Certificate.objects.filter(enrollment__cohort=cohort, render_state=RenderState.READY).count()
        assert result.issued == ready == members, (result, ready)
    median_s = statistics.median(samples)
    return {
        "members": members,
        "rounds": rounds,
        "issue_cohort_median_s": round(median_s, 2),
        "per_certificate_ms": round(median_s * 1000 / members, 1),
    }


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def memory_child(tmp: Path, *, shared: bool, renders: int) -> None:
    """Runs in its own process (so nothing else in it grows): renders, and RSS every 100."""
    import resource

    setup_django(tmp)
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    from workshops.certificates import pdf

    points = []
    for index in range(renders):
        if shared:
            pdf.render_certificate(content(index))
        else:
            html = pdf.certificate_html(content(index))
            document = HTML(string=html, base_url="https://kinship.example.org/", url_fetcher=pdf.ProjectFilesFetcher())
            document.write_pdf(font_config=FontConfiguration())
        if (index + 1) % 100 == 0:
            points.append([index + 1, round(rss_mib(), 1)])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"points": points, "peak_mib": round(peak, 1)}))


def memory_run(tmp: Path, *, shared: bool, renders: int) -> dict:
    mode = "shared" if shared else "fresh"
    command = [sys.executable, __file__, "--memory-child", mode, str(renders), str(tmp)]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    data = json.loads(output.strip().splitlines()[-1])
    points = data["points"]
    first, last = points[0], points[-1]
    growth = (last[1] - first[1]) / max(last[0] - first[0], 1) * 100
    return {
        "renders": renders,
        "rss_mib_every_100": points,
        "peak_mib": data["peak_mib"],
        "growth_mib_per_100_renders_after_the_first_100": round(growth, 2),
    }


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="kinship-bench-") as folder:
        tmp = Path(folder)
        setup_django(tmp)
        renders = render_times(runs=20 if QUICK else 100)
        print("render:", renders, flush=True)
        issue = issue_times(members=20 if QUICK else 100, rounds=1 if QUICK else 3)
        print("issue:", issue, flush=True)
        shared = memory_run(tmp, shared=True, renders=200 if QUICK else 1000)
        print("memory, one FontConfiguration:", shared, flush=True)
        fresh = memory_run(tmp, shared=False, renders=200 if QUICK else 300)
        print("memory, a new FontConfiguration per render:", fresh, flush=True)
    results = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "quick": QUICK,
        "render": renders,
        "issue_100_member_cohort": issue,
        "memory_shared_font_config": shared,
        "memory_new_font_config_each_render": fresh,
    }
    if not QUICK:
        (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--memory-child"]:
        memory_child(Path(sys.argv[4]), shared=sys.argv[2] == "shared", renders=int(sys.argv[3]))
    else:
        main()
