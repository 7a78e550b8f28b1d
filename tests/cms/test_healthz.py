from http import HTTPStatus

import pytest
from django.db import OperationalError


@pytest.mark.django_db
def test_healthz_is_ok_when_the_database_answers(client):
    response = client.get("/healthz/")
    assert response.status_code == HTTPStatus.OK
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_healthz_is_503_when_the_database_is_unreachable(client, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", refuse)
    response = client.get("/healthz/")
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response.json()["status"] != "ok"


def test_healthz_is_503_against_a_real_unreachable_database():
    """A process whose DATABASE_URL points at a closed port answers 503, not 500."""
    from tests.cms.test_settings import run_manage

    script = (
        "from django.test import Client; r = Client().get('/healthz/', HTTP_HOST='localhost'); "
        "print(r.status_code, r.content.decode())"
    )
    result = run_manage("shell", "-c", script, DEBUG="1", DATABASE_URL="postgres://nobody@127.0.0.1:9/none")
    assert result.stdout.strip().splitlines()[-1].startswith("503"), result.stdout + result.stderr
