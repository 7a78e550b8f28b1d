"""The sheet's and the matrix's rows (flat templates, kept fast for 200 members): whatever a
member or staff typed must come out as text, and the words in the staff member's language."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape

from tests.workshops.attendance.helpers import cohort_with_members, mark, sheet_url
from workshops.attendance.reports import matrix_body
from workshops.attendance.selectors import cohort_attendance_matrix
from workshops.attendance.selectors.sheet import attendance_sheet
from workshops.attendance.sheet_rows import SheetWords, sheet_row
from workshops.models import AttendanceApology, SessionArrival

pytestmark = pytest.mark.django_db

MARKUP_NAME = '<img src=x onerror="alert(1)">'
MARKUP_NOTE = '"><script>alert(2)</script>'


def _sheet_with_markup():
    cohort, (ann, ben) = cohort_with_members(members=2)
    ann.member.display_name = MARKUP_NAME
    ann.member.save()
    session = cohort.sessions.get(number=1)
    AttendanceApology.objects.create(session=session, enrollment=ann, note=MARKUP_NOTE)
    on_time = session.starts_at + timedelta(minutes=2)
    SessionArrival.objects.create(session=session, enrollment=ben, checked_in_at=on_time)
    mark(ben, 1, "absent", note=MARKUP_NOTE)
    return cohort, session, ann, ben


def test_names_and_notes_in_the_sheet_are_text_not_markup(staff_client):
    cohort, session, ann, ben = _sheet_with_markup()
    html = staff_client.get(sheet_url(session)).content.decode()
    assert MARKUP_NAME not in html and MARKUP_NOTE not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html  # the name, in its row and legend
    assert f'id="note-{ben.pk}" name="note-{ben.pk}" value="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"' in html
    assert "“&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;”" in html  # the apology's note
    assert f'value="{ben.pk}:present"' in html  # checked in on time, marked absent: suggest present


def test_the_sheet_rows_come_in_the_staff_members_language(staff_client):
    cohort, session, ann, ben = _sheet_with_markup()
    sheet = attendance_sheet(session_id=session.pk)
    with translation.override("es"):
        words, zone = SheetWords.translated(), ZoneInfo(cohort.time_zone)
        rows = [
            sheet_row(row, status=row.status, note=row.note, error="", words=words, zone=zone) for row in sheet.rows
        ]
        html = render_to_string(
            "workshops/attendance/admin/includes/sheet_rows.html",
            {"rows": rows, "note_max": 500},
        )
    assert f'<legend class="w-sr-only">Marca para {escape(MARKUP_NAME)}</legend>' in html
    assert "Mark for" not in html and "Checked in" not in html


def test_names_and_reasons_in_the_matrix_are_text_not_markup(staff_client):
    cohort, session, ann, ben = _sheet_with_markup()
    html = staff_client.get(f"/admin/attendance/cohorts/{cohort.pk}/").content.decode()
    assert MARKUP_NAME not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    body = render_to_string(
        "workshops/attendance/admin/includes/matrix_rows.html",
        {"matrix_body": matrix_body(cohort_attendance_matrix(cohort=cohort))},
    )
    assert body.count("<tr>") == 2
    assert '<span class="mark" aria-hidden="true">–</span><span class="w-sr-only">Absent</span>' in body


def test_each_rows_radio_buttons_carry_its_own_number_and_mark(staff_client):
    """The radio buttons are rendered once per mark for the whole page (sheet_choices.html);
    every row still gets its own names and ids, and its own mark checked."""
    from workshops.attendance.sheet_rows import ROW_STAND_IN

    cohort, session, ann, ben = _sheet_with_markup()
    html = staff_client.get(sheet_url(session)).content.decode()
    assert ROW_STAND_IN not in html
    assert f'id="status-{ben.pk}-absent" name="status-{ben.pk}" value="absent" checked>' in html
    assert f'id="status-{ben.pk}-present" name="status-{ben.pk}" value="present">' in html
    assert f'id="status-{ann.pk}-present" name="status-{ann.pk}" value="present">' in html  # not marked yet
    assert html.count(" checked>") == 1
