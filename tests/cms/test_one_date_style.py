"""One date and time style per language: a staff page, a reminder email, a certificate's text and
a CSV export write the same day the same way (cms/dates.py, cms/formats/), and nothing in the
code formats a date any other way."""

import csv
import io
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.utils import translation
from wagtail.users.models import UserProfile

from cms.dates import DATE_STYLES, TIME_STYLES, in_zone, local_date, local_datetime, local_time
from tests.factories import ProgramStaffFactory, UserFactory
from tests.workshops.attendance.helpers import signed_in_at
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops import emails
from workshops.certificates import pdf, services
from workshops.models import Certificate

# The first session of make_cohort's default group: Monday March 4, 2030, 7 pm in New York.
STYLE = {
    "en": {
        "weekday_date": "Monday, March 4, 2030",
        "day": "Monday, March 4",
        "date": "March 4, 2030",
        "month": "March 2030",
        "time": "7:00 PM",
        "zone": "7:00 PM EST",
    },
    "es": {
        "weekday_date": "lunes 4 de marzo de 2030",
        "day": "lunes 4 de marzo",
        "date": "4 de marzo de 2030",
        "month": "marzo de 2030",
        "time": "19:00",
        "zone": "19:00 EST",
    },
}


@pytest.fixture
def group(db):
    # Read in January 2030: the "day" style leaves the year out only for a day of this year.
    with time_machine.travel(datetime(2030, 1, 15, 12, tzinfo=UTC)):
        cohort = make_cohort(make_workshop(sessions=2), start=date(2030, 3, 4), weekday=0)
        yield cohort, cohort.sessions.order_by("number").first()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_helpers_write_each_style_of_the_language(group, language):
    _cohort, session = group
    moment = in_zone(session.starts_at, "America/New_York")
    with translation.override(language):
        for style in ("weekday_date", "day", "date", "month"):
            assert local_date(moment, style) == STYLE[language][style]
        assert local_time(moment, "time") == STYLE[language]["time"]
        assert local_time(moment) == STYLE[language]["zone"]
        assert local_datetime(moment) == f"{STYLE[language]['weekday_date']}, {STYLE[language]['zone']}"


@pytest.mark.parametrize(
    ("language", "next_january", "this_december"),
    [
        ("en", "Monday, January 4, 2027", "Sunday, December 20"),
        ("es", "lunes 4 de enero de 2027", "domingo 20 de diciembre"),
    ],
)
def test_a_day_in_another_year_is_written_with_its_year(language, next_january, this_december):
    """In December a group's January dates say which January; this December's days stay short."""
    with time_machine.travel(datetime(2026, 12, 6, 12, tzinfo=UTC)), translation.override(language):
        assert local_date(in_zone(datetime(2027, 1, 5, 0, tzinfo=UTC), "America/New_York"), "day") == next_january
        assert local_date(date(2027, 1, 4), "day") == next_january
        assert local_date(in_zone(datetime(2026, 12, 20, 23, tzinfo=UTC), "America/New_York"), "day") == this_december
        assert local_date(date(2025, 12, 20), "day").endswith("2025")


def test_the_year_is_the_readers_where_the_day_is():
    """Just after midnight on New Year's Day in Madrid it is still December 31 in Los Angeles."""
    saturday = datetime(2027, 1, 2, 18, tzinfo=UTC)
    with time_machine.travel(datetime(2026, 12, 31, 23, 30, tzinfo=UTC)):
        assert local_date(in_zone(saturday, "Europe/Madrid"), "day") == "Saturday, January 2"
        assert local_date(in_zone(saturday, "America/Los_Angeles"), "day") == "Saturday, January 2, 2027"


@pytest.mark.parametrize("language", ["en", "es"])
def test_staff_page_email_certificate_and_export_write_the_same_day_the_same_way(client, group, language):
    cohort, session = group
    expected = STYLE[language]
    staff = ProgramStaffFactory(time_zone="America/New_York", preferred_language=language)
    UserProfile.objects.update_or_create(user=staff, defaults={"preferred_language": language})
    client.force_login(staff)

    # A staff page: the group's sessions, in the viewer's zone with the zone named.
    page = client.get(f"/admin/cohorts/sessions/{cohort.pk}/").content.decode()
    assert f"{expected['weekday_date']}, {expected['time']}" in page
    assert "EST" in page

    # A reminder email, in the member's language and zone (a line starts with the date: capitalised).
    member = UserFactory(preferred_language=language, time_zone="America/New_York")
    enroll(cohort, member)
    body = emails.session_message(session, member, "reminder").body
    assert f"{expected['day']}, {expected['time']}".casefold() in body.casefold()
    assert "EST" in body

    # A certificate's text: what the PDF prints, in the group's language.
    certificate = Certificate(
        holder_name="Robin",
        certificate_title="Family Skills",
        code="K7QX3MZD92TAHRWE",
        started_on=date(2030, 3, 4),
        completed_on=date(2030, 3, 4),
        sessions_attended=2,
        sessions_total=2,
    )
    with translation.override(language):
        content = services.certificate_content(certificate)
        html = pdf.certificate_html(content)
    assert content.completed_on == expected["date"]
    assert expected["date"] in html

    # A CSV export: each session's heading carries its date.
    with signed_in_at(client, staff, cohort.sessions.order_by("-ends_at").first().ends_at + timedelta(days=1)):
        response = client.get(f"/admin/attendance/cohorts/{cohort.pk}/?export=csv")
    heading = next(csv.reader(io.StringIO(b"".join(response).decode("utf-8"))))
    assert any(f"({expected['date']})" in cell for cell in heading), heading


