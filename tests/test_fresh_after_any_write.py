"""What a member or staff member sees about people and their records is never older than the
database, however the data was written: here with QuerySet.update() and bulk_create(), which send
no signals and bypass save(). Each change shows on the very next request. These run on SQLite and,
with DATABASE_URL pointing at PostgreSQL, on PostgreSQL."""

import re
from datetime import datetime, timedelta
from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from learning.models import LessonCompletion, Reflection
from tests.factories import ProgramStaffFactory
from tests.learning.builders import make_module, paragraph, reflection_prompt
from tests.workshops.attendance.helpers import cohort_with_members, sheet_url
from tests.workshops.builders import enroll
from workshops.models import CohortSession

pytestmark = pytest.mark.django_db


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK, url
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def staff_client() -> Client:
    """A second browser, signed in as program staff (the member keeps their own)."""
    client = Client()
    client.force_login(ProgramStaffFactory())
    return client


@pytest.fixture
def lesson_with_reflection(member):
    _module, lessons = make_module(lessons=2, body=[paragraph(), reflection_prompt("rp-1")])
    reflection = Reflection.objects.create(
        user=member, lesson=lessons[0], block_id="rp-1", prompt="What helps you rest?", text="<p>Old words</p>"
    )
    return lessons, reflection


def test_a_reflection_changed_with_update_shows_on_the_lesson_and_on_me(member_client, lesson_with_reflection):
    lessons, reflection = lesson_with_reflection
    assert "Old words" in page(member_client, lessons[0].url)
    assert "Old words" in page(member_client, "/me/")
    Reflection.objects.filter(pk=reflection.pk).update(text="<p>New words</p>")
    lesson, me = page(member_client, lessons[0].url), page(member_client, "/me/")
    assert "New words" in lesson and "Old words" not in lesson
    assert "New words" in me and "Old words" not in me


def test_a_completion_made_with_bulk_create_shows_on_the_lesson_and_on_me(member, member_client):
    module, lessons = make_module(lessons=2)
    assert 'class="done-badge"' not in page(member_client, lessons[0].url)
    assert module.title not in page(member_client, "/me/")
    LessonCompletion.objects.bulk_create([LessonCompletion(user=member, lesson=lessons[0])])
    assert 'class="done-badge"' in page(member_client, lessons[0].url)
    assert module.title in page(member_client, "/me/")  # now "in progress" on the member's page


def test_a_display_name_changed_with_update_shows_on_me_and_on_the_staff_sheet_and_csv(member_client, member):
    cohort, _others = cohort_with_members(members=1)
    enroll(cohort, member)
    session = cohort.sessions.get(number=1)
    client = staff_client()
    csv_url = f"/admin/attendance/cohorts/{cohort.pk}/?export=csv"
    assert "Robin" in page(member_client, "/me/")
    assert "Robin" in page(client, sheet_url(session)) and "Robin" in page(client, csv_url)
    get_user_model().objects.filter(pk=member.pk).update(display_name="Robin Renamed")
    assert "Robin Renamed" in page(member_client, "/me/")
    assert "Robin Renamed" in page(client, sheet_url(session))
    assert "Robin Renamed" in page(client, csv_url)


def shown_times(html: str) -> set[datetime]:
    """Every machine-readable time on a page, as aware datetimes."""
    return {datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z") for value in re.findall(r'datetime="([^"]+)"', html)}


def test_a_session_time_changed_with_update_shows_on_the_staff_sheet_and_the_members_session_page(
    member_client, member
):
    cohort, _others = cohort_with_members(members=1)
    enroll(cohort, member)
    session = cohort.sessions.get(number=1)
    client = staff_client()
    member_page = f"/workshops/sessions/{session.pk}/"
    assert session.starts_at in shown_times(page(client, sheet_url(session)))
    assert session.starts_at in shown_times(page(member_client, member_page))
    moved = (session.starts_at + timedelta(days=1, hours=3, minutes=17)).replace(microsecond=0)
    CohortSession.objects.filter(pk=session.pk).update(starts_at=moved, ends_at=moved + timedelta(minutes=90))
    assert moved in shown_times(page(client, sheet_url(session)))
    assert moved in shown_times(page(member_client, member_page))
