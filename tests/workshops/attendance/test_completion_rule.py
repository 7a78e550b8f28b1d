"""The completion rule as staff reports and certificates read it: counts and 'meets the rule'."""

import pytest

from learning.models import LessonCompletion
from tests.factories import UserFactory
from tests.learning.builders import make_module
from tests.workshops.attendance.helpers import cohort_with_members, mark
from tests.workshops.builders import enroll
from workshops.attendance.selectors import attendance_counts, completion_status
from workshops.models import Cohort, EnrollmentStatus, SessionStatus, WorkshopRequiredModule

pytestmark = pytest.mark.django_db


def test_attendance_counts_groups_marks_by_enrollment_and_status():
    """Each enrollment gets its number of sessions per status; members without marks are absent."""
    cohort, (ann, ben, cat) = cohort_with_members(members=3)
    mark(ann, 1, "present")
    mark(ann, 2, "late")
    mark(ann, 3, "present")
    mark(ben, 1, "absent")
    assert attendance_counts(cohort=cohort) == {ann.pk: {"present": 2, "late": 1}, ben.pk: {"absent": 1}}


def test_attendance_counts_ignores_cancelled_sessions_and_other_cohorts():
    """A mark on a cancelled session, or in another group, does not count here."""
    cohort, (ann,) = cohort_with_members(members=1)
    other, (stranger,) = cohort_with_members(members=1)
    mark(ann, 1, "present")
    mark(ann, 2, "present")
    mark(stranger, 1, "present")
    cohort.sessions.filter(number=2).update(status=SessionStatus.CANCELLED)
    assert attendance_counts(cohort=cohort) == {ann.pk: {"present": 1}}


def test_attendance_counts_is_one_query(django_assert_num_queries):
    """Certificates call this for a whole cohort: one query, whatever its size."""
    cohort, enrollments = cohort_with_members(members=5)
    for enrollment in enrollments:
        mark(enrollment, 1, "present")
    with django_assert_num_queries(1):
        attendance_counts(cohort=cohort)


def test_completion_status_counts_only_the_statuses_the_rule_counts():
    """With present and left-early counting, a late mark does not count and the reason says how many are missing."""
    cohort, (ann, ben) = cohort_with_members(
        members=2, min_sessions_attended=2, count_late=False, count_left_early=True
    )
    mark(ann, 1, "present")
    mark(ann, 2, "left_early")
    mark(ben, 1, "present")
    mark(ben, 2, "late")
    status = completion_status(cohort=cohort)
    assert (status[ann.pk].attended, status[ann.pk].meets_rule) == (2, True)
    assert (status[ben.pk].attended, status[ben.pk].required, status[ben.pk].meets_rule) == (1, 2, False)
    assert status[ben.pk].reason == "attended 1 of the required 2"


def test_completion_status_needs_every_required_module_finished():
    """Attendance alone is not enough when the rule names a module: all its live lessons must be done."""
    cohort, (ann, ben) = cohort_with_members(members=2, min_sessions_attended=1)
    module, lessons = make_module(title="Setting limits", lessons=2)
    WorkshopRequiredModule.objects.create(workshop=cohort.workshop, module=module)
    for enrollment in (ann, ben):
        mark(enrollment, 1, "present")
    for lesson in lessons:
        LessonCompletion.objects.create(user=ann.member, lesson=lesson)
    LessonCompletion.objects.create(user=ben.member, lesson=lessons[0])
    status = completion_status(cohort=cohort)
    assert status[ann.pk].meets_rule and status[ann.pk].modules_missing == ()
    assert not status[ben.pk].meets_rule
    assert status[ben.pk].modules_missing == ("Setting limits",)
    assert "Setting limits" in status[ben.pk].reason


def test_a_required_module_read_in_spanish_counts():
    """Lessons done in the module's Spanish translation finish the (English) required module."""
    from wagtail.models import Locale

    from workshops.selectors import modules_completed_by

    cohort, (ann,) = cohort_with_members(members=1, min_sessions_attended=1)
    module, lessons = make_module(title="Setting limits", lessons=2)
    WorkshopRequiredModule.objects.create(workshop=cohort.workshop, module=module)
    mark(ann, 1, "present")
    spanish = Locale.objects.get(language_code="es")
    module.copy_for_translation(spanish).save_revision().publish()
    for lesson in lessons:
        translated = lesson.copy_for_translation(spanish)
        translated.save_revision().publish()
        LessonCompletion.objects.create(user=ann.member, lesson=translated)
    assert completion_status(cohort=cohort)[ann.pk].meets_rule
    assert modules_completed_by(user=ann.member, module_ids=[module.pk]) == {module.pk}


def test_completion_status_covers_enrolled_members_only():
    """Waitlisted and withdrawn members are not judged against the rule."""
    cohort, (ann,) = cohort_with_members(members=1)
    enroll(cohort, UserFactory(), status=EnrollmentStatus.WAITLISTED)
    enroll(cohort, UserFactory(), status=EnrollmentStatus.WITHDRAWN)
    assert set(completion_status(cohort=cohort)) == {ann.pk}


@pytest.mark.parametrize("members", [3, 30])
def test_completion_status_takes_the_same_queries_for_any_cohort_size(members, django_assert_num_queries):
    """Six queries for 3 or 30 members with a required module: no query per member."""
    cohort, enrollments = cohort_with_members(members=members)
    module, lessons = make_module(lessons=2)
    WorkshopRequiredModule.objects.create(workshop=cohort.workshop, module=module)
    for enrollment in enrollments:
        mark(enrollment, 1, "present")
        LessonCompletion.objects.create(user=enrollment.member, lesson=lessons[0])
    fresh = Cohort.objects.get(pk=cohort.pk)  # without its workshop: the rule is read too
    with django_assert_num_queries(6):
        completion_status(cohort=fresh)
