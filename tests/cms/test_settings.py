"""The settings module honours the environment in docs/configuration.md and refuses unsafe production starts."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean_env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    clean_env.update(env)
    return subprocess.run(  # noqa: S603 - fixed arguments, our own manage.py
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean_env, capture_output=True, text=True, timeout=120
    )


def test_debug_off_without_secret_key_refuses_to_start_with_a_clear_message():
    result = run_manage("check", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_deploy_check_is_clean_with_production_settings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50)[:50],
        ALLOWED_HOSTS="example.org",
        SECURE_SSL_REDIRECT="1",
        STATIC_MANIFEST="1",
        TASKS_BACKEND="database",  # the production default (the suite's environment says immediate)
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_debug_on_runs_with_the_development_key():
    result = run_manage("check", DEBUG="1")
    assert result.returncode == 0, result.stderr


def test_unknown_tasks_backend_is_refused():
    result = run_manage("check", DEBUG="1", TASKS_BACKEND="celery")
    assert result.returncode != 0
    assert "TASKS_BACKEND" in result.stderr


def test_database_tasks_backend_is_django_tasks_db():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.TASKS['default']['BACKEND'])",
        DEBUG="1",
        TASKS_BACKEND="database",
    )
    assert result.stdout.strip().endswith("django_tasks_db.DatabaseBackend"), result.stderr