# --- nothing formats a date another way ------------------------------------------------------

ROOT = Path(settings.BASE_DIR)
TEMPLATE_DIRS = [ROOT / "templates", *ROOT.glob("*/templates")]
CODE_DIRS = [ROOT / "cms", ROOT / "learning", ROOT / "workshops"]
# The helpers themselves and the per-language patterns they read.
ALLOWED_CODE = {ROOT / "cms" / "dates.py"}
STRAY_IN_TEMPLATES = re.compile(
    r"\|\s*(date|time)\b|\|\s*(timesince|timeuntil|naturaltime|naturalday)\b|human_readable_date|\{% now "
)
STRAY_IN_CODE = re.compile(
    r"\.strftime\(|\bdate_format\(|\btime_format\(|dateformat\.format\(|defaultfilters import (date|time)\b"
    r"|import dateformat"
)
STYLE_ARGUMENT = re.compile(r"\|\s*(local_date|local_time|local_datetime)\s*:\s*[\"']([^\"']*)[\"']")


def _templates():
    for folder in TEMPLATE_DIRS:
        yield from (path for path in folder.rglob("*") if path.suffix in {".html", ".txt"})


def _code():
    for folder in CODE_DIRS:
        for path in folder.rglob("*.py"):
            if "migrations" not in path.parts and "formats" not in path.parts and path not in ALLOWED_CODE:
                yield path


def stray_formats() -> list[str]:
    found = []
    for path in _templates():
        text = path.read_text()
        found += [f"{path.relative_to(ROOT)}: {m.group(0)}" for m in STRAY_IN_TEMPLATES.finditer(text)]
        for match in STYLE_ARGUMENT.finditer(text):
            known = TIME_STYLES if match.group(1) == "local_time" else DATE_STYLES
            if match.group(2) not in known:
                found.append(f"{path.relative_to(ROOT)}: {match.group(0)}")
    for path in _code():
        found += [f"{path.relative_to(ROOT)}: {m.group(0)}" for m in STRAY_IN_CODE.finditer(path.read_text())]
    return found


def test_no_template_or_code_formats_a_date_its_own_way():
    """Use |local_date, |local_time, |local_datetime, |machine_datetime or cms.dates instead."""
    assert stray_formats() == []


def test_the_check_catches_a_new_hard_coded_format(tmp_path, monkeypatch):
    template = tmp_path / "templates" / "new.html"
    template.parent.mkdir()
    template.write_text('{{ session.starts_at|date:"D j M" }} {{ day|local_date:"M j" }}')
    module = tmp_path / "cms" / "new.py"
    module.parent.mkdir()
    module.write_text('when = moment.strftime("%d/%m")\n')
    monkeypatch.setattr(__name__ + ".TEMPLATE_DIRS", [tmp_path / "templates"])
    monkeypatch.setattr(__name__ + ".CODE_DIRS", [tmp_path / "cms"])
    monkeypatch.setattr(__name__ + ".ROOT", tmp_path)
    assert len(stray_formats()) == 3


def test_a_members_saved_date_is_the_day_in_their_own_zone():
    """23:30 in Los Angeles is already the next day in UTC: the member sees their own day."""
    from datetime import UTC, datetime

    from django.template import Context, Template

    late_evening = datetime(2030, 3, 5, 7, 30, tzinfo=UTC)  # March 4, 11:30 PM in Los Angeles
    template = Template("{% load kinship_tags %}{{ when|in_time_zone:zone|local_date }}")
    assert template.render(Context({"when": late_evening, "zone": "America/Los_Angeles"})) == "March 4, 2030"
    assert template.render(Context({"when": late_evening, "zone": ""})) == "March 5, 2030"
