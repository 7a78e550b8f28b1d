"""Practice answers and notes are the member's: in their export, gone with their account, and
named in the privacy register."""

import json

import pytest

from cms import privacy
from cms.services import account_erase
from tests.cms.test_account_erasure import rows_mentioning
from tests.factories import UserFactory
from tests.workshops.attendance.helpers import cohort_with_members
from workshops.models import PracticeAnswer


@pytest.mark.django_db
def test_the_export_holds_the_members_answers_and_notes_only(client):
    cohort, (mine, theirs) = cohort_with_members(members=2)
    session = cohort.sessions.get(number=1)
    PracticeAnswer.objects.create(session=session, enrollment=mine, answer="tried", note="<p>Breathed first</p>")
    PracticeAnswer.objects.create(session=session, enrollment=theirs, answer="tried", note="<p>Someone else's</p>")
    client.force_login(mine.member)
    data = json.loads(client.get("/me/export/").content)["data"]
    (record,) = data["workshops.PracticeAnswer"]["records"]
    assert (record["answer"], record["note"], record["session__title"]) == (
        "tried",
        "<p>Breathed first</p>",
        "Session title 1",
    )


@pytest.mark.django_db
def test_deleting_the_account_removes_the_answers_and_notes():
    cohort, (leaving, staying) = cohort_with_members(members=2)
    session = cohort.sessions.get(number=1)
    PracticeAnswer.objects.create(session=session, enrollment=leaving, answer="tried", note="<p>Zanzibarine note</p>")
    PracticeAnswer.objects.create(session=session, enrollment=staying, answer="not_this_week")
    account_erase(user=leaving.member)
    assert list(PracticeAnswer.objects.values_list("enrollment_id", flat=True)) == [staying.pk]
    assert rows_mentioning("Zanzibarine") == []


def test_the_register_says_what_practice_answers_hold_and_why():
    entry = privacy.entry_for("workshops.PracticeAnswer")
    assert entry is not None and entry.on_erasure == privacy.OnErasure.DELETE
    assert {"answer", "note"} <= set(entry.fields)
    assert "counts" in entry.purpose


@pytest.mark.django_db
def test_another_member_cannot_answer_for_someone(client):
    """The POST takes no enrollment id: it always writes the signed-in member's own answer."""
    cohort, (enrollment,) = cohort_with_members(members=1)
    intruder = UserFactory()
    client.force_login(intruder)
    client.post(
        f"/workshops/sessions/{cohort.sessions.first().pk}/practice/", {"answer": "tried", "enrollment": enrollment.pk}
    )
    assert not PracticeAnswer.objects.exists()
