"""Members answer a module's check-in before its first lesson and when they finish it, always
optional and only when signed in; they see their own before and after side by side."""

from http import HTTPStatus

import pytest
from django.db import IntegrityError, transaction

from cms.services import account_erase
from learning.models import LessonCompletion
from tests.factories import UserFactory
from tests.learning.test_query_budgets import count_queries
from tests.workshops.outcomes.builders import make_check_in, module_answer, module_with_check_ins
from workshops.models import CheckInConsent, ModuleCheckInAnswer, ModuleCheckInResponse
from workshops.outcomes import services

pytestmark = pytest.mark.django_db

ANSWERS = {"item-understanding": "2", "item-confidence-boundary": "3", "item-self-care": "0", "item-comment": ""}


def form_url(module, occasion: str) -> str:
    return f"/learn-check-ins/{module.pk}/{occasion}/"


def results_url(module) -> str:
    return f"/learn-check-ins/{module.pk}/my-answers/"


@pytest.fixture
def module():
    return module_with_check_ins()


def complete(member, lessons):
    for lesson in lessons:
        LessonCompletion.objects.get_or_create(user=member, lesson=lesson)


def test_a_member_answers_before_and_after_and_sees_their_change(client, module):
    page, lessons, _check_in = module
    member = UserFactory()
    client.force_login(member)
    overview = client.get(page.url).content.decode()
    assert "A short check-in" in overview and form_url(page, "before") in overview
    first = client.get(form_url(page, "before")).content.decode()
    assert "Before you answer: who sees what" in first and "if this module helps families" in first
    response = client.post(form_url(page, "before") + "consent/", {"choice": "agree"})
    assert response["Location"] == form_url(page, "before")
    form = client.get(form_url(page, "before")).content.decode()
    assert 'name="item-understanding"' in form and "Before the module" in form
    response = client.post(form_url(page, "before"), ANSWERS)
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == results_url(page)
    assert form_url(page, "before") not in client.get(page.url).content.decode()  # answered: not offered again

    complete(member, lessons[:1])  # started: "before" is closed, "after" not open yet
    assert client.get(form_url(page, "after")).status_code == HTTPStatus.NOT_FOUND
    complete(member, lessons)
    finished = client.get(f"{lessons[-1].url}module-complete/").content.decode()
    assert form_url(page, "after") in finished
    assert form_url(page, "after") in client.get("/me/").content.decode()
    after = {**ANSWERS, "item-understanding": "5", "item-confidence-boundary": "8", "item-self-care": "1"}
    assert client.post(form_url(page, "after"), after).status_code == HTTPStatus.FOUND
    me = client.get("/me/").content.decode()
    assert form_url(page, "after") not in me and results_url(page) in me
    own = client.get(results_url(page)).content.decode()
    assert "Disagree (2)" in own and "Strongly agree (5)" in own and "3 of 10" in own and "8 of 10" in own
    assert own.index("Disagree (2)") < own.index("Strongly agree (5)")  # before, then after, side by side


def test_before_is_offered_only_until_a_lesson_is_done_and_never_to_anonymous_readers(client, module):
    page, lessons, _check_in = module
    assert form_url(page, "before") not in client.get(page.url).content.decode()
    assert client.get(form_url(page, "before")).status_code == HTTPStatus.FOUND  # to sign in
    member = UserFactory()
    client.force_login(member)
    complete(member, lessons[:1])
    assert form_url(page, "before") not in client.get(page.url).content.decode()
    assert client.get(form_url(page, "before")).status_code == HTTPStatus.NOT_FOUND


def test_staff_reading_a_module_are_not_asked(client, module, clinician):
    page, _lessons, _check_in = module
    client.force_login(clinician)
    assert "A short check-in" not in client.get(page.url).content.decode()
    assert client.get(form_url(page, "before")).status_code == HTTPStatus.NOT_FOUND


def test_missing_answers_get_a_message_and_nothing_is_saved(client, module):
    page, _lessons, _check_in = module
    member = UserFactory()
    CheckInConsent.objects.create(member=member, choice="agreed")
    client.force_login(member)
    response = client.post(form_url(page, "before"), {**ANSWERS, "item-understanding": "9"})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Please choose an answer." in response.content.decode()
    assert not ModuleCheckInResponse.objects.exists()
    assert client.get(form_url(page, "sometime")).status_code == HTTPStatus.NOT_FOUND


