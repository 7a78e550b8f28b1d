"""Backup and restore of a PostgreSQL Kinship: the database (pg_dump), the media files and the
SECRET_KEY (check-in codes and sign-in sessions derive from it; a restore with another key works,
but every code and session changes).

A backup is a folder:
    database.dump    pg_dump custom format (pg_restore reads it)
    media.tar.gz     MEDIA_ROOT (images, documents, certificate PDFs); absent with S3 storage
    secret_key.txt   the SECRET_KEY, readable by its owner only
    manifest.json    when, and how many lessons, enrollments, marks and certificates it holds
"""

import json
import os
import subprocess
import tarfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import connection


class BackupError(Exception):
    pass


def database_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if connection.vendor != "postgresql" or not url:
        raise BackupError("Backups need PostgreSQL (DATABASE_URL=postgres://...); copy the SQLite file instead.")
    return url


def counts() -> dict[str, int]:
    """What a restored site must still show, for comparing a backup with its restore."""
    from learning.models import LessonPage
    from workshops.models import AttendanceRecord, Certificate, Enrollment

    return {
        "lessons": LessonPage.objects.live().count(),
        "enrollments": Enrollment.objects.count(),
        "attendance_records": AttendanceRecord.objects.count(),
        "certificates": Certificate.objects.count(),
    }


def run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 - fixed programs
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def backup(folder: Path) -> dict:
    url = database_url()
    folder.mkdir(parents=True, exist_ok=True)
    run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={folder / 'database.dump'}", url])
    media = Path(settings.MEDIA_ROOT)
    if settings.MEDIA_SERVED_BY_KINSHIP and media.is_dir():
        with tarfile.open(folder / "media.tar.gz", "w:gz") as archive:
            archive.add(media, arcname=".")
    key_file = folder / "secret_key.txt"
    key_file.touch(mode=0o600)
    key_file.chmod(0o600)
    key_file.write_text(settings.SECRET_KEY + "\n")
    manifest = {"created_at": datetime.now(UTC).isoformat(), "counts": counts()}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def restore(folder: Path, *, allow_other_key: bool = False) -> dict:
    """Restore into the (empty) database DATABASE_URL names, and the media into MEDIA_ROOT."""
    url = database_url()
    saved_key = (folder / "secret_key.txt").read_text().strip()
    if saved_key != settings.SECRET_KEY and not allow_other_key:
        raise BackupError(
            "This backup was made with another SECRET_KEY. Set SECRET_KEY to the one in secret_key.txt "
            "(check-in codes and sessions derive from it), or pass --allow-other-key."
        )
    run(
        [
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            f"--dbname={url}",
            str(folder / "database.dump"),
        ]
    )
    media_archive = folder / "media.tar.gz"
    if media_archive.exists():
        target = Path(settings.MEDIA_ROOT)
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(media_archive) as archive:
            # The "data" filter refuses absolute paths, ".." and links out of the folder.
            archive.extractall(target, filter="data")
    return json.loads((folder / "manifest.json").read_text())
