"""Signing up, the waitlist and staff decisions: who gets a seat, and that nobody gets two."""

from datetime import timedelta
from http import HTTPStatus

import pytest
from django.utils import timezone

from tests.factories import ProgramStaffFactory, UserFactory
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops import services
from workshops.models import CohortStatus, Enrollment, EnrollmentStatus

ENROLLED, WAITLISTED, PENDING = EnrollmentStatus.ENROLLED, EnrollmentStatus.WAITLISTED, EnrollmentStatus.PENDING


def sign_up(cohort, member, relationship="parent"):
    return services.enrollment_create(
        cohort_id=cohort.pk, member=member, relationship=relationship, confidentiality_acknowledged=True
    )


def statuses(cohort):
    return list(cohort.enrollments.order_by("queued_at", "pk").values_list("status", flat=True))


@pytest.mark.django_db
def test_a_member_is_enrolled_until_the_group_is_full_then_waitlisted():
    cohort = make_cohort(capacity=2)
    results = [sign_up(cohort, UserFactory()).status for _ in range(4)]
    assert results == [ENROLLED, ENROLLED, WAITLISTED, WAITLISTED]


@pytest.mark.django_db
def test_a_group_that_needs_approval_makes_requests_pending_and_holds_their_seats():
    """Pending requests keep a seat, so approving them can never overfill the group."""
    cohort = make_cohort(capacity=1, requires_approval=True)
    assert sign_up(cohort, UserFactory()).status == PENDING
    assert sign_up(cohort, UserFactory()).status == WAITLISTED


@pytest.mark.django_db
def test_withdrawing_promotes_exactly_the_first_waitlisted_member():
    cohort = make_cohort(capacity=1)
    first = sign_up(cohort, UserFactory())
    second = sign_up(cohort, UserFactory())
    third = sign_up(cohort, UserFactory())
    services.enrollment_withdraw(enrollment_id=first.pk, member=first.member)
    second.refresh_from_db()
    third.refresh_from_db()
    assert (second.status, third.status) == (ENROLLED, WAITLISTED)


@pytest.mark.django_db
def test_leaving_the_waitlist_frees_no_seat_and_promotes_nobody():
    cohort = make_cohort(capacity=1)
    sign_up(cohort, UserFactory())
    second = sign_up(cohort, UserFactory())
    third = sign_up(cohort, UserFactory())
    services.enrollment_withdraw(enrollment_id=second.pk, member=second.member)
    third.refresh_from_db()
    assert third.status == WAITLISTED


@pytest.mark.django_db
def test_declining_a_pending_request_promotes_the_first_waitlisted_member_to_pending(program_staff):
    """In a group that needs approval, the freed seat goes to the first in line, who still needs approval."""
    cohort = make_cohort(capacity=1, requires_approval=True)
    pending = sign_up(cohort, UserFactory())
    waiting = sign_up(cohort, UserFactory())
    services.enrollment_decline(cohort_id=cohort.pk, enrollment_id=pending.pk, by=program_staff)
    pending.refresh_from_db()
    waiting.refresh_from_db()
    assert (pending.status, waiting.status) == (EnrollmentStatus.DECLINED, PENDING)
    services.enrollment_approve(cohort_id=cohort.pk, enrollment_id=waiting.pk, by=program_staff)
    waiting.refresh_from_db()
    assert waiting.status == ENROLLED


@pytest.mark.django_db
def test_staff_actions_are_written_to_the_cohorts_audit_log(program_staff):
    from wagtail.models import ModelLogEntry

    cohort = make_cohort(requires_approval=True)
    pending = sign_up(cohort, UserFactory())
    services.enrollment_approve(cohort_id=cohort.pk, enrollment_id=pending.pk, by=program_staff)
    entry = ModelLogEntry.objects.get(action="workshops.enrollment_approved")
    assert entry.object_id == str(cohort.pk) and entry.user == program_staff
    assert entry.data == {"enrollment": pending.pk}


@pytest.mark.django_db
def test_only_pending_requests_can_be_approved(program_staff):
    cohort = make_cohort()
    enrolled = sign_up(cohort, UserFactory())
    with pytest.raises(services.WorkshopError):
        services.enrollment_approve(cohort_id=cohort.pk, enrollment_id=enrolled.pk, by=program_staff)
    with pytest.raises(services.WorkshopError):
        services.enrollment_approve(cohort_id=cohort.pk, enrollment_id="not-a-number", by=program_staff)


@pytest.mark.django_db
def test_staff_move_a_member_and_the_old_groups_waitlist_moves_up(program_staff):
    workshop = make_workshop()
    source = make_cohort(workshop, capacity=1)
    target = make_cohort(workshop, capacity=5)
    moving = sign_up(source, UserFactory())
    waiting = sign_up(source, UserFactory())
    moved = services.enrollment_move(
        cohort_id=source.pk, enrollment_id=moving.pk, to_cohort_id=target.pk, by=program_staff
    )
    waiting.refresh_from_db()
    assert (moved.cohort_id, moved.status, moved.relationship) == (target.pk, ENROLLED, "parent")
    assert waiting.status == ENROLLED


