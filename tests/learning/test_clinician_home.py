"""Clinicians land on their work: lessons waiting for their review (never their own), their
drafts, what went live lately, and how to write a lesson; at a cost that does not grow."""

from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning.models import LessonPage
from tests.factories import ClinicianFactory
from tests.learning.builders import make_module, paragraph

HOME_BUDGET = 20  # the admin frame, the review, drafts and published lists, Wagtail's summary and edits


def draft_lesson(module, author, title):
    lesson = LessonPage(title=title, slug=title.lower().replace(" ", "-"), body=[paragraph()], live=False, owner=author)
    module.add_child(instance=lesson)
    lesson.save_revision(user=author)
    return lesson


def submit(lesson, author):
    lesson.get_workflow().start(lesson, author)


def home(client) -> str:
    response = client.get("/admin/")
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


@pytest.mark.django_db
def test_clinician_home_lists_reviews_drafts_published_and_how_to(client):
    author, colleague = ClinicianFactory(), ClinicianFactory()
    module, _ = make_module(title="Boundaries", lessons=0)
    module.save_revision(user=colleague).publish()
    mine = draft_lesson(module, author, "My own draft")
    submitted_by_me = draft_lesson(module, author, "Mine in review")
    submit(submitted_by_me, author)
    theirs = draft_lesson(module, colleague, "Their lesson")
    submit(theirs, colleague)
    client.force_login(author)
    page = home(client)
    review = page.split("Lessons waiting for your review", 1)[1].split("Your drafts", 1)[0]
    assert f"/admin/pages/{theirs.pk}/edit/" in review
    assert f"/admin/pages/{submitted_by_me.pk}/edit/" not in review
    drafts = page.split("Your drafts", 1)[1].split("Recently published", 1)[0]
    assert f"/admin/pages/{mine.pk}/edit/" in drafts
    assert f"/admin/pages/{theirs.pk}/edit/" not in drafts
    assert "Boundaries" in page.split("Recently published", 1)[1]
    assert "How to write a lesson" in page


@pytest.mark.django_db
def test_program_staff_do_not_get_the_clinician_panels(client, program_staff):
    client.force_login(program_staff)
    assert "How to write a lesson" not in home(client)


def count_queries(client) -> int:
    client.get("/admin/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/admin/")
    return len(queries)


@pytest.mark.django_db
def test_clinician_home_costs_the_same_with_2_and_12_drafts(client, django_assert_max_num_queries):
    author, colleague = ClinicianFactory(), ClinicianFactory()
    module, _ = make_module(lessons=2)
    client.force_login(author)

    def add(count, start):
        for index in range(start, start + count):
            draft_lesson(module, author, f"Draft {index}")
            submit(draft_lesson(module, colleague, f"Review {index}"), colleague)

    add(2, 0)
    small = count_queries(client)
    add(10, 2)
    assert count_queries(client) == small
    with django_assert_max_num_queries(HOME_BUDGET):
        client.get("/admin/")
