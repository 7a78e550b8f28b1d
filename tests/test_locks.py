"""The runtime lock holds what production installs and nothing for tests or load tests."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pinned(name: str) -> dict[str, str]:
    lines = (ROOT / name).read_text().splitlines()
    return {re.split("==", line)[0].lower(): line for line in lines if "==" in line}


def test_the_runtime_lock_has_no_test_or_load_test_packages():
    runtime = pinned("requirements.lock")
    for package in ("locust", "flask", "gevent", "pytest", "playwright", "ruff"):
        assert package not in runtime, package
    for package in ("django", "wagtail", "gunicorn", "redis", "django-storages", "weasyprint"):
        assert package in runtime, package


def test_every_runtime_pin_matches_the_development_lock():
    runtime, development = pinned("requirements.lock"), pinned("requirements-dev.lock")
    assert {name: development.get(name) for name in runtime} == runtime