@pytest.mark.django_db
def test_moving_into_a_full_group_puts_the_member_on_its_waitlist(program_staff):
    workshop = make_workshop()
    source, target = make_cohort(workshop), make_cohort(workshop, capacity=1)
    sign_up(target, UserFactory())
    moving = sign_up(source, UserFactory())
    moved = services.enrollment_move(
        cohort_id=source.pk, enrollment_id=moving.pk, to_cohort_id=target.pk, by=program_staff
    )
    assert moved.status == WAITLISTED
    assert statuses(target) == [ENROLLED, WAITLISTED]


@pytest.mark.django_db
def test_members_cannot_be_moved_to_another_workshops_group(program_staff):
    source, other = make_cohort(), make_cohort()
    moving = sign_up(source, UserFactory())
    with pytest.raises(services.WorkshopError, match="same workshop"):
        services.enrollment_move(cohort_id=source.pk, enrollment_id=moving.pk, to_cohort_id=other.pk, by=program_staff)
    moving.refresh_from_db()
    assert moving.cohort_id == source.pk


@pytest.mark.django_db
def test_staff_add_a_member_by_email_within_capacity(program_staff):
    cohort = make_cohort(capacity=1)
    first, second = UserFactory(email="First@Example.org"), UserFactory()
    added = services.enrollment_add_by_email(
        cohort_id=cohort.pk, email="first@example.org", relationship="friend", by=program_staff
    )
    assert (added.member, added.status) == (first, ENROLLED)
    later = services.enrollment_add_by_email(
        cohort_id=cohort.pk, email=second.email, relationship="friend", by=program_staff
    )
    assert later.status == WAITLISTED
    with pytest.raises(services.WorkshopError, match="already"):
        services.enrollment_add_by_email(
            cohort_id=cohort.pk, email=second.email, relationship="friend", by=program_staff
        )
    with pytest.raises(services.WorkshopError, match="No account"):
        services.enrollment_add_by_email(
            cohort_id=cohort.pk, email="nobody@example.org", relationship="friend", by=program_staff
        )


@pytest.mark.django_db
def test_more_seats_move_the_waitlist_up():
    cohort = make_cohort(capacity=1)
    sign_up(cohort, UserFactory())
    waiting = sign_up(cohort, UserFactory())
    cohort.capacity = 2
    cohort.save()
    services.cohort_fill_open_seats(cohort_id=cohort.pk)
    waiting.refresh_from_db()
    assert waiting.status == ENROLLED


@pytest.mark.django_db
def test_a_withdrawn_member_may_sign_up_again_at_the_back_of_the_line():
    cohort = make_cohort(capacity=1)
    first = sign_up(cohort, UserFactory())
    services.enrollment_withdraw(enrollment_id=first.pk, member=first.member)
    again = sign_up(cohort, first.member)
    assert again.pk == first.pk and again.status == ENROLLED


@pytest.mark.django_db
def test_one_active_group_per_workshop():
    workshop = make_workshop()
    member = UserFactory()
    sign_up(make_cohort(workshop), member)
    with pytest.raises(services.WorkshopError, match="another group of this workshop"):
        sign_up(make_cohort(workshop), member)


# --- bad input through the member's own page --------------------------------------------------------

VALID_POST = {"relationship": "parent", "confidentiality": "on"}


@pytest.mark.django_db
def test_enrolling_twice_gives_a_clear_message_and_no_second_row(member_client, member):
    cohort = make_cohort()
    assert member_client.post(f"/workshops/cohorts/{cohort.pk}/join/", VALID_POST).status_code == HTTPStatus.FOUND
    response = member_client.post(f"/workshops/cohorts/{cohort.pk}/join/", VALID_POST)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "already signed up" in response.content.decode()
    assert Enrollment.objects.filter(member=member).count() == 1


@pytest.mark.django_db
def test_an_empty_submission_says_what_is_missing(member_client):
    cohort = make_cohort()
    response = member_client.post(f"/workshops/cohorts/{cohort.pk}/join/", {})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Please check your answers" in response.content.decode()
    assert not Enrollment.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "cohort_fields",
    [
        {"status": CohortStatus.CANCELLED},
        {"status": CohortStatus.RUNNING},
        {"status": CohortStatus.FINISHED},
        {"enrollment_closes_at": timezone.now() - timedelta(minutes=1)},
        {"enrollment_opens_at": timezone.now() + timedelta(days=1)},
    ],
    ids=["cancelled", "running", "finished", "closed", "not-yet-open"],
)
def test_enrolling_into_a_cancelled_or_closed_group_is_refused_with_a_message(member_client, member, cohort_fields):
    cohort = make_cohort(**cohort_fields)
    response = member_client.post(f"/workshops/cohorts/{cohort.pk}/join/", VALID_POST)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "not taking sign-ups" in response.content.decode()
    assert not Enrollment.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("cohort_id", ["999999", "0"])
