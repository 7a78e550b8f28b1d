"""Members answer a check-in before the first session and after the last one, always optional:
first who sees what (and a way to say no), then the questions; they see their own change."""

import re
from datetime import timedelta
from http import HTTPStatus

import pytest

from tests.factories import UserFactory
from tests.workshops.attendance.helpers import signed_in_at
from tests.workshops.builders import enroll, make_cohort
from tests.workshops.outcomes.builders import make_check_in, workshop_with_check_ins
from workshops.models import CheckInAnswer, CheckInConsent, CheckInResponse, CohortStatus

pytestmark = pytest.mark.django_db

ANSWERS = {"item-understanding": "2", "item-confidence-boundary": "3", "item-self-care": "0", "item-comment": ""}


def form_url(enrollment, occasion: str) -> str:
    return f"/workshops/enrollments/{enrollment.pk}/check-in/{occasion}/"


@pytest.fixture
def group():
    workshop, check_in = workshop_with_check_ins()
    cohort = make_cohort(workshop)  # starts in 2030: the "before" check-in is open now
    enrollment = enroll(cohort, UserFactory())
    return cohort, enrollment


def finish(cohort):
    """Sessions all in the past, the group finished: the time to travel to for "after"."""
    from tests.workshops.builders import move_sessions_into_the_past

    move_sessions_into_the_past(cohort)
    cohort.status = CohortStatus.FINISHED
    cohort.save()
    return cohort.sessions.order_by("-starts_at").first().ends_at + timedelta(days=2)


def test_a_member_reads_who_sees_what_agrees_answers_before_and_after_and_sees_the_change(client, group):
    cohort, enrollment = group
    client.force_login(enrollment.member)
    me = client.get("/me/").content.decode()
    assert "A short check-in" in me and form_url(enrollment, "before") in me
    first = client.get(form_url(enrollment, "before")).content.decode()
    assert "Before you answer: who sees what" in first and "groups of 5 people or more" in first
    assert 'name="item-understanding"' not in first  # no questions before the member says yes
    response = client.post(form_url(enrollment, "before") + "consent/", {"choice": "agree"})
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == form_url(enrollment, "before")
    page = client.get(form_url(enrollment, "before")).content.decode()
    assert 'name="item-understanding"' in page and "Strongly agree" in page
    response = client.post(
        form_url(enrollment, "before"), {**ANSWERS, "item-comment": "Scared", "share-comment": "yes"}
    )
    assert response.status_code == HTTPStatus.FOUND
    me = client.get("/me/").content.decode()
    assert form_url(enrollment, "before") not in me  # answered: not offered again
    # Nothing to answer now: the panel is named for what it holds, the member's own answers.
    assert "Your check-in answers" in me and "A short check-in" not in me
    assert 'class="me-card outcome-card"' in me  # a card like /me/'s others, not a bare heading

    when = finish(cohort)
    with signed_in_at(client, enrollment.member, when):
        assert form_url(enrollment, "after") in client.get("/me/").content.decode()
        after = {**ANSWERS, "item-understanding": "5", "item-confidence-boundary": "8", "item-self-care": "1"}
        assert client.post(form_url(enrollment, "after"), after).status_code == HTTPStatus.FOUND
        mine = client.get(f"/workshops/enrollments/{enrollment.pk}/my-answers/").content.decode()
    assert "Disagree (2)" in mine and "Strongly agree (5)" in mine
    assert "3 of 10" in mine and "8 of 10" in mine and "Scared" in mine
    stored = CheckInResponse.objects.get(enrollment=enrollment, occasion="before")
    assert stored.language == "en" and stored.answers.get(item_key="comment").share_text is True


def test_missing_or_out_of_range_answers_get_a_message_and_nothing_is_saved(client, group):
    _cohort, enrollment = group
    CheckInConsent.objects.create(member=enrollment.member, choice="agreed")
    client.force_login(enrollment.member)
    posted = {**ANSWERS, "item-understanding": "9", "item-comment": "Kept words", "share-comment": "yes"}
    response = client.post(form_url(enrollment, "before"), posted)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    page = response.content.decode()
    assert "Please choose an answer." in page and "Only the comment is optional." in page
    # What they chose and wrote stays, the share box too.
    assert 'value="3" required checked' in page and "Kept words</textarea>" in page
    assert 'name="share-comment" value="yes" checked' in page
    response = client.post(form_url(enrollment, "before"), {**ANSWERS, "item-comment": "x" * 1001})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not CheckInResponse.objects.exists() and not CheckInAnswer.objects.exists()


def test_answering_twice_is_refused_with_a_message(client, group):
    _cohort, enrollment = group
    CheckInConsent.objects.create(member=enrollment.member, choice="agreed")
    client.force_login(enrollment.member)
    client.post(form_url(enrollment, "before"), ANSWERS)
    response = client.post(form_url(enrollment, "before"), ANSWERS)
    assert response.status_code == HTTPStatus.CONFLICT
    assert "You have already answered this check-in." in response.content.decode()
    assert client.get(form_url(enrollment, "before")).status_code == HTTPStatus.CONFLICT
    assert CheckInResponse.objects.count() == 1


