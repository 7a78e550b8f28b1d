"""No door around clinical review: for lessons, modules and workshop curricula, superusers
included, going live needs another clinician's approval. Unpublishing stays possible."""

from datetime import timedelta
from http import HTTPStatus

import pytest
from django.utils import timezone
from wagtail.actions.publish_page_revision import PublishPagePermissionError
from wagtail.models import TaskState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from learning.models import LessonPage
from tests.factories import ClinicianFactory, UserFactory
from tests.learning.builders import make_module, paragraph
from tests.workshops.builders import make_workshop

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser():
    return UserFactory(is_superuser=True, is_staff=True, display_name="Admin")


def lesson_form(**extra) -> dict:
    """The lesson editor's form, as a browser posts it."""
    return nested_form_data(
        {
            "title": "Boundaries 101",
            "slug": "boundaries-101",
            "estimated_minutes": 5,
            "body": streamfield([("paragraph", rich_text("<p>Families are not to blame.</p>"))]),
            **extra,
        }
    )


def draft_lesson(author):
    module, _ = make_module(lessons=0)
    lesson = LessonPage(title="Boundaries 101", slug="boundaries-101", body=[paragraph()], live=False)
    module.add_child(instance=lesson)
    lesson.save_revision(user=author)
    return module, lesson


def test_a_superuser_may_not_publish_a_lesson_or_a_workshop_directly(superuser):
    module, lesson = draft_lesson(superuser)
    workshop = make_workshop()
    for page in (lesson, module, workshop):
        assert not page.permissions_for_user(superuser).can_publish()
    assert not module.permissions_for_user(superuser).can_publish_subpage()
    assert not workshop.get_parent().specific.permissions_for_user(superuser).can_publish_subpage()


def test_unpublishing_stays_possible_in_an_emergency(superuser):
    _module, (lesson,) = make_module(lessons=1)
    assert lesson.live
    assert lesson.permissions_for_user(superuser).can_unpublish()


def test_publishing_a_revision_as_a_person_is_refused(superuser):
    _module, lesson = draft_lesson(superuser)
    with pytest.raises(PublishPagePermissionError):
        lesson.get_latest_revision().publish(user=superuser)
    lesson.refresh_from_db()
    assert not lesson.live


def test_the_editors_publish_button_only_saves_a_draft_and_says_why(client, superuser):
    _module, lesson = draft_lesson(superuser)
    client.force_login(superuser)
    html = client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    assert 'name="action-publish"' not in html
    assert "Publish is not offered here" in html
    revisions = lesson.revisions.count()
    client.post(f"/admin/pages/{lesson.pk}/edit/", lesson_form(**{"action-publish": "action-publish"}))
    lesson.refresh_from_db()
    assert not lesson.live
    assert lesson.revisions.count() == revisions + 1  # the form was valid: kept as a draft


def test_scheduling_a_go_live_is_refused_too(client, superuser):
    _module, lesson = draft_lesson(superuser)
    client.force_login(superuser)
    go_live = (timezone.now() + timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    revisions = lesson.revisions.count()
    client.post(f"/admin/pages/{lesson.pk}/edit/", lesson_form(go_live_at=go_live, **{"action-publish": "1"}))
    lesson.refresh_from_db()
    assert lesson.revisions.count() == revisions + 1
    assert not lesson.live
    assert not lesson.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_the_bulk_publish_action_does_not_publish_a_reviewed_page(client, superuser):
    _module, lesson = draft_lesson(superuser)
    client.force_login(superuser)
    response = client.post(f"/admin/bulk/wagtailcore/page/publish/?id={lesson.pk}", {"include_descendants": ""})
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    lesson.refresh_from_db()
    assert not lesson.live


def test_the_last_editor_cannot_approve_even_if_someone_else_submitted():
    author, editor, reviewer = ClinicianFactory(), ClinicianFactory(), ClinicianFactory()
    _module, lesson = draft_lesson(author)
    state = lesson.get_workflow().start(lesson, author)
    lesson.save_revision(user=editor)  # edited while in review
    task_state = TaskState.objects.get(pk=state.current_task_state.pk)  # as a later request reads it
    task = task_state.task.specific
    assert task.get_actions(lesson, editor) == []
    with pytest.raises(Exception, match="Another clinician must approve"):
        task.on_action(task_state, editor, "approve")
    # Wagtail asks again for the newest revision: the reviewer approves what they see now.
    while state.status == state.STATUS_IN_PROGRESS:
        current = TaskState.objects.get(workflow_state=state, status=TaskState.STATUS_IN_PROGRESS)
        current.task.specific.on_action(current, reviewer, "approve")
        state.refresh_from_db()
    lesson.refresh_from_db()
    assert lesson.live


def test_a_superuser_submits_and_another_clinicians_approval_publishes(superuser):
    reviewer = ClinicianFactory()
    _module, lesson = draft_lesson(superuser)
    state = lesson.get_workflow().start(lesson, superuser)
    task_state = state.current_task_state
    with pytest.raises(Exception, match="Another clinician must approve"):
        task_state.task.specific.on_action(task_state, superuser, "approve")
    task_state.task.specific.on_action(task_state, reviewer, "approve")
    lesson.refresh_from_db()
    assert lesson.live
