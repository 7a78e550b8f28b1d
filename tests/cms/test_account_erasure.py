"""A member deletes their account: nothing that names them is left in any table or file."""

from http import HTTPStatus

import pytest
from django.db import connection

from cms.services import account_erase
from learning.models import KnowledgeCheckAnswer, LessonCompletion, Reflection
from tests.factories import UserFactory
from tests.learning.builders import make_module, reflection_prompt

MARKER_NAME = "Zephyrine Quillfeather"
MARKER_EMAIL = "zephyrine.quill@example.org"


def rows_mentioning(*needles: str) -> list[str]:
    """Every (table, column) whose text contains one of the needles, across the whole database."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            if table.endswith(("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config", "_fts_content")):
                continue
            description = connection.introspection.get_table_description(cursor, table)
            for column in description:
                quoted_table, quoted_column = connection.ops.quote_name(table), connection.ops.quote_name(column.name)
                for needle in needles:
                    cursor.execute(
                        f"SELECT COUNT(*) FROM {quoted_table} WHERE CAST({quoted_column} AS TEXT) LIKE %s",  # noqa: S608
                        [f"%{needle}%"],
                    )
                    if cursor.fetchone()[0]:
                        found.append(f"{table}.{column.name}")
    return found


def member_with_data_everywhere():
    user = UserFactory(email=MARKER_EMAIL, display_name=MARKER_NAME)
    _, lessons = make_module(lessons=2, body=[reflection_prompt("rp-1")])
    LessonCompletion.objects.create(user=user, lesson=lessons[0])
    KnowledgeCheckAnswer.objects.create(user=user, lesson=lessons[0], block_id="kc", option_index=0, is_correct=True)
    Reflection.objects.create(user=user, lesson=lessons[0], block_id="rp-1", prompt="p", text=f"<p>{MARKER_NAME}</p>")
    return user


@pytest.mark.django_db
def test_erasure_leaves_nothing_that_names_the_member():
    user = member_with_data_everywhere()
    assert rows_mentioning(MARKER_NAME, MARKER_EMAIL)  # the search does find them beforehand
    account_erase(user=user)
    assert rows_mentioning(MARKER_NAME, MARKER_EMAIL) == []


@pytest.mark.django_db
def test_deleting_from_me_needs_a_fresh_password_and_a_confirmation(client):
    user = member_with_data_everywhere()
    client.force_login(user)
    response = client.get("/me/delete/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/accounts/reauthenticate/")

    from tests.factories import DEFAULT_PASSWORD

    client.post("/accounts/reauthenticate/", {"password": DEFAULT_PASSWORD})
    assert client.get("/me/delete/").status_code == HTTPStatus.OK
    refused = client.post("/me/delete/", {"confirm": "maybe"})
    assert refused.status_code == HTTPStatus.BAD_REQUEST
    done = client.post("/me/delete/", {"confirm": "delete"})
    assert done.status_code == HTTPStatus.FOUND
    assert rows_mentioning(MARKER_EMAIL) == []
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_staff_erasure_on_request_is_audited_without_naming_the_member(program_staff):
    from wagtail.models import ModelLogEntry

    user = member_with_data_everywhere()
    account_erase(user=user, actor=program_staff)
    entry = ModelLogEntry.objects.get(action="kinship.account_erased")
    assert entry.user_id == program_staff.pk
    assert MARKER_NAME not in entry.label and MARKER_EMAIL not in entry.label
    assert rows_mentioning(MARKER_NAME, MARKER_EMAIL) == []