def test_not_this_time_hides_the_offer(client, module):
    page, _lessons, _check_in = module
    member = UserFactory()
    client.force_login(member)
    assert client.post(form_url(page, "before") + "skip/")["Location"] == page.url  # back to the module
    assert form_url(page, "before") not in client.get(page.url).content.decode()
    assert ModuleCheckInResponse.objects.get(member=member).status == "skipped"
    assert not ModuleCheckInAnswer.objects.exists()


def test_a_member_who_says_no_is_never_asked_again_and_their_module_answers_go(client, module):
    page, lessons, _check_in = module
    member = UserFactory()
    module_answer(member, page, "before", {"understanding": 2})
    client.force_login(member)
    complete(member, lessons)
    assert form_url(page, "after") in client.get("/me/").content.decode()
    client.post(form_url(page, "after") + "consent/", {"choice": "decline"})
    assert not ModuleCheckInResponse.objects.filter(member=member).exists()
    assert form_url(page, "after") not in client.get(f"{lessons[-1].url}module-complete/").content.decode()
    assert "A short check-in" not in client.get("/me/").content.decode()
    assert client.get(form_url(page, "after")).status_code == HTTPStatus.GONE
    with pytest.raises(services.CheckInRefused):
        services.module_check_in_answer(member=member, module_id=page.pk, occasion="after", data=ANSWERS, language="en")


def test_one_response_per_member_module_and_occasion_and_answers_in_range():
    page, _lessons, _check_in = module_with_check_ins()
    member = UserFactory()
    response = module_answer(member, page, "before", {"understanding": 2})
    with pytest.raises(IntegrityError), transaction.atomic():
        module_answer(member, page, "before", {"understanding": 3})
    with pytest.raises(IntegrityError), transaction.atomic():
        response.answers.create(item_key="too-high", kind="agreement", value=6)


def test_deleting_the_account_removes_module_answers():
    page, _lessons, _check_in = module_with_check_ins()
    leaving, staying = UserFactory(), UserFactory()
    for person in (leaving, staying):
        module_answer(person, page, "before", {"understanding": 3}, comment="words", share=True)
    account_erase(user=leaving)
    assert list(ModuleCheckInResponse.objects.values_list("member_id", flat=True)) == [staying.pk]
    assert ModuleCheckInAnswer.objects.count() == 2


def test_the_export_holds_the_members_module_answers(client):
    page, _lessons, _check_in = module_with_check_ins(title="Calm at home")
    member = UserFactory()
    module_answer(member, page, "before", {"understanding": 4}, comment="my own words")
    client.force_login(member)
    body = client.get("/me/export/").content.decode()
    assert "Calm at home" in body and "my own words" in body


def test_a_module_without_a_check_in_asks_nothing(client):
    page, lessons, _check_in = module_with_check_ins()
    page.check_in_before = page.check_in_after = None
    page.save_revision().publish()
    client.force_login(UserFactory())
    assert "A short check-in" not in client.get(page.url).content.decode()
    assert client.get(form_url(page, "before")).status_code == HTTPStatus.NOT_FOUND


def test_module_pages_with_a_check_in_read_the_same_queries_for_one_module_and_many(
    client, django_assert_max_num_queries
):
    member = UserFactory()
    CheckInConsent.objects.create(member=member, choice="agreed")
    client.force_login(member)
    page, lessons, _check_in = module_with_check_ins()
    done, done_lessons, _ = module_with_check_ins()
    complete(member, done_lessons)
    module_answer(member, done, "before", {"understanding": 2})
    urls = [page.url, form_url(page, "before"), results_url(done), "/me/", f"{done_lessons[-1].url}module-complete/"]
    for url in urls:
        client.get(url)
    small = [count_queries(client, url) for url in urls]
    for _ in range(3):
        more, more_lessons, _ = module_with_check_ins(lessons=3)
        complete(member, more_lessons)
        module_answer(member, more, "before", {"understanding": 2})
        module_answer(UserFactory(), page, "before", {"understanding": 2})
    assert [count_queries(client, url) for url in urls] == small
    with django_assert_max_num_queries(14):
        client.get(form_url(page, "before"))


def test_a_spanish_reader_gets_the_spanish_check_in(client, module):
    page, _lessons, check_in = module
    make_check_in(language="es", translation_of=check_in)
    member = UserFactory()
    CheckInConsent.objects.create(member=member, choice="agreed")
    client.force_login(member)
    page_es = client.get("/es" + form_url(page, "before")).content.decode()
    assert "Entiendo lo que vive mi ser querido." in page_es
    client.post("/es" + form_url(page, "before"), ANSWERS)
    assert ModuleCheckInResponse.objects.get(member=member).language == "es"
