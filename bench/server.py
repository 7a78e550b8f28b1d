"""What `make bench` and `make load` share: the environment, the data, signed-in sessions,
gunicorn, and the machine description. Nothing here runs in the test suite or production.
"""

import os
import platform
import secrets
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEFAULT_DATABASE_URL = "postgres://kinship:kinship@127.0.0.1:5432/kinship_bench"
# The header the benchmark's clients put their made-up address in, so the certificate
# check's per-client rate limit (30 per 5 minutes) sees many readers, as in real life.
CLIENT_IP_HEADER = "X-Bench-Client"
SCALE = {"members": 10_000, "cohorts": 300, "sessions": 12}


def bench_environment(port: int) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings",
        DATABASE_URL=os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        DEBUG="0",
        SECRET_KEY=os.environ.get("SECRET_KEY") or "bench-only-" + secrets.token_urlsafe(40),
        SECURE_SSL_REDIRECT="0",
        REQUIRE_STAFF_MFA="0",
        STATIC_MANIFEST="1",
        BENCH_FLOOR="1",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SITE_URL=f"http://127.0.0.1:{port}",
        TRUSTED_CLIENT_IP_HEADER=CLIENT_IP_HEADER,
        TASKS_BACKEND="immediate",
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        MEDIA_ROOT=os.environ.get("MEDIA_ROOT") or str(ROOT / "bench" / ".media"),
        LOG_LEVEL="WARNING",
    )
    return env


def manage(env: dict, *args: str) -> None:
    subprocess.run([str(BIN / "python"), "manage.py", *args], cwd=ROOT, env=env, check=True)


def setup_django(env: dict) -> None:
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def ensure_database(url: str) -> None:
    """Create the benchmark's PostgreSQL database when it is not there yet (a fresh machine
    has only the server and a role), so `make bench` needs no step of its own before it."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"created the database {name}")


def prepare_data(env: dict, *, reseed: bool = False) -> dict:
    """Migrate, collect static files, load the demo content and the scale data when missing.
    Returns how long the seeding took (or that it was already there)."""
    if not env["DATABASE_URL"].startswith("postgres"):
        print("warning: DATABASE_URL is not PostgreSQL; the numbers will not compare with the README's")
    else:
        ensure_database(env["DATABASE_URL"])
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    setup_django(env)
    from django.contrib.auth import get_user_model

    from learning.models import LessonPage
    from workshops.scale_data import SCALE_DOMAIN

    if not LessonPage.objects.live().exists():
        manage(env, "load_demo_content", "--allow-production")
    seeded = get_user_model().objects.filter(email__endswith=f"@{SCALE_DOMAIN}").count()
    if reseed or seeded < SCALE["members"]:
        started = time.monotonic()
        args = [f"--{name}={value}" for name, value in SCALE.items()]
        manage(env, "seed_scale_data", *args)
        return {"seeded_now": True, "seed_seconds": round(time.monotonic() - started)}
    return {"seeded_now": False}


def signed_in_cookie(user) -> str:
    """A session for `user` made the way a sign-in makes one (so pages see a signed-in member
    who accepted the terms), without paying for a password hash per simulated person."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from cms.consent import has_current_consent

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    has_current_consent(user=user, session=session)  # notes an acceptance in the session, as a sign-in does
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def machine() -> dict:
    from django.db import connection

    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version") if connection.vendor == "postgresql" else cursor.execute("SELECT 1")
        database = f"PostgreSQL {cursor.fetchone()[0]}" if connection.vendor == "postgresql" else connection.vendor
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "database": database,
        "os": f"{platform.system()} {platform.release()}",
    }


@contextmanager
def gunicorn(env: dict, *, port: int, workers: int, threads: int = 1):
    command = [
        str(BIN / "gunicorn"),
        "cms.wsgi",
        f"--workers={workers}",
        f"--threads={threads}",
        f"--bind=127.0.0.1:{port}",
        "--log-level=warning",
        "--timeout=120",
        # Longer than any client's pause between requests: otherwise the server closes an idle
        # kept-alive connection just as the client reuses it, and the request fails.
        "--keep-alive=60",
    ]
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz/", timeout=5) as response:  # noqa: S310
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.5)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def task_worker(env: dict):
    """One background worker on the database task queue, stopped with the run."""
    process = subprocess.Popen([str(BIN / "python"), "manage.py", "run_worker"], cwd=ROOT, env=env)
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def replace_between_markers(path: Path, marker: str, text: str) -> None:
    """Put `text` between <!-- marker:start --> and <!-- marker:end --> in a Markdown file."""
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    content = path.read_text()
    if start not in content or end not in content:
        return
    before, rest = content.split(start, 1)
    _old, after = rest.split(end, 1)
    path.write_text(f"{before}{start}\n{text.strip()}\n{end}{after}")
