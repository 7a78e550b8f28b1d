"""Playwright with the machine's Chromium (never a downloaded browser) against the live server."""

import os
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def chromium_path() -> str:
    return os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)
            # The live server runs in another thread, so data must be committed; the page
            # tree and roles that migrations created are restored after each test.
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    path = chromium_path()
    if not Path(path).exists():
        pytest.skip(f"no Chromium at {path}: install Debian's chromium or set CHROMIUM_PATH")
    return {**browser_type_launch_args, "executable_path": path, "headless": True, "args": CHROMIUM_ARGS}


@pytest.fixture
def browser_context_args(browser_context_args, live_server):
    return {**browser_context_args, "base_url": live_server.url, "locale": "en-US", "timezone_id": "America/Chicago"}


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Keep serialized rollback working once Playwright runs.

    Playwright's sync API switches greenlets, and Django's connection handler keeps its
    connections in context variables, so a test may get a fresh connection object that
    lacks the serialized copy of the database Django restores from. Keeping that copy on
    the connection class makes every connection object of the test database see it.
    """
    from django.db import connections

    connection = connections["default"]
    contents = connection.__dict__.get("_test_serialized_contents")
    if contents is not None:
        type(connection)._test_serialized_contents = contents
