"""Member-written text equal to the page cache's CSRF placeholder stays text in a stored staff
page: serving the stored copy must not put the reader's CSRF token in its place."""

import html
from http import HTTPStatus

import pytest

from cms.page_cache import CSRF_PLACEHOLDER
from tests.workshops.attendance.helpers import cohort_with_members, sheet_url

pytestmark = pytest.mark.django_db


def test_a_name_equal_to_the_placeholder_is_shown_as_typed(client, program_staff):
    cohort, (ann,) = cohort_with_members(members=1)
    ann.member.display_name = CSRF_PLACEHOLDER
    ann.member.save(update_fields=["display_name"])
    client.force_login(program_staff)
    url = sheet_url(cohort.sessions.get(number=1))
    responses = [client.get(url), client.get(url)]  # rendered, then (if kept) the stored copy
    for response in responses:
        assert response.status_code == HTTPStatus.OK
        assert CSRF_PLACEHOLDER in html.unescape(response.content.decode())
