"""Small promises kept: a past session never promises a link, a wrong check-in code is shown
next to the field, the display-name help agrees with the privacy notice, moving a member
needs a deliberate choice, and `make run` links to the port it serves."""

import re
import shutil
import subprocess
from datetime import timedelta
from http import HTTPStatus
from pathlib import Path

import pytest

from cms.forms import SignupExtraForm
from tests.workshops.attendance.helpers import cohort_with_members, signed_in_at
from tests.workshops.builders import make_cohort
from workshops.attendance.codes import check_in_code

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def group():
    cohort, (enrollment,) = cohort_with_members(members=1)
    return cohort, enrollment, cohort.sessions.get(number=1)


def test_a_past_session_says_it_has_ended_and_promises_no_link(client, group):
    _cohort, enrollment, session = group
    with signed_in_at(client, enrollment.member, session.ends_at + timedelta(days=1)):
        html = client.get(f"/workshops/sessions/{session.pk}/").content.decode()
    assert "This session has ended." in html
    assert "The link to join appears here" not in html


def test_a_wrong_check_in_code_is_shown_next_to_the_field_on_the_session_page(client, group):
    _cohort, enrollment, session = group
    wrong = str((int(check_in_code(session)) + 1) % 10**6).zfill(6)
    with signed_in_at(client, enrollment.member, session.starts_at):
        response = client.post(
            f"/workshops/sessions/{session.pk}/check-in/", {"enrollment": enrollment.pk, "code": wrong}
        )
    html = response.content.decode()
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert 'id="check-in-code-error"' in html and "That code does not match" in html
    assert 'aria-describedby="check-in-code-help check-in-code-error"' in html
    assert f'value="{wrong}"' in html
    assert session.title in html  # the session page itself, not a separate error page


def test_the_display_name_help_agrees_with_the_privacy_notice(client):
    help_text = str(SignupExtraForm.base_fields["display_name"].help_text)
    assert "Other families never see it" in help_text
    assert "Other families never see your name" in client.get("/privacy/").content.decode()


def test_moving_a_member_preselects_no_group_and_names_each_groups_language(client, program_staff, group):
    cohort, enrollment, _session = group
    make_cohort(cohort.workshop, name="Grupo de los jueves", language="es")
    make_cohort(cohort.workshop, name="Another English group", language="en")
    client.force_login(program_staff)
    html = client.get(f"/admin/cohorts/members/{cohort.pk}/").content.decode()
    select = re.search(rf'<select id="move-{enrollment.pk}"[^>]*>(.*?)</select>', html, re.S).group(1)
    options = re.findall(r"<option([^>]*)>([^<]*)</option>", select)
    assert options[0] == (' value="" selected', "Choose a group…")
    assert [label for _attrs, label in options[1:]] == [
        "Another English group (English)",
        "Grupo de los jueves (Spanish)",
    ]
    response = client.post(
        f"/admin/cohorts/members/{cohort.pk}/", {"action": "move", "enrollment": enrollment.pk, "to_cohort": ""}
    )
    assert response.status_code == HTTPStatus.FOUND
    enrollment.refresh_from_db()
    assert enrollment.cohort_id == cohort.pk


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make on PATH")
@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"PORT": "8811"}, "http://127.0.0.1:8811"),
        ({"PORT": "8811", "SITE_URL": "https://x.example"}, "https://x.example"),
    ],
)
def test_make_run_derives_site_url_from_port_unless_set(environment, expected):
    printed = subprocess.run(  # noqa: S603 - a fixed command, only reading the Makefile
        ["make", "-n", "-p", "run"],  # noqa: S607
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", **environment},
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    assert f"run: SITE_URL := {expected}" in printed
