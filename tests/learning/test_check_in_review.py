"""Outcome check-ins go live like lessons: only after another clinician approves them."""

from http import HTTPStatus

import pytest
from django.core.exceptions import PermissionDenied

from learning.models import ClinicalReviewTask
from tests.factories import ClinicianFactory
from tests.workshops.outcomes.builders import make_check_in

pytestmark = pytest.mark.django_db


def submitted(author, **fields):
    check_in = make_check_in(live=False, **fields)
    check_in.save_revision(user=author)
    workflow = check_in.get_workflow()
    assert workflow is not None and workflow.name == "Clinical review"
    task = workflow.tasks.get().specific
    assert isinstance(task, ClinicalReviewTask)
    return check_in, workflow.start(check_in, author)


def test_the_author_cannot_approve_and_clinicians_hold_no_publish_permission():
    author = ClinicianFactory()
    check_in, state = submitted(author)
    task_state = state.current_task_state
    assert not author.has_perm("learning.publish_checkin")
    assert author.has_perm("learning.change_checkin")
    with pytest.raises(PermissionDenied):
        task_state.task.specific.on_action(task_state, author, "approve")
    check_in.refresh_from_db()
    assert not check_in.live


def test_another_clinicians_approval_publishes_the_check_in():
    author, reviewer = ClinicianFactory(), ClinicianFactory()
    check_in, state = submitted(author)
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, reviewer, "approve")
    check_in.refresh_from_db()
    assert check_in.live


def test_clinicians_write_check_ins_in_the_admin(client):
    clinician = ClinicianFactory()
    make_check_in()
    client.force_login(clinician)
    listing = client.get("/admin/snippets/learning/checkin/")
    assert listing.status_code == HTTPStatus.OK and "How you feel" in listing.content.decode()
    assert client.get("/admin/snippets/learning/checkin/add/").status_code == HTTPStatus.OK


def test_a_spanish_translation_keeps_every_questions_key():
    from wagtail.models import Locale

    english = make_check_in()
    spanish = english.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.save()
    assert spanish.translation_key == english.translation_key
    assert [value["key"] for _kind, value in spanish.questions] == [v["key"] for _k, v in english.questions]


def test_nobody_publishes_a_check_in_directly_superusers_included(client):
    from wagtail.permissions import policy_registry

    from learning.models import CheckIn
    from tests.factories import UserFactory

    superuser = UserFactory(is_superuser=True, is_staff=True)
    policy = policy_registry.get_by_type(CheckIn)
    assert not policy.user_has_permission(superuser, "publish")
    assert policy.user_has_permission(superuser, "change")
    check_in = make_check_in(live=False)
    client.force_login(superuser)
    page = client.get(f"/admin/snippets/learning/checkin/edit/{check_in.pk}/").content.decode()
    assert "action-submit" in page and 'name="action-publish"' not in page
    # Sending the publish action anyway saves a draft at most: the check-in stays offline.
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    data = nested_form_data(
        {
            "title": "How you feel",
            "intro": "",
            "items": streamfield([("agreement", {"key": "understanding", "text": "I understand."})]),
            "action-publish": "action-publish",
        }
    )
    response = client.post(f"/admin/snippets/learning/checkin/edit/{check_in.pk}/", data)
    assert response.status_code == HTTPStatus.FOUND  # saved...
    check_in.refresh_from_db()
    assert not check_in.live and check_in.latest_revision is not None  # ...as a draft, not published


def test_a_check_in_in_review_waits_on_the_other_clinicians_home_and_never_as_a_lesson(client):
    from tests.learning.builders import make_module

    author, reviewer = ClinicianFactory(), ClinicianFactory()
    _module, lessons = make_module(lessons=3)
    # The check-in's id is also a lesson's id: the lessons list must not mistake one for the other.
    check_in, _state = submitted(author, pk=lessons[1].pk)
    client.force_login(reviewer)
    home = client.get("/admin/").content.decode()
    assert "Check-ins waiting for your review" in home
    assert f"/admin/snippets/learning/checkin/edit/{check_in.pk}/" in home
    assert f"/admin/pages/{lessons[1].pk}/edit/" not in home
    client.force_login(author)
    assert "Check-ins waiting for your review" not in client.get("/admin/").content.decode()


def test_a_check_in_refuses_two_questions_with_one_key_and_two_comment_boxes():
    from django.core.exceptions import ValidationError

    check_in = make_check_in()
    raw = list(check_in.items.raw_data)
    check_in.items = [*raw, {**raw[0], "id": "copy"}]
    with pytest.raises(ValidationError, match="Each question needs its own key."):
        check_in.clean()
    check_in.items = [*raw, {"type": "free_text", "id": "second", "value": {"key": "more", "text": "More?"}}]
    with pytest.raises(ValidationError, match="one free-text question at most"):
        check_in.clean()
