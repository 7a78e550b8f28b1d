"""/healthz/: answers probes by address, checks database (a write), caches and media storage, and
names what is down; the 503 maintenance page while the database is down."""

from http import HTTPStatus

import pytest
from django.db import OperationalError
from django.test import Client

UNREACHABLE_REDIS = {
    alias: {
        "BACKEND": "cms.cache_backends.FailSoftRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing listens
        "KEY_PREFIX": alias,
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
    for alias in ("default", "pages")
}


@pytest.mark.django_db
def test_healthz_is_ok_when_everything_answers(client):
    response = client.get("/healthz/")
    assert response.status_code == HTTPStatus.OK
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_healthz_writes_to_the_database(client):
    from cms.models import HealthProbe

    client.get("/healthz/")
    first = HealthProbe.objects.get(pk=1).checked_at
    client.get("/healthz/")
    assert HealthProbe.objects.get(pk=1).checked_at > first


@pytest.mark.django_db
def test_healthz_answers_a_probe_by_address_while_other_urls_keep_the_host_check():
    client = Client()
    assert client.get("/healthz/", HTTP_HOST="10.0.0.7").status_code == HTTPStatus.OK
    assert client.get("/", HTTP_HOST="10.0.0.7").status_code == HTTPStatus.BAD_REQUEST
    assert client.get("/learn/", HTTP_HOST="10.0.0.7").status_code == HTTPStatus.BAD_REQUEST


@pytest.mark.django_db
def test_healthz_refuses_writes(client):
    assert client.post("/healthz/").status_code == HTTPStatus.METHOD_NOT_ALLOWED


@pytest.mark.django_db
def test_healthz_is_503_naming_the_database_when_it_refuses_writes(client, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", refuse)
    response = client.get("/healthz/")
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response.json() == {"status": "unavailable", "down": ["database"]}


@pytest.mark.django_db
def test_healthz_is_503_naming_the_cache_when_redis_is_unreachable_and_200_when_back(client, settings):
    settings.CACHES = UNREACHABLE_REDIS
    response = client.get("/healthz/")
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response.json()["down"] == ["cache"]
    settings.CACHES = {
        alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
        for alias in ("default", "pages")
    }
    assert client.get("/healthz/").status_code == HTTPStatus.OK


@pytest.mark.django_db
def test_healthz_is_503_naming_the_storage_when_media_cannot_be_written(client, settings, tmp_path):
    not_a_folder = tmp_path / "media"
    not_a_folder.touch()  # a file where the media folder should be: no write succeeds, even as root
    settings.MEDIA_ROOT = not_a_folder
    response = client.get("/healthz/")
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response.json()["down"] == ["storage"]


def test_healthz_is_503_against_a_real_unreachable_database():
    """A process whose DATABASE_URL points at a closed port answers 503, not 500."""
    from tests.cms.test_settings import run_manage

    script = (
        "from django.test import Client; r = Client().get('/healthz/', HTTP_HOST='10.0.0.7'); "
        "print(r.status_code, r.content.decode())"
    )
    result = run_manage("shell", "-c", script, DEBUG="1", DATABASE_URL="postgres://nobody@127.0.0.1:9/none")
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("503"), result.stdout + result.stderr
    assert '"database"' in last


def test_pages_answer_a_plain_503_maintenance_page_while_the_database_is_down():
    """Not a 500: a page that needs no database, with Retry-After."""
    from tests.cms.test_settings import run_manage

    script = (
        "from django.test import Client; r = Client(raise_request_exception=False).get('/learn/'); "
        "print(r.status_code, r.headers.get('Retry-After'), 'back soon' in r.content.decode().lower())"
    )
    result = run_manage(
        "shell",
        "-c",
        script,
        DEBUG="0",
        SECRET_KEY="tests-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        ALLOWED_HOSTS="testserver",
        DATABASE_URL="postgres://nobody@127.0.0.1:9/none",
    )
    assert result.stdout.strip().splitlines()[-1] == "503 60 True", result.stdout + result.stderr
