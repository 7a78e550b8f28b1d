"""/me/ comes from the cache while none of the member's rows changed, and never after, however the
change was written (cms/dashboard.py fingerprints, cms/private_cache.py)."""

from datetime import timedelta
from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from learning import services as learning_services
from learning.models import LessonCompletion
from tests.factories import UserFactory
from tests.learning.builders import make_module
from tests.support.stored_pages import assert_own_token_posts
from tests.workshops.attendance.helpers import signed_in_at
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops import services
from workshops.attendance import services as attendance_services
from workshops.certificates import services as certificate_services
from workshops.models import Certificate, RenderState

pytestmark = pytest.mark.django_db


def seen(client) -> tuple[str | None, str]:
    response = client.get("/me/")
    assert response.status_code == HTTPStatus.OK
    return response.get("X-Kinship-Cache"), response.content.decode()


@pytest.fixture
def group(member):
    cohort = make_cohort(make_workshop(sessions=3), start=timezone.localdate() + timedelta(days=2))
    return cohort, enroll(cohort, member)


def test_a_second_look_costs_two_queries(member_client, group):
    assert seen(member_client)[0] == "miss"
    with CaptureQueriesContext(connection) as queries:
        assert seen(member_client)[0] == "hit"
    assert len(queries) <= 2  # the member, and the fingerprint of their rows


def _lesson_completed(member, cohort, enrollment):
    _module, lessons = make_module(lessons=1)
    LessonCompletion.objects.create(user=member, lesson=lessons[0])


def _progress_claimed(member, cohort, enrollment):
    from django.contrib.sessions.backends.base import SessionBase

    from learning.session_progress import session_mark_complete

    _module, lessons = make_module(lessons=1)
    anonymous = SessionBase()
    session_mark_complete(anonymous, lesson_id=lessons[0].pk)
    learning_services.claim_anonymous_progress(user=member, session=anonymous)


def _reflection_edited(member, cohort, enrollment):
    from learning.models import Reflection

    _module, lessons = make_module(lessons=1)
    reflection = Reflection.objects.create(
        user=member, lesson=lessons[0], block_id="r1", prompt="Why?", text="<p>a</p>"
    )
    learning_services.reflection_update(reflection=reflection, text="Because.")


def _withdrawn(member, cohort, enrollment):
    services.enrollment_withdraw(enrollment_id=enrollment.pk, member=member)


def _another_group(member, cohort, enrollment):
    enroll(make_cohort(make_workshop(sessions=2)), member)


def _marked_by_staff(member, cohort, enrollment):
    session = cohort.sessions.get(number=1)
    attendance_services.attendance_sheet_save(
        session_id=session.pk,
        by=UserFactory(is_superuser=True),
        marks=[attendance_services.Mark(enrollment_id=enrollment.pk, status="present", note="")],
        now=session.starts_at,  # staff mark a session once it has started
    )


def _session_moved(member, cohort, enrollment):
    session = cohort.sessions.get(number=2)
    later = session.starts_at + timedelta(days=1)
    services.session_reschedule(
        session_id=session.pk, starts_on=later.date(), local_start_time=later.time(), minutes=60, by=None
    )


def _group_renamed(member, cohort, enrollment):
    cohort.name = "Thursday group"
    cohort.save()


def _certificate(enrollment) -> Certificate:
    return Certificate.objects.create(
        enrollment=enrollment,
        code="TESTCODE12345678",
        holder_name="Robin",
        certificate_title="Family foundations",
        completed_on=timezone.localdate(),
        sessions_attended=3,
        sessions_total=3,
    )


def _certificate_issued(member, cohort, enrollment):
    _certificate(enrollment)


def _certificate_ready(member, cohort, enrollment):
    certificate = _certificate(enrollment)
    client = Client()
    client.force_login(member)
    seen(client)  # stored with the certificate still being prepared
    assert seen(client)[0] == "hit"
    # The background task marks it ready with update(): no model signal.
    Certificate.objects.filter(pk=certificate.pk).update(render_state=RenderState.READY)


def _certificate_revoked(member, cohort, enrollment):
    certificate = _certificate(enrollment)
    client = Client()
    client.force_login(member)
    seen(client)
    certificate_services.certificate_revoke(certificate_id=certificate.pk, reason="Issued by mistake", by=None)


def _calendar_link(member, cohort, enrollment):
    services.calendar_feed_create(member=member)


def _certificate_choices(member, cohort, enrollment):
    certificate_services.certificate_preference_update(
        member=member, printed_name="R. M.", show_name_when_verified=True
    )


def _renamed(member, cohort, enrollment):
    member.display_name = "Robin M."
    member.save()


def _given_a_role(member, cohort, enrollment):
    member.groups.add(Group.objects.get_or_create(name="Program staff")[0])


CHANGES = [
    _lesson_completed,
    _progress_claimed,
    _reflection_edited,
    _withdrawn,
    _another_group,
    _marked_by_staff,
    _session_moved,
    _group_renamed,
    _certificate_issued,
    _certificate_ready,
    _certificate_revoked,
    _calendar_link,
    _certificate_choices,
    _renamed,
    _given_a_role,
]


@pytest.mark.parametrize("change", CHANGES, ids=[change.__name__.strip("_") for change in CHANGES])
def test_every_change_the_member_sees_ends_the_stored_copy(member, group, change):
    cohort, enrollment = group
    client = Client()
    client.force_login(member)
    seen(client)
    assert seen(client)[0] == "hit"
    change(member, cohort, enrollment)
    assert seen(client)[0] == "miss"


def test_the_page_changes_by_itself_when_a_join_link_opens(member, group):
    cohort, _enrollment = group
    first = cohort.sessions.get(number=1)
    client = Client()
    with signed_in_at(client, member, first.starts_at - timedelta(minutes=30)) as clock:
        seen(client)
        state, html = seen(client)
        assert state == "hit" and "Join now" not in html
        clock.move_to(first.starts_at - timedelta(minutes=10))
        state, html = seen(client)
        assert state == "miss" and "Join now" in html


def test_each_member_sees_only_their_own_page_and_their_own_token(member, group):
    cohort, _enrollment = group
    other = UserFactory(display_name="Sam")
    mine, theirs, my_phone = Client(), Client(), Client()
    mine.force_login(member)
    theirs.force_login(other)
    my_phone.force_login(member)
    _state, my_page = seen(mine)
    state, their_page = seen(theirs)
    assert state == "miss" and "Robin" not in their_page and cohort.name not in their_page
    state, phone_page = seen(my_phone)
    assert state == "hit" and cohort.name in phone_page
    assert_own_token_posts(
        first_html=my_page,
        second_html=phone_page,
        second=my_phone,
        url="/workshops/calendar-link/",
        data={"action": "create"},
    )


def test_a_message_is_shown_once_and_never_stored(member_client, group):
    seen(member_client)
    response = member_client.post("/workshops/calendar-link/", {"action": "create"}, follow=True)
    assert response.status_code == HTTPStatus.OK and response.get("X-Kinship-Cache") is None
    assert "Your calendar link is ready" in response.content.decode()
    state, html = seen(member_client)
    assert state == "miss"
    assert seen(member_client)[0] == "hit"
