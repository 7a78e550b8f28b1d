"""Write many attendance marks of one session in a single SQL statement.

Django's bulk_create(update_conflicts=True) would do, but on SQLite it splits more than 166
rows into several statements (999 parameters per statement), so a full group of 200 would
cost more queries than a small one. Here the rows travel as one JSON parameter and the
database unpacks them (json_each on SQLite, jsonb_to_recordset on PostgreSQL): one
statement and four parameters whatever the number of rows. ON CONFLICT on the
(enrollment, session) unique constraint makes it an upsert, so two staff saving the same
sheet at once never hit an IntegrityError.
"""

import json
from collections.abc import Sequence
from datetime import datetime

from django.db import connection

from workshops.models import AttendanceRecord

_TABLE = AttendanceRecord._meta.db_table

_ON_CONFLICT = """
ON CONFLICT (enrollment_id, session_id) DO UPDATE SET
    status = excluded.status,
    note = excluded.note,
    recorded_by_id = excluded.recorded_by_id,
    recorded_at = excluded.recorded_at
"""

_POSTGRESQL = f"""
INSERT INTO {_TABLE} (session_id, enrollment_id, status, note, recorded_by_id, recorded_at)
SELECT %s, r.e, r.s, r.n, %s, %s
FROM jsonb_to_recordset(%s::jsonb) AS r(e bigint, s text, n text)
{_ON_CONFLICT}
"""  # noqa: S608 - the table name is ours; every value is a parameter

# "WHERE true" is how SQLite tells an INSERT ... SELECT from an upsert's ON clause.
_SQLITE = f"""
INSERT INTO {_TABLE} (session_id, enrollment_id, status, note, recorded_by_id, recorded_at)
SELECT %s, json_extract(value, '$.e'), json_extract(value, '$.s'), json_extract(value, '$.n'), %s, %s
FROM json_each(%s) WHERE true
{_ON_CONFLICT}
"""  # noqa: S608 - the table name is ours; every value is a parameter


def upsert_marks(
    *, session_id: int, marks: Sequence[tuple[int, str, str]], recorded_by_id: int | None, recorded_at: datetime
) -> None:
    """Insert or replace (enrollment_id, status, note) marks for one session. Call inside a transaction."""
    if not marks:
        return
    rows = json.dumps([{"e": enrollment_id, "s": status, "n": note} for enrollment_id, status, note in marks])
    if connection.vendor not in ("postgresql", "sqlite"):
        _upsert_with_django(session_id=session_id, marks=marks, recorded_by_id=recorded_by_id, recorded_at=recorded_at)
        return
    sql = _POSTGRESQL if connection.vendor == "postgresql" else _SQLITE
    when = connection.ops.adapt_datetimefield_value(recorded_at)
    with connection.cursor() as cursor:
        cursor.execute(sql, [session_id, recorded_by_id, when, rows])


def _upsert_with_django(*, session_id, marks, recorded_by_id, recorded_at) -> None:
    # Other databases: correct, though possibly in several statements for large groups.
    AttendanceRecord.objects.bulk_create(
        [
            AttendanceRecord(
                session_id=session_id,
                enrollment_id=enrollment_id,
                status=status,
                note=note,
                recorded_by_id=recorded_by_id,
                recorded_at=recorded_at,
            )
            for enrollment_id, status, note in marks
        ],
        update_conflicts=True,
        unique_fields=["enrollment", "session"],
        update_fields=["status", "note", "recorded_by", "recorded_at"],
    )
