"""The session reminder asks about last week's practice in neutral words: never the homework's
own text, which may name the subject, since others see inboxes."""

import pytest

from tests.factories import UserFactory
from tests.test_discreet_by_default import REVEALING
from tests.workshops.builders import enroll, make_cohort, make_workshop, outline
from workshops.emails import session_message


@pytest.mark.django_db
def test_the_reminder_mentions_the_practice_neutrally_from_the_second_session_on():
    blocks = outline(2)
    for block in blocks:
        block["value"]["homework"] = "<p>Talk about addiction recovery with one person.</p>"
    workshop = make_workshop(sessions=0)
    workshop.outline = blocks
    workshop.save_revision().publish()
    cohort = make_cohort(workshop)
    member = UserFactory()
    enroll(cohort, member)
    first, second = cohort.sessions.get(number=1), cohort.sessions.get(number=2)

    message = session_message(second, member, "reminder")
    bodies = [message.body, message.alternatives[0][0]]
    for body in bodies:
        assert "last week's practice" in body and "/me/#practice" in body
        assert not REVEALING.search(body), body
    assert "last week's practice" not in session_message(first, member, "reminder").body
    assert "last week's practice" not in session_message(second, member, "rescheduled").body