def test_a_forged_cohort_id_is_a_404_with_a_message_and_no_row(member_client, cohort_id):
    response = member_client.post(f"/workshops/cohorts/{cohort_id}/join/", VALID_POST)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "could not find that group" in response.content.decode()
    assert not Enrollment.objects.exists()


@pytest.mark.django_db
def test_a_draft_groups_sign_up_page_does_not_exist(member_client):
    cohort = make_cohort(status=CohortStatus.DRAFT)
    assert member_client.get(f"/workshops/cohorts/{cohort.pk}/join/").status_code == HTTPStatus.NOT_FOUND
    assert member_client.post(f"/workshops/cohorts/{cohort.pk}/join/", VALID_POST).status_code == HTTPStatus.NOT_FOUND
    assert not Enrollment.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "post",
    [
        {"relationship": "parent"},
        {"confidentiality": "on"},
        {"relationship": "loved-ones-doctor", "confidentiality": "on"},
    ],
    ids=["no-agreement", "no-relationship", "forged-relationship"],
)
def test_a_sign_up_without_the_agreement_or_a_real_relationship_is_refused(member_client, post):
    cohort = make_cohort()
    response = member_client.post(f"/workshops/cohorts/{cohort.pk}/join/", post)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert 'role="alert"' in response.content.decode()
    assert not Enrollment.objects.exists()


@pytest.mark.django_db
def test_the_sign_up_form_asks_only_for_the_relationship_and_the_agreement(member_client):
    """Nothing about the loved one: no name, no diagnosis, no treatment details."""
    from workshops.forms import EnrollmentForm
    from workshops.models import Enrollment as EnrollmentModel

    assert set(EnrollmentForm.base_fields) == {"relationship", "confidentiality"}
    stored = {f.name for f in EnrollmentModel._meta.concrete_fields}  # its own columns, not relations to it
    assert stored == {
        "id",
        "cohort",
        "member",
        "relationship",
        "status",
        "confidentiality_acknowledged_at",
        "queued_at",
        "created_at",
        "status_changed_at",
    }
    cohort = make_cohort()
    html = member_client.get(f"/workshops/cohorts/{cohort.pk}/join/").content.decode()
    assert "<fieldset" in html and "<legend>" in html
    assert 'name="confidentiality"' in html and "required" in html


@pytest.mark.django_db
def test_a_member_may_only_withdraw_their_own_enrollment(client, member):
    cohort = make_cohort()
    other = enroll(cohort, UserFactory())
    client.force_login(member)
    assert client.post(f"/workshops/enrollments/{other.pk}/leave/").status_code == HTTPStatus.NOT_FOUND
    other.refresh_from_db()
    assert other.status == ENROLLED


@pytest.mark.django_db
def test_signing_up_and_leaving_through_the_pages(member_client, member):
    cohort = make_cohort()
    page = member_client.get(cohort.workshop.url).content.decode()
    assert f"/workshops/cohorts/{cohort.pk}/join/" in page
    response = member_client.post(f"/workshops/cohorts/{cohort.pk}/join/", VALID_POST, follow=True)
    assert "You are in the group" in response.content.decode()
    enrollment = Enrollment.objects.get(member=member)
    assert member_client.get(f"/workshops/enrollments/{enrollment.pk}/leave/").status_code == HTTPStatus.OK
    member_client.post(f"/workshops/enrollments/{enrollment.pk}/leave/")
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.WITHDRAWN


@pytest.mark.django_db
def test_anonymous_visitors_are_asked_to_sign_in_before_joining(client):
    cohort = make_cohort()
    html = client.get(cohort.workshop.url).content.decode()
    assert f"/accounts/login/?next=/workshops/cohorts/{cohort.pk}/join/" in html
    response = client.post(f"/workshops/cohorts/{cohort.pk}/join/", VALID_POST)
    assert response.status_code == HTTPStatus.FOUND and "/accounts/login/" in response["Location"]
    assert not Enrollment.objects.exists()


@pytest.mark.django_db
def test_staff_placing_someone_ignores_the_sign_up_window():
    staff = ProgramStaffFactory()
    cohort = make_cohort(status=CohortStatus.RUNNING)
    added = services.enrollment_add_by_email(
        cohort_id=cohort.pk, email=UserFactory().email, relationship="sibling", by=staff
    )
    assert added.status == ENROLLED
