"""The workshop page's rules for clinicians, and the constraints that make the database refuse bad rows."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from tests.factories import UserFactory
from tests.learning.builders import make_module
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops.models import (
    CalendarFeed,
    Cohort,
    CohortSession,
    Enrollment,
    WorkshopIndexPage,
    WorkshopPage,
    WorkshopRequiredModule,
)
from workshops.selectors import modules_completed_by


@pytest.mark.django_db
def test_workshops_live_only_under_the_workshop_index():
    assert WorkshopIndexPage.subpage_types == ["workshops.WorkshopPage"]
    assert WorkshopPage.parent_page_types == ["workshops.WorkshopIndexPage"]
    assert WorkshopIndexPage.objects.get(locale__language_code="en").url == "/workshops/"


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["sessions", "cohorts", "enrollments", "calendar-link"])
def test_a_workshop_cannot_take_a_slug_the_site_uses(slug):
    workshop = make_workshop()
    workshop.slug = slug
    with pytest.raises(ValidationError) as error:
        workshop.full_clean()
    assert "slug" in error.value.message_dict


@pytest.mark.django_db
def test_the_certificate_rule_cannot_ask_for_more_sessions_than_the_outline_has():
    workshop = make_workshop(sessions=4)
    workshop.min_sessions_attended = 5
    with pytest.raises(ValidationError) as error:
        workshop.full_clean()
    assert "min_sessions_attended" in error.value.message_dict


@pytest.mark.django_db
def test_at_least_one_attendance_status_counts():
    workshop = make_workshop()
    workshop.count_present = workshop.count_late = workshop.count_excused = False
    with pytest.raises(ValidationError):
        workshop.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        WorkshopPage.objects.filter(pk=workshop.pk).update(count_present=False, count_late=False, count_excused=False)


@pytest.mark.django_db
def test_counted_attendance_statuses_follow_the_rule():
    workshop = make_workshop(count_present=True, count_late=False, count_excused=True)
    assert workshop.counted_attendance_statuses == ["present", "excused"]
    left_early_only = make_workshop(count_present=False, count_late=False, count_left_early=True, count_excused=False)
    assert left_early_only.counted_attendance_statuses == ["left_early"]


@pytest.mark.django_db
def test_modules_completed_by_needs_every_live_lesson_of_a_module(member, django_assert_num_queries):
    """For the certificate rule: a module counts once all its live lessons are complete (3 queries)."""
    from learning.models import LessonCompletion

    done, done_lessons = make_module(lessons=2)
    half, half_lessons = make_module(lessons=2)
    for lesson in [*done_lessons, half_lessons[0]]:
        LessonCompletion.objects.create(user=member, lesson=lesson)
    workshop = make_workshop()
    for module in (done, half):
        WorkshopRequiredModule.objects.create(workshop=workshop, module=module)
    module_ids = workshop.required_modules.values_list("module_id", flat=True)
    ids = list(module_ids)
    with django_assert_num_queries(3):
        assert modules_completed_by(user=member, module_ids=ids) == {done.pk}
    assert modules_completed_by(user=UserFactory(), module_ids=ids) == set()


@pytest.mark.django_db
def test_the_workshop_index_lists_live_workshops_with_open_groups(client):
    shown = make_workshop(title="Shown workshop")
    make_cohort(shown)
    hidden = make_workshop(title="Unpublished workshop")
    hidden.unpublish()
    html = client.get("/workshops/").content.decode()
    assert "Shown workshop" in html and "1 group open for sign-up" in html
    assert "Unpublished workshop" not in html


# --- constraints ----------------------------------------------------------------------------


def refused(create) -> bool:
    try:
        with transaction.atomic():
            create()
    except IntegrityError:
        return True
    return False


@pytest.mark.django_db
def test_the_database_refuses_a_second_enrollment_of_the_same_member():
    cohort = make_cohort()
    member = UserFactory()
    enroll(cohort, member)
    assert refused(lambda: enroll(cohort, member))


@pytest.mark.django_db
def test_the_database_refuses_bad_cohorts_and_sessions():
    cohort = make_cohort()
    assert refused(lambda: Cohort.objects.filter(pk=cohort.pk).update(capacity=0))
    assert refused(lambda: Cohort.objects.filter(pk=cohort.pk).update(status="paused"))
    assert refused(lambda: Cohort.objects.filter(pk=cohort.pk).update(weekday=7))
    opens = datetime(2030, 1, 2, tzinfo=UTC)
    assert refused(
        lambda: Cohort.objects.filter(pk=cohort.pk).update(
            enrollment_opens_at=opens, enrollment_closes_at=opens - timedelta(days=1)
        )
    )
    session = cohort.sessions.first()
    assert refused(lambda: CohortSession.objects.filter(pk=session.pk).update(ends_at=session.starts_at))
    assert refused(lambda: CohortSession.objects.filter(pk=session.pk).update(number=2))  # taken by session 2


@pytest.mark.django_db
def test_the_database_refuses_bad_enrollments_and_short_feed_tokens():
    enrollment = enroll(make_cohort(), UserFactory())
    assert refused(lambda: Enrollment.objects.filter(pk=enrollment.pk).update(relationship="doctor"))
    assert refused(lambda: Enrollment.objects.filter(pk=enrollment.pk).update(status="maybe"))
    assert refused(lambda: CalendarFeed.objects.create(member=UserFactory(), token="short"))


@pytest.mark.django_db
def test_a_finished_group_does_not_stop_a_member_joining_the_workshop_again(member_client, member):
    workshop = make_workshop()
    enroll(make_cohort(workshop, status="finished"), member)
    live = make_cohort(workshop)
    html = member_client.get(workshop.url).content.decode()
    assert f"/workshops/cohorts/{live.pk}/join/" in html
    response = member_client.post(
        f"/workshops/cohorts/{live.pk}/join/", {"relationship": "parent", "confidentiality": "on"}
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_a_member_in_a_running_group_is_not_offered_another_one(member_client, member):
    workshop = make_workshop()
    enroll(make_cohort(workshop, status="running", name="Current group"), member)
    other = make_cohort(workshop)
    html = member_client.get(workshop.url).content.decode()
    assert "Current group" in html and "You are already in another group of this workshop." in html
    assert f"/workshops/cohorts/{other.pk}/join/" not in html
