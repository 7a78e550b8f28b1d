"""Reads for certificates. Each takes a fixed number of queries, whatever the size of the cohort.

Eligibility is the attendance team's `completion_status` (the workshop's completion rule:
sessions with a counting mark, and required modules finished); nothing here counts again.
The staff overview carries names and emails, so only staff views call it.
"""

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from django.db.models import F, Q

from cms.names import normalise_name
from cms.roles import PROGRAM_STAFF, has_role
from workshops.attendance.selectors import CompletionStatus, completion_status
from workshops.certificates import codes
from workshops.models import Cohort, Enrollment, EnrollmentStatus
from workshops.models.certificates import (
    Certificate,
    CertificatePreference,
    CertificateStatus,
    CohortCertificateOptions,
    RenderState,
)

# --- staff: one cohort -----------------------------------------------------------------------


@dataclass
class MemberCertificateRow:
    enrollment: Enrollment  # with member (staff only)
    completion: CompletionStatus
    certificate: Certificate | None  # the valid one, else the latest

    @property
    def eligible(self) -> bool:
        return self.completion.meets_rule

    @property
    def has_valid(self) -> bool:
        return self.certificate is not None and self.certificate.is_valid


@dataclass
class CohortCertificates:
    cohort: Cohort
    rows: list[MemberCertificateRow]
    hold_for_review: bool
    counts: dict[str, int] = field(default_factory=dict)  # issued / pending / failed, valid ones only

    @property
    def eligible_without_certificate(self) -> int:
        return sum(1 for row in self.rows if row.eligible and not row.has_valid)

    @property
    def in_progress(self) -> bool:
        return self.counts.get(RenderState.PENDING, 0) > 0


def _latest_first(certificates: list[Certificate]) -> dict[int, Certificate]:
    """enrollment id -> its valid certificate, or else its most recent one."""
    chosen: dict[int, Certificate] = {}
    for certificate in certificates:  # newest first
        current = chosen.get(certificate.enrollment_id)
        if current is None or (certificate.is_valid and not current.is_valid):
            chosen[certificate.enrollment_id] = certificate
    return chosen


def cohort_certificates(*, cohort: Cohort) -> CohortCertificates:
    """Who is eligible and why not, and where each member's certificate stands. Staff only.

    completion_status (at most six queries) plus three: enrollments with members, the cohort's
    certificates, its issuing option.
    """
    statuses = completion_status(cohort=cohort)
    enrollments = list(
        Enrollment.objects.filter(cohort=cohort, status=EnrollmentStatus.ENROLLED)
        .select_related("member")
        .only("id", "cohort_id", "status", "member__id", "member__email", "member__display_name")
        .order_by("member__display_name", "member__email", "pk")
    )
    certificates = list(
        Certificate.objects.filter(enrollment__cohort=cohort).defer("revoke_reason").order_by("-issued_at", "-pk")
    )
    by_enrollment = _latest_first(certificates)
    hold = CohortCertificateOptions.objects.filter(cohort=cohort, hold_for_review=True).exists()
    counts = dict.fromkeys(RenderState.values, 0)
    for certificate in certificates:
        if certificate.is_valid:
            counts[certificate.render_state] += 1
    rows = [
        MemberCertificateRow(
            enrollment=enrollment,
            completion=statuses.get(enrollment.pk, CompletionStatus(attended=0, required=0)),
            certificate=by_enrollment.get(enrollment.pk),
        )
        for enrollment in enrollments
    ]
    return CohortCertificates(cohort=cohort, rows=rows, hold_for_review=hold, counts=counts)


def certificate_for_staff(*, certificate_id) -> Certificate | None:
    try:
        pk = int(certificate_id)
    except (TypeError, ValueError):
        return None
    return (
        Certificate.objects.select_related("enrollment__member", "enrollment__cohort__workshop", "replaced_by")
        .filter(pk=pk)
        .first()
    )


# --- the member --------------------------------------------------------------------------------


def preference_for(*, member) -> CertificatePreference:
    """The member's saved choices, or the defaults (name not shown) when they never chose."""
    return CertificatePreference.objects.filter(member=member).first() or CertificatePreference(member=member)


