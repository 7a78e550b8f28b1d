import os

import pytest
from django.core.cache import caches
from django.utils import translation

from tests.factories import ClinicianFactory, ProgramStaffFactory, UserFactory

# Fixtures for handout tests (tests/learning, tests/workshops): render counts, no network.
pytest_plugins = ["tests.support.handouts"]


@pytest.fixture(autouse=True)
def _fast_hasher_and_clean_cache(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Rate-limit counters live in "default", anonymous pages in "pages": no test inherits another's.
    for alias in ("default", "pages"):
        caches[alias].clear()
    # A request in Spanish leaves Spanish active in this thread (LocaleMiddleware, as in a
    # server, activates per request): each test starts in the default language.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    for alias in ("default", "pages"):
        caches[alias].clear()
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def user_factory():
    return UserFactory


@pytest.fixture
def member(db):
    return UserFactory(display_name="Robin")


@pytest.fixture
def clinician(db):
    return ClinicianFactory(display_name="Dr. Lee")


@pytest.fixture
def program_staff(db):
    return ProgramStaffFactory(display_name="Pat")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


def _on_postgresql() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://", "pgsql://"))


def pytest_collection_modifyitems(config, items):
    """`postgres` tests need PostgreSQL; on SQLite they are deselected (not skipped), and said so."""
    if _on_postgresql():
        return
    kept, dropped = [], []
    for item in items:
        (dropped if item.get_closest_marker("postgres") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def pytest_report_header(config):
    return "database: " + (
        "PostgreSQL (DATABASE_URL)" if _on_postgresql() else "SQLite; postgres-marked tests deselected"
    )
