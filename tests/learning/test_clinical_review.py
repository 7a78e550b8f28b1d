"""A lesson under /learn/ goes live only after another clinician approves it."""

from http import HTTPStatus

import pytest
from django.core.exceptions import PermissionDenied

from learning.models import ClinicalReviewTask, LessonPage, LibraryPage
from tests.factories import ClinicianFactory
from tests.learning.builders import make_module, paragraph


def draft_lesson(module):
    lesson = LessonPage(title="Boundaries 101", slug="boundaries-101", body=[paragraph()], live=False)
    module.add_child(instance=lesson)
    return lesson


def submit(lesson, author):
    revision = lesson.save_revision(user=author)
    workflow = lesson.get_workflow()
    assert workflow is not None and workflow.name == "Clinical review"
    return revision, workflow.start(lesson, author)


@pytest.mark.django_db
def test_library_has_the_clinical_review_workflow():
    workflow = LibraryPage.objects.get(locale__language_code="en").get_workflow()
    assert workflow.name == "Clinical review"
    task = workflow.tasks.get().specific
    assert isinstance(task, ClinicalReviewTask)
    assert list(task.groups.values_list("name", flat=True)) == ["Clinicians"]


@pytest.mark.django_db
def test_the_author_cannot_approve_their_own_lesson():
    author = ClinicianFactory()
    module, _ = make_module(lessons=0)
    lesson = draft_lesson(module)
    _, state = submit(lesson, author)
    task_state = state.current_task_state
    task = task_state.task.specific
    assert task.get_actions(lesson, author) == []
    assert not task.get_task_states_user_can_moderate(author).exists()
    with pytest.raises(PermissionDenied):
        task.on_action(task_state, author, "approve")
    lesson.refresh_from_db()
    assert not lesson.live


@pytest.mark.django_db
def test_another_clinicians_approval_publishes_the_lesson():
    author, reviewer = ClinicianFactory(), ClinicianFactory()
    module, _ = make_module(lessons=0)
    lesson = draft_lesson(module)
    _, state = submit(lesson, author)
    task_state = state.current_task_state
    task = task_state.task.specific
    assert [action[0] for action in task.get_actions(lesson, reviewer)] == ["reject", "approve", "approve"]
    task.on_action(task_state, reviewer, "approve")
    lesson.refresh_from_db()
    assert lesson.live


@pytest.mark.django_db
def test_clinicians_see_no_direct_publish_button_in_the_library(client):
    author = ClinicianFactory()
    module, lessons = make_module(lessons=1)
    client.force_login(author)
    html = client.get(f"/admin/pages/{lessons[0].pk}/edit/").content.decode()
    assert "Submit to Clinical review" in html
    assert 'name="action-publish"' not in html


@pytest.mark.django_db
def test_workshop_curricula_go_through_the_same_clinical_review():
    from workshops.models import WorkshopIndexPage

    for index in WorkshopIndexPage.objects.all():
        assert index.get_workflow().name == "Clinical review"


@pytest.mark.django_db
def test_topics_are_editable_snippets(client):
    client.force_login(ClinicianFactory(roles=["Clinicians"]))
    from django.contrib.auth.models import Group

    assert client.get("/admin/snippets/learning/topic/").status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    assert Group.objects.get(name="Clinicians")


@pytest.mark.django_db
def test_preview_of_a_new_and_of_an_existing_lesson_renders(rf):
    """Clinicians preview drafts before submitting them (Wagtail builds an unsaved page for a new one)."""
    from wagtail.models import Page

    module, lessons = make_module(lessons=1)
    draft = LessonPage(title="Draft lesson", slug="draft", body=[paragraph("Preview me.")])
    draft.depth = module.depth + 1
    draft.path = Page._get_children_path_interval(module.path)[1]
    for page in (draft, lessons[0]):
        response = page.make_preview_request()
        assert response.status_code == HTTPStatus.OK
    assert "Preview me." in draft.make_preview_request().content.decode()


@pytest.mark.django_db
def test_a_clinician_translates_a_lesson_and_it_waits_for_another_clinicians_review(client):
    """Wagtail's Translate action makes a Spanish draft below the Spanish library; it goes live
    only through the same Clinical review workflow."""
    from wagtail.models import Locale

    author, reviewer = ClinicianFactory(), ClinicianFactory()
    module, (lesson,) = make_module(lessons=1)
    spanish = Locale.objects.get(language_code="es")
    client.force_login(author)
    response = client.post(
        f"/admin/translation/submit/page/{module.pk}/", {"locales": [spanish.pk], "include_subtree": "on"}
    )
    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:500]
    translated = LessonPage.objects.get(translation_key=lesson.translation_key, locale=spanish)
    assert not translated.live
    assert translated.get_parent().get_parent().specific == LibraryPage.objects.get(locale=spanish)
    assert translated.permissions_for_user(author).can_edit()

    _, state = submit(translated, author)
    task_state = state.current_task_state
    assert task_state.task.specific.get_actions(translated, author) == []
    task_state.task.specific.on_action(task_state, reviewer, "approve")
    translated.refresh_from_db()
    assert translated.live
