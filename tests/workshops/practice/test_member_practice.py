"""Members answer each session's homework ("I tried it" / "Not this week", an optional private
note) on /me/ and on the session page, from the session's start until the next one starts."""

from datetime import timedelta
from http import HTTPStatus

import pytest
import time_machine

from tests.factories import UserFactory
from tests.workshops.attendance.helpers import cohort_with_members, signed_in_at
from tests.workshops.builders import enroll
from workshops.models import EnrollmentStatus, PracticeAnswer, SessionStatus


def practice_url(session) -> str:
    return f"/workshops/sessions/{session.pk}/practice/"


@pytest.mark.django_db
def test_a_member_marks_practice_on_me_and_sees_it_with_the_note_in_their_journal(client):
    cohort, (enrollment,) = cohort_with_members(members=1)
    first = cohort.sessions.get(number=1)
    with signed_in_at(client, enrollment.member, first.ends_at + timedelta(days=1)):
        page = client.get("/me/").content.decode()
        assert "This week's practice" in page and "Homework text 1." in page
        response = client.post(
            practice_url(first), {"answer": "tried", "note": "Calm <script>x</script> at breakfast", "back": "me"}
        )
        assert response.status_code == HTTPStatus.FOUND and response["Location"] == "/me/"
        page = client.get("/me/").content.decode()
    stored = PracticeAnswer.objects.get()
    assert (stored.enrollment_id, stored.session_id, stored.answer) == (enrollment.pk, first.pk, "tried")
    assert "<script>" not in stored.note and "Calm" in stored.note
    assert "Practice notes in your journal" in page and "Calm" in page
    assert 'value="tried" required checked' in page


@pytest.mark.django_db
def test_the_session_page_offers_the_practice_and_lists_the_members_own_history(client):
    cohort, (enrollment,) = cohort_with_members(members=1)
    first, second = cohort.sessions.get(number=1), cohort.sessions.get(number=2)
    PracticeAnswer.objects.create(session=first, enrollment=enrollment, answer="not_this_week")
    with signed_in_at(client, enrollment.member, second.starts_at + timedelta(hours=3)):
        client.post(practice_url(second), {"answer": "tried", "note": ""})
        html = client.get(f"/workshops/sessions/{second.pk}/").content.decode()
        first_page = client.get(f"/workshops/sessions/{first.pk}/").content.decode()
    assert f'action="/workshops/sessions/{second.pk}/practice/"' in html
    assert "Your practice in this group" in html
    assert "Session title 1</a>: Not this week" in html and "Session title 2</a>: I tried it" in html
    # The first session's practice closed when the second started: no form there any more.
    assert "practice/" not in first_page.split("Your practice")[1].split("</section>")[0]


@pytest.mark.django_db
def test_answering_again_changes_the_one_answer(client):
    cohort, (enrollment,) = cohort_with_members(members=1)
    first = cohort.sessions.get(number=1)
    with signed_in_at(client, enrollment.member, first.starts_at + timedelta(hours=2)):
        client.post(practice_url(first), {"answer": "not_this_week", "note": "Busy week"})
        client.post(practice_url(first), {"answer": "tried", "note": ""})
    assert list(PracticeAnswer.objects.values_list("answer", "note")) == [("tried", "")]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("when", "data", "status"),
    [
        ("before", {"answer": "tried"}, HTTPStatus.CONFLICT),
        ("after_next_started", {"answer": "tried"}, HTTPStatus.CONFLICT),
        ("open", {"answer": "maybe"}, HTTPStatus.BAD_REQUEST),
        ("open", {}, HTTPStatus.BAD_REQUEST),
        ("open", {"answer": "tried", "note": "x" * 2001}, HTTPStatus.BAD_REQUEST),
    ],
)
def test_bad_or_late_answers_are_refused_with_a_message(client, when, data, status):
    cohort, (enrollment,) = cohort_with_members(members=1)
    first, second = cohort.sessions.get(number=1), cohort.sessions.get(number=2)
    moment = {
        "before": first.starts_at - timedelta(minutes=1),
        "after_next_started": second.starts_at + timedelta(minutes=1),
        "open": first.ends_at,
    }[when]
    with signed_in_at(client, enrollment.member, moment):
        response = client.post(practice_url(first), data)
    assert response.status_code == status
    assert "We could not do that" in response.content.decode()
    assert not PracticeAnswer.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["stranger", "waitlisted", "no_such_session"])
def test_only_enrolled_members_of_the_group_can_answer(client, who):
    cohort, _ = cohort_with_members(members=1)
    first = cohort.sessions.get(number=1)
    user = UserFactory()
    if who == "waitlisted":
        enroll(cohort, user, status=EnrollmentStatus.WAITLISTED)
    url = "/workshops/sessions/999999/practice/" if who == "no_such_session" else practice_url(first)
    with signed_in_at(client, user, first.ends_at):
        response = client.post(url, {"answer": "tried"})
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert not PracticeAnswer.objects.exists()


@pytest.mark.django_db
def test_a_cancelled_next_session_keeps_the_practice_open_until_the_one_after(client):
    cohort, (enrollment,) = cohort_with_members(members=1)
    first = cohort.sessions.get(number=1)
    second = cohort.sessions.get(number=2)
    second.status = SessionStatus.CANCELLED
    second.save()
    with signed_in_at(client, enrollment.member, second.starts_at + timedelta(days=1)):
        response = client.post(practice_url(first), {"answer": "tried"})
    assert response.status_code == HTTPStatus.FOUND


@pytest.mark.django_db
def test_the_form_needs_a_csrf_token(client):
    from django.test import Client

    cohort, (enrollment,) = cohort_with_members(members=1)
    first = cohort.sessions.get(number=1)
    strict = Client(enforce_csrf_checks=True)
    with time_machine.travel(first.ends_at, tick=False):
        strict.force_login(enrollment.member)
        assert strict.post(practice_url(first), {"answer": "tried"}).status_code == HTTPStatus.FORBIDDEN
    assert not PracticeAnswer.objects.exists()


@pytest.mark.django_db
def test_homework_shows_in_the_groups_language(client):
    """A Spanish-speaking group sees the Spanish curriculum's homework on /me/."""
    from wagtail.models import Locale

    cohort, (enrollment,) = cohort_with_members(members=1, cohort_fields={"language": "es"})
    workshop = cohort.workshop
    spanish = workshop.copy_for_translation(Locale.objects.get(language_code="es"))
    outline = list(spanish.outline.raw_data)
    for block in outline:
        block["value"]["homework"] = block["value"]["homework"].replace("Homework text", "Tarea")
    spanish.outline = outline
    spanish.save_revision().publish()
    first = cohort.sessions.get(number=1)
    with signed_in_at(client, enrollment.member, first.ends_at):
        page = client.get("/me/").content.decode()
    assert "Tarea 1." in page and "Homework text 1." not in page
