"""A production-mode Kinship on this machine for the smoke tests: DEBUG=0, `manage.py
run_production --release` (gunicorn with two workers, run_worker, run_scheduler), a real
redis-server, and the database DATABASE_URL names (a fresh one beside it) or a SQLite file.

Needs redis-server and gunicorn; without them the tests are skipped and say why (.ci/run
installs Debian's redis-server, and CI fails on any skip)."""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
WEB_PORT = int(os.environ.get("KINSHIP_SMOKE_WEB_PORT", "9210"))
REDIS_PORT = int(os.environ.get("KINSHIP_SMOKE_REDIS_PORT", "6391"))
SECRET = "production-smoke-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/production/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.production)


def wait_for(check, *, timeout: float, what: str, every: float = 0.3):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@dataclass
class Redis:
    port: int
    process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603 - Debian's redis-server, fixed arguments
            [
                shutil.which("redis-server"),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(self.answers, timeout=15, what="redis-server")

    def answers(self) -> bool:
        import redis

        try:
            return redis.Redis(port=self.port, socket_timeout=0.5).ping()
        except redis.RedisError:
            return False

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@dataclass
class Site:
    url: str
    env: dict
    mail_dir: Path
    media_dir: Path
    database_url: str
    process: subprocess.Popen
    redis: Redis
    output: list[str] = field(default_factory=list)
    data: dict = field(default_factory=dict)

    def get(self, path: str, **kwargs) -> requests.Response:
        return requests.get(self.url + path, timeout=20, allow_redirects=False, **kwargs)

    def manage(self, *args: str) -> str:
        result = subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def query(self, sql: str) -> list[tuple]:
        """Read the live database directly (no Django start-up per poll)."""
        if self.database_url.startswith("sqlite"):
            with sqlite3.connect(urlsplit(self.database_url).path) as db:
                return db.execute(sql).fetchall()
        import psycopg

        with psycopg.connect(self.database_url) as db:
            return db.execute(sql).fetchall()

    def worker_pid(self) -> int:
        started = [line for line in self.output if line.startswith("started worker (pid ")]
        return int(started[-1].split("pid ")[1].rstrip(")"))


def fresh_database(tmp: Path) -> tuple[str, callable]:
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp / 'smoke.sqlite3'}", lambda: None
    import psycopg

    parts = urlsplit(base)
    name = f"{parts.path.lstrip('/') or 'kinship'}_smoke"
    admin_url = parts._replace(path="/postgres").geturl()

    def drop():
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    drop()
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    return parts._replace(path=f"/{name}").geturl(), drop


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed (Debian: apt-get install redis-server; .ci/run installs it)")
    if find_spec("gunicorn") is None:
        pytest.skip("gunicorn is not installed (it is a runtime dependency: make install)")
    tmp = tmp_path_factory.mktemp("production")
    redis_server = Redis(REDIS_PORT)
    redis_server.start()
    database_url, drop_database = fresh_database(tmp)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_ALLOW_ASYNC", "PYTEST"))},
        "DEBUG": "0",
        "SECRET_KEY": SECRET,
        "DATABASE_URL": database_url,
        "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
        "TASKS_BACKEND": "database",
        "WEB_CONCURRENCY": "2",
        "BIND": f"127.0.0.1:{WEB_PORT}",
        "WORKER_ID": "smoke-worker-1",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": f"http://127.0.0.1:{WEB_PORT}",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_MANIFEST": "1",
        "REQUIRE_STAFF_MFA": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(tmp / "mail"),
        "MEDIA_ROOT": str(tmp / "media"),
        "PAGE_CACHE_SECONDS": "60",
    }
    process = subprocess.Popen(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "run_production", "--release"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    site = Site(
        url=f"http://127.0.0.1:{WEB_PORT}",
        env=env,
        mail_dir=tmp / "mail",
        media_dir=tmp / "media",
        database_url=database_url,
        process=process,
        redis=redis_server,
    )
    threading.Thread(target=lambda: [site.output.append(line.rstrip()) for line in process.stdout], daemon=True).start()

    def healthy():
        try:
            return site.get("/healthz/").status_code == 200
        except requests.RequestException:
            return False

    try:
        wait_for(lambda: healthy() or process.poll() is not None, timeout=240, what="the site to start")
        assert process.poll() is None, "\n".join(site.output[-60:])
        site.data = json.loads(
            site.manage("shell", "-c", "from tests.production.seed import seed; seed()").splitlines()[-1]
        )
        yield site
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        redis_server.stop()
        drop_database()