def test_not_this_time_hides_this_check_in_only(client, group):
    _cohort, enrollment = group
    client.force_login(enrollment.member)
    assert client.post(form_url(enrollment, "before") + "skip/").status_code == HTTPStatus.FOUND
    assert form_url(enrollment, "before") not in client.get("/me/").content.decode()
    assert CheckInResponse.objects.get().status == "skipped" and not CheckInAnswer.objects.exists()
    assert not hasattr(enrollment.member, "check_in_consent") or enrollment.member.check_in_consent.choice != "declined"


def test_a_member_who_says_no_is_never_asked_again(client, group):
    cohort, enrollment = group
    client.force_login(enrollment.member)
    client.post(form_url(enrollment, "before") + "consent/", {"choice": "decline"})
    assert "A short check-in" not in client.get("/me/").content.decode()
    assert client.get(form_url(enrollment, "before")).status_code == HTTPStatus.GONE
    assert client.post(form_url(enrollment, "before"), ANSWERS).status_code == HTTPStatus.GONE
    when = finish(cohort)
    with signed_in_at(client, enrollment.member, when):
        assert "A short check-in" not in client.get("/me/").content.decode()
        last = cohort.sessions.order_by("-number").first()
        assert "A short check-in" not in client.get(f"/workshops/sessions/{last.pk}/").content.decode()
    assert not CheckInResponse.objects.exists()


def test_the_first_and_last_session_pages_offer_the_check_in(client, group):
    cohort, enrollment = group
    client.force_login(enrollment.member)
    first, second = cohort.sessions.get(number=1), cohort.sessions.get(number=2)
    assert form_url(enrollment, "before") in client.get(f"/workshops/sessions/{first.pk}/").content.decode()
    assert "A short check-in" not in client.get(f"/workshops/sessions/{second.pk}/").content.decode()


def test_a_spanish_reader_gets_the_spanish_check_in_and_answers_pair_by_key(client, group):
    cohort, enrollment = group
    make_check_in(language="es", translation_of=cohort.workshop.check_in_before)
    CheckInConsent.objects.create(member=enrollment.member, choice="agreed")
    client.force_login(enrollment.member)
    page = client.get("/es" + form_url(enrollment, "before")).content.decode()
    assert "Entiendo lo que vive mi ser querido." in page
    assert client.post("/es" + form_url(enrollment, "before"), ANSWERS).status_code == HTTPStatus.FOUND
    assert CheckInResponse.objects.get().language == "es"


def test_nobody_answers_for_someone_elses_group(client, group):
    _cohort, enrollment = group
    other = UserFactory()
    CheckInConsent.objects.create(member=other, choice="agreed")
    client.force_login(other)
    assert client.get(form_url(enrollment, "before")).status_code == HTTPStatus.NOT_FOUND
    assert client.post(form_url(enrollment, "before"), ANSWERS).status_code == HTTPStatus.NOT_FOUND
    assert client.get(f"/workshops/enrollments/{enrollment.pk}/my-answers/").status_code == HTTPStatus.NOT_FOUND
    assert client.get(form_url(enrollment, "sometime")).status_code == HTTPStatus.NOT_FOUND
    assert client.post(form_url(enrollment, "before") + "consent/", {"choice": "maybe"}).status_code == 400


def _queries(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    # Read once first: publishing a new workshop ends the public fragments, and the count is
    # about the data's size, not about a cold fragment cache.
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == HTTPStatus.OK
    return len(captured)


def test_me_and_the_check_in_pages_read_the_same_number_of_queries_for_one_group_and_many(
    client, django_assert_max_num_queries
):
    member = UserFactory()
    CheckInConsent.objects.create(member=member, choice="agreed")
    client.force_login(member)

    def join():
        return enroll(make_cohort(workshop_with_check_ins()[0]), member)

    first = join()
    urls = ["/me/", form_url(first, "before"), f"/workshops/enrollments/{first.pk}/my-answers/"]
    client.get("/me/")
    small = [_queries(client, url) for url in urls]
    for _ in range(3):
        join()
    assert [_queries(client, url) for url in urls] == small
    with django_assert_max_num_queries(12):
        client.get(form_url(first, "before"))


def test_a_draft_check_in_is_never_asked_but_its_live_translation_is(client, group):
    cohort, enrollment = group
    named = cohort.workshop.check_in_before
    named.live = False
    named.save()
    CheckInConsent.objects.create(member=enrollment.member, choice="agreed")
    client.force_login(enrollment.member)
    assert client.get(form_url(enrollment, "before")).status_code == HTTPStatus.NOT_FOUND
    make_check_in(language="es", translation_of=named)
    assert client.get(form_url(enrollment, "before")).status_code == HTTPStatus.NOT_FOUND  # English reader
    assert "Entiendo lo que vive" in client.get("/es" + form_url(enrollment, "before")).content.decode()


@pytest.mark.parametrize("prefix", ["", "/es"])
def test_who_sees_what_names_the_share_box_by_its_own_words(client, group, prefix):
    """The promise quotes the checkbox's label exactly, so a reader can find the box it means."""
    _cohort, enrollment = group
    client.force_login(enrollment.member)
    url = prefix + form_url(enrollment, "before")
    consent = client.get(url).content.decode()
    client.post(url + "consent/", {"choice": "agree"})
    form = client.get(url).content.decode()
    label = re.search(r'<label for="share-comment">([^<]+)</label>', form).group(1)
    assert f"“{label}”" in consent or f"«{label}»" in consent, label
