"""Workshops' entries in the privacy register (cms/privacy.py)."""

from cms.privacy import NOT_PERSONAL, OnErasure, PersonalData, register
from workshops.models import (
    AttendanceApology,
    AttendanceRecord,
    CalendarFeed,
    Certificate,
    CertificatePreference,
    CheckInAnswer,
    CheckInConsent,
    CheckInResponse,
    Enrollment,
    ModuleCheckInAnswer,
    ModuleCheckInResponse,
    PracticeAnswer,
    SessionArrival,
    SessionReminder,
)
from workshops.models.choices import ACTIVE_ENROLLMENT_STATUSES

RETENTION = "While the account exists; deleted with it."


def _give_up_seats(enrollments) -> None:
    from workshops.services import enrollment_withdraw

    for enrollment in enrollments.filter(status__in=ACTIVE_ENROLLMENT_STATUSES).select_related("member"):
        enrollment_withdraw(enrollment_id=enrollment.pk, member=enrollment.member)


register(
    PersonalData(
        model=Enrollment,
        user_path="member",
        fields=(
            "cohort__name",
            "cohort__workshop__title",
            "relationship",
            "status",
            "confidentiality_acknowledged_at",
            "created_at",
            "status_changed_at",
        ),
        purpose="Hold the member's place in a workshop group; only the relationship, never the loved one.",
        retention=RETENTION,
        before_erasure=_give_up_seats,
    )
)
register(
    PersonalData(
        model=CalendarFeed,
        user_path="member",
        fields=("created_at",),
        purpose="The member's private calendar link (the secret itself is not exported).",
        retention="Until the member revokes it or the account is deleted.",
    )
)
register(
    PersonalData(
        model=SessionReminder,
        user_path="member",
        fields=("session_starts_at", "sent_at"),
        purpose="Send each session reminder once.",
        retention=RETENTION,
    )
)
register(
    PersonalData(
        model=AttendanceRecord,
        user_path="enrollment__member",
        fields=("session__cohort__name", "session__starts_at", "status", "note", "recorded_at"),
        purpose="Run the group, decide certificates, and report turnout to the program.",
        retention="Linked to the member while the account exists; then kept unlinked, without notes, as counts.",
        on_erasure=OnErasure.ANONYMISE,
        anonymise=lambda records: records.update(note=""),
    )
)
register(
    PersonalData(
        model=AttendanceApology,
        user_path="enrollment__member",
        fields=("session__cohort__name", "session__starts_at", "note", "created_at"),
        purpose="Tell the group's team the member cannot come to a session; it marks them excused.",
        retention=RETENTION,
    )
)
register(
    PersonalData(
        model=SessionArrival,
        user_path="enrollment__member",
        fields=("session__cohort__name", "session__starts_at", "joined_at", "checked_in_at"),
        purpose="Show staff when the member pressed Join or checked in, to help them take attendance.",
        retention=RETENTION,
    )
)

register(
    PersonalData(
        model=PracticeAnswer,
        user_path="enrollment__member",
        fields=("session__cohort__name", "session__title", "session__starts_at", "answer", "note", "updated_at"),
        purpose=(
            "The member's own record of trying each session's homework, with a private note in their journal. "
            "Facilitators see only counts of 3 or more, never who and never the notes."
        ),
        retention=RETENTION,
    )
)


def _delete_certificate_files(certificates) -> None:
    # The rows go with the enrollment (a database cascade); the stored PDFs, which print the
    # member's name, must go from the media storage too.
    for certificate in certificates.exclude(pdf=""):
        certificate.pdf.delete(save=False)


register(
    PersonalData(
        model=Certificate,
        user_path="enrollment__member",
        fields=(
            "code",
            "status",
            "holder_name",
            "certificate_title",
            "started_on",
            "completed_on",
            "sessions_attended",
            "sessions_total",
            "issued_at",
            "revoked_at",
        ),
        staff_only=("revoke_reason",),
        purpose="The member's certificates of completion, and their public verification by code.",
        retention="While the account exists; deleted with it, PDFs included (the code then verifies as not found).",
        before_erasure=_delete_certificate_files,
    )
)
register(
    PersonalData(
        model=CertificatePreference,
        user_path="member",
        fields=("printed_name", "show_name_when_verified", "updated_at"),
        purpose="The name the member wants printed on certificates, and whether verifiers may see it.",
        retention=RETENTION,
    )
)
register(
    PersonalData(
        model=CheckInConsent,
        user_path="member",
        fields=("choice", "decided_on"),
        purpose="Whether the member agreed to outcome check-ins or asked never to be asked again.",
        retention=RETENTION,
    )
)
register(
    PersonalData(
        model=CheckInResponse,
        user_path="enrollment__member",
        fields=("enrollment__cohort__name", "occasion", "status", "language", "answered_on"),
        purpose=(
            "That the member answered (or skipped) a group's check-in before or after the workshop. "
            "Staff see only counts of groups of 5 or more, never who."
        ),
        retention=RETENTION,
    )
)
register(
    PersonalData(
        model=CheckInAnswer,
        user_path="response__enrollment__member",
        fields=("response__occasion", "item_key", "kind", "value", "text", "share_text"),
        purpose=(
            "The member's own answers, shown to them before and after. Staff see only averages of groups "
            "of 5 or more, and a comment only when the member shared it, without name, group or date."
        ),
        retention=RETENTION,
    )
)
register(
    PersonalData(
        model=ModuleCheckInResponse,
        user_path="member",
        fields=("module__title", "occasion", "status", "language", "answered_on"),
        purpose=(
            "That the member answered (or skipped) a module's check-in before or after the module. "
            "Staff see only counts of groups of 5 or more, never who."
        ),
        retention=RETENTION,
    )
)
register(
    PersonalData(
        model=ModuleCheckInAnswer,
        user_path="response__member",
        fields=("response__module__title", "response__occasion", "item_key", "kind", "value", "text", "share_text"),
        purpose=(
            "The member's own answers to a module's check-in, shown to them before and after. Staff see "
            "only averages of groups of 5 or more, and a comment only when the member shared it, without name."
        ),
        retention=RETENTION,
    )
)
NOT_PERSONAL.setdefault("learning.CheckIn", "Check-in questions authored by clinicians.")
NOT_PERSONAL.setdefault("workshops.WorkshopPage", "Page content authored by clinicians.")
NOT_PERSONAL.setdefault("workshops.Cohort", "Facilitators are staff users; no family member is linked here.")
