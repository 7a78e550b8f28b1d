"""A backup (pg_dump + media + SECRET_KEY) restored into an empty PostgreSQL database serves the
same lessons, enrollments, attendance and certificates (PDFs included)."""

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection

from tests.learning.builders import make_module
from tests.workshops.certificates.helpers import finished_cohort
from workshops.certificates import services
from workshops.models import Certificate

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ROOT = Path(__file__).resolve().parents[2]


def url_for(name: str) -> str:
    conf = connection.settings_dict
    return f"postgres://{conf['USER']}:{conf['PASSWORD']}@{conf['HOST'] or '127.0.0.1'}:{conf['PORT'] or 5432}/{name}"


def manage(*args: str, database: str, media: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": url_for(database), "MEDIA_ROOT": str(media), "SECRET_KEY": settings.SECRET_KEY}
    return subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )


@pytest.fixture
def empty_database():
    name = f"{connection.settings_dict['NAME']}_restored"
    with psycopg.connect(url_for("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(url_for("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_backup_restored_into_an_empty_database_serves_the_same_site(
    settings, tmp_path, program_staff, empty_database
):
    settings.MEDIA_ROOT = tmp_path / "media"
    module, lessons = make_module(title="Backed-up module", lessons=2)
    cohort, _ = finished_cohort(attended=[4, 3, 1])
    services.cohort_certificates_issue(cohort_id=cohort.pk, by=program_staff)  # immediate tasks render the PDFs
    certificates = list(Certificate.objects.order_by("pk"))
    assert len(certificates) == 2 and all(c.render_state == "ready" for c in certificates)

    made = manage(
        "backup", str(tmp_path / "backup"), database=connection.settings_dict["NAME"], media=tmp_path / "media"
    )
    assert made.returncode == 0, made.stderr
    assert oct((tmp_path / "backup" / "secret_key.txt").stat().st_mode & 0o777) == "0o600"

    restored_media = tmp_path / "restored-media"
    restored = manage("restore", str(tmp_path / "backup"), database=empty_database, media=restored_media)
    assert restored.returncode == 0, restored.stderr  # the command compares counts with the manifest

    check = (
        "import hashlib; from django.test import Client; from workshops.models import Certificate;"
        f"c = Client(); r = c.get('{lessons[0].url}');"
        "print(r.status_code, 'Lesson' in r.content.decode());"
        "certs = list(Certificate.objects.order_by('pk'));"
        "print([(x.code, hashlib.sha256(x.pdf.open('rb').read()).hexdigest() == x.pdf_sha256) for x in certs]);"
        "print([c.get(f'/certificates/verify/{x.code}/').status_code for x in certs])"
    )
    shown = manage("shell", "-c", check, database=empty_database, media=restored_media)
    assert shown.returncode == 0, shown.stderr
    page, pdfs, verified = shown.stdout.strip().splitlines()[-3:]
    assert page == "200 True"
    assert pdfs == repr([(c.code, True) for c in certificates])
    assert verified == "[200, 200]"


def test_a_restore_under_another_secret_key_is_refused(tmp_path, empty_database):
    folder = tmp_path / "backup"
    folder.mkdir()
    (folder / "secret_key.txt").write_text("another-key\n")
    result = manage("restore", str(folder), database=empty_database, media=tmp_path / "media")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