def name_to_print(*, member, preference: CertificatePreference | None) -> str:
    """The name a new certificate prints: the member's chosen one, else their display name."""
    chosen = normalise_name(preference.printed_name) if preference else ""
    return chosen or normalise_name(member.display_name) or member.email.split("@")[0]


def member_certificates(*, user, preference: CertificatePreference | None = None) -> dict:
    """The certificates panel of /me/: the member's certificates and their choices. Two queries,
    one when the caller already has the preference."""
    certificates = list(
        Certificate.objects.filter(enrollment__member=user)
        .exclude(status=CertificateStatus.REPLACED)
        .only(
            "id",
            "code",
            "status",
            "certificate_title",
            "completed_on",
            "render_state",
            "pdf",
            "revoked_at",
            "enrollment_id",
        )
        # Two certificates may carry the same title (the same workshop twice): the group and its
        # workshop tell them apart, read in the same query.
        .annotate(group_name=F("enrollment__cohort__name"), workshop_title=F("enrollment__cohort__workshop__title"))
        .order_by("-completed_on", "-pk")
    )
    if preference is None:
        preference = preference_for(member=user)
    return {
        "certificates": certificates,
        "preference": preference,
        "default_name": name_to_print(member=user, preference=None),
    }


def downloadable_certificate(*, certificate_id: int, user) -> Certificate | None:
    """A rendered certificate the user may download: their own valid one, or any one for program
    staff (who may need a revoked one's file for the record)."""
    if not user.is_authenticated:
        return None
    certificates = Certificate.objects.filter(pk=certificate_id, render_state=RenderState.READY).exclude(pdf="")
    if not (user.is_superuser or has_role(user, PROGRAM_STAFF)):
        certificates = certificates.filter(enrollment__member=user, status=CertificateStatus.VALID)
    return certificates.only("id", "code", "pdf", "enrollment_id").first()


# --- public verification -------------------------------------------------------------------------


NOT_FOUND = "not_found"


@dataclass(frozen=True)
class Verification:
    """What the public page may say about a code: the minimum, and the name only if allowed."""

    state: str  # valid / revoked / replaced / not_found
    code_display: str = ""
    certificate_title: str = ""
    completed_on: date | None = None
    ended_at: datetime | None = None  # when it was revoked or replaced
    shown_name: str = ""  # only when the holder chose to show it
    _holder_name: str = field(default="", repr=False)

    @property
    def found(self) -> bool:
        return self.state != NOT_FOUND

    def name_matches(self, typed: str) -> bool:
        return bool(self._holder_name) and comparable_name(typed) == comparable_name(self._holder_name)


def comparable_name(name: str) -> str:
    """Case, accents, apostrophe styles and spacing set aside: 'zoe nunez-o'brien' == 'Zoë Ñúñez-O’Brien'."""
    decomposed = unicodedata.normalize("NFKD", normalise_name(name))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    return " ".join(bare.casefold().split())


def verify(*, typed_code: str) -> Verification:
    """Look a code up in one query (none at all for something that cannot be a code).

    A certificate whose PDF is not rendered yet is not found: nobody can hold its code.
    """
    code = codes.normalize(typed_code)
    if code is None:
        return Verification(state=NOT_FOUND)
    # Plain values, not model instances: this public page is asked often, by anyone.
    found = (
        Certificate.objects.filter(code=code)
        .filter(Q(render_state=RenderState.READY) | ~Q(status=CertificateStatus.VALID))
        .values_list(
            "status",
            "holder_name",
            "certificate_title",
            "completed_on",
            "revoked_at",
            "enrollment__member__certificate_preference__show_name_when_verified",
        )
        .order_by()[:1]
    )
    if not found:
        return Verification(state=NOT_FOUND)
    status, holder_name, certificate_title, completed_on, revoked_at, shows_name = found[0]
    return Verification(
        state=status,
        code_display=codes.display(code),
        certificate_title=certificate_title,
        completed_on=completed_on,
        ended_at=revoked_at,
        shown_name=holder_name if shows_name else "",  # no preference row: the name stays hidden
        _holder_name=holder_name,
    )
