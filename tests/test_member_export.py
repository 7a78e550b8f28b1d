"""/me/export/ holds every registered field for a member who has data in every app."""

import json
from datetime import date
from http import HTTPStatus

import pytest
from allauth.mfa.models import Authenticator

from cms import privacy
from cms.models import RetentionNotice
from learning.models import KnowledgeCheckAnswer, LessonCompletion, Reflection
from tests.factories import UserFactory
from tests.learning.builders import make_module, reflection_prompt
from tests.workshops.builders import enroll, make_cohort, make_workshop
from tests.workshops.outcomes.builders import answer, module_answer
from workshops.models import (
    AttendanceApology,
    AttendanceRecord,
    CalendarFeed,
    Certificate,
    CertificatePreference,
    CheckInConsent,
    PracticeAnswer,
    SessionArrival,
    SessionReminder,
)


def give_data_everywhere(member) -> None:
    _, lessons = make_module(lessons=1, body=[reflection_prompt("rp-1")])
    LessonCompletion.objects.create(user=member, lesson=lessons[0])
    KnowledgeCheckAnswer.objects.create(user=member, lesson=lessons[0], block_id="kc", option_index=1, is_correct=True)
    Reflection.objects.create(user=member, lesson=lessons[0], block_id="rp-1", prompt="p", text="<p>mine</p>")
    cohort = make_cohort(make_workshop(), start=date(2025, 3, 3))  # held sessions: a certificate may name them
    enrollment = enroll(cohort, member)
    session = cohort.sessions.first()
    AttendanceRecord.objects.create(session=session, enrollment=enrollment, status="present", note="on time")
    AttendanceApology.objects.create(session=session, enrollment=enrollment, note="away that week")
    SessionArrival.objects.create(session=session, enrollment=enrollment, joined_at=session.starts_at)
    PracticeAnswer.objects.create(session=session, enrollment=enrollment, answer="tried", note="<p>mine too</p>")
    CalendarFeed.objects.create(member=member)
    CheckInConsent.objects.create(member=member, choice="agreed")
    answer(enrollment, "before", {"understanding": 2}, comment="mine as well")
    module_answer(member, make_module(lessons=1)[0], "before", {"understanding": 3}, comment="about the module")
    SessionReminder.objects.create(session=session, member=member, session_starts_at=session.starts_at)
    Authenticator.objects.create(user=member, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"})
    RetentionNotice.objects.create(user=member, kind=RetentionNotice.Kind.FIRST)
    CertificatePreference.objects.create(member=member, printed_name="Robin Q. Member")
    Certificate.objects.create(
        enrollment=enrollment,
        code=f"K7QX3MZD92TA{member.pk:04d}"[-16:].replace("0", "2").replace("1", "3"),
        holder_name="Robin Q. Member",
        certificate_title="Family Skills",
        completed_on=session.starts_at.date(),
        sessions_attended=1,
        sessions_total=4,
        revoke_reason=STAFF_NOTE,
    )


STAFF_NOTE = "Revoked: attendance entered by mistake (staff note)"


@pytest.mark.django_db
def test_export_leaves_out_every_field_the_register_marks_staff_only(client):
    """Finding: a revoke reason, documented as staff-only, was in the member's export."""
    member = UserFactory()
    give_data_everywhere(member)
    client.force_login(member)
    response = client.get("/me/export/")
    data = json.loads(response.content)["data"]
    marked = [entry for entry in privacy.entries() if entry.staff_only]
    assert any("revoke_reason" in entry.staff_only for entry in marked)
    for entry in marked:
        assert not set(entry.staff_only) & set(entry.fields), entry.label
        for field in entry.staff_only:
            entry.model._meta.get_field(field)  # a real field, not a typo that hides nothing
        for record in data.get(entry.label, {}).get("records", []):
            assert not set(record) & set(entry.staff_only), entry.label
    assert STAFF_NOTE not in response.content.decode()


@pytest.mark.django_db
def test_export_has_every_registered_field_of_every_app(client):
    member = UserFactory()
    give_data_everywhere(member)
    client.force_login(member)
    response = client.get("/me/export/")
    assert response.status_code == HTTPStatus.OK
    data = json.loads(response.content)["data"]
    for entry in privacy.entries():
        if not entry.exported:
            continue
        records = data[entry.label]["records"]
        assert records, f"{entry.label}: the member has data here, the export shows none"
        assert set(records[0]) == set(entry.fields), entry.label
    assert "JBSWY3DPEHPK3PXP" not in response.content.decode()  # sign-in secrets are never exported
    calendar_token = CalendarFeed.objects.get(member=member).token
    assert calendar_token not in response.content.decode()


@pytest.mark.django_db
def test_export_holds_nothing_of_other_members(client):
    member, other = UserFactory(), UserFactory(display_name="Someone Else Entirely")
    give_data_everywhere(other)
    client.force_login(member)
    body = client.get("/me/export/").content.decode()
    assert other.email not in body and "Someone Else Entirely" not in body
    assert "mine" not in body
